/**
 * The demo page (DEMO_PAGE): `GET /` and the files of demo/ at the root, and the built widgets
 * from dist/cdn/ at `/widgets/*` (with ETags, precompressed brotli/gzip, long cache life for hashed
 * chunks, source maps only with SERVE_SOURCE_MAPS: server/http/static-files.ts). HTML is sent with the
 * strict page CSP, to show the widgets run under one. Paths are decoded, resolved and must stay inside their folder (no traversal, no
 * dotfiles). When dist/cdn/ is missing, a widget script is a one-line stub that says in the
 * console how to build, so the page still loads without errors.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import type { Context } from 'hono';
import type { App, RouteDeps } from '../context.js';
import { PAGE_CSP } from '../http/security-headers.js';
import { refusedByName, sendStatic } from '../http/static-files.js';

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

/**
 * A file of demo/ (revalidated on every use: `no-cache` with an ETag) or of dist/cdn/ (cached as a
 * CDN would: see server/http/static-files.ts), compressed when a precompressed sibling exists.
 */
async function send(c: Context, file: string, cdn: { sourceMaps: boolean } | null = null): Promise<Response> {
  const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
  const headers: Record<string, string> = {};
  if (type.startsWith('text/html')) {
    headers['Content-Security-Policy'] = PAGE_CSP;
    headers['Cross-Origin-Resource-Policy'] = 'same-origin';
  }
  const res = await sendStatic(c, file, {
    type,
    headers,
    ...(cdn ? { sourceMap: cdn.sourceMaps } : { cacheControl: 'no-cache' }),
  });
  return res ?? c.notFound();
}

const PLACEHOLDER = `<!doctype html><html lang="en"><meta charset="utf-8"><title>civic-widgets</title>
<p>The reference backend runs. The demo page (demo/index.html) is not there yet. The API is at <a href="/v1/site">/v1/site</a>.</p></html>`;

export function registerDemoRoutes(app: App, { config, log }: RouteDeps): void {
  let warned = false;
  app.get('/widgets/*', async (c) => {
    const rel = c.req.path.slice('/widgets/'.length);
    if (refusedByName(rel, config.serveSourceMaps)) return c.notFound();
    const file = await safeFile(config.widgetsDir, rel);
    if (file) return send(c, file, { sourceMaps: config.serveSourceMaps });
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
  registerDemoMailRoutes(app, config.demoMailDir);
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

/** One e-mail as `npm start`'s local mail sink (scripts/start.mjs) writes it to DEMO_MAIL_DIR. */
interface DemoMail {
  id: string;
  receivedAt: string;
  from: string;
  to: string[];
  subject: string;
  text: string;
  html: string;
  messageId: string;
}

const esc = (s: string): string =>
  s.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);

const mailPage = (title: string, body: string): string =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${esc(title)}</title></head><body><main>${body}</main></body></html>`;

/** The HTML part of a message: shown in a sandboxed frame, no scripts, no requests, only inline styles and data: images. */
const MAIL_HTML_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'; sandbox";

/**
 * `/demo/mail`: the e-mails the demo sent, as the local mail sink of `npm start` received them
 * (newest first: subject, to, date), and each message's text and HTML (`/demo/mail/{id}`). Every
 * value is escaped; the HTML part is served apart under a CSP without scripts and framed sandboxed.
 */
function registerDemoMailRoutes(app: App, dir: string | null): void {
  const read = async (id: string): Promise<DemoMail | null> => {
    if (!dir || !/^[0-9a-z-]{1,64}$/.test(id)) return null;
    try {
      return JSON.parse(await readFile(join(dir, `${id}.json`), 'utf8')) as DemoMail;
    } catch {
      return null;
    }
  };
  const html = (c: Context, body: string, status: 200 | 404 = 200) =>
    c.body(body, status, {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': PAGE_CSP,
      'Cache-Control': 'no-store',
    });

  app.get('/demo/mail', async (c) => {
    if (!dir)
      return html(
        c,
        mailPage(
          'Demo e-mails',
          '<h1>Demo e-mails</h1><p>No local mail sink: start the demo with <code>npm start</code> to read the e-mails it sends here.</p>',
        ),
      );
    const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => n.endsWith('.json'));
    const mails = (await Promise.all(names.map((n) => read(n.slice(0, -5))))).filter((m): m is DemoMail => m !== null);
    mails.sort((a, b) => b.receivedAt.localeCompare(a.receivedAt) || b.id.localeCompare(a.id));
    const rows = mails
      .map(
        (m) =>
          `<tr><td><a href="/demo/mail/${esc(m.id)}">${esc(m.subject || '(no subject)')}</a></td><td>${esc(m.to.join(', '))}</td><td><time datetime="${esc(m.receivedAt)}">${esc(m.receivedAt.replace('T', ' ').slice(0, 19))} UTC</time></td></tr>`,
      )
      .join('');
    return html(
      c,
      mailPage(
        'Demo e-mails',
        `<h1>Demo e-mails</h1><p>What the demo server sent, as the local mail sink of <code>npm start</code> received it (nothing leaves this machine). Newest first; reload to see new ones.</p>` +
          (mails.length === 0
            ? '<p>No e-mails yet. Send an idea or sign up on the <a href="/">demo page</a>.</p>'
            : `<table><caption>${mails.length} e-mail(s)</caption><thead><tr><th scope="col">Subject</th><th scope="col">To</th><th scope="col">Received</th></tr></thead><tbody>${rows}</tbody></table>`),
      ),
    );
  });
  app.get('/demo/mail/:id/html', async (c) => {
    const m = await read(c.req.param('id'));
    if (!m) return c.notFound();
    return c.body(m.html, 200, {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': MAIL_HTML_CSP,
      'Cross-Origin-Resource-Policy': 'same-origin',
      'Cache-Control': 'no-store',
    });
  });
  app.get('/demo/mail/:id', async (c) => {
    const m = await read(c.req.param('id'));
    if (!m)
      return html(
        c,
        mailPage('Not found', '<h1>No such e-mail</h1><p><a href="/demo/mail">All demo e-mails</a></p>'),
        404,
      );
    return html(
      c,
      mailPage(
        m.subject,
        `<p><a href="/demo/mail">All demo e-mails</a></p><h1>${esc(m.subject)}</h1><dl><dt>From</dt><dd>${esc(m.from)}</dd><dt>To</dt><dd>${esc(m.to.join(', '))}</dd><dt>Received</dt><dd>${esc(m.receivedAt)}</dd><dt>Message-ID</dt><dd>${esc(m.messageId)}</dd></dl>` +
          `<h2>HTML</h2><iframe sandbox src="/demo/mail/${esc(m.id)}/html" title="The HTML part of the e-mail" width="100%" height="480"></iframe>` +
          `<h2>Plain text</h2><pre>${esc(m.text)}</pre>`,
      ),
    );
  });
}
