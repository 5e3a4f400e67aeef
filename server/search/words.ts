/**
 * The language side of full-text search, done in the app so SQLite and PostgreSQL index and
 * query the very same tokens (neither database's own stemming is used):
 *
 *   text → NFKC, lower case → words (runs of letters, digits and marks) → for each word, the word
 *   itself and its Snowball stem in each language of the site (Dutch, French, English: a text may
 *   be in any of them, whatever the row's language) → accents stripped (NFD without combining
 *   marks) → deduplicated.
 *
 * Stemming comes before stripping accents ("écoles" → "écol" → "ecol"), as the stemmers expect
 * accented words. "moestuinen" and "moestuin" share the Dutch stem "moestuin"; "écoles", "école"
 * and "ecole" share the French stem "ecol". Tokens contain letters and digits only, so they pass
 * verbatim through SQLite FTS5's `ascii` tokenizer and PostgreSQL's `array_to_tsvector`.
 */
import snowball from 'snowball-stemmers';

/** Snowball algorithm per site language. */
const STEMMERS = (['dutch', 'french', 'english'] as const).map((name) => snowball.newStemmer(name));

/** Longest word kept (a longer run of letters is not a word anyone searches for). */
const MAX_WORD = 60;

const WORD = /[\p{L}\p{N}\p{M}]+/gu;
const MARKS = /\p{M}+/gu;
const stripAccents = (s: string): string => s.normalize('NFD').replace(MARKS, '');

/**
 * Stemming costs 10-50 µs a word with this library, so the forms of recent words are kept: a
 * search for a word seen before costs a map lookup, and indexing a text whose French and English
 * rows repeat the Dutch one stems each word once. Bounded; the oldest entry goes first.
 */
const FORMS_CACHE = new Map<string, readonly string[]>();
const FORMS_CACHE_SIZE = 20_000;

/** The tokens of one lower-cased word: itself and its stems, without accents, deduplicated. */
export function wordForms(word: string): readonly string[] {
  const hit = FORMS_CACHE.get(word);
  if (hit) return hit;
  const forms = [...new Set([word, ...STEMMERS.map((s) => s.stem(word))].map(stripAccents))].filter(
    (f) => f.length > 0,
  );
  if (FORMS_CACHE.size >= FORMS_CACHE_SIZE) FORMS_CACHE.delete(FORMS_CACHE.keys().next().value as string);
  FORMS_CACHE.set(word, forms);
  return forms;
}

/** The words of a text, lower case, in order (with repeats); empty when it has none. */
export function words(text: string): string[] {
  return (text.normalize('NFKC').toLowerCase().match(WORD) ?? [])
    .map((w) => w.slice(0, MAX_WORD))
    .filter((w) => stripAccents(w).length > 0);
}

/** The index tokens of a text: every form of every word, each once, space-separated. */
export function indexTokens(text: string): string {
  const out = new Set<string>();
  for (const w of words(text)) for (const f of wordForms(w)) out.add(f);
  return [...out].join(' ');
}

/**
 * A search text as groups of alternatives: a row matches when, for every group, it holds one of
 * the group's tokens (or, for the last group when `prefix`, a token starting with one). Empty when
 * the text has no word (only punctuation or spaces): such a search matches nothing.
 */
export interface SearchQuery {
  readonly groups: readonly (readonly string[])[];
  /** True when the last group matches as a prefix (the resident may still be typing it). */
  readonly prefix: boolean;
}

/** At most this many words of a search are used (200 characters cannot hold many more). */
const MAX_QUERY_WORDS = 32;

/** Parses a resident's search text (see {@link SearchQuery}). Words repeated count once. */
export function parseSearch(q: string): SearchQuery {
  const ws = [...new Set(words(q))].slice(0, MAX_QUERY_WORDS);
  // The last word is matched as a prefix unless the text ends after it (a space, a full stop).
  return { groups: ws.map((w) => wordForms(w)), prefix: ws.length > 0 && /[\p{L}\p{N}\p{M}]$/u.test(q) };
}
