/**
 * The staff console's lists of what residents see: every initiative (published or not), with its
 * texts in each language, a page at a time; and the volunteer roles of one initiative (published or
 * not) with their active shifts and texts in each language. Read-only.
 */
import { sql } from 'kysely';
import type { StaffInitiative, StaffInitiativeQuery, StaffVolunteerRole } from '../../src/schema/staff/index.js';
import { InvalidCursorError } from '../errors.js';
import type { Db, Localized } from './database.js';
import { getInitiative } from './initiatives.js';
import { decodeCursor, encodeCursor } from './util.js';
import { toRole } from './volunteers.js';

type Texts = StaffInitiative['texts'];

/** The texts of these initiatives per language. */
async function textsOf(db: Db, ids: readonly string[]): Promise<Map<string, Texts>> {
  const rows = ids.length
    ? await db
        .selectFrom('initiative_texts')
        .select(['initiative_id', 'locale', 'title', 'summary', 'description'])
        .where('initiative_id', 'in', [...ids])
        .execute()
    : [];
  const out = new Map<string, Texts>();
  for (const r of rows) {
    const t = out.get(r.initiative_id) ?? { title: { nl: '' }, summary: { nl: '' }, description: { nl: '' } };
    const l = r.locale as keyof Localized;
    t.title[l] = r.title;
    t.summary[l] = r.summary;
    t.description[l] = r.description;
    out.set(r.initiative_id, t);
  }
  return out;
}

/** One initiative for staff (published or not), or null. */
export async function getStaffInitiative(db: Db, id: string): Promise<StaffInitiative | null> {
  const i = await getInitiative(db, id, 'nl', true);
  if (!i) return null;
  const row = await db.selectFrom('initiatives').select('published').where('id', '=', id).executeTakeFirstOrThrow();
  const texts = (await textsOf(db, [id])).get(id) ?? {
    title: { nl: '' },
    summary: { nl: '' },
    description: { nl: '' },
  };
  return { ...i, published: Number(row.published) === 1, texts };
}

/** A page of initiatives for staff, most recently changed first (400 for a cursor that is not ours). */
export async function listStaffInitiatives(
  db: Db,
  q: StaffInitiativeQuery,
): Promise<{ items: StaffInitiative[]; total: number; nextCursor: string | null }> {
  let qb = db.selectFrom('initiatives');
  if (q.published !== 'any') qb = qb.where('published', '=', q.published === 'true' ? 1 : 0);
  const total = await qb.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  let page = qb.select(['id', 'updated_at']).orderBy('updated_at', 'desc').orderBy('id', 'desc');
  if (q.cursor) {
    const c = decodeCursor(q.cursor);
    if (!c) throw new InvalidCursorError();
    page = page.where(sql<boolean>`(updated_at, id) < (${c[0]}, ${c[1]})`);
  }
  const rows = await page.limit(q.limit + 1).execute();
  const more = rows.length > q.limit;
  const ids = rows.slice(0, q.limit).map((r) => r.id);
  const items: StaffInitiative[] = [];
  for (const id of ids) {
    const i = await getStaffInitiative(db, id);
    if (i) items.push(i);
  }
  const last = rows[q.limit - 1];
  return { items, total: Number(total.n), nextCursor: more && last ? encodeCursor(last.updated_at, last.id) : null };
}

const localized = (json: string): Localized => JSON.parse(json) as Localized;

/** The roles of an initiative for staff (published or not), with their active shifts, in role order. */
export async function listStaffRoles(db: Db, initiativeId: string): Promise<StaffVolunteerRole[]> {
  const roles = await db
    .selectFrom('volunteer_roles')
    .selectAll()
    .where('initiative_id', '=', initiativeId)
    .orderBy('position')
    .orderBy('id')
    .execute();
  if (roles.length === 0) return [];
  const shifts = await db
    .selectFrom('shifts')
    .selectAll()
    .where('active', '=', 1)
    .where(
      'role_id',
      'in',
      roles.map((r) => r.id),
    )
    .orderBy('start_at')
    .orderBy('id')
    .execute();
  return roles.map((r) => ({
    ...toRole(r, shifts, 'nl'),
    published: Number(r.published) === 1,
    texts: { title: localized(r.title), description: localized(r.description), timeAsked: localized(r.time_asked) },
  }));
}
