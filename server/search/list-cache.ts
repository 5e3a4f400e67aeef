/**
 * What the public list may remember between requests, per database: the totals of queries (how
 * many published initiatives match a search and filters, or the filters alone), on SQLite the
 * index terms a prefix stands for, and whole pages of searches (a common search asked again, as
 * widgets on many residents' pages do, costs a lookup instead of ~0.3-1 ms of reading). Counting reads every match (3.5-5.6 ms for the unfiltered list
 * at 10,000 initiatives, about 1 ms for a common word), while the page itself stops after 20.
 *
 * Safe with several instances on one database: everything remembered is tied to the value of
 * `initiative_changes.n` (migration 009), which triggers on `initiatives`, `initiative_texts` and
 * `initiative_themes` raise in the transaction of every write (any writer, any process, cascades
 * included). Each use reads that value first (one single-row read) and forgets everything when it
 * moved. Reading it before the count matters: a write committed in between makes the count newer
 * than the value it is kept under, and the next request, seeing the new value, counts again; the
 * other order could keep an old count under a new value.
 */
import { sql } from 'kysely';
import type { Db } from '../db/database.js';

/** Entries kept per database (queries seen since the last write); the oldest goes first. */
const MAX_ENTRIES = 2_000;
/** Whole pages kept per database (each ~20 kB at 20 items), apart from the small entries above. */
const MAX_PAGES = 500;

interface State {
  version: number;
  readonly entries: Map<string, unknown>;
  readonly pages: Map<string, unknown>;
}

/** Per database handle (tests open many in one process; a transaction gets its own, short-lived). */
const STATES = new WeakMap<Db, State>();

/** The change counter of initiatives (migration 009). */
async function readVersion(db: Db): Promise<number> {
  const r = await sql<{ n: number | string }>`select n from initiative_changes where id = 1`.execute(db);
  return Number(r.rows[0]?.n ?? 0);
}

/** A view of the cache as of now: `remember(key, compute)` answers from memory or computes and keeps. */
export interface ListCache {
  remember<T>(key: string, compute: () => Promise<T>): Promise<T>;
  /** The same for whole answers (a page of the list), kept apart and fewer. */
  rememberPage<T>(key: string, compute: () => Promise<T>): Promise<T>;
}

/** Reads the change counter once and returns the cache valid for it (emptied when the counter moved). */
export async function listCache(db: Db): Promise<ListCache> {
  const version = await readVersion(db);
  let state = STATES.get(db);
  if (!state || state.version !== version) {
    state = { version, entries: new Map(), pages: new Map() };
    STATES.set(db, state);
  }
  const s = state;
  const remember = async <T>(map: Map<string, unknown>, max: number, key: string, compute: () => Promise<T>) => {
    if (map.has(key)) return map.get(key) as T;
    const value = await compute();
    // Kept only while this version is still the current one (a newer request may have moved on).
    if (STATES.get(db) === s) {
      if (map.size >= max) map.delete(map.keys().next().value as string);
      map.set(key, value);
    }
    return value;
  };
  return {
    remember: (key, compute) => remember(s.entries, MAX_ENTRIES, key, compute),
    rememberPage: (key, compute) => remember(s.pages, MAX_PAGES, key, compute),
  };
}
