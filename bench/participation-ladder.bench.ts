/**
 * <civic-participation-ladder> (dist/cdn/participation-ladder.js) against a plain Lit ladder
 * (bench/fixtures/plain-ladder.ts) with the same Dutch texts: script start → first rung `[part~=rung]` painted, at
 * 4x CPU (see bench/lib.ts), as a ratio to the plain ladder. Neither fetches anything before its first rung (the
 * widget's examples load when a rung opens), but the page points the widget at the real reference server as a CMS
 * page would. CLS of the page load and bytes downloaded (gzip). No target in issue 16.
 */
import { buildBundle, compareContent, contentPage, fileRoute, htmlRoute, type Bench } from './lib.js';

const RUNG = '[part~=rung]';

const bench: Bench = async (ctx) => {
  const { root, statics, api } = ctx;
  const plain = await buildBundle('bench/fixtures/plain-ladder.ts', 'plain-ladder', root);
  statics.routes['/bench/plain-ladder.js'] = fileRoute(plain);
  statics.routes['/pages/ladder.html'] = htmlRoute(
    contentPage({
      scriptUrl: '/cdn/participation-ladder.js',
      tag: 'civic-participation-ladder',
      element: `<civic-participation-ladder endpoint="${api.endpoint}"></civic-participation-ladder>`,
      selector: RUNG,
    }),
  );
  statics.routes['/pages/plain-ladder.html'] = htmlRoute(
    contentPage({
      scriptUrl: '/bench/plain-ladder.js',
      tag: 'plain-ladder',
      element: '<plain-ladder></plain-ladder>',
      selector: RUNG,
    }),
  );
  const { rows } = await compareContent(ctx, {
    widget: 'participation ladder',
    what: 'first rung',
    widgetUrl: `${statics.url}/pages/ladder.html`,
    plainUrl: `${statics.url}/pages/plain-ladder.html`,
  });
  return rows;
};

export default bench;
