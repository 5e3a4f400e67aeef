/**
 * <civic-initiative-list> benchmark, against a REAL reference server whose database holds 10,000 published
 * initiatives (the demo seed plus generated ones, added through the staff API `POST /v1/staff/initiatives`).
 * At 4x CPU slowdown, interleaved with a plain Lit list (bench/fixtures/plain-list.ts) on the same data:
 * - the time from the arrival of the first page (fetch resolved) to the rendered page, as a ratio to the plain list;
 * - the time from clicking "load more" to the rendered new items, as a ratio to the plain list;
 * - the longest task while loading more (aim: none over 50 ms);
 * - the cumulative layout shift of the page while the widget loads (aim: under 0.01), with text below it.
 * Pages hold PAGE_SIZE items, the largest page the contract allows.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import {
  buildBundle,
  collectLayoutShift,
  fileRoute,
  htmlRoute,
  median,
  serveStatic,
  sleep,
  throttle,
  type Bench,
  type BenchRow,
  type Browser,
} from './lib.js';

const TOTAL = 10_000;
const PAGE_SIZE = 100;
const RATE = 4;
const TOKEN = 'bench-admin-token-0123456789abcdef012345';

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.on('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => ok(port));
    });
  });
}

async function startServer(root: string, origin: string) {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'civic-bench-list-'));
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
      ADMIN_TOKEN: TOKEN,
      RATE_LIMIT_PER_MINUTE: '1000000',
      LOG_LEVEL: 'warn',
    },
  });
  const endpoint = `http://127.0.0.1:${port}`;
  const stop = () => {
    if (child.exitCode === null) child.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  };
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`reference server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${endpoint}/v1/site`)).ok) break;
    } catch {
      /* not up yet */
    }
    if (i > 150) {
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

/** Adds published initiatives through the staff API until the database holds TOTAL. */
async function seed(endpoint: string): Promise<void> {
  const have = ((await (await fetch(`${endpoint}/v1/initiatives?limit=1`)).json()) as { total: number }).total;
  let next = 0;
  const missing = TOTAL - have;
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
      const res = await fetch(`${endpoint}/v1/staff/initiatives`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          Authorization: `Bearer ${TOKEN}`,
          'Idempotency-Key': crypto.randomUUID(),
        },
        body: JSON.stringify(body),
      });
      if (!res.ok) throw new Error(`seeding failed: ${res.status} ${await res.text()}`);
    }
  };
  await Promise.all(Array.from({ length: 16 }, worker));
  const total = ((await (await fetch(`${endpoint}/v1/initiatives?limit=1`)).json()) as { total: number }).total;
  if (total < TOTAL) throw new Error(`database holds ${total} initiatives, wanted ${TOTAL}`);
}

/** The page: records when list data arrives (fetch resolved), long tasks, and waits for N rendered items. */
const page = (script: string, element: string, tag: string) => `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>bench</title><style>body{font-family:system-ui,sans-serif;margin:1rem;max-inline-size:64rem}</style>
<script>
  window.__arrive = []; window.__longs = [];
  const realFetch = window.fetch;
  window.fetch = async (...args) => {
    const res = await realFetch(...args);
    const url = String(args[0] instanceof Request ? args[0].url : args[0]);
    if (url.includes('/v1/initiatives')) window.__arrive.push(performance.now());
    return res;
  };
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longs.push([e.startTime, e.duration]); }).observe({ type: 'longtask', buffered: true });
  window.__el = () => document.querySelector('${tag}');
  customElements.whenDefined('${tag}').then(() => window.__el().updateComplete).then(() => requestAnimationFrame(() => setTimeout(() => (window.__first = performance.now()))));
  window.__count = () => window.__el()?.shadowRoot?.querySelectorAll('[part~=item]').length ?? 0;
  window.__waitItems = (n) => new Promise((done) => {
    const tick = () => (window.__count() >= n ? requestAnimationFrame(() => setTimeout(() => done(performance.now()))) : requestAnimationFrame(tick));
    tick();
  });
</script>
<script type="module" src="${script}"></script></head>
<body><h1>Initiatieven in Voorbeeldgemeente</h1>${element}<footer><p>Tekst onder de lijst: hij mag niet verspringen.</p></footer></body></html>`;

type Run = { firstMs: number; moreMs: number; moreRenderMs: number; longestMs: number; cls: number; clsAfter: number };

async function measure(browser: Browser, url: string, withCls: boolean, size = PAGE_SIZE): Promise<Run> {
  const p = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  try {
    await throttle(p, RATE);
    const cls = withCls ? await collectLayoutShift(p) : undefined;
    await p.goto(url);
    const rendered = (await p.evaluate(`window.__waitItems(${size})`)) as number;
    const arrived = (await p.evaluate('window.__arrive[0]')) as number;
    const clicked = (await p.evaluate(
      `(() => { const b = window.__el().shadowRoot.querySelector('[part~=more-button]'); const t = performance.now(); b.click(); return t; })()`,
    )) as number;
    const more = (await p.evaluate(`window.__waitItems(${2 * size})`)) as number;
    const arrivedMore = (await p.evaluate('window.__arrive.at(-1)')) as number;
    const longs = (await p.evaluate('window.__longs')) as [number, number][];
    const longestMs = Math.max(0, ...longs.filter(([start, d]) => start + d >= clicked).map(([, d]) => d));
    const first = (await p.evaluate('window.__first')) as number;
    const shifts = cls ? await cls.entries() : [];
    if (process.env.BENCH_DEBUG) console.error(JSON.stringify({ first, shifts }));
    return {
      firstMs: rendered - arrived,
      moreMs: more - clicked,
      moreRenderMs: more - arrivedMore,
      longestMs,
      cls: shifts.reduce((a, e) => a + e.value, 0),
      clsAfter: shifts.filter((e) => e.time > first).reduce((a, e) => a + e.value, 0),
    };
  } finally {
    await p.close();
  }
}

const bench: Bench = async ({ browser, root, runs }) => {
  const widget = await buildBundle('src/define/initiative-list.ts', 'initiative-list', root);
  const plain = await buildBundle('bench/fixtures/plain-list.ts', 'plain-list', root);
  // The widget's build has more files than its entry (the French and English strings, loaded on demand, and
  // what they share with it): serve them all, or the entry's import of a shared file fails and nothing renders.
  const files = (entry: string) =>
    Object.fromEntries(readdirSync(dirname(entry)).map((f) => [`/bench/${f}`, fileRoute(join(dirname(entry), f))]));
  const statics = await serveStatic(root, { routes: { ...files(widget), ...files(plain) } });
  if (!statics.routes[`/bench/${basename(widget)}`]) throw new Error(`no ${widget}`);
  const t0 = Date.now();
  const api = await startServer(root, statics.url);
  try {
    await seed(api.endpoint);
    const setupS = (Date.now() - t0) / 1000;
    statics.routes['/list.html'] = htmlRoute(
      page(
        '/bench/initiative-list.js',
        `<civic-initiative-list endpoint="${api.endpoint}" page-size="${PAGE_SIZE}"></civic-initiative-list>`,
        'civic-initiative-list',
      ),
    );
    statics.routes['/plain.html'] = htmlRoute(
      page(
        '/bench/plain-list.js',
        `<plain-list endpoint="${api.endpoint}" page-size="${PAGE_SIZE}"></plain-list>`,
        'plain-list',
      ),
    );
    await measure(browser, `${statics.url}/list.html`, false); // warm up server caches and the browser
    await measure(browser, `${statics.url}/plain.html`, false);
    const w: Run[] = [];
    const b: Run[] = [];
    for (let i = 0; i < runs; i++) {
      w.push(await measure(browser, `${statics.url}/list.html`, true));
      b.push(await measure(browser, `${statics.url}/plain.html`, false));
    }
    // The default page size (20): the long task while loading more.
    statics.routes['/list20.html'] = htmlRoute(
      page(
        '/bench/initiative-list.js',
        `<civic-initiative-list endpoint="${api.endpoint}" page-size="20"></civic-initiative-list>`,
        'civic-initiative-list',
      ),
    );
    const w20: Run[] = [];
    for (let i = 0; i < runs; i++) w20.push(await measure(browser, `${statics.url}/list20.html`, false, 20));
    const longest20 = Math.max(...w20.map((r) => r.longestMs));
    const m = (rs: Run[], k: keyof Run) => median(rs.map((r) => r[k]));
    const firstRatio = m(w, 'firstMs') / m(b, 'firstMs');
    const moreRatio = m(w, 'moreMs') / m(b, 'moreMs');
    const longest = Math.max(...w.map((r) => r.longestMs));
    const cls = Math.max(...w.map((r) => r.clsAfter));
    const clsAll = Math.max(...w.map((r) => r.cls));
    const name = 'initiative-list';
    const note = `${TOTAL} initiatives in SQLite, ${PAGE_SIZE} per page, ${RATE}x CPU slowdown, median of ${runs}; setup ${setupS.toFixed(0)} s`;
    const rows: BenchRow[] = [
      {
        bench: name,
        metric: 'data arrival → rendered page (ratio to plain Lit list)',
        value: firstRatio,
        unit: '×',
        note: `${m(w, 'firstMs').toFixed(0)} ms vs ${m(b, 'firstMs').toFixed(0)} ms; ${note}`,
      },
      {
        bench: name,
        metric: '"load more" click → rendered items (ratio to plain Lit list)',
        value: moreRatio,
        unit: '×',
        note: `${m(w, 'moreMs').toFixed(0)} ms vs ${m(b, 'moreMs').toFixed(0)} ms (render after arrival ${m(w, 'moreRenderMs').toFixed(0)} vs ${m(b, 'moreRenderMs').toFixed(0)} ms)`,
      },
      {
        bench: name,
        metric: 'longest task while loading more (worst run)',
        value: longest,
        unit: 'ms',
        target: '≤ 50',
        ok: longest <= 50,
        note: `plain list: ${Math.max(...b.map((r) => r.longestMs)).toFixed(0)} ms`,
      },
      {
        bench: name,
        metric: 'longest task while loading more, page-size 20 (worst run)',
        value: longest20,
        unit: 'ms',
        target: '≤ 50',
        ok: longest20 <= 50,
      },
      {
        bench: name,
        metric: 'layout shift while loading, after the first render (worst run)',
        value: cls,
        unit: 'CLS',
        target: '< 0.01',
        ok: cls < 0.01,
        note: `including the element's upgrade (the empty tag growing to the skeleton, text below moves): ${clsAll.toFixed(3)}`,
      },
    ];
    return rows;
  } finally {
    api.stop();
    await statics.close();
  }
};

export default bench;
