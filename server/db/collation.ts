/**
 * Title sort keys that follow the language's collation in plain byte order, so one index and one
 * keyset cursor serve both databases (SQLite has no ICU, and better-sqlite3 cannot register a
 * collation; PostgreSQL compares the key with `COLLATE "C"`).
 *
 * The key follows the Unicode Collation Algorithm with the CLDR root order, which is what Dutch,
 * French (France, Belgium) and English use (`Intl.Collator` and PostgreSQL's ICU collations
 * `nl-x-icu`, `fr-x-icu`, `en-x-icu` have no tailoring for them that touches Latin titles):
 * - level 1, the letters: accents and case ignored, ligatures expanded (œ → oe, ß → ss); spaces
 *   and punctuation before digits, digits before letters (CLDR's "non-ignorable" default);
 * - level 2, the accents, letter by letter (e < é < è < ê < ë);
 * - level 3, the case, letter by letter (lower case first).
 * Each level is compared only when the ones before are equal: the key is the three levels joined
 * by U+0001, which sorts below every character used in a level. test/server/collation.test.ts
 * checks the order against `Intl.Collator` for each language, and against PostgreSQL's ICU
 * collations when the tests run on PostgreSQL.
 */
import type { Locale } from '../../src/schema/index.js';

const LEVEL_SEPARATOR = '\u0001';

/** Spaces and punctuation in CLDR root order; each maps to one character below the digits. */
const VARIABLE = ' _-‐‑‒–—,;:!¡?¿.…·\'‘’‚‹›"“”„«»()[]{}§¶@*/\\&#%‰†‡•`´˜^¨¯°©®+±÷×<=>¬|¦~¤¢$£¥€';
const VARIABLE_BASE = 0x02; // 0x02 … 0x4c
const OTHER_SYMBOL = String.fromCharCode(0x4d); // a symbol not listed: after those, before digits
/** Digits 0-9 (of any script) weigh 0x4e … 0x57: after symbols, before letters (≥ 'a', 0x61). */
const DIGIT_BASE = 0x4e;

/** Letters that are not a base letter plus combining marks in Unicode, with what they expand to. */
/** Stands for "a ligature" among the marks (not a character of any text: it is a noncharacter). */
const LIGATURE_MARK = '\uFDD0';

const EXPANSIONS: Readonly<Record<string, string>> = {
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  ĳ: 'ij',
  ﬁ: 'fi',
  ﬂ: 'fl',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ł: 'l',
  ħ: 'h',
  ŧ: 't',
  ı: 'i',
};
/** Letters from {@link EXPANSIONS} that are a letter with a stroke (o < ø at the second level). */
const STROKED = new Set(['ø', 'đ', 'ð', 'ł', 'ħ', 'ŧ']);

/** Combining marks in CLDR root secondary order; a mark not listed sorts after them. */
const MARKS = [
  '\u0301', // acute
  '\u0300', // grave
  '\u0306', // breve
  '\u0302', // circumflex
  '\u030C', // caron
  '\u030A', // ring
  '\u0308', // diaeresis
  '\u030B', // double acute
  '\u0303', // tilde
  '\u0307', // dot above
  '\u0338', // stroke (ø, ł, đ)
  '\u0327', // cedilla
  '\u0328', // ogonek
  '\u0304', // macron
  LIGATURE_MARK, // æ, œ, ß against ae, oe, ss: a second-level difference, after every accent
];
// Secondary weights: 'A' for a letter without a mark, then one character per mark.
const NO_MARK = 'A';
const markWeight = (m: string): string => {
  const i = MARKS.indexOf(m);
  return String.fromCharCode(0x42 + (i < 0 ? MARKS.length : i));
};
const LOWER = 'a';
const UPPER = 'b';
const LIGATURE = 'c';
const UPPER_LIGATURE = 'd';

/**
 * The sort key of `text` in `locale`: comparing two keys by code point (SQLite's BINARY, PostgreSQL's
 * "C") orders the texts as the language's collation does. Keys of equal texts are equal.
 */
export function titleSortKey(text: string, _locale: Locale): string {
  const primary: string[] = [];
  const secondary: string[] = [];
  const tertiary: string[] = [];
  // NFD splits each letter into its base and its combining marks, in canonical order.
  const chars = [...text.normalize('NFD')];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    if (/\p{M}/u.test(ch)) continue; // a mark without a base (or consumed below)
    const marks: string[] = [];
    while (i + 1 < chars.length && /\p{M}/u.test(chars[i + 1]!)) marks.push(chars[++i]!);
    const lower = ch.toLowerCase();
    const caseWeight = ch !== lower ? UPPER : LOWER;
    if (/\s/u.test(ch)) {
      primary.push(String.fromCharCode(VARIABLE_BASE));
      secondary.push(NO_MARK);
      tertiary.push(LOWER);
      continue;
    }
    if (/[\p{L}\p{N}]/u.test(ch)) {
      const expanded = EXPANSIONS[lower];
      if (expanded !== undefined) {
        marks.unshift(STROKED.has(lower) ? '\u0338' : LIGATURE_MARK);
        const letters = [...expanded];
        letters.forEach((l, j) => {
          primary.push(l);
          secondary.push(j === 0 ? NO_MARK + marks.map(markWeight).join('') : NO_MARK);
          // A ligature differs from the plain letters at the third level, after both cases
          // (oe < Oe < œ < Œ); a letter with a stroke is a letter with a mark (o < ø).
          tertiary.push(STROKED.has(lower) ? caseWeight : caseWeight === LOWER ? LIGATURE : UPPER_LIGATURE);
        });
        continue;
      }
      primary.push(/\p{Nd}/u.test(ch) ? String.fromCharCode(DIGIT_BASE + digitValue(ch)) : lower);
      secondary.push(NO_MARK + marks.map(markWeight).join(''));
      tertiary.push(caseWeight);
      continue;
    }
    const v = VARIABLE.indexOf(ch);
    primary.push(v < 0 ? OTHER_SYMBOL : String.fromCharCode(VARIABLE_BASE + v));
    secondary.push(NO_MARK);
    tertiary.push(LOWER);
  }
  return [primary.join(''), secondary.join(''), tertiary.join('')].join(LEVEL_SEPARATOR);
}

/** The value 0-9 of a decimal digit of any script (U+0660 ٠ → 0). */
function digitValue(ch: string): number {
  const cp = ch.codePointAt(0)!;
  for (let zero = cp; zero > cp - 10; zero--) {
    if (!/\p{Nd}/u.test(String.fromCodePoint(zero - 1))) return cp - zero;
  }
  return 0;
}
