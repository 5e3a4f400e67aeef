/**
 * The demo page (DEMO_PAGE): `GET /` and the files of demo/ at the root, and the built widgets
 * from dist/cdn/ at `/widgets/*`. HTML is sent with the strict page CSP, to show the widgets run
 * under one. Paths are decoded, resolved and must stay inside their folder (no traversal, no
 * dotfiles). When dist/cdn/ is missing, a widget script is a one-line stub that says in the
 * console how to build, so the page still loads without errors.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import type { Context } from 'hono';
import type { App, RouteDeps } from '../context.js';
import { PAGE_CSP } from '../http/security-headers.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** The file under `root` that `urlPath` names, or null when it is outside, hidden or absent. */
export async function safeFile(root: string, urlPath: string): Promise<string | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const parts = decoded.split('/').filter(Boolean);
  if (parts.some((p) => p.startsWith('.'))) return null;
  const base = resolve(root);
  const file = resolve(base, ...parts);
  if (file !== base && !file.startsWith(base + sep)) return null;
  try {
    const s = await stat(file);
    if (s.isFile()) return file;
    if (s.isDirectory()) {
      const index = resolve(file, 'index.html');
      if ((await stat(index).catch(() => null))?.isFile()) return index;
    }
  } catch {
    /* absent */
  }
  return null;
}

async function send(c: Context, file: string): Promise<Response> {
  const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
  const headers: Record<string, string> = { 'Content-Type': type, 'Cache-Control': 'no-cache' };
  if (type.startsWith('text/html')) {
    headers['Content-Security-Policy'] = PAGE_CSP;
    headers['Cross-Origin-Resource-Policy'] = 'same-origin';
  }
  return c.body(await readFile(file), 200, headers);
}

const PLACEHOLDER = `<!doctype html><html lang="en"><meta charset="utf-8"><title>civic-widgets</title>
<p>The reference backend runs. The demo page (demo/index.html) is not there yet. The API is at <a href="/v1/site">/v1/site</a>.</p></html>`;

export function registerDemoRoutes(app: App, { config, log }: RouteDeps): void {
  let warned = false;
  app.get('/widgets/*', async (c) => {
    const rel = c.req.path.slice('/widgets/'.length);
    const file = await safeFile(config.widgetsDir, rel);
    if (file) return send(c, file);
    const built = await stat(config.widgetsDir).catch(() => null);
    if (!built && /\.m?js$/.test(rel)) {
      if (!warned) log.warn(`dist/cdn/ is missing: run \`npm run build\` to build the widgets for the demo page.`);
      warned = true;
      return c.body(
        `console.info("civic-widgets: the widgets are not built yet. Run \\"npm run build\\" and reload this page.");\n`,
        200,
        {
          'Content-Type': 'text/javascript; charset=utf-8',
          'Cache-Control': 'no-cache',
        },
      );
    }
    return c.notFound();
  });
  app.get('/*', async (c) => {
    const file = await safeFile(config.demoDir, c.req.path);
    if (file) return send(c, file);
    if (c.req.path === '/')
      return c.body(PLACEHOLDER, 200, {
        'Content-Type': 'text/html; charset=utf-8',
        'Content-Security-Policy': PAGE_CSP,
      });
    return c.notFound();
  });
}
