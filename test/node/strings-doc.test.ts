// docs/strings.md lists every key a page may override per widget; it is made from the catalogs and
// must not fall behind them (regenerate with `npx tsx scripts/strings-doc.ts`).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { stringsDoc } from '../../scripts/strings-doc.js';

test('docs/strings.md matches the catalogs', () => {
  assert.equal(readFileSync('docs/strings.md', 'utf8'), stringsDoc());
});
