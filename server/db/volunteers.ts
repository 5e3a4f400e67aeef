/**
 * Volunteering for residents, the storage: roles with their shifts, signups, taking a place
 * (atomically) and cancelling (which frees the place and moves the first person on the reserve
 * list up). The rules of a signup are in server/services/volunteers.ts.
 *
 * Capacity: one conditional `UPDATE shifts SET places_left = places_left - 1 WHERE id = ? AND
 * places_left > 0` per shift, inside the signup's transaction. On PostgreSQL the row lock makes a
 * concurrent update wait and re-check `places_left > 0`; on SQLite the one connection runs the
 * transactions one after the other. Either way two residents racing for the last place get one
 * `confirmed` and one `waitlisted` (or a 409 shift-full).
 */
import type { ExpressionBuilder } from 'kysely';
import type { Locale, SignupStatus, VolunteerRole, VolunteerSignup } from '../../src/schema/index.js';
import { nowIso, pick, type Database, type Db } from './database.js';
import { newId, nextReference } from './util.js';

/** Maps a role row and its shifts to the contract's shape in `locale`. */
export function toRole(r: Database['volunteer_roles'], shifts: Database['shifts'][], locale: Locale): VolunteerRole {
  return {
    id: r.id,
    initiativeId: r.initiative_id,
    title: pick(r.title, locale),
    description: pick(r.description, locale),
    timeAsked: pick(r.time_asked, locale),
    gives: {
      guidance: pick(r.guidance, locale),
      insurance: pick(r.insurance, locale),
      expenses: pick(r.expenses, locale),
    },
    requirements: {
      minimumAge: r.minimum_age === null ? null : Number(r.minimum_age),
      training: pick(r.training, locale),
    },
    shifts: shifts
      .filter((s) => s.role_id === r.id)
      .map((s) => ({
        id: s.id,
        start: s.start_at,
        end: s.end_at,
        capacity: Number(s.capacity),
        placesLeft: Number(s.places_left),
      })),
  };
}

/** Only roles whose initiative is published are public (an unpublished initiative hides its roles). */
const ofPublishedInitiative = (eb: ExpressionBuilder<Database, 'volunteer_roles'>) =>
  eb(
    'volunteer_roles.initiative_id',
    'in',
    eb.selectFrom('initiatives').select('initiatives.id').where('initiatives.published', '=', 1),
  );

/** Published roles of published initiatives (or of one), with their active shifts. */
export async function listRoles(db: Db, locale: Locale, initiativeId?: string): Promise<VolunteerRole[]> {
  let qb = db.selectFrom('volunteer_roles').selectAll().where('published', '=', 1).where(ofPublishedInitiative);
  if (initiativeId) qb = qb.where('initiative_id', '=', initiativeId);
  const roles = await qb.orderBy('position').orderBy('id').execute();
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
  return roles.map((r) => toRole(r, shifts, locale));
}

/**
 * The role row a resident may sign up for (published, of a published initiative), read in `trx`
 * (the signup's transaction), or undefined.
 */
export async function findPublicRole(trx: Db, roleId: string): Promise<Database['volunteer_roles'] | undefined> {
  return trx
    .selectFrom('volunteer_roles')
    .selectAll()
    .where('id', '=', roleId)
    .where('published', '=', 1)
    .where(ofPublishedInitiative)
    .executeTakeFirst();
}

/** The ids of a role's active shifts. */
export async function activeShiftIds(trx: Db, roleId: string): Promise<Set<string>> {
  const shifts = await trx
    .selectFrom('shifts')
    .select('id')
    .where('role_id', '=', roleId)
    .where('active', '=', 1)
    .execute();
  return new Set(shifts.map((s) => s.id));
}

/**
 * Takes one place of a shift if one is left: true when taken. One conditional update, atomic under
 * concurrency (see the top of this file); call it in the signup's transaction.
 */
export async function takePlace(trx: Db, shiftId: string): Promise<boolean> {
  const res = await trx
    .updateTable('shifts')
    .set((eb) => ({ places_left: eb('places_left', '-', 1) }))
    .where('id', '=', shiftId)
    .where('places_left', '>', 0)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** What {@link insertSignup} stores, beyond the resident's input. */
export interface NewSignup {
  readonly input: VolunteerSignup;
  readonly roleId: string;
  readonly status: SignupStatus;
  readonly shifts: readonly { shiftId: string; status: SignupStatus }[];
  readonly flagged: boolean;
  readonly cancelTokenHash: string;
  readonly cancelCodeHash: string;
}

/** Stores a signup and its shifts (in `trx`); its reference is prefixed in the resident's `locale`. */
export async function insertSignup(trx: Db, s: NewSignup, locale: Locale): Promise<{ id: string; reference: string }> {
  const { input } = s;
  const id = newId('signup');
  const reference = await nextReference(trx, 'signup', locale);
  const now = nowIso();
  await trx
    .insertInto('signups')
    .values({
      id,
      reference,
      role_id: s.roleId,
      availability: input.availability ?? null,
      contact_name: input.contact.name,
      contact_email: input.contact.email,
      contact_phone: input.contact.phone ?? null,
      age_confirmed: input.ageConfirmed === undefined ? null : input.ageConfirmed ? 1 : 0,
      note_version: input.acknowledgement.noteVersion,
      consent_notice_version: input.consent.noticeVersion,
      join_waitlist: input.joinWaitlist ? 1 : 0,
      honeypot: input.honeypot,
      fill_ms: input.fillMs,
      flagged: s.flagged ? 1 : 0,
      status: s.status,
      cancel_token_hash: s.cancelTokenHash,
      cancel_code_hash: s.cancelCodeHash,
      cancel_code_failures: 0,
      created_at: now,
      updated_at: now,
      locale,
    })
    .execute();
  if (s.shifts.length > 0) {
    await trx
      .insertInto('signup_shifts')
      .values(s.shifts.map((r) => ({ signup_id: id, shift_id: r.shiftId, status: r.status, created_at: now })))
      .execute();
  }
  return { id, reference };
}

/** A signup as cancelling needs it. */
export type CancellableSignup = Pick<
  Database['signups'],
  'id' | 'reference' | 'status' | 'flagged' | 'cancel_token_hash' | 'cancel_code_hash' | 'cancel_code_failures'
>;

const CANCEL_COLUMNS = [
  'id',
  'reference',
  'status',
  'flagged',
  'cancel_token_hash',
  'cancel_code_hash',
  'cancel_code_failures',
] as const;

/** The signup with this id, or undefined. */
export async function findSignup(db: Db, id: string): Promise<CancellableSignup | undefined> {
  return db.selectFrom('signups').select(CANCEL_COLUMNS).where('id', '=', id).executeTakeFirst();
}

/** The signup with one of these references (a typed reference's candidates), or undefined. */
export async function findSignupByReference(
  db: Db,
  references: readonly string[],
): Promise<CancellableSignup | undefined> {
  if (references.length === 0) return undefined;
  return db
    .selectFrom('signups')
    .select(CANCEL_COLUMNS)
    .where('reference', 'in', [...references])
    .executeTakeFirst();
}

/** Counts one wrong cancel code against a signup. */
export async function countCodeFailure(db: Db, id: string): Promise<void> {
  await db
    .updateTable('signups')
    .set((eb) => ({ cancel_code_failures: eb('cancel_code_failures', '+', 1) }))
    .where('id', '=', id)
    .execute();
}

/**
 * The contact details of a signup, erased: what a cancelled signup (at once), a signup past the
 * retention period and an erasure on request keep instead. Reference, role, shifts, status and
 * dates stay, for the statistics; `erased_at` says when.
 */
export const erasedSignupContact = (now: string) =>
  ({
    contact_name: '',
    contact_email: '',
    contact_phone: null,
    availability: null,
    honeypot: '',
    erased_at: now,
  }) as const;

/** A place that moved up from a shift's reserve list (its people are e-mailed). */
export interface Promotion {
  readonly signupId: string;
  readonly shiftId: string;
}

/**
 * Cancels signup `id` in `trx` (its caller's transaction): status `cancelled`, contact details
 * erased ({@link erasedSignupContact}), each confirmed place of an unflagged signup freed (and given
 * to the first on the reserve list). False when it was already cancelled (nothing changes then).
 */
export async function cancelSignupIn(trx: Db, id: string, now: string, promoted?: Promotion[]): Promise<boolean> {
  const upd = await trx
    .updateTable('signups')
    .set({ status: 'cancelled', updated_at: now, ...erasedSignupContact(now) })
    .where('id', '=', id)
    .where('status', '!=', 'cancelled')
    .returning('flagged')
    .executeTakeFirst();
  if (!upd) return false; // cancelled concurrently
  const places = await trx
    .selectFrom('signup_shifts')
    .selectAll()
    .where('signup_id', '=', id)
    .where('status', '!=', 'cancelled')
    .orderBy('shift_id') // the shifts are locked in id order, as in signUp
    .execute();
  await trx.updateTable('signup_shifts').set({ status: 'cancelled' }).where('signup_id', '=', id).execute();
  if (Number(upd.flagged) === 1) return true; // flagged signups never held a place
  for (const p of places.filter((x) => x.status === 'confirmed')) await freePlace(trx, p.shift_id, now, promoted);
  return true;
}

/**
 * Gives up to `n` free places of a shift (already counted in `places_left`) to the first people on
 * its reserve list, oldest first. Call it in the transaction that freed the places. Returns how
 * many were moved up.
 */
export async function promoteWaitlisted(
  trx: Db,
  shiftId: string,
  n: number,
  now: string,
  promoted?: Promotion[],
): Promise<number> {
  let moved = 0;
  while (moved < n) {
    const next = await trx
      .selectFrom('signup_shifts')
      .select('signup_id')
      .where('shift_id', '=', shiftId)
      .where('status', '=', 'waitlisted')
      .orderBy('created_at')
      .orderBy('signup_id')
      .limit(1)
      .executeTakeFirst();
    if (!next) break;
    const up = await trx
      .updateTable('signup_shifts')
      .set({ status: 'confirmed' })
      .where('signup_id', '=', next.signup_id)
      .where('shift_id', '=', shiftId)
      .where('status', '=', 'waitlisted')
      .executeTakeFirst();
    if (Number(up.numUpdatedRows) === 0) continue; // moved up (or cancelled) concurrently
    await trx
      .updateTable('shifts')
      .set((eb) => ({ places_left: eb('places_left', '-', 1) }))
      .where('id', '=', shiftId)
      .where('places_left', '>', 0)
      .execute();
    await trx
      .updateTable('signups')
      .set({ status: 'confirmed', updated_at: now })
      .where('id', '=', next.signup_id)
      .where('status', '=', 'waitlisted')
      .execute();
    promoted?.push({ signupId: next.signup_id, shiftId });
    moved++;
  }
  return moved;
}

/** Gives a freed place on a shift back to it, and from there to the first waitlisted signup, if any. */
async function freePlace(trx: Db, shiftId: string, now: string, promoted?: Promotion[]): Promise<void> {
  await trx
    .updateTable('shifts')
    .set((eb) => ({ places_left: eb('places_left', '+', 1) }))
    .where('id', '=', shiftId)
    .where((eb) => eb('places_left', '<', eb.ref('capacity')))
    .execute();
  await promoteWaitlisted(trx, shiftId, 1, now, promoted);
}
