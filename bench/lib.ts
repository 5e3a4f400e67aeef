/**
 * Shared helpers for the widget benchmarks (`npm run bench` → bench/widgets.ts runs every bench/*.bench.ts).
 *
 * A bench file's default export is a {@link Bench}: `async (ctx) => BenchRow[]`. bench/widgets.ts launches one
 * Chromium, one static server (the repository root, with the built CDN files at `/cdn/`) and one REAL reference
 * server (server/main.ts, SQLite in a temp folder, demo seed plus generated initiatives), passes them in `ctx`, and
 * prints every row as one table.
 *
 * How "script start → first content" is measured ({@link contentPage}, {@link measureContent}):
 * - The page is tiny static HTML. In its `<head>`, a classic inline script runs `performance.mark('script-start')`
 *   immediately before the `<script type="module" src=…>` of the widget (or of its plain baseline). That mark is
 *   "script start": the moment the parser reaches the script element, i.e. the start of its download. Everything
 *   after it counts: downloading the module and its chunks, evaluating them, defining the element, its fetches
 *   from the reference server, rendering, layout and paint.
 * - "First content" is the first element matching the bench's `selector` (e.g. `[part~=item]`, an enabled first
 *   field) inside the element's open shadow root, painted. The same inline script checks for it in every
 *   animation frame (a `requestAnimationFrame` loop: no fixed delay); once it is there in frame N, it is painted at
 *   the end of that frame, and a task posted from that frame (`setTimeout(0)`, which runs after the frame's paint)
 *   marks `first-content`. The figure is `first-content − script-start` in ms.
 * - Every page is a new browser context (fresh HTTP cache, no code cache: the static server says `no-store`),
 *   throttled with CDP `Emulation.setCPUThrottlingRate` before navigating.
 * - A widget and its plain Lit baseline are measured alternately (ABBA order), and the medians compared.
 *
 * Helpers:
 * - {@link launchBrowser}`()`            Debian Chromium through playwright-core with the project's flags.
 * - {@link serveStatic}`(root, {routes})` a tiny HTTP server on 127.0.0.1 for `root`, with extra routes; → {url, close}.
 * - {@link startReferenceServer}`(…)`    the real reference server on a free port, with a fresh SQLite database.
 * - {@link seedInitiatives}`(api, n)`    adds published initiatives through the staff API until there are n.
 * - {@link throttle}`(page, rate)`        CPU slowdown through CDP (`Emulation.setCPUThrottlingRate`).
 * - {@link collectLayoutShift}`(page)`    call BEFORE `page.goto`; `read()` later gives the cumulative layout shift.
 * - {@link collectLongTasks}`(page)`      call BEFORE `page.goto`; `read()` gives {count, totalMs, longestMs}.
 * - {@link median}`(numbers)`             the median (mean of the two middle values for an even count).
 * - {@link buildBundle}`(entry, name)`    builds one self-contained minified ES module with the plugins and options of
 *                                         the CDN build, into a temp folder (used for the plain baselines).
 * - {@link contentPage}`(opts)`, {@link measureContent}`(browser, url, opts)`: see above.
 * - {@link compareContent}`(ctx, widget, plain)`: the interleaved runs of one widget and its baseline → table rows.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { spawn } from 'node:child_process';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { cdnConfig } from '../vite.config.js';

export type { Browser, Page };

/** One line of the results table. */
export type BenchRow = {
  /** The widget (e.g. "initiative list"). */
  widget: string;
  /** What is measured, in words. */
  metric: string;
  /** The widget's figure, formatted (e.g. "812 ms", "2/10"). */
  value: string;
  /** The plain Lit baseline's figure in the same run, formatted; '' when there is none. */
  plain?: string;
  /** widget ÷ plain (medians), when there is a baseline. */
  ratio?: number;
  /** What we aim for, in words (e.g. "≤ 1.3x"). */
  target?: string;
  /** true when the figure meets the target; undefined when there is no target. */
  ok?: boolean;
  /** Details for the JSON file and the notes under the table. */
  note?: string;
};

export type ReferenceServer = { endpoint: string; stop: () => void };

export type BenchContext = {
  browser: Browser;
  /** Absolute path of the repository root. */
  root: string;
  /** Number of runs per measurement (>= 5). */
  runs: number;
  /** CPU slowdown (4). */
  rate: number;
  /** The static server for pages and scripts: the CDN build is at `${statics.url}/cdn/<file>.js`. */
  statics: Awaited<ReturnType<typeof serveStatic>>;
  /** The real reference server. */
  api: ReferenceServer;
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
 * Serves `root` over HTTP on 127.0.0.1 (random free port), uncompressed and `no-store`. `routes` maps exact paths
 * (without query) to handlers that take precedence over files; `mounts` maps a path prefix (e.g. `/cdn/`) to a
 * folder. Every response allows any origin.
 */
export async function serveStatic(
  root: string,
  opts: { routes?: Record<string, Route>; mounts?: Record<string, string> } = {},
): Promise<{ url: string; close: () => Promise<void>; routes: Record<string, Route> }> {
  const base = resolve(root);
  const routes = { ...opts.routes };
  const mounts = Object.entries(opts.mounts ?? {}).map(([prefix, dir]) => [prefix, resolve(dir)] as const);
  const server = createServer(async (req, res) => {
    try {
      res.setHeader('access-control-allow-origin', '*');
      res.setHeader('access-control-allow-headers', '*');
      res.setHeader('access-control-allow-methods', 'GET, POST, DELETE, OPTIONS');
      if (req.method === 'OPTIONS') return void res.writeHead(204).end();
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      const route = routes[path];
      if (route) return void (await route(req, res));
      const mount = mounts.find(([prefix]) => path.startsWith(prefix));
      const dir = mount ? mount[1] : base;
      let file = normalize(join(dir, mount ? path.slice(mount[0].length) : path));
      if (file !== dir && !file.startsWith(dir + sep)) return void res.writeHead(403).end();
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

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const s = createNetServer();
    s.on('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as AddressInfo;
      s.close(() => ok(port));
    });
  });
}

/** The staff token of the bench's reference server (a throwaway database, never a real one). */
export const BENCH_ADMIN_TOKEN = 'bench-admin-token-0123456789abcdef012345';

/**
 * Starts the REAL reference server (`node --import tsx server/main.ts`) on a free port with a fresh SQLite database
 * in a temp folder, the demo seed, CORS for `origin`, and rate limits out of the way. `stop()` kills it (by its
 * PID) and removes the folder.
 */
export async function startReferenceServer(root: string, origin: string): Promise<ReferenceServer> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'civic-bench-api-'));
  const child = spawn('node', ['--import', 'tsx', 'server/main.ts'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_PATH: join(dir, 'bench.db'),
      DATABASE_URL: '',
      SEED: 'demo',
      CORS_ORIGINS: origin,
      ADMIN_TOKEN: BENCH_ADMIN_TOKEN,
      RATE_LIMIT_PER_MINUTE: '1000000',
      READ_RATE_LIMIT_PER_MINUTE: '1000000',
      LOG_LEVEL: 'warn',
    },
  });
  const endpoint = `http://127.0.0.1:${port}`;
  const stop = () => {
    if (child.exitCode === null && child.pid) process.kill(child.pid, 'SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  };
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`reference server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${endpoint}/v1/site`)).ok) break;
    } catch {
      /* not up yet */
    }
    if (i > 300) {
      stop();
      throw new Error('reference server did not start');
    }
    await sleep(200);
  }
  return { endpoint, stop };
}

const AREAS = ['centrum', 'noord', 'zuid', 'oost', 'west', 'stationswijk'];
const THEMES = ['groen', 'ontmoeting', 'mobiliteit', 'jeugd', 'zorg', 'cultuur'];
const STATUSES = ['idea', 'testing', 'running', 'finished'] as const;

/** Adds published initiatives through the staff API until the reference server holds `total`. */
export async function seedInitiatives(api: ReferenceServer, total: number): Promise<void> {
  const count = async () =>
    ((await (await fetch(`${api.endpoint}/v1/initiatives?limit=1`)).json()) as { total: number }).total;
  const missing = total - (await count());
  let next = 0;
  const worker = async () => {
    while (next < missing) {
      const n = next++;
      const body = {
        id: `bench-${n}`,
        title: {
          nl: `Bench-initiatief ${n} (demo)`,
          fr: `Initiative de test ${n} (démo)`,
          en: `Bench initiative ${n} (demo)`,
        },
        summary: { nl: `Gegenereerde voorbeeldtekst nummer ${n}: buren doen samen iets voor hun wijk.` },
        description: { nl: 'Gegenereerd voor de benchmark.' },
        areaId: n % 7 === 0 ? null : AREAS[n % AREAS.length],
        themeIds: [THEMES[n % THEMES.length], THEMES[(n + 2) % THEMES.length]],
        rung: (n % 7) + 1,
        coproduction: 'co-production',
        status: STATUSES[n % STATUSES.length],
        organiser: 'both',
        needsVolunteers: n % 3 === 0,
      };
      const res = await fetch(`${api.endpoint}/v1/staff/initiatives`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          Authorization: `Bearer ${BENCH_ADMIN_TOKEN}`,
          'Idempotency-Key': crypto.randomUUID(),
        },
        body: JSON.stringify(body),
      });
      if (!res.ok) throw new Error(`seeding failed: ${res.status} ${await res.text()}`);
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  const have = await count();
  if (have < total) throw new Error(`the reference server holds ${have} initiatives, wanted ${total}`);
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

/**
 * Starts collecting long tasks (> 50 ms, PerformanceObserver 'longtask'). Call BEFORE `page.goto`.
 * `read()` → {count, totalMs, longestMs}; `entries()` → [startTime, duration] of each.
 */
export async function collectLongTasks(page: Page): Promise<{
  read: () => Promise<{ count: number; totalMs: number; longestMs: number }>;
  entries: () => Promise<[number, number][]>;
}> {
  await page.addInitScript(() => {
    const w = window as unknown as { __longTasks: [number, number][] };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longTasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  });
  const entries = () => page.evaluate(() => (window as unknown as { __longTasks: [number, number][] }).__longTasks);
  return {
    entries,
    read: async () => {
      const d = (await entries()).map(([, duration]) => duration);
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
 * The page for "script start → first content" (see the file header): `performance.mark('script-start')` in an inline
 * classic script right before `<script type="module" src=scriptUrl>`, then a requestAnimationFrame loop that
 * looks for `selector` in the shadow root of `tag` and marks `first-content` in the task after the frame that
 * painted it. Text below the element makes layout shifts visible. `window.__bench` holds the helpers the
 * benches call (`count(selector)`, `waitFor(selector, n)` → ms when n matches are painted).
 */
export function contentPage(opts: {
  scriptUrl: string;
  element: string;
  tag: string;
  selector: string;
  lang?: string;
  title?: string;
}): string {
  return `<!doctype html>
<html lang="${opts.lang ?? 'nl'}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>bench</title><style>body{font-family:system-ui,sans-serif;margin:1rem;max-inline-size:64rem}</style>
<script>
(function () {
  var tag = ${JSON.stringify(opts.tag)};
  function root() { var el = document.querySelector(tag); return el && el.shadowRoot; }
  function count(sel) { var r = root(); return r ? r.querySelectorAll(sel).length : 0; }
  function waitFor(sel, n) {
    return new Promise(function (done) {
      (function tick() {
        if (count(sel) >= n) setTimeout(function () { done(performance.now()); }, 0);
        else requestAnimationFrame(tick);
      })();
    });
  }
  function nodes() { var r = root(); return r ? r.querySelectorAll('*').length : 0; }
  window.__bench = { count: count, waitFor: waitFor, nodes: nodes, root: root };
  window.__first = waitFor(${JSON.stringify(opts.selector)}, 1).then(function (t) {
    performance.mark('first-content', { startTime: t });
    var s = performance.getEntriesByName('script-start')[0].startTime;
    return { ms: t - s, start: s, end: t, nodes: nodes() };
  });
})();
</script>
<script>performance.mark('script-start')</script>
<script type="module" src="${opts.scriptUrl}"></script>
</head><body>
<h1>${opts.title ?? 'Voorbeeldgemeente'}</h1>
${opts.element}
<footer><p id="below">Tekst onder de widget: hij verspringt als de widget van hoogte verandert.</p></footer>
</body></html>`;
}

/** What one page load measured. */
export type ContentRun = {
  /** script start → first content painted, ms. */
  ms: number;
  /** Elements in the shadow root at first content (to compare the markup size with the baseline). */
  nodes: number;
  /** Cumulative layout shift from navigation until the page is settled (see {@link measureContent}). */
  cls: number;
  /** Bytes the page downloaded besides the HTML document, each response gzipped here (level 6), by kind. */
  bytes?: { js: number; data: number; files: number; jsRaw: number };
};

const gz = (b: Buffer) => gzipSync(b, { level: 6 }).length;

/**
 * Opens `url` (a {@link contentPage}) in a new context at `rate`x CPU and returns {@link ContentRun}. With `settle`,
 * it then waits until the network has been idle for 500 ms (Playwright's 'networkidle', a condition, not a fixed
 * delay) and two more frames before reading the layout shift; with `bytes`, it records every response; with
 * `longTasks`, it collects long tasks.
 * `then(page)` runs on the loaded page before it closes (e.g. load more).
 */
export async function measureContent<T = undefined>(
  browser: Browser,
  url: string,
  opts: {
    rate: number;
    settle?: boolean;
    bytes?: boolean;
    /** Collect long tasks into `window.__longTasks` ([startTime, duration][]), see {@link collectLongTasks}. */
    longTasks?: boolean;
    then?: (page: Page) => Promise<T>;
    timeoutMs?: number;
  },
): Promise<ContentRun & { then?: T }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  try {
    await throttle(page, opts.rate);
    const shifts = await collectLayoutShift(page);
    if (opts.longTasks) await collectLongTasks(page);
    const failed: string[] = [];
    page.on('response', (res) => {
      if (res.status() >= 400) failed.push(`${res.status()} ${res.url()}`);
    });
    page.on('requestfailed', (req) => failed.push(`${req.failure()?.errorText ?? 'failed'} ${req.url()}`));
    const bodies: Promise<{ url: string; type: string; raw: number; gz: number }>[] = [];
    if (opts.bytes) {
      page.on('response', (res) => {
        if (res.request().resourceType() === 'document') return;
        bodies.push(
          res.body().then((b) => ({
            url: res.url(),
            type: res.headers()['content-type'] ?? '',
            raw: b.length,
            gz: gz(b),
          })),
        );
      });
    }
    await page.goto(url);
    const timeoutMs = opts.timeoutMs ?? 60_000;
    let timer: NodeJS.Timeout | undefined;
    const first = (await Promise.race([
      page.evaluate('window.__first'),
      new Promise((_, fail) => {
        timer = setTimeout(
          () =>
            fail(
              new Error(
                `no first content after ${timeoutMs} ms: ${url}; failed requests: ${failed.join(', ') || 'none'}`,
              ),
            ),
          timeoutMs,
        );
      }),
    ]).finally(() => clearTimeout(timer))) as { ms: number; nodes: number };
    let cls = 0;
    if (opts.settle || opts.bytes) {
      await page.waitForLoadState('networkidle');
      await page.evaluate(
        () => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(ok, 0)))),
      );
      cls = await shifts.read();
    }
    let bytes: ContentRun['bytes'];
    if (opts.bytes) {
      const all = await Promise.all(bodies);
      const js = all.filter((b) => b.type.includes('javascript'));
      const data = all.filter((b) => !b.type.includes('javascript'));
      bytes = {
        js: js.reduce((a, b) => a + b.gz, 0),
        jsRaw: js.reduce((a, b) => a + b.raw, 0),
        data: data.reduce((a, b) => a + b.gz, 0),
        files: all.length,
      };
      if (process.env.BENCH_DEBUG) console.error(url, all);
    }
    const then = opts.then ? await opts.then(page) : undefined;
    return { ms: first.ms, nodes: first.nodes, cls, bytes, then };
  } finally {
    await page.close();
  }
}

/**
 * Measures `widget` and `plain` alternately (`runs` times each, ABBA order, after one warm-up of each that is not
 * counted), with layout shift and bytes, and returns the rows: first content (with the ratio and `target`), CLS
 * and bytes.
 */
export async function compareContent(
  ctx: BenchContext,
  o: { widget: string; what: string; widgetUrl: string; plainUrl: string; maxRatio?: number },
): Promise<{ rows: BenchRow[]; widgetRuns: ContentRun[]; plainRuns: ContentRun[] }> {
  const { browser, runs, rate } = ctx;
  await measureContent(browser, o.widgetUrl, { rate });
  await measureContent(browser, o.plainUrl, { rate });
  const w: ContentRun[] = [];
  const p: ContentRun[] = [];
  for (let i = 0; i < runs; i++) {
    const opts = { rate, settle: true, bytes: i === 0 };
    if (i % 2 === 0) {
      w.push(await measureContent(browser, o.widgetUrl, opts));
      p.push(await measureContent(browser, o.plainUrl, opts));
    } else {
      p.push(await measureContent(browser, o.plainUrl, opts));
      w.push(await measureContent(browser, o.widgetUrl, opts));
    }
  }
  const mw = median(w.map((r) => r.ms));
  const mp = median(p.map((r) => r.ms));
  const ratio = mw / mp;
  const range = (rs: ContentRun[]) =>
    `${Math.min(...rs.map((r) => r.ms)).toFixed(0)}–${Math.max(...rs.map((r) => r.ms)).toFixed(0)}`;
  const clsW = Math.max(...w.map((r) => r.cls));
  const clsP = Math.max(...p.map((r) => r.cls));
  const bw = w[0]!.bytes!;
  const bp = p[0]!.bytes!;
  const kB = (n: number) => `${(n / 1024).toFixed(1)} kB`;
  const rows: BenchRow[] = [
    {
      widget: o.widget,
      metric: `script start → ${o.what} (${rate}x CPU, median of ${runs})`,
      value: `${mw.toFixed(0)} ms`,
      plain: `${mp.toFixed(0)} ms`,
      ratio,
      target: o.maxRatio ? `≤ ${o.maxRatio}x` : undefined,
      ok: o.maxRatio ? ratio <= o.maxRatio : undefined,
      note: `range widget ${range(w)} ms, plain ${range(p)} ms; shadow DOM elements at first content: widget ${median(w.map((r) => r.nodes))}, plain ${median(p.map((r) => r.nodes))}`,
    },
    {
      widget: o.widget,
      metric: 'CLS of the page load (worst run)',
      value: clsW.toFixed(3),
      plain: clsP.toFixed(3),
    },
    {
      widget: o.widget,
      metric: 'bytes downloaded, gzip (scripts + API data)',
      value: `${kB(bw.js + bw.data)}`,
      plain: `${kB(bp.js + bp.data)}`,
      ratio: (bw.js + bw.data) / (bp.js + bp.data),
      note: `widget: ${bw.files} files, scripts ${kB(bw.js)} (${kB(bw.jsRaw)} raw) + data ${kB(bw.data)}; plain: ${bp.files} files, scripts ${kB(bp.js)} + data ${kB(bp.data)}`,
    },
  ];
  return { rows, widgetRuns: w, plainRuns: p };
}

/** Sleeps. */
export const sleep = (ms: number) => new Promise<void>((ok) => setTimeout(ok, ms));

/** Formats a number for the table. */
export function fmt(n: number, digits = 3): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(digits);
}

/** One task of the page's main thread in a Chromium trace (category `toplevel`), in µs of the trace clock. */
export type TraceTask = {
  ts: number;
  dur: number;
  /** thread (CPU) time, ms */ cpu: number;
  /** wall, ms */ ms: number;
};

/**
 * The renderer main thread's tasks (`ThreadControllerImpl::RunTask`, with their thread time) and the page's
 * `performance.mark`s (category `blink.user_timing`, same clock) from a trace taken with
 * `browser.startTracing(page, { categories: ['toplevel', 'blink.user_timing'] })`. With CPU throttling, the
 * throttled thread stays on the CPU while held back, so a task's thread time is its throttled duration minus the
 * time other processes had the core: on a busy machine that is the figure to compare, not wall time.
 */
export function mainThreadTasks(trace: Buffer): { tasks: TraceTask[]; marks: { name: string; ts: number }[] } {
  type Ev = {
    name: string;
    cat: string;
    ph: string;
    ts: number;
    dur?: number;
    tdur?: number;
    pid: number;
    tid: number;
    args?: { name?: string };
  };
  const { traceEvents: events } = JSON.parse(trace.toString('utf8')) as { traceEvents: Ev[] };
  const marks = events
    .filter((e) => e.cat === 'blink.user_timing' && (e.ph === 'I' || e.ph === 'R' || e.ph === 'n'))
    .map((e) => ({ name: e.name, ts: e.ts, pid: e.pid, tid: e.tid }))
    .sort((a, b) => a.ts - b.ts);
  // The page's main thread is the renderer main thread that recorded the marks.
  const main = marks[0];
  const tasks = events
    .filter(
      (e) =>
        main && e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask',
    )
    .map((e) => ({ ts: e.ts, dur: e.dur ?? 0, cpu: (e.tdur ?? 0) / 1000, ms: (e.dur ?? 0) / 1000 }));
  return { tasks, marks: marks.map(({ name, ts }) => ({ name, ts })) };
}
