/**
 * Volunteering for staff: signups with every field, and roles and shifts to create, change, take
 * offline and (shifts) cancel. Each function writes in `db`'s transaction when it is one, so the
 * services audit a change in the same transaction.
 */
import type { Locale, VolunteerRole } from '../../src/schema/index.js';
import {
  CapacityBelowTakenError,
  ConflictError,
  InvalidCursorError,
  NotFoundError,
  ValidationError,
} from '../errors.js';
import type {
  RoleInput,
  RolePatch,
  ShiftInput,
  ShiftPatch,
  SignupRecord,
  StaffSignupQuery,
} from '../../src/schema/staff/index.js';
import { nowIso, type Database, type Db, type Localized } from './database.js';
import { decodeCursor, encodeCursor, inTransaction, json, newId } from './util.js';
import { promoteWaitlisted, toRole, type Promotion } from './volunteers.js';

type SignupStatus = SignupRecord['status'];

/** Staff list of signups, newest first; `limit: null` for every row (CSV). */
export async function listSignups(
  db: Db,
  q: Omit<StaffSignupQuery, 'limit'> & { limit: number | null },
): Promise<{ items: SignupRecord[]; total: number; nextCursor: string | null }> {
  let qb = db.selectFrom('signups');
  if (q.roleId) qb = qb.where('role_id', '=', q.roleId);
  if (q.status) qb = qb.where('status', '=', q.status);
  if (q.flagged !== 'any') qb = qb.where('flagged', '=', q.flagged === 'true' ? 1 : 0);
  if (q.shiftId) {
    const shiftId = q.shiftId;
    qb = qb.where((eb) =>
      eb.exists(
        eb
          .selectFrom('signup_shifts as ss')
          .select('ss.shift_id')
          .whereRef('ss.signup_id', '=', 'signups.id')
          .where('ss.shift_id', '=', shiftId),
      ),
    );
  }
  const total = await qb.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  let page = qb.selectAll('signups').orderBy('created_at', 'desc').orderBy('id', 'desc');
  if (q.cursor) {
    const c = decodeCursor(q.cursor);
    if (!c) throw new InvalidCursorError();
    const [k, id] = c;
    page = page.where((eb) => eb.or([eb('created_at', '<', k), eb.and([eb('created_at', '=', k), eb('id', '<', id)])]));
  }
  const all = await (q.limit === null ? page : page.limit(q.limit + 1)).execute();
  const more = q.limit !== null && all.length > q.limit;
  const rows = q.limit === null ? all : all.slice(0, q.limit);
  const places = rows.length
    ? await db
        .selectFrom('signup_shifts')
        .selectAll()
        .where(
          'signup_id',
          'in',
          rows.map((r) => r.id),
        )
        .orderBy('shift_id')
        .execute()
    : [];
  const items = rows.map((r) => toRecord(r, places));
  const last = items.at(-1);
  return { items, total: Number(total.n), nextCursor: more && last ? encodeCursor(last.createdAt, last.id) : null };
}

export function toRecord(r: Database['signups'], places: Database['signup_shifts'][]): SignupRecord {
  return {
    id: r.id,
    reference: r.reference,
    roleId: r.role_id,
    status: r.status as SignupStatus,
    shifts: places
      .filter((p) => p.signup_id === r.id)
      .map((p) => ({ shiftId: p.shift_id, status: p.status as SignupStatus })),
    availability: r.availability,
    contact: { name: r.contact_name, email: r.contact_email, phone: r.contact_phone },
    ageConfirmed: r.age_confirmed === null ? null : r.age_confirmed === 1,
    acknowledgement: { informationNote: true, noteVersion: r.note_version },
    consent: { privacy: true, noticeVersion: r.consent_notice_version },
    joinWaitlist: r.join_waitlist === 1,
    honeypot: r.honeypot,
    fillMs: Number(r.fill_ms),
    flagged: r.flagged === 1,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

const loc = (v: Localized | null): string | null => (v === null ? null : json(v));

/** One role (published or not) with its active shifts, in `locale`. */
export async function getRoleForStaff(db: Db, id: string, locale: Locale): Promise<VolunteerRole | null> {
  const r = await db.selectFrom('volunteer_roles').selectAll().where('id', '=', id).executeTakeFirst();
  if (!r) return null;
  const shifts = await db
    .selectFrom('shifts')
    .selectAll()
    .where('role_id', '=', id)
    .where('active', '=', 1)
    .orderBy('start_at')
    .execute();
  return toRole(r, shifts, locale);
}

/** Creates a role (its initiative is checked by the caller). */
export async function createRole(db: Db, input: RoleInput, position = 0): Promise<string> {
  const id = input.id ?? newId('role');
  const now = nowIso();
  await db
    .insertInto('volunteer_roles')
    .values({
      id,
      initiative_id: input.initiativeId,
      title: json(input.title),
      description: json(input.description),
      time_asked: json(input.timeAsked),
      guidance: loc(input.gives.guidance),
      insurance: loc(input.gives.insurance),
      expenses: loc(input.gives.expenses),
      minimum_age: input.requirements.minimumAge,
      training: loc(input.requirements.training),
      published: input.published ? 1 : 0,
      position,
      created_at: now,
      updated_at: now,
    })
    .execute();
  return id;
}

/** Updates a role; false when it does not exist. */
export async function updateRole(db: Db, id: string, p: RolePatch): Promise<boolean> {
  const set: Partial<Database['volunteer_roles']> = { updated_at: nowIso() };
  if (p.initiativeId) set.initiative_id = p.initiativeId;
  if (p.title) set.title = json(p.title);
  if (p.description) set.description = json(p.description);
  if (p.timeAsked) set.time_asked = json(p.timeAsked);
  if (p.gives)
    Object.assign(set, {
      guidance: loc(p.gives.guidance),
      insurance: loc(p.gives.insurance),
      expenses: loc(p.gives.expenses),
    });
  if (p.requirements)
    Object.assign(set, { minimum_age: p.requirements.minimumAge, training: loc(p.requirements.training) });
  if (p.published !== undefined) set.published = p.published ? 1 : 0;
  const res = await db.updateTable('volunteer_roles').set(set).where('id', '=', id).executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** An end not after its start (the field error on `end`). */
export const dateOrder = (): ValidationError => new ValidationError([{ path: 'end', code: 'date-order' }]);

/** True when the role exists (published or not). */
export async function roleExists(db: Db, id: string): Promise<boolean> {
  return (await db.selectFrom('volunteer_roles').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
}

/** Adds a shift to a role (checked by the caller). */
export async function createShift(db: Db, roleId: string, s: ShiftInput): Promise<string> {
  const id = s.id ?? newId('shift');
  await db
    .insertInto('shifts')
    .values({
      id,
      role_id: roleId,
      start_at: s.start,
      end_at: s.end,
      capacity: s.capacity,
      places_left: s.capacity,
      active: 1,
    })
    .execute();
  return id;
}

/**
 * Changes a shift. A new capacity moves `places_left` by the difference, atomically; a capacity
 * below the places already taken is a 409, and so is any change to a cancelled shift. Places added go to the reserve list first (oldest
 * signup first, in the same transaction), so nobody new gets ahead of people already waiting.
 */
export async function updateShift(
  db: Db,
  roleId: string,
  shiftId: string,
  p: ShiftPatch,
  promoted?: Promotion[],
): Promise<void> {
  if (!p.start && !p.end && p.capacity === undefined) {
    const cur = db.selectFrom('shifts').select('cancelled_at').where('id', '=', shiftId).where('role_id', '=', roleId);
    const row = await cur.executeTakeFirst();
    if (!row) throw new NotFoundError();
    if (row.cancelled_at !== null) throw shiftCancelled();
    return;
  }
  await inTransaction(db, async (trx) => {
    // Locks the row on PostgreSQL (no-op update), so the capacity read below is the one updated.
    const locked = await trx
      .updateTable('shifts')
      .set((eb) => ({ capacity: eb.ref('capacity') }))
      .where('id', '=', shiftId)
      .where('role_id', '=', roleId)
      .executeTakeFirst();
    if (Number(locked.numUpdatedRows) === 0) throw new NotFoundError();
    const cur = await trx.selectFrom('shifts').selectAll().where('id', '=', shiftId).executeTakeFirstOrThrow();
    if (cur.cancelled_at !== null) throw shiftCancelled();
    if (Date.parse(p.end ?? cur.end_at) <= Date.parse(p.start ?? cur.start_at)) throw dateOrder();
    let qb = trx.updateTable('shifts').where('id', '=', shiftId);
    if (p.start) qb = qb.set({ start_at: p.start });
    if (p.end) qb = qb.set({ end_at: p.end });
    if (p.capacity !== undefined) {
      const cap = p.capacity;
      qb = qb
        .set((eb) => ({
          capacity: cap,
          places_left: eb(eb.ref('places_left'), '+', eb(eb.val(cap), '-', eb.ref('capacity'))),
        }))
        .where((eb) => eb(eb(eb.ref('places_left'), '+', eb(eb.val(cap), '-', eb.ref('capacity'))), '>=', 0));
    }
    const res = await qb.executeTakeFirst();
    if (Number(res.numUpdatedRows) === 0) throw new CapacityBelowTakenError();
    const added = p.capacity === undefined ? 0 : p.capacity - Number(cur.capacity);
    if (added > 0) await promoteWaitlisted(trx, shiftId, added, nowIso(), promoted);
  });
}

/** A change to a cancelled shift (409). */
const shiftCancelled = (): ConflictError =>
  new ConflictError('This shift is cancelled.', undefined, 'A cancelled shift cannot be changed or cancelled again.');

/**
 * Cancels a shift: it is taken offline (`active` 0, so residents no longer see it or sign up for
 * it) and `cancelled_at` is set; its signups are kept as they were, so staff still list its
 * volunteers. 404 for an unknown shift, 409 when it is cancelled already. Answers when.
 */
export async function cancelShiftRow(db: Db, roleId: string, shiftId: string, at = nowIso()): Promise<string> {
  const res = await db
    .updateTable('shifts')
    .set({ active: 0, cancelled_at: at })
    .where('id', '=', shiftId)
    .where('role_id', '=', roleId)
    .where('cancelled_at', 'is', null)
    .executeTakeFirst();
  if (Number(res.numUpdatedRows) > 0) return at;
  const cur = await db.selectFrom('shifts').select('id').where('id', '=', shiftId).where('role_id', '=', roleId);
  if (!(await cur.executeTakeFirst())) throw new NotFoundError();
  throw shiftCancelled();
}

/** The signups with a confirmed or reserve place on a shift (the volunteers to tell when it is cancelled). */
export async function shiftVolunteers(db: Db, shiftId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('signup_shifts')
    .select('signup_id')
    .where('shift_id', '=', shiftId)
    .where('status', 'in', ['confirmed', 'waitlisted'])
    .orderBy('signup_id')
    .execute();
  return rows.map((r) => r.signup_id);
}
