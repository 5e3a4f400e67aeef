/**
 * `npm run bench`: runs every bench/*.bench.ts (its default export, a `Bench` from ./lib.ts) in sequence
 * with one Chromium, prints one table and writes bench/results/widgets.json (git-ignored).
 * BENCH_RUNS sets the runs per measurement (default 9, at least 7).
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { fmt, launchBrowser, type Bench, type BenchRow } from './lib.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const runs = Math.max(7, Number(process.env.BENCH_RUNS ?? 9));
const only = process.argv.slice(2);

const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

const browser = await launchBrowser();
const rows: BenchRow[] = [];
const failures: string[] = [];
try {
  for (const file of files) {
    console.error(`bench: ${file} …`);
    try {
      const mod = (await import(pathToFileURL(join(here, file)).href)) as { default: Bench };
      rows.push(...(await mod.default({ browser, root, runs })));
    } catch (e) {
      failures.push(file);
      console.error(`bench: ${file} failed:`, e);
    }
  }
} finally {
  await browser.close();
}

const table = rows.map((r) => ({
  bench: r.bench,
  metric: r.metric,
  value: `${fmt(r.value)} ${r.unit}`,
  target: r.target ?? '',
  ok: r.ok === undefined ? '' : r.ok ? 'yes' : 'NO',
}));
console.table(table);
mkdirSync(join(here, 'results'), { recursive: true });
writeFileSync(
  join(here, 'results', 'widgets.json'),
  JSON.stringify({ date: new Date().toISOString(), runs, cpuThrottling: 4, rows, failures }, null, 2) + '\n',
);
console.log(
  `wrote bench/results/widgets.json (${rows.length} rows${failures.length ? `, FAILED: ${failures.join(', ')}` : ''})`,
);
if (failures.length) process.exitCode = 1;
