/**
 * Volunteer roles and shifts for staff, the rules: a role belongs to an initiative that exists, an
 * id of staff's own choosing must be free, a shift ends after it starts and belongs to a role that
 * exists; capacity changes keep the places already taken (server/db/staff-volunteers.ts does that
 * atomically); a cancelled shift keeps its signups. Every write is audited (`role.create|update|
 * unpublish`, `shift.create|update|cancel`) with its actor in its transaction. Answers are the
 * public shapes in Dutch. Also the staff list of signups.
 */
import type { VolunteerRole } from '../../src/schema/index.js';
import { recordAudit, type Actor } from '../db/audit.js';
import type { Db } from '../db/database.js';
import { initiativeExists } from '../db/initiatives.js';
import {
  cancelShiftRow,
  createRole,
  createShift,
  dateOrder,
  getRoleForStaff,
  listSignups,
  roleExists,
  shiftVolunteers,
  updateRole,
  updateShift,
} from '../db/staff-volunteers.js';
import { shiftSignups, shiftTimes } from '../db/mail-facts.js';
import { listStaffRoles } from '../db/staff-lists.js';
import { inTransaction, orIdTaken } from '../db/util.js';
import type { Promotion } from '../db/volunteers.js';
import { IdTakenError, NotFoundError, ValidationError } from '../errors.js';
import type {
  RoleInput,
  RolePatch,
  ShiftCancelled,
  ShiftInput,
  ShiftPatch,
  StaffSignupQuery,
  StaffVolunteerRole,
} from '../../src/schema/staff/index.js';
import { mailPromoted, mailShiftCancelled, mailShiftChanged } from './mail-messages.js';

type Shift = VolunteerRole['shifts'][number];

const unknownInitiative = () => new ValidationError([{ path: 'initiativeId', code: 'invalid-choice' }]);

/** A role with its active shifts, published or not (404 otherwise). */
export async function roleForStaff(db: Db, id: string): Promise<VolunteerRole> {
  const r = await getRoleForStaff(db, id, 'nl');
  if (!r) throw new NotFoundError();
  return r;
}

/** The roles of an initiative for staff, published or not, with their texts per language (404 for an unknown initiative). */
export async function rolesForStaff(db: Db, initiativeId: string): Promise<StaffVolunteerRole[]> {
  if (!(await initiativeExists(db, initiativeId))) throw new NotFoundError();
  return listStaffRoles(db, initiativeId);
}

/** Creates a role as `actor`: 409 for a taken id, 422 for an unknown initiative. */
export async function create(db: Db, actor: Actor, input: RoleInput): Promise<VolunteerRole> {
  if (input.id && (await getRoleForStaff(db, input.id, 'nl'))) throw new IdTakenError();
  if (!(await initiativeExists(db, input.initiativeId))) throw unknownInitiative();
  const id = await orIdTaken(
    inTransaction(db, async (trx) => {
      const id = await createRole(trx, input);
      await recordAudit(trx, actor, { action: 'role.create', targetType: 'role', targetId: id, after: input });
      return id;
    }),
  );
  return roleForStaff(db, id);
}

/** Changes a role as `actor`: 422 for an unknown initiative, 404 for an unknown role. */
export async function update(db: Db, actor: Actor, id: string, patch: RolePatch): Promise<VolunteerRole> {
  if (patch.initiativeId && !(await initiativeExists(db, patch.initiativeId))) throw unknownInitiative();
  await inTransaction(db, async (trx) => {
    if (!(await updateRole(trx, id, patch))) throw new NotFoundError();
    await recordAudit(trx, actor, { action: 'role.update', targetType: 'role', targetId: id, after: patch });
  });
  return roleForStaff(db, id);
}

/** Takes a role offline as `actor` (404 for an unknown one). */
export async function unpublish(db: Db, actor: Actor, id: string): Promise<void> {
  await inTransaction(db, async (trx) => {
    if (!(await updateRole(trx, id, { published: false }))) throw new NotFoundError();
    await recordAudit(trx, actor, {
      action: 'role.unpublish',
      targetType: 'role',
      targetId: id,
      after: { published: false },
    });
  });
}

/** A shift of a role as staff see it (the role's id with the public shape), or only the role id when it is inactive. */
async function shiftView(db: Db, roleId: string, shiftId: string): Promise<{ roleId: string } & Partial<Shift>> {
  return { roleId, ...(await getRoleForStaff(db, roleId, 'nl'))?.shifts.find((s) => s.id === shiftId) };
}

/** Adds a shift as `actor`: 404 for an unknown role, 422 when it does not end after it starts, 409 for a taken id. */
export async function addShift(
  db: Db,
  actor: Actor,
  roleId: string,
  input: ShiftInput,
): Promise<{ roleId: string } & Partial<Shift>> {
  if (!(await roleExists(db, roleId))) throw new NotFoundError();
  if (Date.parse(input.end) <= Date.parse(input.start)) throw dateOrder();
  const id = await orIdTaken(
    inTransaction(db, async (trx) => {
      const id = await createShift(trx, roleId, input);
      await recordAudit(trx, actor, {
        action: 'shift.create',
        targetType: 'shift',
        targetId: id,
        after: { ...input, roleId },
      });
      return id;
    }),
  );
  return shiftView(db, roleId, id);
}

/**
 * Changes a shift as `actor`: 404 unknown, 422 when it would not end after it starts, 409 for a
 * capacity below the places taken or a cancelled shift; places added go to the reserve list first.
 * With `mail` on, the same transaction e-mails the people moved up, and when the start or end
 * moved, every volunteer with a place or reserve place on the shift (was, now).
 */
export async function changeShift(
  db: Db,
  actor: Actor,
  roleId: string,
  shiftId: string,
  patch: ShiftPatch,
  mail = false,
): Promise<{ roleId: string } & Partial<Shift>> {
  await inTransaction(db, async (trx) => {
    const before = mail ? await shiftTimes(trx, shiftId) : undefined;
    const promoted: Promotion[] = [];
    await updateShift(trx, roleId, shiftId, patch, promoted);
    if (mail) {
      await mailPromoted(trx, promoted);
      const after = await shiftTimes(trx, shiftId);
      if (before && after && (before.start !== after.start || before.end !== after.end))
        await mailShiftChanged(trx, shiftId, before, after, await shiftSignups(trx, shiftId));
    }
    await recordAudit(trx, actor, {
      action: 'shift.update',
      targetType: 'shift',
      targetId: shiftId,
      after: { ...patch, roleId },
    });
  });
  return shiftView(db, roleId, shiftId);
}

/**
 * Cancels a shift as `actor` (404 unknown, 409 when cancelled already): residents no longer see
 * it; its signups are kept, so staff still list its confirmed and reserve volunteers. The audit
 * entry counts them in `detail.volunteers`.
 */
export async function cancelShift(
  db: Db,
  actor: Actor,
  roleId: string,
  shiftId: string,
  mail = false,
): Promise<ShiftCancelled> {
  return inTransaction(db, async (trx) => {
    const cancelledAt = await cancelShiftRow(trx, roleId, shiftId);
    const volunteers = await shiftVolunteers(trx, shiftId);
    // With mail on, each of them is told in this transaction (server/services/mail-messages.ts).
    if (mail) await mailShiftCancelled(trx, shiftId, volunteers);
    await recordAudit(trx, actor, {
      action: 'shift.cancel',
      targetType: 'shift',
      targetId: shiftId,
      after: { active: false, cancelledAt },
      detail: { roleId, volunteers: volunteers.length },
    });
    return { id: shiftId, roleId, active: false as const, cancelledAt };
  });
}

/** Staff list of signups, newest first (400 for a cursor that is not ours); `limit: null` for every row. */
export const signupsForStaff = (db: Db, q: Omit<StaffSignupQuery, 'limit'> & { limit: number | null }) =>
  listSignups(db, q);
