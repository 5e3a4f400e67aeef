/**
 * <civic-initiative-list> (dist/cdn/initiative-list.js) against the plain Lit list (bench/fixtures/plain-list.ts),
 * both reading `GET /v1/initiatives` from the real reference server, 20 items a page (the widget's default):
 * - script start → first item `[part~=item]` painted, at 4x CPU (see bench/lib.ts), ratio to the plain list;
 *   target ≤ 1.3x (issue 16);
 * - CLS of the page load, bytes downloaded (gzip);
 * - load more: one page load, then 10 presses of "load more" in a row (20 → 220 items). Per press the longest
 *   task that overlaps it; the table gives how many of the 10 presses had a task over 50 ms (median and worst of
 *   `runs` sequences; target: at least 9 of 10 without), and the median and worst longest task.
 *
 * How a press is measured, and why (a Chromium trace of the earlier way, at 4x, for both lists):
 * - The press is a real click (CDP `Input.dispatchMouseEvent` through `page.mouse.click`) on the button after it
 *   was scrolled into view, as a resident scrolls to it, and two quiet frames. Before, an in-page
 *   `button.click()` ran inside the harness's own timer task (its `waitFor` polling), with no pointer events and
 *   the button far below the viewport, so the new cards landed off-screen and `content-visibility: auto` spared
 *   the widget their layout: the bench measured a press no resident makes.
 * - The press starts at the click event's `timeStamp` (a capture listener on window) and ends when the new items
 *   are in the shadow root (a MutationObserver, not a per-frame polling loop inside the frames it measures) and
 *   a frame later painted; "settled" adds the element's `updateComplete` (for the widget: focus moved to the
 *   first new card, which scrolls it into view) and two more painted frames, since the focus move and the
 *   layout of the cards it brings into view are part of the press too (the earlier window ended before them).
 * - Long tasks by wall time (PerformanceObserver 'longtask') AND by thread time. The machine the bench runs on
 *   is often shared: the trace showed most long tasks of both lists at 2-15x their thread time (e.g. a layout of
 *   303 ms wall with 18 ms on the CPU), i.e. the renderer waiting for a core, not page work. With CPU throttling
 *   the throttled thread stays on the CPU while held back, so a task's thread time is its 4x duration without the
 *   time other processes took: the thread-time row is the one to trust on a busy machine, and it carries the
 *   target. It comes from a light trace (`toplevel`, `blink.user_timing`) taken during the presses.
 * What the long tasks were (trace at 4x, thread time): the plain list's frame after the new items (style of its
 * 100 new elements, layout of the whole document, paint) 46-65 ms, so it fails about half the presses by
 * itself; the widget's click task (pointer events, Lit update to "loading") 50-73 ms, the task that handles the
 * answer (parse, check, render 20 cards) 40-95 ms, the frame that lays out the new cards in view 55-86 ms, and
 * after the focus move the frame that lays out the cards it scrolls into view 30-75 ms. Drawing 4 cards a frame
 * (CHUNK) and a block-flow list instead of a one-column grid were tried: no change in the figures.
 */
import {
  buildBundle,
  compareContent,
  contentPage,
  fileRoute,
  htmlRoute,
  measureContent,
  median,
  mainThreadTasks,
  type Bench,
  type BenchRow,
  type Page,
} from './lib.js';

const PAGE_SIZE = 20;
const PRESSES = 10;
const ITEM = '[part~=item]';

/** One press of "load more", as measured (all times `performance.now()` ms in the page). */
type Press = {
  /** click → the new items painted. */
  ms: number;
  /** click → settled: the element's `updateComplete` (for the widget: focus moved to the first new card) and two
   * more frames painted. */
  settleMs: number;
  /** Longest long task overlapping [click, new items painted] (0 = none over 50 ms). */
  longest: number;
  /** Longest long task overlapping [click, settled]: also what the focus move and the scroll it causes cost. */
  longestSettled: number;
  /** The same window [click, settled], from a trace: the longest main-thread task counted in the time it had a
   * CPU (thread time), so time other processes of a shared machine took the core away is left out. */
  cpuSettled: number;
};

/** Installed once per page: arms the observers for one press (see the file header). */
const ARM = `window.__arm = (tag, sel, want) => {
  const el = document.querySelector(tag);
  const root = el.shadowRoot;
  const p = { t: NaN, done: NaN, settled: NaN };
  addEventListener('click', (e) => { p.t = e.timeStamp; performance.mark('bench-click'); }, { capture: true, once: true });
  const frame = () => new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0)));
  p.end = new Promise((ok) => {
    const mo = new MutationObserver(() => {
      if (root.querySelectorAll(sel).length < want) return;
      mo.disconnect();
      frame().then(() => {
        p.done = performance.now();
        return el.updateComplete;
      }).then(frame).then(frame).then(() => {
        p.settled = performance.now();
                performance.mark('bench-settled');
        ok();
      });
    });
    mo.observe(root, { childList: true, subtree: true });
  });
  window.__press = p;
};`;

/** 10 presses of load more on a loaded page (see the file header for what is measured and why this way). */
async function loadMore(page: Page, tag: string): Promise<Press[]> {
  await page.evaluate(ARM);
  const out: Press[] = [];
  const browser = page.context().browser()!;
  await browser.startTracing(page, { categories: ['toplevel', 'blink.user_timing'] });
  let trace: Buffer | undefined;
  try {
    for (let k = 1; k <= PRESSES; k++) {
      const want = PAGE_SIZE * (k + 1);
      // The button ready and in view, as a resident scrolls to it; then two quiet frames, all before the click.
      const at = (await page.evaluate(
        `(async () => {
        const b = window.__bench;
        await b.waitFor('[part~=more-button]:not([aria-disabled=true])', 1);
        const button = b.root().querySelector('[part~=more-button]');
        button.scrollIntoView({ block: 'center' });
        for (let i = 0; i < 2; i++) await new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0)));
        window.__arm(${JSON.stringify(tag)}, ${JSON.stringify(ITEM)}, ${want});
        const r = button.getBoundingClientRect();
        return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
      })()`,
      )) as { x: number; y: number };
      // A real click (CDP Input events): the press runs in the page's own input task, with no harness script in it.
      await page.mouse.click(at.x, at.y);
      out.push(
        (await page.evaluate(
          `(async () => {
          const p = window.__press;
          await p.end;
          // Long-task entries arrive in a later task: one more frame and task before reading them.
          await new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0)));
          const longest = (end) =>
            Math.max(0, ...window.__longTasks.filter(([s, d]) => s < end && s + d > p.t).map(([, d]) => d));
          if (!(p.t > 0)) throw new Error('the click did not reach the page');
          return { ms: p.done - p.t, settleMs: p.settled - p.t, longest: longest(p.done), longestSettled: longest(p.settled) };
        })()`,
        )) as Press,
      );
    }
  } finally {
    trace = await browser.stopTracing();
  }
  const { tasks, marks } = mainThreadTasks(trace);
  const clicks = marks.filter((m) => m.name === 'bench-click');
  const ends = marks.filter((m) => m.name === 'bench-settled');
  if (clicks.length !== PRESSES || ends.length !== PRESSES) throw new Error('the trace lacks the press marks');
  out.forEach((press, i) => {
    const [from, to] = [clicks[i]!.ts, ends[i]!.ts];
    press.cpuSettled = Math.max(0, ...tasks.filter((t) => t.ts < to && t.ts + t.dur > from).map((t) => t.cpu));
  });
  return out;
}

const bench: Bench = async (ctx) => {
  const { browser, root, runs, rate, statics, api } = ctx;
  const plain = await buildBundle('bench/fixtures/plain-list.ts', 'plain-list', root);
  statics.routes['/bench/plain-list.js'] = fileRoute(plain);
  const attrs = `endpoint="${api.endpoint}" page-size="${PAGE_SIZE}"`;
  statics.routes['/pages/list.html'] = htmlRoute(
    contentPage({
      scriptUrl: '/cdn/initiative-list.js',
      tag: 'civic-initiative-list',
      element: `<civic-initiative-list ${attrs}></civic-initiative-list>`,
      selector: ITEM,
    }),
  );
  statics.routes['/pages/plain-list.html'] = htmlRoute(
    contentPage({
      scriptUrl: '/bench/plain-list.js',
      tag: 'plain-list',
      element: `<plain-list ${attrs}></plain-list>`,
      selector: ITEM,
    }),
  );
  const widgetUrl = `${statics.url}/pages/list.html`;
  const plainUrl = `${statics.url}/pages/plain-list.html`;
  const { rows } = await compareContent(ctx, {
    widget: 'initiative list',
    what: 'first item',
    widgetUrl,
    plainUrl,
    maxRatio: 1.3,
  });

  // Load more: `runs` sequences of 10 presses, widget and plain list alternately.
  const w: Press[][] = [];
  const p: Press[][] = [];
  const more = (url: string, tag: string) =>
    measureContent(browser, url, {
      rate,
      then: async (page) => loadMore(page, tag),
      longTasks: true,
    }).then((r) => r.then!);
  for (let i = 0; i < runs; i++) {
    w.push(await more(widgetUrl, 'civic-initiative-list'));
    p.push(await more(plainUrl, 'plain-list'));
  }
  const over = (seq: Press[]) => seq.filter((x) => x.longest > 50).length;
  const overS = (seq: Press[]) => seq.filter((x) => x.longestSettled > 50).length;
  const overC = (seq: Press[]) => seq.filter((x) => x.cpuSettled > 50).length;
  const overW = w.map(over);
  const overP = p.map(over);
  const longestW = w.flat().map((x) => x.longest);
  const longestP = p.flat().map((x) => x.longest);
  const pressW = w.flat().map((x) => x.ms);
  const pressP = p.flat().map((x) => x.ms);
  const worstSeq = Math.max(...overW);
  rows.push(
    {
      widget: 'initiative list',
      metric: `load more, ${PRESSES} presses × ${PAGE_SIZE} items: presses with a task > 50 ms (median of ${runs} sequences; worst)`,
      value: `${median(overW)}/${PRESSES}; worst ${worstSeq}/${PRESSES}`,
      plain: `${median(overP)}/${PRESSES}; worst ${Math.max(...overP)}/${PRESSES}`,
      target: `≤ 1/${PRESSES}`,
      ok: median(overW) <= 1,
      note: `all presses: widget ${overW.reduce((a, b) => a + b, 0)}/${PRESSES * runs}, plain ${overP.reduce((a, b) => a + b, 0)}/${PRESSES * runs}`,
    },
    {
      widget: 'initiative list',
      metric: `load more: longest task per press, median / worst (${PRESSES * runs} presses)`,
      value: `${median(longestW).toFixed(0)} / ${Math.max(...longestW).toFixed(0)} ms`,
      plain: `${median(longestP).toFixed(0)} / ${Math.max(...longestP).toFixed(0)} ms`,
      note: '0 ms = no task over 50 ms in that press',
    },
    {
      widget: 'initiative list',
      metric: `load more until settled (focus moved, two more frames): presses with a task > 50 ms (median of ${runs}; worst)`,
      value: `${median(w.map(overS))}/${PRESSES}; worst ${Math.max(...w.map(overS))}/${PRESSES}`,
      plain: `${median(p.map(overS))}/${PRESSES}; worst ${Math.max(...p.map(overS))}/${PRESSES}`,
      note: `longest task per press until settled, median / worst: widget ${median(w.flat().map((x) => x.longestSettled)).toFixed(0)} / ${Math.max(...w.flat().map((x) => x.longestSettled)).toFixed(0)} ms, plain ${median(p.flat().map((x) => x.longestSettled)).toFixed(0)} / ${Math.max(...p.flat().map((x) => x.longestSettled)).toFixed(0)} ms; click → settled, median: widget ${median(w.flat().map((x) => x.settleMs)).toFixed(0)} ms, plain ${median(p.flat().map((x) => x.settleMs)).toFixed(0)} ms`,
    },
    {
      widget: 'initiative list',
      metric: `load more until settled, tasks by thread time (trace): presses with a task > 50 ms (median of ${runs}; worst)`,
      value: `${median(w.map(overC))}/${PRESSES}; worst ${Math.max(...w.map(overC))}/${PRESSES}`,
      plain: `${median(p.map(overC))}/${PRESSES}; worst ${Math.max(...p.map(overC))}/${PRESSES}`,
      target: `≤ 1/${PRESSES}`,
      ok: median(w.map(overC)) <= 1,
      note: `longest task per press by thread time, median / worst: widget ${median(w.flat().map((x) => x.cpuSettled)).toFixed(0)} / ${Math.max(...w.flat().map((x) => x.cpuSettled)).toFixed(0)} ms, plain ${median(p.flat().map((x) => x.cpuSettled)).toFixed(0)} / ${Math.max(...p.flat().map((x) => x.cpuSettled)).toFixed(0)} ms; all presses: widget ${w.map(overC).reduce((a, b) => a + b, 0)}/${PRESSES * runs}, plain ${p.map(overC).reduce((a, b) => a + b, 0)}/${PRESSES * runs}`,
    },
    {
      widget: 'initiative list',
      metric: 'load more: click → new items painted, median',
      value: `${median(pressW).toFixed(0)} ms`,
      plain: `${median(pressP).toFixed(0)} ms`,
      ratio: median(pressW) / median(pressP),
    },
  );
  return rows satisfies BenchRow[];
};

export default bench;
