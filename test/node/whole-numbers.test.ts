/**
 * The whole-number fast path of src/i18n/catalog.ts (no Intl before the first paint) gives exactly what
 * Intl gives, for every tag the widgets format with, from 0 to 100 000 and around the millions where
 * French has its `many` plural form.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatWhole, plural, wholePlural } from '../../src/i18n/catalog.js';

const TAGS = ['nl', 'nl-BE', 'fr', 'fr-BE', 'en', 'en-GB'] as const;
const SAMPLES = [
  ...Array.from({ length: 100_001 }, (_, i) => i),
  ...[1e6, 2e6, 1e6 + 1, 999_999, 1e7, 12_345_678, 1e9, 1e12, 3e15, Number.MAX_SAFE_INTEGER],
];

for (const tag of TAGS) {
  test(`${tag}: whole numbers format and pluralise as Intl does`, () => {
    const number = new Intl.NumberFormat(tag);
    const rules = new Intl.PluralRules(tag);
    for (const n of SAMPLES) {
      assert.equal(formatWhole(tag, n), number.format(n), `format ${n}`);
      assert.equal(wholePlural(tag, n), rules.select(n), `plural ${n}`);
    }
  });
}

test('what the fast path leaves to Intl', () => {
  for (const n of [-1, 1.5, NaN, Infinity, 2 ** 53]) {
    assert.equal(formatWhole('nl', n), undefined, String(n));
    assert.equal(wholePlural('nl', n), undefined, String(n));
  }
  assert.equal(formatWhole('fr-CH', 1000), undefined); // another separator: Intl
  assert.equal(formatWhole('constructor', 1000), undefined);
  assert.equal(plural('fr', 1.5, { one: '{n} place', other: '{n} places' }), '1,5 place');
  assert.equal(plural('nl', -2, { one: '{n} plaats', other: '{n} plaatsen' }), '-2 plaatsen');
  assert.equal(
    plural('fr', 2_000_000, { one: '{n} un', many: '{n} beaucoup', other: '{n} autre' }),
    '2\u202f000\u202f000 beaucoup',
  );
  assert.equal(plural('nl', 0, { zero: 'geen', one: '{n} een', other: '{n} meer' }), 'geen');
  assert.equal(plural('en', 1, { one: '{n} initiative', other: '{n} initiatives' }), '1 initiative');
});
