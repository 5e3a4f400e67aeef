/**
 * Shared helpers for the widget benchmarks (`npm run bench` → bench/widgets.ts runs every bench/*.bench.ts).
 *
 * A bench file's default export is a {@link Bench}: `async (ctx) => BenchRow[]`. bench/widgets.ts launches one
 * Chromium and one static server for the repository root, passes them in `ctx`, and prints all rows as one table.
 *
 * Helpers:
 * - {@link launchBrowser}`()`            Debian Chromium through playwright-core with the project's flags.
 * - {@link serveStatic}`(root, {routes})` a tiny HTTP server on 127.0.0.1 for `root`, with optional extra routes
 *                                         (e.g. an HTML page made on the fly, a deliberately delayed API); → {url, close}.
 * - {@link throttle}`(page, rate)`        CPU slowdown through CDP (`Emulation.setCPUThrottlingRate`).
 * - {@link collectLayoutShift}`(page)`    call BEFORE `page.goto`; `read()` later gives the cumulative layout shift.
 * - {@link collectLongTasks}`(page)`      call BEFORE `page.goto`; `read()` gives {count, totalMs}.
 * - {@link median}`(numbers)`             the median (mean of the two middle values for an even count).
 * - {@link buildBundle}`(entry, name)`    builds one self-contained minified ES module with the plugins and options of
 *                                         scripts/build-cdn.ts (which splits the same code into entry + shared chunks),
 *                                         into a temp folder; → absolute path of the .js file.
 * - {@link firstRenderPage}`(opts)`       an HTML page that marks script start in a classic inline script, then loads
 *                                         a module and records when the element's first render is painted.
 * - {@link measureFirstRender}`(page, url)` opens such a page and returns the milliseconds from script start to the
 *                                         first paint after the element's first `updateComplete`.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { cdnConfig } from '../vite.config.js';

export type { Browser, Page };

/** One line of the results table. */
export type BenchRow = {
  bench: string;
  metric: string;
  value: number;
  unit: string;
  /** What we aim for, in words (e.g. "< 0.01"). */
  target?: string;
  /** true when the value meets the target; undefined when there is no target. */
  ok?: boolean;
  note?: string;
};

export type BenchContext = {
  browser: Browser;
  /** Absolute path of the repository root. */
  root: string;
  /** Number of runs per measurement (>= 7). */
  runs: number;
};

export type Bench = (ctx: BenchContext) => Promise<BenchRow[]>;

import { CHROMIUM_FLAGS } from '../scripts/chromium-flags.mjs';
/** Chromium flags: one list for the whole project (scripts/chromium-flags.mjs). */
export { CHROMIUM_FLAGS };

/** Finds Chromium: $CHROMIUM_PATH, then the usual Debian/Ubuntu paths. */
export function chromiumPath(): string {
  const candidates = [
    process.env.CHROMIUM_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ];
  const found = candidates.find((p): p is string => !!p && existsSync(p));
  if (!found) throw new Error('No Chromium found: `apt-get install chromium` or set CHROMIUM_PATH.');
  return found;
}

/** Launches headless Debian Chromium with the project's flags. Close it with `browser.close()`. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_FLAGS });
}

export type Route = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** A route answering with fixed HTML. */
export function htmlRoute(html: string): Route {
  return (_req, res) => {
    res.writeHead(200, { 'content-type': TYPES['.html'], 'cache-control': 'no-store' });
    res.end(html);
  };
}

/** A route that serves a file from disk (absolute path), e.g. a bundle built into a temp folder. */
export function fileRoute(path: string): Route {
  return (_req, res) => {
    res.writeHead(200, {
      'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    res.end(readFileSync(path));
  };
}

/**
 * Serves `root` over HTTP on 127.0.0.1 (random free port). `routes` maps exact paths (without query) to handlers
 * that take precedence over files. Every response allows any origin (for a widget pointed at this server as API).
 */
export async function serveStatic(
  root: string,
  opts: { routes?: Record<string, Route> } = {},
): Promise<{ url: string; close: () => Promise<void>; routes: Record<string, Route> }> {
  const base = resolve(root);
  const routes = { ...opts.routes };
  const server = createServer(async (req, res) => {
    try {
      res.setHeader('access-control-allow-origin', '*');
      res.setHeader('access-control-allow-headers', '*');
      res.setHeader('access-control-allow-methods', 'GET, POST, DELETE, OPTIONS');
      if (req.method === 'OPTIONS') return void res.writeHead(204).end();
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      const route = routes[path];
      if (route) return void (await route(req, res));
      let file = normalize(join(base, path));
      if (file !== base && !file.startsWith(base + sep)) return void res.writeHead(403).end();
      if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
      if (!existsSync(file)) return void res.writeHead(404).end('not found');
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      });
      res.end(readFileSync(file));
    } catch (e) {
      if (!res.headersSent) res.writeHead(500);
      res.end(String(e));
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    routes,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

/** Slows the page's CPU by `rate` (4 = four times slower) through the Chrome DevTools Protocol. */
export async function throttle(page: Page, rate: number): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
}

/**
 * Starts collecting layout shifts (PerformanceObserver 'layout-shift', buffered, ignoring shifts right after
 * input). Call BEFORE `page.goto`. `read()` returns the sum of all shift values so far (the cumulative layout
 * shift of the page load, without session windows), `entries()` the individual shifts with the moved nodes.
 */
export async function collectLayoutShift(page: Page): Promise<{
  read: () => Promise<number>;
  entries: () => Promise<{ value: number; time: number; sources: string[] }[]>;
}> {
  await page.addInitScript(() => {
    const w = window as unknown as { __cls: { value: number; time: number; sources: string[] }[] };
    w.__cls = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as unknown as {
        value: number;
        hadRecentInput: boolean;
        startTime: number;
        sources?: { node?: Node }[];
      }[]) {
        if (e.hadRecentInput) continue;
        const sources = (e.sources ?? []).map((s) => {
          const n = s.node as Element | undefined;
          return n
            ? `${n.nodeName.toLowerCase()}${n.id ? '#' + n.id : ''}${n.className ? '.' + String(n.className).split(' ')[0] : ''}`
            : '?';
        });
        w.__cls.push({ value: e.value, time: e.startTime, sources });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const entries = () =>
    page.evaluate(() => (window as unknown as { __cls: { value: number; time: number; sources: string[] }[] }).__cls);
  return {
    entries,
    read: async () => (await entries()).reduce((sum, e) => sum + e.value, 0),
  };
}

/** Starts collecting long tasks (> 50 ms). Call BEFORE `page.goto`. `read()` → {count, totalMs, longestMs}. */
export async function collectLongTasks(
  page: Page,
): Promise<{ read: () => Promise<{ count: number; totalMs: number; longestMs: number }> }> {
  await page.addInitScript(() => {
    const w = window as unknown as { __longTasks: number[] };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longTasks.push(e.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  return {
    read: async () => {
      const d = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
      return { count: d.length, totalMs: d.reduce((a, b) => a + b, 0), longestMs: Math.max(0, ...d) };
    },
  };
}

/** The median of a non-empty list (mean of the two middle values for an even count). */
export function median(numbers: number[]): number {
  if (numbers.length === 0) throw new Error('median of nothing');
  const s = [...numbers].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/**
 * Builds `entry` (path relative to `root`) into one self-contained, minified ES module with the CDN
 * options of vite.config.ts, into a fresh temp folder. Returns the absolute path of `<name>.js`.
 */
export async function buildBundle(entry: string, name: string, root = process.cwd()): Promise<string> {
  const { build } = await import('vite');
  const outDir = mkdtempSync(join(tmpdir(), 'civic-bench-'));
  await build({ ...cdnConfig(resolve(root, entry), name, { outDir, emptyOutDir: true, sourcemap: false }), root });
  return join(outDir, `${name}.js`);
}

/**
 * An HTML page for measuring the time to first render. A classic inline script records `performance.now()` as the
 * start of script execution; then the module `scriptUrl` runs and `element` (HTML for one element, e.g.
 * `<civic-idea-form endpoint="…"></civic-idea-form>`) is upgraded. When the element's first `updateComplete`
 * resolves, the next animation frame plus a task (≈ the paint) sets `window.__firstRender` (ms after the start).
 * `before`/`after` are extra HTML around the element (text below the widget makes layout shifts visible).
 */
export function firstRenderPage(opts: {
  scriptUrl: string;
  element: string;
  tag: string;
  css?: string;
  before?: string;
  after?: string;
  lang?: string;
}): string {
  return `<!doctype html>
<html lang="${opts.lang ?? 'nl'}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>bench</title><style>body{font-family:system-ui,sans-serif;margin:1rem;max-inline-size:48rem}${opts.css ?? ''}</style>
<script>
window.__start = performance.now();
window.__firstRender = undefined;
customElements.whenDefined(${JSON.stringify(opts.tag)}).then(function () {
  var el = document.querySelector(${JSON.stringify(opts.tag)});
  return el.updateComplete;
}).then(function () {
  requestAnimationFrame(function () { setTimeout(function () { window.__firstRender = performance.now() - window.__start; }, 0); });
});
</script>
<script type="module" src="${opts.scriptUrl}"></script>
</head><body>
${opts.before ?? '<h1>Bench page</h1>'}
${opts.element}
${opts.after ?? '<p id="below">Text below the widget: it moves if the widget changes height.</p>'}
</body></html>`;
}

/** Opens `url` (a {@link firstRenderPage}) and returns `window.__firstRender` in ms. */
export async function measureFirstRender(page: Page, url: string, timeoutMs = 30_000): Promise<number> {
  await page.goto(url);
  const handle = await page.waitForFunction(
    () => (window as unknown as { __firstRender?: number }).__firstRender,
    undefined,
    {
      timeout: timeoutMs,
    },
  );
  return (await handle.jsonValue()) as number;
}

/** Sleeps. */
export const sleep = (ms: number) => new Promise<void>((ok) => setTimeout(ok, ms));

/** Formats a number for the table. */
export function fmt(n: number, digits = 3): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(digits);
}
