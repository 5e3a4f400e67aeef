/**
 * The staff console's page: `GET /staff` (a small HTML page under the strict page CSP) and its script
 * and chunks from dist/cdn/ at `/staff/assets/*` (ETags, precompressed brotli/gzip, immutable hashed chunks,
 * source maps only with SERVE_SOURCE_MAPS: server/http/static-files.ts). Served on the API's own origin, because the staff
 * session cookie is SameSite=Strict with Path=/v1/staff; the console's endpoint is this origin ("/").
 */
import type { App, RouteDeps } from '../context.js';
import { PAGE_CSP } from '../http/security-headers.js';
import { refusedByName, sendStatic } from '../http/static-files.js';
import { safeFile } from './demo.js';

const PAGE = `<!doctype html>
<html lang="nl">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="robots" content="noindex" />
    <title>Beheer · civic-widgets</title>
    <link rel="stylesheet" href="/staff/page.css" />
    <script type="module" src="/staff/assets/staff-console.js"></script>
  </head>
  <body>
    <main><civic-staff-console endpoint="/" heading-level="1"></civic-staff-console></main>
  </body>
</html>
`;

/** The page around the console (the console itself takes the page's font, like every widget). */
const PAGE_CSS = `body {
  margin: 0;
  padding: 1rem;
  font-family: system-ui, sans-serif;
  line-height: 1.5;
}
main {
  max-inline-size: 80rem;
  margin-inline: auto;
}
`;

export function registerStaffPage(app: App, { config }: RouteDeps): void {
  app.get('/staff', (c) =>
    c.body(PAGE, 200, {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': PAGE_CSP,
      'Cross-Origin-Resource-Policy': 'same-origin',
      'Cache-Control': 'no-store',
    }),
  );
  app.get('/staff/page.css', (c) =>
    c.body(PAGE_CSS, 200, { 'Content-Type': 'text/css; charset=utf-8', 'Cache-Control': 'no-cache' }),
  );
  app.get('/staff/assets/*', async (c) => {
    const rel = c.req.path.slice('/staff/assets/'.length);
    if (!/\.js(\.map)?$/.test(rel) || refusedByName(rel, config.serveSourceMaps)) return c.notFound();
    const file = await safeFile(config.widgetsDir, rel);
    if (!file) return c.notFound();
    const type = file.endsWith('.map') ? 'application/json; charset=utf-8' : 'text/javascript; charset=utf-8';
    return (await sendStatic(c, file, { type, sourceMap: config.serveSourceMaps })) ?? c.notFound();
  });
}
