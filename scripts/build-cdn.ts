// Builds dist/cdn/ in one build (see vite.config.ts): civic-widgets.js (all four), one file per widget
// (every src/define entry), the runtime chunk they all import, and the language chunks; then the staff
// console on its own (dist/cdn/staff-console.js and its chunks). Then every script is precompressed
// next to itself (x.js.br: brotli quality 11; x.js.gz: gzip level 9), once at build time at the highest
// levels, so a server sends them by Accept-Encoding without compressing per request (the reference
// server does: server/http/static-files.ts; nginx `gzip_static`/`brotli_static` and most CDNs do too).
// A compressed file not smaller than the script is not written. Source maps are written but not
// compressed and not named in the scripts (vite.config.ts, `sourcemap: 'hidden'`).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'vite';
import { cdnBuildConfig, cdnConfig, cdnEntries, STAFF_ENTRIES } from '../vite.config.js';

// CDN_OUT: another folder (e.g. to benchmark a change without touching dist/cdn; `BENCH_CDN` in bench/widgets.ts).
const OUT = process.env.CDN_OUT ?? 'dist/cdn';

await build(cdnBuildConfig(cdnEntries(), { emptyOutDir: true, outDir: OUT }));
// The staff console apart, self-contained (its own Lit and chunks), so the residents' files stay as they are.
for (const [name, entry] of Object.entries(STAFF_ENTRIES)) await build(cdnConfig(entry, name, { outDir: OUT }));

/** Writes `<file>.br` and `<file>.gz` when they are smaller than the file; answers their sizes (0: not written). */
function precompress(file: string): { raw: number; br: number; gz: number } {
  const raw = readFileSync(file);
  const br = brotliCompressSync(raw, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
    },
  });
  const gz = gzipSync(raw, { level: 9 });
  if (br.length < raw.length) writeFileSync(`${file}.br`, br);
  if (gz.length < raw.length) writeFileSync(`${file}.gz`, gz);
  return { raw: raw.length, br: br.length < raw.length ? br.length : 0, gz: gz.length < raw.length ? gz.length : 0 };
}

for (const file of readdirSync(OUT).sort()) {
  if (!file.endsWith('.js')) continue;
  const { raw, br, gz } = precompress(join(OUT, file));
  console.log(`${OUT}/${file}  ${raw} B, br ${br || '-'} B, gz ${gz || '-'} B`);
}
