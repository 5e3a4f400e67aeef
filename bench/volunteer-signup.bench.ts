/**
 * <civic-volunteer-signup> (dist/cdn/volunteer-signup.js) against a plain Lit signup form
 * (bench/fixtures/plain-signup.ts), both reading `GET /v1/site` and `GET /v1/volunteer-roles` from the real
 * reference server (demo seed roles): script start → first role (the radio `#f-roleId-0`) painted, at 4x CPU (see
 * bench/lib.ts), as a ratio to the plain form. CLS of the page load and bytes downloaded (gzip). No target in
 * issue 16.
 */
import { buildBundle, compareContent, contentPage, fileRoute, htmlRoute, type Bench } from './lib.js';

const FIRST_ROLE = '#f-roleId-0';

const bench: Bench = async (ctx) => {
  const { root, statics, api } = ctx;
  const plain = await buildBundle('bench/fixtures/plain-signup.ts', 'plain-signup', root);
  statics.routes['/bench/plain-signup.js'] = fileRoute(plain);
  statics.routes['/pages/signup.html'] = htmlRoute(
    contentPage({
      scriptUrl: '/cdn/volunteer-signup.js',
      tag: 'civic-volunteer-signup',
      element: `<civic-volunteer-signup endpoint="${api.endpoint}"></civic-volunteer-signup>`,
      selector: FIRST_ROLE,
    }),
  );
  statics.routes['/pages/plain-signup.html'] = htmlRoute(
    contentPage({
      scriptUrl: '/bench/plain-signup.js',
      tag: 'plain-signup',
      element: `<plain-signup endpoint="${api.endpoint}"></plain-signup>`,
      selector: FIRST_ROLE,
    }),
  );
  const { rows } = await compareContent(ctx, {
    widget: 'volunteer signup',
    what: 'first role',
    widgetUrl: `${statics.url}/pages/signup.html`,
    plainUrl: `${statics.url}/pages/plain-signup.html`,
  });
  return rows;
};

export default bench;
