/**
 * The municipality (`GET /v1/site`): one `site` row plus areas, themes and offers, each text
 * stored per language and answered in one.
 */
import type { IdeaTrack, Locale, Site } from '../../src/schema/index.js';
import { sql } from 'kysely';
import { pick, type Db } from './database.js';

type VolunteerInfoJson = { version: string } & Record<
  'organisation' | 'aim' | 'legalStatus' | 'insurance' | 'expenses' | 'discretion',
  Record<string, string>
>;

/** The site in `locale`, or null when the database has no site yet. */
export async function getSite(db: Db, locale: Locale): Promise<Site | null> {
  const row = await db.selectFrom('site').selectAll().where('id', '=', 1).executeTakeFirst();
  if (!row) return null;
  const [areas, themes, offers] = await Promise.all([
    db.selectFrom('areas').selectAll().orderBy('position').orderBy('id').execute(),
    db.selectFrom('themes').selectAll().orderBy('position').orderBy('id').execute(),
    db.selectFrom('offers').selectAll().orderBy('position').orderBy('id').execute(),
  ]);
  const info = JSON.parse(row.volunteer_info) as VolunteerInfoJson;
  const t = (o: Record<string, string>): string => o[locale] ?? o.nl ?? '';
  const site: Site = {
    municipality: pick(row.municipality, locale),
    locales: JSON.parse(row.locales) as Locale[],
    defaultLocale: row.default_locale as Locale,
    areas: areas.map((a) => ({ id: a.id, name: pick(a.name, locale) })),
    themes: themes.map((a) => ({ id: a.id, name: pick(a.name, locale) })),
    tracks: JSON.parse(row.tracks) as IdeaTrack[],
    offers: offers.map((o) => ({
      id: o.id,
      title: pick(o.title, locale),
      description: pick(o.description, locale),
      areaId: o.area_id,
    })),
    privacyNotice: { url: row.privacy_url, version: row.privacy_version },
    volunteerInfo: {
      version: info.version,
      organisation: t(info.organisation),
      aim: t(info.aim),
      legalStatus: t(info.legalStatus),
      insurance: t(info.insurance),
      expenses: t(info.expenses),
      discretion: t(info.discretion),
    },
    demo: row.demo === 1,
  };
  if (row.contact) site.contact = JSON.parse(row.contact) as NonNullable<Site['contact']>;
  return site;
}

/** True when the site row exists (used to decide on seeding). */
export async function hasSite(db: Db): Promise<boolean> {
  return (await db.selectFrom('site').select('id').executeTakeFirst()) !== undefined;
}

/** The idea tracks open now. */
export async function openTracks(db: Db): Promise<IdeaTrack[]> {
  const row = await db.selectFrom('site').select('tracks').where('id', '=', 1).executeTakeFirst();
  return row ? (JSON.parse(row.tracks) as IdeaTrack[]) : [];
}

/** What an idea may choose: the open tracks, and which of the given ids exist. */
export interface IdeaChoices {
  readonly tracks: readonly IdeaTrack[];
  readonly areas: ReadonlySet<string>;
  readonly themes: ReadonlySet<string>;
  readonly offers: ReadonlySet<string>;
}

/**
 * The open tracks and which of the given areas, themes and offers exist, in one query (one round
 * trip instead of four: `openTracks` plus `existingIds` three times).
 */
export async function ideaChoices(
  db: Db,
  ids: { areas: readonly string[]; themes: readonly string[]; offers: readonly string[] },
): Promise<IdeaChoices> {
  let qb = db
    .selectFrom('site')
    .select([sql.lit('tracks').as('kind'), 'tracks as value'])
    .where('id', '=', 1);
  for (const table of ['areas', 'themes', 'offers'] as const) {
    const want = ids[table];
    if (want.length > 0)
      qb = qb.unionAll(
        db
          .selectFrom(table)
          .select([sql.lit(table).as('kind'), 'id as value'])
          .where('id', 'in', [...want]),
      );
  }
  const rows = (await qb.execute()) as { kind: string; value: string }[];
  const found = (kind: string) => new Set(rows.filter((r) => r.kind === kind).map((r) => r.value));
  const tracks = rows.find((r) => r.kind === 'tracks');
  return {
    tracks: tracks ? (JSON.parse(tracks.value) as IdeaTrack[]) : [],
    areas: found('areas'),
    themes: found('themes'),
    offers: found('offers'),
  };
}

/** Which of `ids` exist in `table`. */
export async function existingIds(
  db: Db,
  table: 'areas' | 'themes' | 'offers',
  ids: readonly string[],
): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .selectFrom(table)
    .select('id')
    .where('id', 'in', [...ids])
    .execute();
  return new Set(rows.map((r) => r.id));
}
