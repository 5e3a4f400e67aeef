/**
 * Small helpers shared by the repositories: ids, references, text search, opaque cursors.
 */
import { randomUUID } from 'node:crypto';
import { sql, type Expression, type RawBuilder } from 'kysely';
import {
  formatReference,
  ID_PATTERN,
  REFERENCE_PREFIXES,
  STORABLE_TEXT_PATTERN,
  type Locale,
} from '../../src/schema/index.js';
import { IdTakenError } from '../errors.js';
import type { Db } from './database.js';

/** A new id such as `idea-1b9d6bcd…`, within the contract's id pattern. */
export const newId = (prefix: string): string => `${prefix}-${randomUUID().replace(/-/g, '')}`;

// Made once: building an Intl.DateTimeFormat costs far more than formatting with it.
const BRUSSELS_YEAR = new Intl.DateTimeFormat('en', { timeZone: 'Europe/Brussels', year: 'numeric' });

/** The calendar year in Brussels (references restart at 00001 each year). */
export const brusselsYear = (d = new Date()): number => Number(BRUSSELS_YEAR.format(d));

/**
 * Reference prefixes per kind and language (issue 19): a resident reads a word of their own
 * language (IDEE/IDEA, VRIJ for vrijwilliger, VOL for volontaire/volunteer). The number is
 * counted per kind, whatever the language, so `<year>-<number>` alone identifies a submission of
 * a kind: staff find it whichever prefix it carries, and a resident who types another prefix
 * still cancels (see {@link referenceCandidates}).
 */
export const LOCALIZED_REFERENCE_PREFIXES = {
  idea: { nl: 'IDEE', fr: 'IDEE', en: 'IDEA' },
  signup: { nl: 'VRIJ', fr: 'VOL', en: 'VOL' },
} as const satisfies Record<keyof typeof REFERENCE_PREFIXES, Record<Locale, string>>;

/**
 * The stored references a typed one may stand for: case, spaces and dashes ignored, the number
 * with or without its leading zeros, any prefix of that kind (`vol 2026 3` → `VRIJ-2026-00003`,
 * `VOL-2026-00003`); empty when it is not a reference.
 */
export function referenceCandidates(kind: keyof typeof REFERENCE_PREFIXES, typed: string): string[] {
  const m = /^([A-Z]*)[\s-]*(\d{4})[\s-]*(\d{1,5})$/.exec(typed.trim().toUpperCase());
  if (!m) return [];
  const prefixes = new Set<string>([REFERENCE_PREFIXES[kind], ...Object.values(LOCALIZED_REFERENCE_PREFIXES[kind])]);
  return [...prefixes].map((p) => formatReference(p, Number(m[2]), Number(m[3])));
}

/**
 * The next reference of a kind for this year in `locale`, e.g. `IDEE-2026-00042`, `VOL-2026-00043`. Call it inside the
 * transaction that stores the record: the upsert locks the counter row until commit, so concurrent
 * submissions never share a number (on SQLite the single connection serialises them anyway).
 */
export async function nextReference(
  trx: Db,
  kind: keyof typeof REFERENCE_PREFIXES,
  locale: Locale = 'nl',
): Promise<string> {
  const year = brusselsYear();
  // The counter row keeps the name it always had (the Dutch prefix): one count per kind.
  const row = await trx
    .insertInto('counters')
    .values({ kind: REFERENCE_PREFIXES[kind], year, value: 1 })
    .onConflict((oc) => oc.columns(['kind', 'year']).doUpdateSet({ value: sql<number>`counters.value + 1` }))
    .returning('value')
    .executeTakeFirstOrThrow();
  return formatReference(LOCALIZED_REFERENCE_PREFIXES[kind][locale], year, Number(row.value));
}

/**
 * Text as stored for search and as searched: NFKD, without combining marks, lower case,
 * whitespace collapsed. So `q=cafe` finds "Café", and the match is the same on SQLite (whose
 * LIKE folds ASCII only) and PostgreSQL.
 */
export const normalizeSearch = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();

/** `column LIKE '%q%'` with `%`, `_` and `\` in `q` escaped; parameterised. */
export function containsText(column: Expression<string> | RawBuilder<string>, q: string): RawBuilder<boolean> {
  const escaped = normalizeSearch(q).replace(/[\\%_]/g, (ch) => `\\${ch}`);
  return sql<boolean>`${column} like ${`%${escaped}%`} escape '\\'`;
}

/** Opaque cursor: base64url of JSON `[sortKey, id]`. */
export const encodeCursor = (key: string, id: string): string =>
  Buffer.from(JSON.stringify([key, id]), 'utf8').toString('base64url');

/**
 * The `[sortKey, id]` of a cursor, or null when it is not one of ours: both strings (every cursor
 * this server makes has a text key), the key at most {@link MAX_CURSOR_KEY} characters of text a
 * database can store (a crafted NUL would reach PostgreSQL as a parameter), the id an id.
 */
export function decodeCursor(cursor: string): [string, string] | null {
  try {
    const v: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(v) &&
      v.length === 2 &&
      typeof v[0] === 'string' &&
      v[0].length <= MAX_CURSOR_KEY &&
      STORABLE_TEXT_PATTERN.test(v[0]) &&
      typeof v[1] === 'string' &&
      ID_PATTERN.test(v[1])
    ) {
      return [v[0], v[1]];
    }
  } catch {
    /* not ours */
  }
  return null;
}

/** Longest sort key in a cursor (title sort keys are the longest: a few hundred characters). */
export const MAX_CURSOR_KEY = 1000;

/** JSON text of a value (for JSON columns). */
export const json = (v: unknown): string => JSON.stringify(v);

/**
 * Runs `fn` in a transaction: a new one, or the caller's when `db` already is one (Kysely does
 * not nest transactions), so a repository function can be part of a larger unit of work.
 */
export function inTransaction<T>(db: Db, fn: (trx: Db) => Promise<T>): Promise<T> {
  return db.isTransaction ? fn(db) : db.transaction().execute(fn);
}

/** True for a unique or primary-key violation (SQLite `SQLITE_CONSTRAINT_PRIMARYKEY`/`_UNIQUE`, PostgreSQL 23505). */
export function isUniqueViolation(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === '23505';
}

/** Awaits `p`; a unique violation (an id taken, perhaps concurrently) becomes an {@link IdTakenError}. */
export async function orIdTaken<T>(p: Promise<T>): Promise<T> {
  try {
    return await p;
  } catch (e) {
    if (isUniqueViolation(e)) throw new IdTakenError();
    throw e;
  }
}
