/**
 * The site as one file (src/schema/staff/site.ts): read it from the `site` row and the areas,
 * themes and offers tables, write it back whole, and find what still uses an area, theme or offer.
 * The public view of the same rows is server/db/site.ts.
 *
 * Texts are stored as JSON `{nl, fr, en}` with only non-empty languages; a language the file leaves
 * out is stored as the text of the site's default language, so `GET /v1/site` answers a full text
 * in every language. Reading the file back drops such filled-in copies again (a language outside
 * `locales` whose text equals the default language's), so export → import → export is stable.
 */
import { LOCALES, type IdeaTrack, type Locale } from '../../src/schema/index.js';
import { SITE_FILE_VERSION, type SiteFile, type SiteText } from '../../src/schema/staff/index.js';
import { nowIso, type Db } from './database.js';
import { json } from './util.js';

const NOTE_KEYS = ['organisation', 'aim', 'legalStatus', 'insurance', 'expenses', 'discretion'] as const;
type StoredText = Partial<Record<Locale, string>>;
type StoredVolunteerInfo = { version: string } & Record<(typeof NOTE_KEYS)[number], StoredText>;

/** JSON text of a site text: the given languages, the missing ones as the default language's text. */
function storeText(t: SiteText, defaultLocale: Locale): string {
  const fallback = t[defaultLocale] || LOCALES.map((l) => t[l]).find(Boolean) || '';
  return json(Object.fromEntries(LOCALES.map((l) => [l, t[l] || fallback])));
}

/** A stored text as in the file: the site's languages, and others only where they say something else. */
function fileText(stored: string, locales: readonly Locale[], defaultLocale: Locale): SiteText {
  const o = JSON.parse(stored) as StoredText;
  const out: SiteText = {};
  for (const l of LOCALES) {
    const s = o[l];
    if (!s) continue;
    if (locales.includes(l) || s !== o[defaultLocale]) out[l] = s;
  }
  return out;
}

/** The site file as stored, or null when the database has no site yet. */
export async function readSiteFile(db: Db): Promise<SiteFile | null> {
  const row = await db.selectFrom('site').selectAll().where('id', '=', 1).executeTakeFirst();
  if (!row) return null;
  const [areas, themes, offers] = await Promise.all([
    db.selectFrom('areas').selectAll().orderBy('position').orderBy('id').execute(),
    db.selectFrom('themes').selectAll().orderBy('position').orderBy('id').execute(),
    db.selectFrom('offers').selectAll().orderBy('position').orderBy('id').execute(),
  ]);
  const locales = JSON.parse(row.locales) as Locale[];
  const def = row.default_locale as Locale;
  const text = (s: string): SiteText => fileText(s, locales, def);
  const info = JSON.parse(row.volunteer_info) as StoredVolunteerInfo;
  const file: SiteFile = {
    version: SITE_FILE_VERSION,
    municipality: text(row.municipality),
    locales,
    defaultLocale: def,
    areas: areas.map((a) => ({ id: a.id, name: text(a.name) })),
    themes: themes.map((a) => ({ id: a.id, name: text(a.name) })),
    tracks: JSON.parse(row.tracks) as IdeaTrack[],
    offers: offers.map((o) => ({
      id: o.id,
      title: text(o.title),
      description: text(o.description),
      areaId: o.area_id,
    })),
    privacyNotice: { url: row.privacy_url, version: row.privacy_version },
    volunteerInfo: {
      version: info.version,
      ...(Object.fromEntries(NOTE_KEYS.map((k) => [k, text(json(info[k] ?? {}))])) as Record<
        (typeof NOTE_KEYS)[number],
        SiteText
      >),
    },
  };
  if (row.contact) file.contact = JSON.parse(row.contact) as NonNullable<SiteFile['contact']>;
  if (row.volunteer_page_url || row.ideas_page_url)
    file.pages = {
      ...(row.volunteer_page_url ? { volunteer: row.volunteer_page_url } : {}),
      ...(row.ideas_page_url ? { ideas: row.ideas_page_url } : {}),
    };
  return file;
}

/**
 * Locks the site row until the transaction ends (PostgreSQL; SQLite's one connection serialises
 * writes anyway), so two replacements never interleave. No-op while there is no site.
 */
export async function lockSite(trx: Db): Promise<void> {
  await trx.updateTable('site').set('id', 1).where('id', '=', 1).execute();
}

/**
 * Replaces the whole site with `file`: the site row (not demo: a site written here is the
 * municipality's own), and areas, themes and offers as listed (positions from the order; those
 * absent are removed). Call it in a transaction (the service does, with the audit entry).
 */
export async function writeSiteFile(trx: Db, file: SiteFile, at = nowIso()): Promise<void> {
  const def = file.defaultLocale;
  const text = (t: SiteText): string => storeText(t, def);
  const info = {
    version: file.volunteerInfo.version,
    ...Object.fromEntries(NOTE_KEYS.map((k) => [k, JSON.parse(text(file.volunteerInfo[k])) as StoredText])),
  };
  const row = {
    municipality: text(file.municipality),
    locales: json(file.locales),
    default_locale: def,
    tracks: json(file.tracks),
    privacy_url: file.privacyNotice.url,
    privacy_version: file.privacyNotice.version,
    volunteer_info: json(info),
    contact: file.contact ? json(file.contact) : null,
    volunteer_page_url: file.pages?.volunteer ?? null,
    ideas_page_url: file.pages?.ideas ?? null,
    demo: 0,
    updated_at: at,
  };
  await trx
    .insertInto('site')
    .values({ id: 1, ...row })
    .onConflict((oc) => oc.column('id').doUpdateSet(row))
    .execute();

  await trx.deleteFrom('offers').execute();
  await trx.deleteFrom('areas').execute();
  await trx.deleteFrom('themes').execute();
  for (const table of ['areas', 'themes'] as const) {
    const items = file[table];
    if (items.length > 0)
      await trx
        .insertInto(table)
        .values(items.map((a, position) => ({ id: a.id, name: text(a.name), position })))
        .execute();
  }
  if (file.offers.length > 0)
    await trx
      .insertInto('offers')
      .values(
        file.offers.map((o, position) => ({
          id: o.id,
          title: text(o.title),
          description: text(o.description),
          area_id: o.areaId,
          position,
        })),
      )
      .execute();
}

/**
 * Idea statuses after which an idea is closed: its area, themes and offer are history and no
 * longer hold them in place. (`declined` is listed too, for the moderation workflow's name.)
 */
const CLOSED_IDEA_STATUSES = ['rejected', 'declined', 'published'];

/** What still uses one area, theme or offer. */
export interface Usage {
  readonly initiatives: string[];
  readonly openIdeas: number;
}

/**
 * Of the given ids, those still used, with what uses them: areas and themes by any initiative
 * (published or not: an unpublished one may be published again) or an open idea; offers by an open
 * idea. Closed ideas keep their ids as history and do not count.
 */
export async function siteUsages(
  db: Db,
  ids: { areas: readonly string[]; themes: readonly string[]; offers: readonly string[] },
): Promise<{ areas: Map<string, Usage>; themes: Map<string, Usage>; offers: Map<string, Usage> }> {
  const result = {
    areas: new Map<string, Usage>(),
    themes: new Map<string, Usage>(),
    offers: new Map<string, Usage>(),
  };
  const use = (kind: keyof typeof result, id: string): { initiatives: string[]; openIdeas: number } => {
    let u = result[kind].get(id) as { initiatives: string[]; openIdeas: number } | undefined;
    if (!u) result[kind].set(id, (u = { initiatives: [], openIdeas: 0 }));
    return u;
  };
  if (ids.areas.length > 0) {
    const rows = await db
      .selectFrom('initiatives')
      .select(['id', 'area_id'])
      .where('area_id', 'in', [...ids.areas])
      .orderBy('id')
      .execute();
    for (const r of rows) if (r.area_id) use('areas', r.area_id).initiatives.push(r.id);
  }
  if (ids.themes.length > 0) {
    const rows = await db
      .selectFrom('initiative_themes')
      .select(['initiative_id', 'theme_id'])
      .where('theme_id', 'in', [...ids.themes])
      .orderBy('initiative_id')
      .execute();
    for (const r of rows) use('themes', r.theme_id).initiatives.push(r.initiative_id);
  }
  if (ids.areas.length + ids.themes.length + ids.offers.length > 0) {
    // Open ideas are few (they wait for a moderator); their theme ids are JSON, so read them here.
    const open = await db
      .selectFrom('ideas')
      .select(['area_id', 'theme_ids', 'offer_id'])
      .where('status', 'not in', CLOSED_IDEA_STATUSES)
      .execute();
    const areas = new Set(ids.areas);
    const themes = new Set(ids.themes);
    const offers = new Set(ids.offers);
    for (const i of open) {
      if (areas.has(i.area_id)) use('areas', i.area_id).openIdeas++;
      for (const t of JSON.parse(i.theme_ids) as string[]) if (themes.has(t)) use('themes', t).openIdeas++;
      if (i.offer_id && offers.has(i.offer_id)) use('offers', i.offer_id).openIdeas++;
    }
  }
  return result;
}
