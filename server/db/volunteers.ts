/**
 * Volunteering for residents: roles with their shifts, signing up (capacity kept atomically) and
 * cancelling (which frees the place and moves the first person on the reserve list up).
 *
 * Capacity: one conditional `UPDATE shifts SET places_left = places_left - 1 WHERE id = ? AND
 * places_left > 0` per shift, inside the signup's transaction. On PostgreSQL the row lock makes a
 * concurrent update wait and re-check `places_left > 0`; on SQLite the one connection runs the
 * transactions one after the other. Either way two residents racing for the last place get one
 * `confirmed` and one `waitlisted` (or a 409 shift-full).
 */
import { createHash, randomBytes, randomInt, scrypt, timingSafeEqual } from 'node:crypto';
import type { ExpressionBuilder } from 'kysely';
import {
  CANCEL_CODE_ALPHABET,
  CANCEL_CODE_LENGTH,
  PROBLEM_TYPES,
  type FieldError,
  type Locale,
  type SignupReceipt,
  type SignupStatus,
  type VolunteerRole,
  type VolunteerSignup,
} from '../../src/schema/index.js';
import { HttpProblem, notFound, validationProblem } from '../http/problem.js';
import { nowIso, pick, type Database, type Db } from './database.js';
import { inTransaction, newId, nextReference, referenceCandidates } from './util.js';

/** SHA-256 hex of a cancel token (only the hash is stored). */
export const hashToken = (token: string): string => createHash('sha256').update(token, 'utf8').digest('hex');

/** A new cancel code: {@link CANCEL_CODE_LENGTH} characters of {@link CANCEL_CODE_ALPHABET}, e.g. `K7MP2XRA`. */
export const newCancelCode = (): string =>
  Array.from({ length: CANCEL_CODE_LENGTH }, () => CANCEL_CODE_ALPHABET[randomInt(CANCEL_CODE_ALPHABET.length)]).join(
    '',
  );

/** A typed cancel code as the server gave it: capitals, without spaces and dashes (`k7mp-2xra` → `K7MP2XRA`). */
export const normalizeCancelCode = (typed: string): string => typed.toUpperCase().replace(/[\s-]+/g, '');

// scrypt, not one SHA-256: a code has ~39 bits, so a leaked hash must be slow to try codes on.
const SCRYPT = { N: 16384, r: 8, p: 1, maxmem: 64 * 1024 * 1024 } as const;
const scryptHex = (code: string, salt: Buffer): Promise<Buffer> =>
  new Promise((resolve, reject) => scrypt(code, salt, 32, SCRYPT, (e, key) => (e ? reject(e) : resolve(key))));

/** The stored form of a cancel code: `scrypt$<salt hex>$<hash hex>`, salted per signup. */
export async function hashCancelCode(code: string): Promise<string> {
  const salt = randomBytes(16);
  return `scrypt$${salt.toString('hex')}$${(await scryptHex(code, salt)).toString('hex')}`;
}

/** True when `code` is the one {@link hashCancelCode} stored as `stored` (compared in constant time). */
export async function cancelCodeMatches(code: string, stored: string): Promise<boolean> {
  const [kind, salt, hash] = stored.split('$');
  if (kind !== 'scrypt' || !salt || !hash) return false;
  const want = Buffer.from(hash, 'hex');
  const got = await scryptHex(code, Buffer.from(salt, 'hex'));
  return got.length === want.length && timingSafeEqual(got, want);
}

/** Wrong codes tried for one signup after which its code stops working (the link still works). */
export const MAX_CODE_FAILURES = 10;

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

/** A signup's cancel secrets: the token and code for the receipt, the code's slow hash for storing. */
export interface CancelSecrets {
  readonly cancelToken: string;
  readonly cancelCode: string;
  readonly cancelCodeHash: string;
}

/** New cancel secrets (the scrypt hash takes a while: make them before a transaction). */
export async function newCancelSecrets(): Promise<CancelSecrets> {
  const cancelToken = randomBytes(32).toString('base64url');
  const cancelCode = newCancelCode();
  return { cancelToken, cancelCode, cancelCodeHash: await hashCancelCode(cancelCode) };
}

/**
 * Stores a signup (in `db`'s transaction when it is one); throws 422 (unknown role/shift, missing shifts/availability/age) or 409 shift-full.
 * The reference is prefixed in the resident's `locale`; the receipt carries the cancel token (for
 * the link) and a short cancel code (with the reference); only their hashes are stored.
 */
export async function signUp(
  db: Db,
  input: VolunteerSignup,
  flagged: boolean,
  locale: Locale = 'nl',
  secrets?: CancelSecrets,
): Promise<SignupReceipt> {
  const { cancelToken, cancelCode, cancelCodeHash } = secrets ?? (await newCancelSecrets());
  return inTransaction(db, async (trx) => {
    const role = await trx
      .selectFrom('volunteer_roles')
      .selectAll()
      .where('id', '=', input.roleId)
      .where('published', '=', 1)
      .where(ofPublishedInitiative)
      .executeTakeFirst();
    if (!role) throw validationProblem([{ path: 'roleId', code: 'invalid-choice' }]);
    const shifts = await trx
      .selectFrom('shifts')
      .select('id')
      .where('role_id', '=', role.id)
      .where('active', '=', 1)
      .execute();
    const own = new Set(shifts.map((s) => s.id));
    const chosen = input.shiftIds ?? [];
    const errors: FieldError[] = [];
    if (own.size > 0 && chosen.length === 0) errors.push({ path: 'shiftIds', code: 'required' });
    if (own.size === 0 && input.availability === undefined) errors.push({ path: 'availability', code: 'required' });
    chosen.forEach((id, i) => {
      if (!own.has(id)) errors.push({ path: `shiftIds.${i}`, code: 'invalid-choice' });
    });
    if (role.minimum_age !== null && input.ageConfirmed !== true)
      errors.push({ path: 'ageConfirmed', code: 'required' });
    if (errors.length > 0) throw validationProblem(errors);

    // Shifts are taken in id order, whatever the order chosen, so two signups for the same shifts
    // lock their rows in the same order (on PostgreSQL, ['a','b'] against ['b','a'] would
    // otherwise deadlock); the answer keeps the order of the request.
    const taken = new Map<string, SignupStatus>();
    for (const shiftId of [...new Set(chosen)].sort()) {
      // A flagged (likely automated) signup gets the same answer but takes no real place.
      if (flagged) {
        taken.set(shiftId, 'confirmed');
        continue;
      }
      const res = await trx
        .updateTable('shifts')
        .set((eb) => ({ places_left: eb('places_left', '-', 1) }))
        .where('id', '=', shiftId)
        .where('places_left', '>', 0)
        .executeTakeFirst();
      taken.set(shiftId, Number(res.numUpdatedRows) === 1 ? 'confirmed' : 'waitlisted');
    }
    const results = chosen.map((shiftId) => ({ shiftId, status: taken.get(shiftId) ?? 'waitlisted' }));
    const full = results.filter((r) => r.status === 'waitlisted').map((r) => r.shiftId);
    if (full.length > 0 && !input.joinWaitlist) {
      throw new HttpProblem(409, PROBLEM_TYPES.shiftFull, 'A chosen shift is full.', {
        detail: `Full: ${full.join(', ')}. Send joinWaitlist: true to be put on the reserve list.`,
        shiftIds: full,
      });
    }
    const status: SignupStatus =
      chosen.length === 0 || results.some((r) => r.status === 'confirmed') ? 'confirmed' : 'waitlisted';
    const id = newId('signup');
    const reference = await nextReference(trx, 'signup', locale);
    const now = nowIso();
    await trx
      .insertInto('signups')
      .values({
        id,
        reference,
        role_id: role.id,
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
        flagged: flagged ? 1 : 0,
        status,
        cancel_token_hash: hashToken(cancelToken),
        cancel_code_hash: cancelCodeHash,
        cancel_code_failures: 0,
        created_at: now,
        updated_at: now,
      })
      .execute();
    if (results.length > 0) {
      await trx
        .insertInto('signup_shifts')
        .values(results.map((r) => ({ signup_id: id, shift_id: r.shiftId, status: r.status, created_at: now })))
        .execute();
    }
    return { id, reference, status, shifts: results, cancelToken, cancelCode };
  });
}

/**
 * Cancels a signup with its token: 404 unknown, 403 wrong token; cancelling again is fine.
 * Each confirmed place goes to the first person on that shift's reserve list, or back to the shift.
 */
export async function cancelSignup(db: Db, id: string, token: string): Promise<{ reference: string }> {
  const s = await db
    .selectFrom('signups')
    .select(['id', 'reference', 'cancel_token_hash', 'status', 'flagged'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!s) throw notFound();
  const a = Buffer.from(hashToken(token), 'hex');
  const b = Buffer.from(s.cancel_token_hash, 'hex');
  if (a.length !== b.length || !timingSafeEqual(a, b)) {
    throw new HttpProblem(403, PROBLEM_TYPES.unauthorized, 'The cancel token does not match this signup.');
  }
  await cancelNow(db, s);
  return { reference: s.reference };
}

/**
 * Cancels a signup with its reference and short cancel code, as a resident types them (see
 * {@link referenceCandidates}, {@link normalizeCancelCode}). An unknown reference and a wrong code
 * get the same 403 `cancel-code-mismatch` (no hint which one was wrong, so references cannot be
 * probed); each wrong code counts against the signup, and from {@link MAX_CODE_FAILURES} on its
 * code no longer works (403 `cancel-code-locked`), so guessing from many addresses fails too.
 */
export async function cancelSignupByCode(
  db: Db,
  typedReference: string,
  typedCode: string,
): Promise<{ id: string; reference: string }> {
  const mismatch = () =>
    new HttpProblem(403, PROBLEM_TYPES.cancelCodeMismatch, 'The reference and cancel code do not match a signup.', {
      detail: 'Check the reference and the cancel code on the receipt, or use the cancel link.',
    });
  const candidates = referenceCandidates('signup', typedReference);
  const code = normalizeCancelCode(typedCode);
  if (candidates.length === 0) throw mismatch();
  const s = await db
    .selectFrom('signups')
    .select(['id', 'reference', 'cancel_code_hash', 'cancel_code_failures', 'status', 'flagged'])
    .where('reference', 'in', candidates)
    .executeTakeFirst();
  if (!s || s.cancel_code_hash === null) throw mismatch();
  if (Number(s.cancel_code_failures) >= MAX_CODE_FAILURES) {
    throw new HttpProblem(403, PROBLEM_TYPES.cancelCodeLocked, 'Too many wrong cancel codes for this signup.', {
      detail: 'The cancel code of this signup no longer works: use the cancel link, or contact the organiser.',
    });
  }
  if (!(await cancelCodeMatches(code, s.cancel_code_hash))) {
    await db
      .updateTable('signups')
      .set((eb) => ({ cancel_code_failures: eb('cancel_code_failures', '+', 1) }))
      .where('id', '=', s.id)
      .execute();
    throw mismatch();
  }
  await cancelNow(db, s);
  return { id: s.id, reference: s.reference };
}

/** Cancels a signup whose secret was checked; cancelling again does nothing. */
async function cancelNow(db: Db, s: { id: string; status: string; flagged: number }): Promise<void> {
  const id = s.id;
  if (s.status === 'cancelled') return;
  await db.transaction().execute(async (trx) => {
    const now = nowIso();
    const upd = await trx
      .updateTable('signups')
      .set({ status: 'cancelled', updated_at: now })
      .where('id', '=', id)
      .where('status', '!=', 'cancelled')
      .executeTakeFirst();
    if (Number(upd.numUpdatedRows) === 0) return; // cancelled concurrently
    const places = await trx
      .selectFrom('signup_shifts')
      .selectAll()
      .where('signup_id', '=', id)
      .where('status', '!=', 'cancelled')
      .orderBy('shift_id') // the shifts are locked in id order, as in signUp
      .execute();
    await trx.updateTable('signup_shifts').set({ status: 'cancelled' }).where('signup_id', '=', id).execute();
    if (s.flagged === 1) return; // flagged signups never held a place
    for (const p of places.filter((x) => x.status === 'confirmed')) await freePlace(trx, p.shift_id, now);
  });
}

/**
 * Gives up to `n` free places of a shift (already counted in `places_left`) to the first people on
 * its reserve list, oldest first. Call it in the transaction that freed the places. Returns how
 * many were moved up.
 */
export async function promoteWaitlisted(trx: Db, shiftId: string, n: number, now: string): Promise<number> {
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
    moved++;
  }
  return moved;
}

/** Gives a freed place on a shift back to it, and from there to the first waitlisted signup, if any. */
async function freePlace(trx: Db, shiftId: string, now: string): Promise<void> {
  await trx
    .updateTable('shifts')
    .set((eb) => ({ places_left: eb('places_left', '+', 1) }))
    .where('id', '=', shiftId)
    .where((eb) => eb('places_left', '<', eb.ref('capacity')))
    .execute();
  await promoteWaitlisted(trx, shiftId, 1, now);
}
