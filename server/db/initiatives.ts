/**
 * Initiatives: the public list (filters, sort, keyset paging, total) and one by id; staff create,
 * update and unpublish. Texts live in `initiative_texts`, one row per language (a missing French or
 * English text is stored as the Dutch one), so search and title sort work in the requested language.
 */
import { sql, type SelectQueryBuilder } from 'kysely';
import {
  LOCALES,
  type Initiative,
  type InitiativeQuery,
  type InitiativeStatus,
  type Locale,
  type Rung,
} from '../../src/schema/index.js';
import { InvalidCursorError } from '../errors.js';
import type { InitiativeInput, InitiativePatch } from '../../src/schema/staff/index.js';
import { titleSortKey } from './collation.js';
import { nowIso, pick, type Database, type Db, type Localized } from './database.js';
import {
  countMatches,
  indexSearch,
  searchCondition,
  rankedRows,
  syncInitiativeSearch,
  type IndexSearch,
  type Tier,
} from '../search/initiative-index.js';
import { listCache, type ListCache } from '../search/list-cache.js';
import { parseSearch, type SearchQuery } from '../search/words.js';
import { decodeCursor, encodeCursor, inTransaction, json, newId, normalizeSearch } from './util.js';

type Row = Database['initiatives'] & {
  title: string;
  summary: string;
  description: string;
  title_key: string | null;
  /** Theme ids, comma-separated, when the query read them (themeIdsColumn). */
  theme_ids?: string | null;
};
type Qb = SelectQueryBuilder<
  Database & { i: Database['initiatives']; t: Database['initiative_texts'] },
  'i' | 't',
  object
>;

/**
 * Initiatives with their texts in `locale`. `outer` names the table read first: SQLite keeps the
 * left table of a CROSS JOIN as the outer loop, which is how the list picks its plan (see
 * {@link listInitiatives}); PostgreSQL plans a CROSS JOIN with a join condition like an inner join.
 */
const base = (db: Db, locale: Locale, outer: 'i' | 't' = 'i'): Qb =>
  (outer === 'i'
    ? db.selectFrom('initiatives as i').crossJoin('initiative_texts as t')
    : db.selectFrom('initiative_texts as t').crossJoin('initiatives as i')
  )
    .whereRef('t.initiative_id', '=', 'i.id')
    .where('t.locale', '=', locale) as unknown as Qb;

const START_KEY = sql<string>`coalesce(i.start_date, '9999-12-31')`;

/**
 * The contract's initiatives from rows of `initiatives` with their texts; their theme ids read
 * here, unless the rows carry them already (`theme_ids`, see themeIdsColumn).
 */
async function toInitiatives(db: Db, rows: Row[], locale: Locale): Promise<Initiative[]> {
  if (rows.length === 0) return [];
  if (rows.every((r) => r.theme_ids !== undefined))
    return rows.map((r) => toInitiative(r, r.theme_ids ? r.theme_ids.split(',') : [], locale));
  const themes = await db
    .selectFrom('initiative_themes')
    .select(['initiative_id', 'theme_id'])
    .where(
      'initiative_id',
      'in',
      rows.map((r) => r.id),
    )
    .orderBy('theme_id')
    .execute();
  const byId = new Map<string, string[]>();
  for (const t of themes) byId.set(t.initiative_id, [...(byId.get(t.initiative_id) ?? []), t.theme_id]);
  return rows.map((r) => toInitiative(r, byId.get(r.id) ?? [], locale));
}

function toInitiative(r: Row, themeIds: string[], locale: Locale): Initiative {
  const image = r.image ? (JSON.parse(r.image) as { url: string; alt: Localized }) : null;
  return {
    id: r.id,
    title: r.title,
    summary: r.summary,
    description: r.description,
    areaId: r.area_id,
    themeIds,
    rung: r.rung as Rung,
    coproduction: r.coproduction as Initiative['coproduction'],
    status: r.status as InitiativeStatus,
    organiser: r.organiser as Initiative['organiser'],
    needsVolunteers: r.needs_volunteers === 1,
    links: (JSON.parse(r.links) as { label: Localized; url: string }[]).map((l) => ({
      label: pick(json(l.label), locale),
      url: l.url,
    })),
    image: image ? { url: image.url, alt: pick(json(image.alt), locale) } : null,
    startDate: r.start_date,
    endDate: r.end_date,
    updatedAt: r.updated_at,
  };
}

/**
 * With a text filter and at most this many matches, a page is read match-first and sorted;
 * with more, in sort order until the page is full (see {@link listInitiatives}).
 */
const FEW_MATCHES = 100;

type Page = { items: Initiative[]; total: number; nextCursor: string | null };

/**
 * One page of published initiatives for the query, in `locale`.
 *
 * Two queries: the total, then the page. The page walks an index in sort order and stops when
 * it is full, which over N rows with M matches of `q` reads about limit·N/M rows; when M is
 * small (≤ {@link FEW_MATCHES}) reading the M matches and sorting them is cheaper, and with
 * none the page is not read at all. (One query with `count(*) over ()` would read and sort every
 * match for every page instead.) The results do not depend on the plan.
 *
 * `q` is a full-text search (server/search/): the words of `q` in any form (Dutch, French and
 * English stems, accents ignored, the last word as a prefix while it is being typed), all of
 * them, in the text of the requested language. With the default sort (`updated`) the matches
 * come ranked ({@link rankedPage}); with `title` or `start` in that order. A `q` without any
 * word (only punctuation) matches nothing.
 */
export async function listInitiatives(db: Db, query: InitiativeQuery, locale: Locale): Promise<Page> {
  const cursor = query.cursor ? decodeCursor(query.cursor) : null;
  if (query.cursor && !cursor) throw new InvalidCursorError();
  const parsed = query.q ? parseSearch(query.q) : null;
  if (parsed && parsed.groups.length === 0) return { items: [], total: 0, nextCursor: null };
  const cache = await listCache(db);
  // A search's page is kept until an initiative changes (the list cache's counter), by what it
  // depends on: the words as parsed (so "Moestuinen" and "moestuinen " share it), filters, sort,
  // cursor, size and language. Pages without a search are not kept (their reading stops after
  // one page in an index; their totals are kept).
  if (parsed)
    return cache.rememberPage(pageKey(query, locale, parsed), async () =>
      deepFreeze(await listPage(db, query, locale, parsed, cursor, cache)),
    );
  return listPage(db, query, locale, null, cursor, cache);
}

/**
 * `value` and everything in it frozen: a kept page is shared by every request that asks for it
 * (and server/http/cache.ts serialises a frozen answer once).
 */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/** See {@link listInitiatives}. */
async function listPage(
  db: Db,
  query: InitiativeQuery,
  locale: Locale,
  parsed: SearchQuery | null,
  cursor: [string, string] | null,
  cache: ListCache,
): Promise<Page> {
  const search = parsed ? await indexSearch(db, parsed, cache) : null;
  if (search && query.sort === 'updated') return rankedPage(db, query, locale, search, cursor, cache);
  const filtered = (qb: Qb): Qb => {
    qb = qb.where('i.published', '=', 1);
    if (search)
      qb = qb.where(
        sql<boolean>`exists (select 1 from initiative_search s where s.initiative_id = i.id and ${searchCondition(db, search, locale, 'all')})`,
      );
    if (query.area) qb = qb.where('i.area_id', '=', query.area);
    if (query.theme) {
      const theme = query.theme;
      qb = qb.where((eb) =>
        eb.exists(
          eb
            .selectFrom('initiative_themes as it')
            .select('it.theme_id')
            .whereRef('it.initiative_id', '=', 'i.id')
            .where('it.theme_id', '=', theme),
        ),
      );
    }
    if (query.rung !== undefined) qb = qb.where('i.rung', '=', query.rung);
    if (query.status) qb = qb.where('i.status', '=', query.status);
    if (query.needsVolunteers !== undefined) qb = qb.where('i.needs_volunteers', '=', query.needsVolunteers ? 1 : 0);
    return qb;
  };

  const total = await cache.remember(totalKey(query, locale, search), async () =>
    search
      ? countMatches(db, search, locale, query)
      : Number(
          (
            await filtered(base(db, locale, 'i'))
              .select((eb) => eb.fn.countAll<number>().as('n'))
              .executeTakeFirstOrThrow()
          ).n,
        ),
  );
  if (total === 0) return { items: [], total, nextCursor: null };

  const outer = query.sort === 'title' || (search && total <= FEW_MATCHES) ? 't' : 'i';
  let page = filtered(base(db, locale, outer))
    .selectAll('i')
    .select(['t.title', 't.summary', 't.description', 't.title_key']);
  // Keyset paging with row values, so the walk starts at the cursor in the index.
  switch (query.sort) {
    case 'title':
      // In the language's collation (collation.ts): the key sorts byte-wise as the title does in it.
      if (cursor) page = page.where(sql<boolean>`(t.title_key, i.id) > (${cursor[0]}, ${cursor[1]})`);
      page = page.orderBy('t.title_key', 'asc').orderBy('i.id', 'asc');
      break;
    case 'start':
      if (cursor) page = page.where(sql<boolean>`(${START_KEY}, i.id) > (${cursor[0]}, ${cursor[1]})`);
      page = page.orderBy(START_KEY, 'asc').orderBy('i.id', 'asc');
      break;
    default:
      if (cursor) page = page.where(sql<boolean>`(i.updated_at, i.id) < (${cursor[0]}, ${cursor[1]})`);
      page = page.orderBy('i.updated_at', 'desc').orderBy('i.id', 'desc');
  }
  const rows = (await page.limit(query.limit + 1).execute()) as unknown as Row[];
  const more = rows.length > query.limit;
  const items = await toInitiatives(db, rows.slice(0, query.limit), locale);
  const last = items.at(-1);
  let nextCursor: string | null = null;
  if (more && last) {
    const key =
      query.sort === 'title'
        ? (rows[query.limit - 1]?.title_key ?? '')
        : query.sort === 'start'
          ? (last.startDate ?? '9999-12-31')
          : last.updatedAt;
    nextCursor = encodeCursor(key, last.id);
  }
  return { items, total, nextCursor };
}

/**
 * What the total of a query depends on: the language, the search and the filters (not the sort,
 * cursor or page size). Totals are kept in the list cache (server/search/list-cache.ts) until an
 * initiative changes.
 */
const totalKey = (query: InitiativeQuery, locale: Locale, search: SearchQuery | null): string =>
  `total:${JSON.stringify([
    locale,
    search?.groups ?? null,
    search?.prefix ?? null,
    query.area ?? null,
    query.theme ?? null,
    query.rung ?? null,
    query.status ?? null,
    query.needsVolunteers ?? null,
  ])}`;

/** What a page of a search depends on (see {@link listInitiatives}). */
const pageKey = (query: InitiativeQuery, locale: Locale, search: SearchQuery): string =>
  `page:${JSON.stringify([totalKey(query, locale, search), query.sort, query.cursor ?? null, query.limit])}`;

const TIERS: readonly Exclude<Tier, 'all'>[] = ['title', 'rest'];

/**
 * A page of matches of `search`, ranked the same way on both databases: those with every word
 * of the search in the title first, then the others, each group most recently changed first
 * (then id, descending), read from the full-text index in that order (server/search/
 * initiative-index.ts). The cursor holds the group and the index key of the last item.
 */
async function rankedPage(
  db: Db,
  query: InitiativeQuery,
  locale: Locale,
  search: IndexSearch,
  cursor: [string, string] | null,
  cache: ListCache,
): Promise<Page> {
  let from = 0;
  let before: number | null = null;
  if (cursor) {
    const m = /^(title|rest):(\d{1,16})$/.exec(cursor[0]);
    if (!m) throw new InvalidCursorError();
    from = TIERS.indexOf(m[1] as 'title');
    before = Number(m[2]);
  }
  const total = await cache.remember(totalKey(query, locale, search), () => countMatches(db, search, locale, query));
  if (total === 0) return { items: [], total, nextCursor: null };
  const hits = await rankedRows(db, search, locale, query, TIERS[from]!, before, query.limit + 1);
  const page = hits.slice(0, query.limit);
  const items = await toInitiatives(db, page as unknown as Row[], locale);
  const last = page.at(-1);
  const nextCursor =
    hits.length > query.limit && last ? encodeCursor(`${last.tier}:${Number(last.key)}`, last.id) : null;
  return { items, total, nextCursor };
}

/** One published initiative, or null. */
export async function getInitiative(
  db: Db,
  id: string,
  locale: Locale,
  includeUnpublished = false,
): Promise<Initiative | null> {
  let qb = base(db, locale).selectAll('i').select(['t.title', 't.summary', 't.description']).where('i.id', '=', id);
  if (!includeUnpublished) qb = qb.where('i.published', '=', 1);
  const row = (await qb.executeTakeFirst()) as unknown as Row | undefined;
  return row ? ((await toInitiatives(db, [row], locale))[0] ?? null) : null;
}

async function writeTexts(
  trx: Db,
  id: string,
  title: Localized,
  summary: Localized,
  description: Localized,
): Promise<void> {
  await trx.deleteFrom('initiative_texts').where('initiative_id', '=', id).execute();
  await trx
    .insertInto('initiative_texts')
    .values(
      LOCALES.map((l) => {
        const ti = title[l] ?? title.nl;
        const su = summary[l] ?? summary.nl;
        const de = description[l] ?? description.nl;
        return {
          initiative_id: id,
          locale: l,
          title: ti,
          summary: su,
          description: de,
          search: normalizeSearch(`${ti}\n${su}\n${de}`),
          title_key: titleSortKey(ti, l),
        };
      }),
    )
    .execute();
}

/**
 * Bulk load (used by `npm run bench:server`): the texts of initiatives whose `initiatives` rows were
 * just inserted in `trx`, written as {@link createInitiative} writes them (search text, title key)
 * and indexed for full-text search.
 */
export async function insertInitiativeTextsInBulk(
  trx: Db,
  texts: readonly { initiativeId: string; locale: Locale; title: string; summary: string; description: string }[],
): Promise<void> {
  for (let k = 0; k < texts.length; k += 500)
    await trx
      .insertInto('initiative_texts')
      .values(
        texts.slice(k, k + 500).map((t) => ({
          initiative_id: t.initiativeId,
          locale: t.locale,
          title: t.title,
          summary: t.summary,
          description: t.description,
          search: normalizeSearch(`${t.title}\n${t.summary}\n${t.description}`),
          title_key: titleSortKey(t.title, t.locale),
        })),
      )
      .execute();
  for (const id of new Set(texts.map((t) => t.initiativeId))) await syncInitiativeSearch(trx, id);
}

async function writeThemes(trx: Db, id: string, themeIds: readonly string[]): Promise<void> {
  await trx.deleteFrom('initiative_themes').where('initiative_id', '=', id).execute();
  if (themeIds.length > 0)
    await trx
      .insertInto('initiative_themes')
      .values(themeIds.map((t) => ({ initiative_id: id, theme_id: t })))
      .execute();
}

/**
 * Creates an initiative (staff, seed, publishing an idea). Returns its id. `db` may be a
 * transaction (then the rows are written in it). A taken id throws the driver's unique violation.
 */
export async function createInitiative(
  db: Db,
  input: InitiativeInput,
  extra: { sourceIdeaId?: string; updatedAt?: string } = {},
): Promise<string> {
  const id = input.id ?? newId('ini');
  const now = nowIso();
  await inTransaction(db, async (trx) => {
    await trx
      .insertInto('initiatives')
      .values({
        id,
        area_id: input.areaId,
        rung: input.rung,
        coproduction: input.coproduction,
        status: input.status,
        organiser: input.organiser,
        needs_volunteers: input.needsVolunteers ? 1 : 0,
        links: json(input.links),
        image: input.image ? json(input.image) : null,
        start_date: input.startDate,
        end_date: input.endDate,
        published: input.published ? 1 : 0,
        source_idea_id: extra.sourceIdeaId ?? null,
        created_at: now,
        updated_at: extra.updatedAt ?? now,
      })
      .execute();
    await writeTexts(trx, id, input.title, input.summary, input.description);
    await writeThemes(trx, id, input.themeIds);
    await syncInitiativeSearch(trx, id);
  });
  return id;
}

/** True when an initiative with this id exists (published or not). */
export async function initiativeExists(db: Db, id: string): Promise<boolean> {
  return (await db.selectFrom('initiatives').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
}

/** Updates the given fields (in `db`'s transaction when it is one); false when there is no such initiative. */
export async function updateInitiative(db: Db, id: string, patch: InitiativePatch): Promise<boolean> {
  return inTransaction(db, async (trx) => {
    const cur = await trx.selectFrom('initiatives').select('id').where('id', '=', id).executeTakeFirst();
    if (!cur) return false;
    const set: Partial<Database['initiatives']> = { updated_at: nowIso() };
    if (patch.areaId !== undefined) set.area_id = patch.areaId;
    if (patch.rung !== undefined) set.rung = patch.rung;
    if (patch.coproduction !== undefined) set.coproduction = patch.coproduction;
    if (patch.status !== undefined) set.status = patch.status;
    if (patch.organiser !== undefined) set.organiser = patch.organiser;
    if (patch.needsVolunteers !== undefined) set.needs_volunteers = patch.needsVolunteers ? 1 : 0;
    if (patch.links !== undefined) set.links = json(patch.links);
    if (patch.image !== undefined) set.image = patch.image ? json(patch.image) : null;
    if (patch.startDate !== undefined) set.start_date = patch.startDate;
    if (patch.endDate !== undefined) set.end_date = patch.endDate;
    if (patch.published !== undefined) set.published = patch.published ? 1 : 0;
    await trx.updateTable('initiatives').set(set).where('id', '=', id).execute();
    if (patch.title || patch.summary || patch.description) {
      const texts = await trx.selectFrom('initiative_texts').selectAll().where('initiative_id', '=', id).execute();
      const cur = (f: 'title' | 'summary' | 'description'): Localized => {
        const o: Record<string, string> = {};
        for (const t of texts) o[t.locale] = t[f];
        return o as Localized;
      };
      await writeTexts(
        trx,
        id,
        patch.title ?? cur('title'),
        patch.summary ?? cur('summary'),
        patch.description ?? cur('description'),
      );
    }
    if (patch.themeIds) await writeThemes(trx, id, patch.themeIds);
    // Every update changes updated_at, hence the index key: the row is always made again.
    await syncInitiativeSearch(trx, id);
    return true;
  });
}
