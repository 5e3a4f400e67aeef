/**
 * The full-text index of published initiatives (migration 008), kept by the writes that change
 * an initiative, in their transaction ({@link syncInitiativeSearch}), and read by the public list.
 *
 * One row per published initiative in `initiative_search`: the index tokens (words.ts) of its
 * title (`<locale>_t`) and of its summary and description (`<locale>_b`) for each language, and
 * `key`, which orders the rows as the default list does (updated_at descending, then id
 * descending): the milliseconds of `updated_at` times {@link KEY_SLOTS}, plus the rank of the id
 * among the rows updated in that same millisecond. SQLite indexes the token columns in the FTS5
 * table `initiative_fts` (rowid = key, kept by triggers on `initiative_search`); PostgreSQL in
 * generated `tsvector` columns with GIN indexes. Unpublished initiatives have no row, so they are
 * never found and a count over the index needs no join.
 *
 * Ranking, the same on both databases: initiatives with every searched word in the title first,
 * then the others; within each group by `key` descending (most recently changed first, then id).
 * Neither database's score is used: SQLite's bm25 and PostgreSQL's ts_rank do not agree, and
 * scoring every match costs 3 ms at 2,000 matches and 37 ms at 20,000 on SQLite, while reading
 * a group in key order stops after one page.
 */
import { PostgresAdapter, sql, type RawBuilder } from 'kysely';
import { LOCALES, type InitiativeQuery, type Locale } from '../../src/schema/index.js';
import type { Db } from '../db/database.js';
import type { ListCache } from './list-cache.js';
import { indexTokens, type SearchQuery } from './words.js';

/** Rows updated in one millisecond that the key can tell apart (1024 ms·slots stay below 2^53 until 2248). */
export const KEY_SLOTS = 1024;

export const isPostgres = (db: Db): boolean => db.getExecutor().adapter instanceof PostgresAdapter;

/** The token columns of `initiative_search`: title and body per language. */
export const SEARCH_COLUMNS = LOCALES.flatMap((l) => [`${l}_t`, `${l}_b`]);

/**
 * The column of `initiative_search` (migration 010) with one token per value the list filters on:
 * `a<area>`, `t<theme>` per theme, `r<rung>`, `s<status>`, `v1`/`v0` (needs volunteers), ids and
 * status in hex, so every token is letters and digits. On SQLite it is a column of the FTS5 index,
 * so a search with filters is answered by the index alone, without reading the initiatives (a count
 * with a theme filter at 10,000 initiatives: 3-7 ms by a join). PostgreSQL filters by its join.
 */
export const FILTER_COLUMN = 'filters';

const hex = (s: string): string => Buffer.from(s, 'utf8').toString('hex');

/** The filter tokens of an initiative (see {@link FILTER_COLUMN}). */
export function filterTokens(i: {
  areaId: string | null;
  themeIds: readonly string[];
  rung: number;
  status: string;
  needsVolunteers: boolean;
}): string {
  return [
    ...(i.areaId === null ? [] : [`a${hex(i.areaId)}`]),
    ...i.themeIds.map((t) => `t${hex(t)}`),
    `r${i.rung}`,
    `s${hex(i.status)}`,
    `v${i.needsVolunteers ? 1 : 0}`,
  ].join(' ');
}

/** The FTS5 condition on {@link FILTER_COLUMN} for the list's filters other than `q`; null when there are none. */
function filterFts(query: InitiativeQuery): string | null {
  const tokens = [
    ...(query.area ? [`a${hex(query.area)}`] : []),
    ...(query.theme ? [`t${hex(query.theme)}`] : []),
    ...(query.rung !== undefined ? [`r${query.rung}`] : []),
    ...(query.status ? [`s${hex(query.status)}`] : []),
    ...(query.needsVolunteers !== undefined ? [`v${query.needsVolunteers ? 1 : 0}`] : []),
  ];
  return tokens.length ? `{${FILTER_COLUMN}} : (${tokens.map((t) => `"${t}"`).join(' AND ')})` : null;
}

/** `m` and the filters' condition, as one FTS5 query. */
const withFilters = (m: string, query: InitiativeQuery): string => {
  const f = filterFts(query);
  return f ? `(${m}) AND ${f}` : m;
};

type SearchRow = { initiative_id: string; key: number } & Record<string, string | number>;

/**
 * Brings the index row of initiative `id` up to date with its texts, `published` and
 * `updated_at` (removes it when the initiative is unpublished or gone). Call it in the
 * transaction of the write, after the write.
 */
export async function syncInitiativeSearch(trx: Db, id: string): Promise<void> {
  await sql`delete from initiative_search where initiative_id = ${id}`.execute(trx);
  const ini = await trx
    .selectFrom('initiatives')
    .select(['published', 'updated_at', 'area_id', 'rung', 'status', 'needs_volunteers'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!ini || Number(ini.published) !== 1) return;
  const themes = await trx
    .selectFrom('initiative_themes')
    .select('theme_id')
    .where('initiative_id', '=', id)
    .orderBy('theme_id')
    .execute();
  const texts = await trx
    .selectFrom('initiative_texts')
    .select(['locale', 'title', 'summary', 'description'])
    .where('initiative_id', '=', id)
    .execute();
  const row: SearchRow = { initiative_id: id, key: 0 };
  for (const l of LOCALES) {
    const t = texts.find((x) => x.locale === l) ?? texts.find((x) => x.locale === 'nl');
    row[`${l}_t`] = indexTokens(t?.title ?? '');
    row[`${l}_b`] = indexTokens(`${t?.summary ?? ''}\n${t?.description ?? ''}`);
  }
  row[FILTER_COLUMN] = filterTokens({
    areaId: ini.area_id,
    themeIds: themes.map((t) => t.theme_id),
    rung: Number(ini.rung),
    status: ini.status,
    needsVolunteers: Number(ini.needs_volunteers) === 1,
  });
  const ms = Date.parse(ini.updated_at);
  if (!Number.isFinite(ms)) throw new Error(`initiative ${id}: updated_at ${ini.updated_at} is not a time`);
  const lo = ms * KEY_SLOTS;
  // The rows of the same millisecond are numbered again in id order, this one among them.
  const written = [...SEARCH_COLUMNS, FILTER_COLUMN];
  const cols = sql.join(['initiative_id', 'key', ...written].map((c) => sql.id(c)));
  const same = (
    await sql<SearchRow>`select ${cols} from initiative_search where key >= ${lo} and key < ${lo + KEY_SLOTS}`.execute(
      trx,
    )
  ).rows;
  const group = [...same, row].sort((a, b) => (a.initiative_id < b.initiative_id ? -1 : 1));
  if (group.length > KEY_SLOTS)
    throw new Error(`more than ${KEY_SLOTS} initiatives updated in the same millisecond (${ini.updated_at})`);
  if (same.length > 0)
    await sql`delete from initiative_search where key >= ${lo} and key < ${lo + KEY_SLOTS}`.execute(trx);
  for (const [i, r] of group.entries()) {
    const values = [r.initiative_id, lo + i, ...written.map((c) => String(r[c] ?? ''))];
    await sql`insert into initiative_search (${cols}) values (${sql.join(values)})`.execute(trx);
  }
}

/** Every published initiative's index row made again (migration 010; after a bulk load that bypassed the writes). */
export async function rebuildInitiativeSearch(trx: Db): Promise<number> {
  const ids = await trx.selectFrom('initiatives').select('id').where('published', '=', 1).orderBy('id').execute();
  for (const { id } of ids) await syncInitiativeSearch(trx, id);
  return ids.length;
}

/** Which rows a match selects: all matches, those with every word in the title, or the others. */
export type Tier = 'all' | 'title' | 'rest';

/** FTS5 phrases per group of a search: `"a"`, or `"a"*` for a prefix. */
export type Phrases = readonly (readonly string[])[];

/** A search with the FTS5 phrases it is read with on SQLite ({@link indexSearch}). */
export interface IndexSearch extends SearchQuery {
  readonly phrases: Phrases;
}

/** The phrases of `q` as written: the last group's forms as prefixes while the word is being typed. */
function phrasesOf(q: SearchQuery): Phrases {
  const last = q.groups.length - 1;
  return q.groups.map((g, i) => g.map((f) => `"${f}"${q.prefix && i === last ? '*' : ''}`));
}

/** A prefix that stands for more index terms than this stays a prefix. */
const MAX_SPELLED = 16;

/**
 * `q` ready for the index. On SQLite each prefix of the last group is spelled out as the index
 * terms it stands for (`"speeltuin"*` → `"speeltuin" OR "speeltuinen"`), read from
 * `initiative_fts_vocab` (migration 009): FTS5 answers a prefix by merging the lists of every term
 * it covers before the first match comes out, for a page of 20 as for a count, while an OR of
 * plain terms is read lazily in rowid order and stops with the page (a page of "speeltuin"* at
 * 10,000 initiatives: 0.78 ms → 0.06 ms). The OR of every indexed term that starts with the prefix
 * matches exactly what the prefix matches, so the results are the same. The vocabulary counts
 * each term's documents as it reads (~0.2 ms for a common word), so the terms are kept in the
 * list cache, which forgets them when an initiative changes (a term added since is then read).
 */
export async function indexSearch(db: Db, q: SearchQuery, cache: ListCache): Promise<IndexSearch> {
  const phrases = phrasesOf(q);
  if (isPostgres(db) || !q.prefix || q.groups.length === 0) return { ...q, phrases };
  const last = q.groups.length - 1;
  const spelled = await Promise.all(
    q.groups[last]!.map((f) =>
      cache.remember(`terms:${f}`, async () => {
        // Tokens hold letters and digits: U+10FFFF sorts after every continuation of `f`.
        const rows = (
          await sql<{
            term: string;
          }>`select term from initiative_fts_vocab where term >= ${f} and term < ${`${f}\u{10FFFF}`} limit ${MAX_SPELLED + 1}`.execute(
            db,
          )
        ).rows;
        return rows.length > MAX_SPELLED ? null : rows.map((r) => r.term);
      }),
    ),
  );
  const lastPhrases = q.groups[last]!.flatMap((f, i) => {
    const terms = spelled[i];
    return terms ? terms.map((t) => `"${t}"`) : [`"${f}"*`];
  });
  // No indexed term starts with the word: nothing matches (an empty OR is not FTS5 syntax).
  return {
    ...q,
    phrases: [...phrases.slice(0, last), lastPhrases.length ? lastPhrases : [`"${q.groups[last]![0]}"*`]],
  };
}

/** FTS5 query text: `{cols} : (("a" OR "b") AND ("c"* OR "d"*))`; tokens hold letters and digits only. */
function ftsQuery(q: IndexSearch, cols: readonly string[]): string {
  const groups = q.phrases.map((g) => `(${g.join(' OR ')})`);
  return `{${cols.join(' ')}} : (${groups.join(' AND ')})`;
}

/** PostgreSQL tsquery text: `('a' | 'b') & ('c':* | 'd':*)`, cast verbatim (no parser, no dictionary). */
function tsQuery(q: SearchQuery): string {
  const last = q.groups.length - 1;
  return q.groups
    .map((g, i) => `(${g.map((f) => `'${f}'${q.prefix && i === last ? ':*' : ''}`).join(' | ')})`)
    .join(' & ');
}

/**
 * A condition on `s` (an `initiative_search` row) that holds when the row matches `q` in
 * `locale` for `tier`. (Non-empty `q` only.)
 */
export function searchCondition(db: Db, q: IndexSearch, locale: Locale, tier: Tier): RawBuilder<boolean> {
  if (isPostgres(db)) {
    const tq = sql`${tsQuery(q)}::tsquery`;
    const all = sql`${sql.ref(`s.tsv_${locale}`)} @@ ${tq}`;
    const title = sql`${sql.ref(`s.tsv_${locale}_t`)} @@ ${tq}`;
    return tier === 'all'
      ? sql<boolean>`${all}`
      : tier === 'title'
        ? sql<boolean>`${title}`
        : sql<boolean>`(${all} and not ${title})`;
  }
  const allQ = ftsQuery(q, [`${locale}_t`, `${locale}_b`]);
  const titleQ = ftsQuery(q, [`${locale}_t`]);
  const m = tier === 'all' ? allQ : tier === 'title' ? titleQ : `${allQ} NOT ${titleQ}`;
  return sql<boolean>`s.key in (select rowid from initiative_fts where initiative_fts match ${m})`;
}

/** The list's filters other than `q`, on `i` (initiatives); null when there are none. */
export function filterConditions(query: InitiativeQuery): RawBuilder<boolean> | null {
  const c: RawBuilder<unknown>[] = [];
  if (query.area) c.push(sql`i.area_id = ${query.area}`);
  if (query.theme)
    c.push(
      sql`exists (select 1 from initiative_themes it where it.initiative_id = i.id and it.theme_id = ${query.theme})`,
    );
  if (query.rung !== undefined) c.push(sql`i.rung = ${query.rung}`);
  if (query.status) c.push(sql`i.status = ${query.status}`);
  if (query.needsVolunteers !== undefined) c.push(sql`i.needs_volunteers = ${query.needsVolunteers ? 1 : 0}`);
  return c.length ? sql<boolean>`${sql.join(c, sql` and `)}` : null;
}

/** How many published initiatives match `q` and the filters. */
export async function countMatches(db: Db, q: IndexSearch, locale: Locale, query: InitiativeQuery): Promise<number> {
  const filters = filterConditions(query);
  let r;
  if (!isPostgres(db)) {
    // Only published initiatives are indexed, with their filter tokens: the FTS index alone answers.
    r = await sql<{
      n: number;
    }>`select count(*) as n from initiative_fts where initiative_fts match ${withFilters(ftsQuery(q, [`${locale}_t`, `${locale}_b`]), query)}`.execute(
      db,
    );
  } else if (!filters) {
    r = await sql<{
      n: number;
    }>`select count(*) as n from initiative_search s where ${searchCondition(db, q, locale, 'all')}`.execute(db);
  } else {
    r = await sql<{
      n: number;
    }>`select count(*) as n from initiative_search s join initiatives i on i.id = s.initiative_id
      where ${searchCondition(db, q, locale, 'all')} and i.published = 1 and ${filters}`.execute(db);
  }
  return Number(r.rows[0]?.n ?? 0);
}

/** The theme ids of initiative `i`, comma-separated in id order (ids hold no comma), or null. */
export function themeIdsColumn(db: Db): RawBuilder<string | null> {
  return isPostgres(db)
    ? sql`(select string_agg(it.theme_id, ',' order by it.theme_id) from initiative_themes it where it.initiative_id = i.id)`
    : sql`(select group_concat(it.theme_id, ',' order by it.theme_id) from initiative_themes it where it.initiative_id = i.id)`;
}

/** A ranked match with the initiative's row, its texts in the locale and its theme ids. */
export type RankedRow = Record<string, unknown> & { tier: Exclude<Tier, 'all'>; key: number | string; id: string };

/**
 * Up to `limit` matches in rank order, from tier `from` on (below key `before` in that tier when
 * given): each tier's matches in key order (descending), the title tier first, with the page's
 * rows, texts in `locale` and theme ids.
 */
export async function rankedRows(
  db: Db,
  q: IndexSearch,
  locale: Locale,
  query: InitiativeQuery,
  from: Exclude<Tier, 'all'>,
  before: number | null,
  limit: number,
): Promise<RankedRow[]> {
  return isPostgres(db)
    ? rankedRowsPostgres(db, q, locale, query, from, before, limit)
    : rankedRowsSqlite(db, q, locale, query, from, before, limit);
}

/**
 * SQLite, in phases that each stop early: the keys of the title tier's matches in key order (FTS5
 * hands out its matches in rowid order, descending here, and stops at the LIMIT), then, only when
 * the page is not full yet, the keys of the rest tier, then the rows of those keys (at most
 * `limit`, found by key, joined in that order). One statement that read both tiers with their rows
 * cost ~0.7 ms at 10,000 initiatives: the rest tier was read even when the title tier filled the
 * page, and each tier joined its rows as it went; the keys alone cost ~0.05-0.1 ms a tier.
 */
async function rankedRowsSqlite(
  db: Db,
  q: IndexSearch,
  locale: Locale,
  query: InitiativeQuery,
  from: Exclude<Tier, 'all'>,
  before: number | null,
  limit: number,
): Promise<RankedRow[]> {
  const allQ = ftsQuery(q, [`${locale}_t`, `${locale}_b`]);
  const titleQ = ftsQuery(q, [`${locale}_t`]);
  const tiers = from === 'title' ? (['title', 'rest'] as const) : (['rest'] as const);
  const hits: { tier: Exclude<Tier, 'all'>; key: number }[] = [];
  for (const tier of tiers) {
    const m = withFilters(tier === 'title' ? titleQ : `${allQ} NOT ${titleQ}`, query);
    const bound = tier === from && before !== null ? sql`and f.rowid < ${before}` : sql``;
    // Only published initiatives are indexed, with their filter tokens: the FTS index alone answers.
    const r = await sql<{ key: number }>`select f.rowid as key from initiative_fts f
          where initiative_fts match ${m} ${bound} order by f.rowid desc limit ${limit - hits.length}`.execute(db);
    for (const { key } of r.rows) hits.push({ tier, key: Number(key) });
    if (hits.length >= limit) break;
  }
  if (hits.length === 0) return [];
  // CROSS JOIN keeps this join order (by key, then by id): without statistics SQLite may otherwise
  // start from the texts and read every row of the language (~20 ms at 10,000 initiatives).
  const rows = (
    await sql<Record<string, unknown> & { key: number; id: string }>`select s.key, i.*, t.title, t.summary,
        t.description, t.title_key, ${themeIdsColumn(db)} as theme_ids
      from initiative_search s cross join initiatives i cross join initiative_texts t
      where s.key in (${sql.join(hits.map((h) => h.key))}) and i.id = s.initiative_id
        and t.initiative_id = i.id and t.locale = ${locale}`.execute(db)
  ).rows;
  const byKey = new Map(rows.map((r) => [Number(r.key), r]));
  const out: RankedRow[] = [];
  for (const h of hits) {
    const r = byKey.get(h.key);
    if (r) out.push({ ...r, tier: h.tier, key: h.key });
  }
  return out;
}

/** PostgreSQL: one statement, each tier in key order and stopped at `limit`. */
async function rankedRowsPostgres(
  db: Db,
  q: IndexSearch,
  locale: Locale,
  query: InitiativeQuery,
  from: Exclude<Tier, 'all'>,
  before: number | null,
  limit: number,
): Promise<RankedRow[]> {
  const filters = filterConditions(query);
  const tiers = from === 'title' ? (['title', 'rest'] as const) : (['rest'] as const);
  const cols = sql`i.*, t.title, t.summary, t.description, t.title_key, ${themeIdsColumn(db)} as theme_ids`;
  const where = sql`i.published = 1 ${filters ? sql`and ${filters}` : sql``}`;
  const one = (tier: Exclude<Tier, 'all'>): RawBuilder<unknown> => {
    const bound = tier === from && before !== null;
    return sql`select ${tier} as tier, s.key, ${cols} from initiative_search s
        join initiatives i on i.id = s.initiative_id
        join initiative_texts t on t.initiative_id = i.id and t.locale = ${locale}
        where ${searchCondition(db, q, locale, tier)} ${bound ? sql`and s.key < ${before}` : sql``} and ${where}
        order by s.key desc limit ${limit}`;
  };
  const parts = tiers.map((tier, k) => sql`select * from (${one(tier)}) as ${sql.id(`tier${k}`)}`);
  // Neither database promises a UNION ALL's order: sorted again ('title' > 'rest'), at most 2·limit rows.
  const r =
    await sql<RankedRow>`${sql.join(parts, sql` union all `)} order by tier desc, key desc limit ${limit}`.execute(db);
  return r.rows;
}
