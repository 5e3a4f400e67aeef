/**
 * <civic-idea-form> (dist/cdn/idea-form.js) against a plain Lit form (bench/fixtures/plain-form.ts), both reading
 * `GET /v1/site` from the real reference server: script start → first field painted, at 4x CPU (see bench/lib.ts),
 * as a ratio to the plain form; target ≤ 1.2x (issue 16). CLS of the page load and bytes downloaded (gzip).
 *
 * "First field" is the first track radio, `#f-track-0`, enabled: the first field a resident can use. (The widget
 * paints its fields disabled as a skeleton before `/v1/site` arrives; the plain form paints nothing until then.
 * Both are enabled once the site's tracks are known.)
 */
import { buildBundle, compareContent, contentPage, fileRoute, htmlRoute, type Bench } from './lib.js';

const FIRST_FIELD = '#f-track-0:not([disabled])';

const bench: Bench = async (ctx) => {
  const { root, statics, api } = ctx;
  const plain = await buildBundle('bench/fixtures/plain-form.ts', 'plain-form', root);
  statics.routes['/bench/plain-form.js'] = fileRoute(plain);
  statics.routes['/pages/idea-form.html'] = htmlRoute(
    contentPage({
      scriptUrl: '/cdn/idea-form.js',
      tag: 'civic-idea-form',
      element: `<civic-idea-form endpoint="${api.endpoint}"></civic-idea-form>`,
      selector: FIRST_FIELD,
    }),
  );
  statics.routes['/pages/plain-form.html'] = htmlRoute(
    contentPage({
      scriptUrl: '/bench/plain-form.js',
      tag: 'plain-form',
      element: `<plain-form endpoint="${api.endpoint}"></plain-form>`,
      selector: FIRST_FIELD,
    }),
  );
  const { rows } = await compareContent(ctx, {
    widget: 'idea form',
    what: 'first field (enabled)',
    widgetUrl: `${statics.url}/pages/idea-form.html`,
    plainUrl: `${statics.url}/pages/plain-form.html`,
    maxRatio: 1.2,
  });
  return rows;
};

export default bench;
