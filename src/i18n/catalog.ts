/**
 * A catalog is a flat record of a widget's strings. A string is either text or a function of typed
 * arguments (for plurals, numbers and dates through Intl). Each widget declares its strings as a
 * type in its own section of types.ts, and each locale exports one object per widget. Dutch is
 * bundled, one module per widget in nl/ (plus nl/common.ts), each imported by its widget directly, so
 * a widget's bundle carries only its own strings; French and English may be given as loaders
 * (`() => import('../i18n/fr.js').then(...)`), fetched only when a page uses them.
 */
import type { Locale } from './locale.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- message functions take any typed arguments
export type Message = string | ((...args: any[]) => string);
export type Catalog = { [key: string]: Message };
/** A catalog, or a function that loads it (a dynamic import: a separate file in the CDN build). */
export type CatalogSource<S extends Catalog> = S | (() => Promise<S>);
/** Dutch, the default, is always at hand; the other languages may load on demand. */
export type Catalogs<S extends Catalog> = { nl: S } & Record<Exclude<Locale, 'nl'>, CatalogSource<S>>;

/** Arguments a message takes: none for plain text. */
export type MessageArgs<M> = M extends (...args: infer A) => string ? A : [];

/** Per-instance overrides: plain text for any key (functions too, from script). */
export type Overrides<S extends Catalog> = { [K in keyof S]?: S[K] | string };

export function format<S extends Catalog, K extends keyof S>(catalog: S, key: K, args: MessageArgs<S[K]>): string {
  const message = catalog[key];
  return typeof message === 'function' ? message(...args) : String(message ?? key);
}

/** Intl formatters are costly to create: one per language and options, kept. */
const formatters = new Map<string, Intl.PluralRules | Intl.NumberFormat | Intl.DateTimeFormat>();
function cached<F extends Intl.PluralRules | Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => F): F {
  let f = formatters.get(key) as F | undefined;
  if (!f) formatters.set(key, (f = make()));
  return f;
}
export const pluralRules = (tag: string) => cached(`p|${tag}`, () => new Intl.PluralRules(tag));
export const numberFormat = (tag: string, options?: Intl.NumberFormatOptions) =>
  cached(`n|${tag}|${JSON.stringify(options ?? {})}`, () => new Intl.NumberFormat(tag, options));
export const dateFormat = (tag: string, options?: Intl.DateTimeFormatOptions) =>
  cached(`d|${tag}|${JSON.stringify(options ?? {})}`, () => new Intl.DateTimeFormat(tag, options));

/*
 * Whole numbers without Intl. Creating the first Intl.NumberFormat or PluralRules of a page takes tens
 * to hundreds of milliseconds on a slow phone, and a widget's first paint needs a count ("20 initiatieven
 * gevonden"). For a whole number from 0 up, our three languages need no data: a thousands separator
 * every three digits and a simple plural rule (CLDR). test/node/whole-numbers.test.ts (Node) and
 * test/browser/internal/whole-numbers.test.ts (Chromium) check both against Intl for 0 to 100 000 and for millions; anything else goes to Intl.
 */
/** The thousands separator per tag the widgets format with (fr: U+202F narrow no-break space). */
const GROUP_SEPARATOR: ReadonlyMap<string, string> = new Map([
  ['nl', '.'],
  ['nl-BE', '.'],
  ['fr', '\u202f'],
  ['fr-BE', '\u202f'],
  ['en', ','],
  ['en-GB', ','],
]);

const isWhole = (n: number): boolean => Number.isSafeInteger(n) && n >= 0;

/** `n` as Intl.NumberFormat(tag) writes it, without Intl; `undefined` when that needs Intl. */
export function formatWhole(tag: string, n: number): string | undefined {
  const separator = GROUP_SEPARATOR.get(tag);
  if (separator === undefined || !isWhole(n)) return undefined;
  const digits = String(n);
  if (digits.length <= 3) return digits;
  const head = digits.length % 3 || 3;
  let out = digits.slice(0, head);
  for (let i = head; i < digits.length; i += 3) out += separator + digits.slice(i, i + 3);
  return out;
}

/** The plural category Intl.PluralRules(tag) gives `n`, without Intl; `undefined` when that needs Intl. */
export function wholePlural(tag: string, n: number): Intl.LDMLPluralRule | undefined {
  if (!GROUP_SEPARATOR.has(tag) || !isWhole(n)) return undefined;
  if (tag.startsWith('fr')) return n <= 1 ? 'one' : n % 1_000_000 === 0 ? 'many' : 'other';
  return n === 1 ? 'one' : 'other';
}

/** The plural form for a count in a language (Intl.PluralRules); `{n}` becomes the formatted count. */
export function plural(
  locale: Locale,
  count: number,
  forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string },
): string {
  const form =
    count === 0 && forms.zero !== undefined
      ? 'zero'
      : (wholePlural(locale, count) ?? pluralRules(locale).select(count));
  const n = formatWhole(locale, count) ?? numberFormat(locale).format(count);
  return (forms[form] ?? forms.other).replace('{n}', n);
}

/** `naam` → `Naam`, for messages that start with a field's label. */
export function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
