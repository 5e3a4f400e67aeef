// Checks the gzip size of each dist/cdn file against size-budgets.json; fails when one is over budget
// or missing. Prints a table to paste into notes.
import { gzipSync } from 'node:zlib';
import { existsSync, readFileSync } from 'node:fs';

const budgets = JSON.parse(readFileSync('size-budgets.json', 'utf8'));
let failed = false;
console.log('file                          raw B   gzip B  budget B');
for (const [file, budget] of Object.entries(budgets)) {
  if (file.startsWith('//')) continue;
  const path = `dist/cdn/${file}`;
  if (!existsSync(path)) {
    console.log(`${file.padEnd(28)} missing (run npm run build)`);
    failed = true;
    continue;
  }
  const raw = readFileSync(path);
  const gz = gzipSync(raw, { level: 9 }).length;
  const over = gz > budget;
  failed ||= over;
  console.log(
    `${file.padEnd(28)}${String(raw.length).padStart(7)}${String(gz).padStart(9)}${String(budget).padStart(10)}${over ? '  OVER BUDGET' : ''}`,
  );
}
process.exit(failed ? 1 : 0);
