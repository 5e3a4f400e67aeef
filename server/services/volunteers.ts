/**
 * Volunteering, the rules: which roles and shifts a resident may choose, what a signup must carry
 * (shifts or availability, the age confirmation), capacity (a place per chosen shift while one is
 * left, else the reserve list if asked for, else shift full), flagging, and cancelling with the
 * link's token or the receipt's reference and short code. The storage is server/db/volunteers.ts.
 */
import type {
  FieldError,
  Locale,
  SignupReceipt,
  SignupStatus,
  VolunteerRole,
  VolunteerSignup,
} from '../../src/schema/index.js';
import { recordAudit, type Actor } from '../db/audit.js';
import type { Db } from '../db/database.js';
import { inTransaction, referenceCandidates } from '../db/util.js';
import {
  activeShiftIds,
  cancelSignupIn,
  countCodeFailure,
  findPublicRole,
  findSignup,
  findSignupByReference,
  insertSignup,
  listRoles,
  takePlace,
  type Promotion,
} from '../db/volunteers.js';
import { nowIso } from '../db/database.js';
import { signupFacts } from '../db/mail-facts.js';
import {
  CancelCodeLockedError,
  CancelCodeMismatchError,
  CancelTokenMismatchError,
  NotFoundError,
  ShiftFullError,
  ValidationError,
} from '../errors.js';
import {
  cancelCodeMatches,
  cancelTokenMatches,
  hashToken,
  MAX_CODE_FAILURES,
  newCancelSecrets,
  normalizeCancelCode,
  type CancelSecrets,
} from './cancel-secrets.js';
import { isFlagged } from './flagging.js';
import { mailPromoted, mailSignup, mailSignupCancelled } from './mail-messages.js';

/** Published roles of published initiatives (or of one), with their active shifts. */
export const publicRoles = (db: Db, locale: Locale, initiativeId?: string): Promise<VolunteerRole[]> =>
  listRoles(db, locale, initiativeId);

/** What a signup needs before its transaction: its flag, and its cancel secrets (scrypt is slow). */
export interface PreparedSignup {
  readonly input: VolunteerSignup;
  readonly flagged: boolean;
  readonly secrets: CancelSecrets;
}

/** Flags the signup and makes its cancel secrets, so no lock is held while scrypt runs. */
export async function prepareSignup(input: VolunteerSignup, minFillMs: number): Promise<PreparedSignup> {
  return { input, flagged: isFlagged(input, minFillMs), secrets: await newCancelSecrets() };
}

/**
 * Stores a signup (in `db`'s transaction when it is one): 422 for an unknown role or shift,
 * missing shifts, availability or age confirmation; 409 shift-full when a chosen shift is full and
 * the resident did not ask for the reserve list. A flagged signup gets the same answer but takes
 * no real place. The receipt carries the cancel token (for the link) and the short cancel code.
 */
export function signUp(
  db: Db,
  { input, flagged, secrets }: PreparedSignup,
  locale: Locale,
  mail = false,
): Promise<SignupReceipt> {
  return inTransaction(db, async (trx) => {
    const role = await findPublicRole(trx, input.roleId);
    if (!role) throw new ValidationError([{ path: 'roleId', code: 'invalid-choice' }]);
    const own = await activeShiftIds(trx, role.id);
    const chosen = input.shiftIds ?? [];
    const errors: FieldError[] = [];
    if (own.size > 0 && chosen.length === 0) errors.push({ path: 'shiftIds', code: 'required' });
    if (own.size === 0 && input.availability === undefined) errors.push({ path: 'availability', code: 'required' });
    chosen.forEach((id, i) => {
      if (!own.has(id)) errors.push({ path: `shiftIds.${i}`, code: 'invalid-choice' });
    });
    if (role.minimum_age !== null && input.ageConfirmed !== true)
      errors.push({ path: 'ageConfirmed', code: 'required' });
    if (errors.length > 0) throw new ValidationError(errors);

    // Shifts are taken in id order, whatever the order chosen, so two signups for the same shifts
    // lock their rows in the same order (on PostgreSQL, ['a','b'] against ['b','a'] would
    // otherwise deadlock); the answer keeps the order of the request.
    const taken = new Map<string, SignupStatus>();
    for (const shiftId of [...new Set(chosen)].sort()) {
      taken.set(shiftId, flagged || (await takePlace(trx, shiftId)) ? 'confirmed' : 'waitlisted');
    }
    const shifts = chosen.map((shiftId) => ({ shiftId, status: taken.get(shiftId) ?? 'waitlisted' }));
    const full = shifts.filter((r) => r.status === 'waitlisted').map((r) => r.shiftId);
    if (full.length > 0 && !input.joinWaitlist) throw new ShiftFullError(full);
    const status: SignupStatus =
      chosen.length === 0 || shifts.some((r) => r.status === 'confirmed') ? 'confirmed' : 'waitlisted';
    const { id, reference } = await insertSignup(
      trx,
      {
        input,
        roleId: role.id,
        status,
        shifts,
        flagged,
        cancelTokenHash: hashToken(secrets.cancelToken),
        cancelCodeHash: secrets.cancelCodeHash,
      },
      locale,
    );
    // With mail on: confirmed or waitlisted, with the cancel link (its token exists only now).
    if (mail) await mailSignup(trx, { id, status, cancelToken: secrets.cancelToken, cancelCode: secrets.cancelCode });
    return { id, reference, status, shifts, cancelToken: secrets.cancelToken, cancelCode: secrets.cancelCode };
  });
}

/**
 * Cancels a checked signup (cancelling again does nothing): in one transaction the place is freed,
 * the first on the reserve list moves up and, with `mail` on, the resident's "cancelled" e-mail
 * (read before the cancel erases the address) and the moved-up people's e-mails are enqueued.
 */
async function cancelChecked(db: Db, s: { id: string; status: string }, mail: boolean): Promise<void> {
  if (s.status === 'cancelled') return;
  await inTransaction(db, async (trx) => {
    const before = mail ? await signupFacts(trx, s.id) : undefined;
    const promoted: Promotion[] = [];
    if (!(await cancelSignupIn(trx, s.id, nowIso(), promoted))) return;
    if (!mail) return;
    if (before) await mailSignupCancelled(trx, before);
    await mailPromoted(trx, promoted);
  });
}

/**
 * Cancels a signup for a volunteer, as staff (the volunteer asked by phone, say): the same path as
 * the volunteer's own cancel in one transaction (contact details erased, each place freed and given
 * to the first on that shift's reserve list, with `mail` on the same e-mails), audited
 * (`signup.cancel`, with who moved up). 404 unknown; cancelling again changes nothing (`changed`
 * false, not audited).
 */
export async function cancelByStaff(
  db: Db,
  actor: Actor,
  id: string,
  mail = false,
): Promise<{
  id: string;
  reference: string;
  status: 'cancelled';
  changed: boolean;
  promoted: { signupId: string; reference: string; shiftId: string }[];
}> {
  const s = await findSignup(db, id);
  if (!s) throw new NotFoundError();
  return inTransaction(db, async (trx) => {
    const before = mail ? await signupFacts(trx, id) : undefined;
    const promoted: Promotion[] = [];
    const changed = await cancelSignupIn(trx, id, nowIso(), promoted);
    const moved = promoted.length
      ? await trx
          .selectFrom('signups')
          .select(['id', 'reference'])
          .where(
            'id',
            'in',
            promoted.map((p) => p.signupId),
          )
          .execute()
      : [];
    const refOf = new Map(moved.map((m) => [m.id, m.reference]));
    const out = promoted.map((p) => ({
      signupId: p.signupId,
      reference: refOf.get(p.signupId) ?? '',
      shiftId: p.shiftId,
    }));
    if (changed) {
      if (mail && before) await mailSignupCancelled(trx, before);
      if (mail) await mailPromoted(trx, promoted);
      await recordAudit(trx, actor, {
        action: 'signup.cancel',
        targetType: 'signup',
        targetId: id,
        before: { status: s.status },
        after: { status: 'cancelled' },
        detail: { reference: s.reference, promoted: out.map((p) => ({ signupId: p.signupId, shiftId: p.shiftId })) },
      });
    }
    return { id, reference: s.reference, status: 'cancelled' as const, changed, promoted: out };
  });
}

/** Cancels a signup with its link's token: 404 unknown, 403 wrong token; cancelling again is fine. */
export async function cancelByToken(db: Db, id: string, token: string, mail = false): Promise<{ reference: string }> {
  const s = await findSignup(db, id);
  if (!s) throw new NotFoundError();
  if (!cancelTokenMatches(token, s.cancel_token_hash)) throw new CancelTokenMismatchError();
  await cancelChecked(db, s, mail);
  return { reference: s.reference };
}

/**
 * Cancels a signup with its reference and short cancel code, as a resident types them (see
 * {@link referenceCandidates}, {@link normalizeCancelCode}). An unknown reference and a wrong code
 * get the same 403 `cancel-code-mismatch` (no hint which one was wrong, so references cannot be
 * probed); each wrong code counts against the signup, and from {@link MAX_CODE_FAILURES} on its
 * code no longer works (403 `cancel-code-locked`), so guessing from many addresses fails too.
 */
export async function cancelByCode(
  db: Db,
  typedReference: string,
  typedCode: string,
  mail = false,
): Promise<{ id: string; reference: string }> {
  const s = await findSignupByReference(db, referenceCandidates('signup', typedReference));
  if (!s || s.cancel_code_hash === null) throw new CancelCodeMismatchError();
  if (Number(s.cancel_code_failures) >= MAX_CODE_FAILURES) throw new CancelCodeLockedError();
  if (!(await cancelCodeMatches(normalizeCancelCode(typedCode), s.cancel_code_hash))) {
    await countCodeFailure(db, s.id);
    throw new CancelCodeMismatchError();
  }
  await cancelChecked(db, s, mail);
  return { id: s.id, reference: s.reference };
}
