/**
 * The whole-number fast path of src/i18n/catalog.ts gives exactly what Chromium's Intl gives (the same
 * check as test/node/whole-numbers.test.ts, against the browser's own ICU data).
 */
import { expect } from '@open-wc/testing';
import { formatWhole, wholePlural } from '../../../src/i18n/catalog.js';

const TAGS = ['nl', 'nl-BE', 'fr', 'fr-BE', 'en', 'en-GB'];
const SAMPLES = [
  ...Array.from({ length: 100_001 }, (_, i) => i),
  ...[1e6, 2e6, 1e6 + 1, 999_999, 1e7, 12_345_678, 1e9, 1e12, 3e15, Number.MAX_SAFE_INTEGER],
];

describe('whole numbers without Intl', () => {
  for (const tag of TAGS) {
    it(`${tag}: formats and pluralises 0 to 100 000 and millions as Intl does`, () => {
      const number = new Intl.NumberFormat(tag);
      const rules = new Intl.PluralRules(tag);
      const wrong: string[] = [];
      for (const n of SAMPLES) {
        if (formatWhole(tag, n) !== number.format(n)) wrong.push(`format ${n}: ${formatWhole(tag, n)}`);
        if (wholePlural(tag, n) !== rules.select(n)) wrong.push(`plural ${n}: ${wholePlural(tag, n)}`);
      }
      expect(wrong.slice(0, 10)).to.deep.equal([]);
    });
  }
});
