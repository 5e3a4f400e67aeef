/**
 * <civic-idea-form> benchmark:
 * - time from script execution start to the widget's first render, at 4x CPU slowdown, as a ratio to a
 *   minimal Lit element built the same way and measured in the same run (median of `runs` interleaved runs);
 * - the cumulative layout shift the widget causes while `/v1/site` arrives (served 400 ms late on purpose).
 */
import { exampleSite } from '../src/schema/examples.js';
import {
  buildBundle,
  collectLayoutShift,
  collectLongTasks,
  fileRoute,
  firstRenderPage,
  htmlRoute,
  measureFirstRender,
  median,
  serveStatic,
  sleep,
  throttle,
  type Bench,
  type BenchRow,
} from './lib.js';

const SITE_DELAY_MS = 400;
const RATE = 4;

const bench: Bench = async ({ browser, root, runs }) => {
  const widget = await buildBundle('src/define/idea-form.ts', 'idea-form', root);
  const minimal = await buildBundle('bench/fixtures/minimal-element.ts', 'minimal', root);
  const server = await serveStatic(root, {
    routes: {
      '/bench/idea-form.js': fileRoute(widget),
      '/bench/minimal.js': fileRoute(minimal),
      // A deliberately slow site, so the loading state is on screen for a while.
      '/api/v1/site': async (_req, res) => {
        await sleep(SITE_DELAY_MS);
        res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
        res.end(JSON.stringify(exampleSite));
      },
    },
  });
  const endpoint = `${server.url}/api`;
  server.routes['/bench/idea.html'] = htmlRoute(
    firstRenderPage({
      scriptUrl: '/bench/idea-form.js',
      tag: 'civic-idea-form',
      element: `<civic-idea-form endpoint="${endpoint}"></civic-idea-form>`,
    }),
  );
  server.routes['/bench/minimal.html'] = htmlRoute(
    firstRenderPage({
      scriptUrl: '/bench/minimal.js',
      tag: 'bench-minimal',
      element: '<bench-minimal></bench-minimal>',
    }),
  );

  const once = async (path: string) => {
    const page = await browser.newPage();
    try {
      await throttle(page, RATE);
      return await measureFirstRender(page, server.url + path);
    } finally {
      await page.close();
    }
  };

  try {
    await once('/bench/minimal.html'); // warm-up (not counted)
    await once('/bench/idea.html');
    const base: number[] = [];
    const idea: number[] = [];
    for (let i = 0; i < runs; i++) {
      base.push(await once('/bench/minimal.html'));
      idea.push(await once('/bench/idea.html'));
    }

    const cls: number[] = [];
    const longest: number[] = [];
    for (let i = 0; i < runs; i++) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      try {
        await throttle(page, RATE);
        const shifts = await collectLayoutShift(page);
        const tasks = await collectLongTasks(page);
        await page.goto(`${server.url}/bench/idea.html`);
        await page.locator('civic-idea-form #f-track-0:not([disabled])').waitFor({ timeout: 30_000 });
        await sleep(500);
        cls.push(await shifts.read());
        longest.push((await tasks.read()).longestMs);
      } finally {
        await page.close();
      }
    }

    const ratio = median(idea) / median(base);
    const clsMax = Math.max(...cls);
    const rows: BenchRow[] = [
      {
        bench: 'idea-form',
        metric: `first render, minimal Lit element (${RATE}x CPU)`,
        value: median(base),
        unit: 'ms',
      },
      { bench: 'idea-form', metric: `first render, <civic-idea-form> (${RATE}x CPU)`, value: median(idea), unit: 'ms' },
      {
        bench: 'idea-form',
        metric: 'first render ratio to minimal Lit element',
        value: ratio,
        unit: '×',
        note: `median of ${runs} interleaved runs`,
      },
      {
        bench: 'idea-form',
        metric: `layout shift while /v1/site loads (${SITE_DELAY_MS} ms late), worst run`,
        value: clsMax,
        unit: 'CLS',
        target: '< 0.01',
        ok: clsMax < 0.01,
      },
      { bench: 'idea-form', metric: 'longest task during load (median)', value: median(longest), unit: 'ms' },
    ];
    return rows;
  } finally {
    await server.close();
  }
};

export default bench;
