/**
 * `npm run bench`: the widgets' figures for issue 16, in ONE table, measured in one run.
 *
 * Starts one Chromium (playwright-core, Debian Chromium), one static server (the pages, the built CDN files from
 * dist/cdn/ at /cdn/, the plain Lit baselines from bench/fixtures/ built into a temp folder; uncompressed,
 * `no-store`) and the real reference server (server/main.ts, fresh SQLite, demo seed plus generated initiatives up
 * to BENCH_INITIATIVES, default 1000), then runs every bench/*.bench.ts in turn (list, form, ladder, signup, then
 * any other). Each returns rows; this prints them as one Markdown table with notes and writes
 * bench/results/widgets.json (git-ignored).
 *
 * What the rows mean, and how "script start" and "first content" are defined: bench/lib.ts (file header) and
 * docs/benchmarks.md. It measures dist/cdn/ as it is: run `npm run build:cdn` first after changing src/.
 *
 * Environment: BENCH_RUNS (runs per measurement, default 9, at least 5), BENCH_RATE (CPU slowdown, default 4),
 * BENCH_INITIATIVES (default 1000), CHROMIUM_PATH. Arguments: parts of bench file names to run only those
 * (e.g. `npm run bench -- list`).
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  launchBrowser,
  seedInitiatives,
  serveStatic,
  startReferenceServer,
  type Bench,
  type BenchContext,
  type BenchRow,
} from './lib.js';

const started = Date.now();
const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const runs = Math.max(5, Number(process.env.BENCH_RUNS ?? 9));
const rate = Number(process.env.BENCH_RATE ?? 4);
const initiatives = Number(process.env.BENCH_INITIATIVES ?? 1000);
const only = process.argv.slice(2);
const ORDER = ['initiative-list', 'idea-form', 'participation-ladder', 'volunteer-signup'];

// BENCH_CDN: measure another build folder (`CDN_OUT=<dir> npm run build:cdn`) instead of dist/cdn.
const cdn = process.env.BENCH_CDN ? resolve(process.env.BENCH_CDN) : join(root, 'dist', 'cdn');
if (!existsSync(join(cdn, 'initiative-list.js'))) {
  console.error('bench: dist/cdn/ is missing: run `npm run build:cdn` first (the bench measures the built CDN files).');
  process.exit(1);
}
// The bench measures what is built: say when src/ changed after the build.
const newest = (dir: string): number =>
  readdirSync(dir, { withFileTypes: true }).reduce((max, e) => {
    const p = join(dir, e.name);
    return Math.max(max, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }, 0);
const builtAt = statSync(join(cdn, 'initiative-list.js')).mtimeMs;
const srcAt = newest(join(root, 'src'));
const stale = srcAt > builtAt;
if (stale) {
  console.error(
    `bench: WARNING: src/ changed after dist/cdn/ was built (${new Date(srcAt).toISOString()} > ${new Date(builtAt).toISOString()}): ` +
      'the figures are those of the build; run `npm run build:cdn` to measure the current source.',
  );
}

// A copy of dist/cdn/ for the whole run: a rebuild by someone else meanwhile (it empties the folder) cannot break it.
const cdnCopy = mkdtempSync(join(tmpdir(), 'civic-bench-cdn-'));
cpSync(cdn, cdnCopy, { recursive: true });

const rank = (f: string) => {
  const i = ORDER.findIndex((o) => f.startsWith(o));
  return i < 0 ? ORDER.length : i;
};
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));

const rows: BenchRow[] = [];
const failures: string[] = [];
const browser = await launchBrowser();
const statics = await serveStatic(root, { mounts: { '/cdn/': cdnCopy } });
let setupS = 0;
try {
  const api = await startReferenceServer(root, statics.url);
  try {
    console.error(`bench: seeding ${initiatives} initiatives …`);
    await seedInitiatives(api, initiatives);
    setupS = (Date.now() - started) / 1000;
    const ctx: BenchContext = { browser, root, runs, rate, statics, api };
    for (const file of files) {
      console.error(`bench: ${file} …`);
      const t0 = Date.now();
      try {
        const mod = (await import(pathToFileURL(join(here, file)).href)) as { default: Bench };
        rows.push(...(await mod.default(ctx)));
        console.error(`bench: ${file} done in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
      } catch (e) {
        failures.push(file);
        console.error(`bench: ${file} failed:`, e);
      }
    }
  } finally {
    api.stop();
  }
} finally {
  await statics.close();
  await browser.close();
  rmSync(cdnCopy, { recursive: true, force: true });
}

const totalS = (Date.now() - started) / 1000;
const cell = (s: string | undefined) => (s ?? '').replace(/\|/g, '\\|');
const header = ['widget', 'measure', 'widget', 'plain Lit', 'ratio', 'target', 'met'];
const lines = [
  `| ${header.join(' | ')} |`,
  `|${header.map(() => '---').join('|')}|`,
  ...rows.map(
    (r) =>
      `| ${[
        r.widget,
        r.metric,
        r.value,
        r.plain ?? '',
        r.ratio === undefined ? '' : `${r.ratio.toFixed(2)}x`,
        r.target ?? '',
        r.ok === undefined ? '' : r.ok ? 'yes' : 'NO',
      ]
        .map(cell)
        .join(' | ')} |`,
  ),
];
console.log(
  `\nWidgets at ${rate}x CPU, ${runs} runs each (widget and plain Lit interleaved), real reference server with ${initiatives} initiatives (SQLite), dist/cdn built ${new Date(builtAt).toISOString()}${stale ? ' (OLDER than src/)' : ''}\n`,
);
console.log(lines.join('\n'));
const notes = rows.filter((r) => r.note).map((r) => `- ${r.widget}, ${r.metric}: ${r.note}`);
if (notes.length) console.log('\n' + notes.join('\n'));
console.log(`\nrun took ${totalS.toFixed(0)} s (setup ${setupS.toFixed(0)} s)`);

mkdirSync(join(here, 'results'), { recursive: true });
writeFileSync(
  join(here, 'results', 'widgets.json'),
  JSON.stringify(
    {
      date: new Date().toISOString(),
      runs,
      cpuThrottling: rate,
      initiatives,
      cdnBuiltAt: new Date(builtAt).toISOString(),
      srcNewerThanBuild: stale,
      seconds: totalS,
      rows,
      failures,
    },
    null,
    2,
  ) + '\n',
);
console.log(`wrote bench/results/widgets.json${failures.length ? `; FAILED: ${failures.join(', ')}` : ''}`);
if (failures.length) process.exitCode = 1;
