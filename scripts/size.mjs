// Checks what a page downloads from dist/cdn against size-budgets.json, and fails when a page is over
// budget or a file is missing. A budget's key is a page: one entry file ("idea-form.js") or several
// loaded together ("initiative-list.js + idea-form.js"). A page downloads its entries and every file
// they import statically (the shared runtime chunk), each file once; the French and English chunks,
// fetched only on a page in that language, are not counted. Sizes are per file, gzip level 9, summed
// (what goes over the wire with gzip). Prints a table to paste into notes.
//
//   node scripts/size.mjs                  check dist/cdn against the budgets
//   node scripts/size.mjs --dir OTHER      the same for another build (e.g. an older one kept aside)
import { gzipSync } from 'node:zlib';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
const dirFlag = args.indexOf('--dir');
const dir = dirFlag === -1 ? 'dist/cdn' : args[dirFlag + 1];

/** The static imports of a built file: `import"./x.js"` and `…from"./x.js"`, not `import("./x.js")`. */
function staticImports(code) {
  return [...code.matchAll(/\b(?:import|from)\s*["'`]\.\/([^"'`]+\.js)["'`]/g)].map((m) => m[1]);
}

/** Every file a page with these entries downloads, or the name of the first missing one. */
function pageFiles(entries) {
  const files = new Set();
  const visit = (file) => {
    if (files.has(file)) return null;
    const path = join(dir, file);
    if (!existsSync(path)) return file;
    files.add(file);
    for (const dep of staticImports(readFileSync(path, 'utf8'))) {
      const missing = visit(dep);
      if (missing) return missing;
    }
    return null;
  };
  for (const entry of entries) {
    const missing = visit(entry);
    if (missing) return { missing };
  }
  return { files: [...files] };
}

const budgets = JSON.parse(readFileSync('size-budgets.json', 'utf8'));
const pagesWidth = Math.max(...Object.keys(budgets).map((k) => k.length)) + 2;
let failed = false;
console.log(`${'page'.padEnd(pagesWidth)}files   raw B  gzip B  budget B`);
for (const [page, budget] of Object.entries(budgets)) {
  if (page.startsWith('//')) continue;
  const { files, missing } = pageFiles(page.split('+').map((s) => s.trim()));
  if (missing) {
    console.log(`${page.padEnd(pagesWidth)}${missing} is missing (run npm run build:cdn)`);
    failed = true;
    continue;
  }
  let raw = 0;
  let gz = 0;
  for (const file of files) {
    const bytes = readFileSync(join(dir, file));
    raw += bytes.length;
    gz += gzipSync(bytes, { level: 9 }).length;
  }
  const over = gz > budget;
  failed ||= over;
  console.log(
    `${page.padEnd(pagesWidth)}${String(files.length).padStart(5)}${String(raw).padStart(8)}${String(gz).padStart(8)}${String(budget).padStart(10)}${over ? '  OVER BUDGET' : ''}`,
  );
}
process.exit(failed ? 1 : 0);
