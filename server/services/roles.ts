/**
 * Volunteer roles and shifts for staff, the rules: a role belongs to an initiative that exists, an
 * id of staff's own choosing must be free, a shift ends after it starts and belongs to a role that
 * exists; capacity changes keep the places already taken (server/db/staff-volunteers.ts does that
 * atomically). Answers are the public shapes in Dutch. Also the staff list of signups.
 */
import type { VolunteerRole } from '../../src/schema/index.js';
import type { Db } from '../db/database.js';
import { initiativeExists } from '../db/initiatives.js';
import {
  createRole,
  createShift,
  dateOrder,
  deactivateShift,
  getRoleForStaff,
  listSignups,
  roleExists,
  updateRole,
  updateShift,
} from '../db/staff-volunteers.js';
import { orIdTaken } from '../db/util.js';
import { IdTakenError, NotFoundError, ValidationError } from '../errors.js';
import type { RoleInput, RolePatch, ShiftInput, ShiftPatch, StaffSignupQuery } from '../../src/schema/staff/index.js';

type Shift = VolunteerRole['shifts'][number];

const unknownInitiative = () => new ValidationError([{ path: 'initiativeId', code: 'invalid-choice' }]);

/** A role with its active shifts, published or not (404 otherwise). */
export async function roleForStaff(db: Db, id: string): Promise<VolunteerRole> {
  const r = await getRoleForStaff(db, id, 'nl');
  if (!r) throw new NotFoundError();
  return r;
}

/** Creates a role: 409 for a taken id, 422 for an unknown initiative. */
export async function create(db: Db, input: RoleInput): Promise<VolunteerRole> {
  if (input.id && (await getRoleForStaff(db, input.id, 'nl'))) throw new IdTakenError();
  if (!(await initiativeExists(db, input.initiativeId))) throw unknownInitiative();
  return roleForStaff(db, await orIdTaken(createRole(db, input)));
}

/** Changes a role: 422 for an unknown initiative, 404 for an unknown role. */
export async function update(db: Db, id: string, patch: RolePatch): Promise<VolunteerRole> {
  if (patch.initiativeId && !(await initiativeExists(db, patch.initiativeId))) throw unknownInitiative();
  if (!(await updateRole(db, id, patch))) throw new NotFoundError();
  return roleForStaff(db, id);
}

/** Takes a role offline (404 for an unknown one). */
export async function unpublish(db: Db, id: string): Promise<void> {
  if (!(await updateRole(db, id, { published: false }))) throw new NotFoundError();
}

/** A shift of a role as staff see it (the role's id with the public shape), or only the role id when it is inactive. */
async function shiftView(db: Db, roleId: string, shiftId: string): Promise<{ roleId: string } & Partial<Shift>> {
  return { roleId, ...(await getRoleForStaff(db, roleId, 'nl'))?.shifts.find((s) => s.id === shiftId) };
}

/** Adds a shift: 404 for an unknown role, 422 when it does not end after it starts, 409 for a taken id. */
export async function addShift(
  db: Db,
  roleId: string,
  input: ShiftInput,
): Promise<{ roleId: string } & Partial<Shift>> {
  if (!(await roleExists(db, roleId))) throw new NotFoundError();
  if (Date.parse(input.end) <= Date.parse(input.start)) throw dateOrder();
  return shiftView(db, roleId, await orIdTaken(createShift(db, roleId, input)));
}

/**
 * Changes a shift: 404 unknown, 422 when it would not end after it starts, 409 for a capacity
 * below the places taken; places added go to the reserve list first.
 */
export async function changeShift(
  db: Db,
  roleId: string,
  shiftId: string,
  patch: ShiftPatch,
): Promise<{ roleId: string } & Partial<Shift>> {
  await updateShift(db, roleId, shiftId, patch);
  return shiftView(db, roleId, shiftId);
}

/** Takes a shift offline, its signups kept (404 for an unknown one). */
export const removeShift = (db: Db, roleId: string, shiftId: string): Promise<void> =>
  deactivateShift(db, roleId, shiftId);

/** Staff list of signups, newest first (400 for a cursor that is not ours); `limit: null` for every row. */
export const signupsForStaff = (db: Db, q: Omit<StaffSignupQuery, 'limit'> & { limit: number | null }) =>
  listSignups(db, q);
