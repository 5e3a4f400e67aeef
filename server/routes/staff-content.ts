/**
 * The staff API, part 2: what residents see. Create, change and unpublish initiatives, volunteer
 * roles and their shifts. (Authentication: the `/v1/staff/*` middleware of staff.ts.)
 * Answers are the public shapes in Dutch; translated texts are given per language in requests.
 */
import { ID_PATTERN } from '../../src/schema/index.js';
import { parseBody, type App, type RouteDeps } from '../app.js';
import { createInitiative, getInitiative, initiativeExists, updateInitiative } from '../db/initiatives.js';
import {
  createRole,
  createShift,
  deactivateShift,
  getRoleForStaff,
  updateRole,
  updateShift,
} from '../db/staff-volunteers.js';
import { existingIds } from '../db/site.js';
import type { Db } from '../db/database.js';
import { jsonBody } from '../http/body.js';
import { idTaken, notFound, orIdTaken, validationProblem } from '../http/problem.js';
import {
  InitiativeInputSchema,
  InitiativePatchSchema,
  RoleInputSchema,
  RolePatchSchema,
  ShiftInputSchema,
  ShiftPatchSchema,
} from '../staff-schemas.js';

const idParam = (v: string): string => {
  if (!ID_PATTERN.test(v)) throw notFound();
  return v;
};

async function checkChoices(
  db: Db,
  areaId: string | null | undefined,
  themeIds: readonly string[] | undefined,
): Promise<void> {
  const errors: { path: string; code: 'invalid-choice' }[] = [];
  if (areaId && !(await existingIds(db, 'areas', [areaId])).has(areaId))
    errors.push({ path: 'areaId', code: 'invalid-choice' });
  if (themeIds) {
    const ok = await existingIds(db, 'themes', themeIds);
    themeIds.forEach((t, i) => ok.has(t) || errors.push({ path: `themeIds.${i}`, code: 'invalid-choice' }));
  }
  if (errors.length > 0) throw validationProblem(errors);
}

const exists = idTaken;

export function registerStaffContentRoutes(app: App, { db, config }: RouteDeps): void {
  const body = jsonBody({ limit: config.bodyLimitBytes });

  app.get('/v1/staff/initiatives/:id', async (c) => {
    const i = await getInitiative(db, idParam(c.req.param('id')), 'nl', true);
    if (!i) throw notFound();
    return c.json(i);
  });
  app.post('/v1/staff/initiatives', body, async (c) => {
    const input = parseBody(InitiativeInputSchema, c.get('body'));
    await checkChoices(db, input.areaId, input.themeIds);
    if (input.id && (await initiativeExists(db, input.id))) throw exists();
    const id = await orIdTaken(createInitiative(db, input));
    return c.json(await getInitiative(db, id, 'nl', true), 201);
  });
  app.patch('/v1/staff/initiatives/:id', body, async (c) => {
    const patch = parseBody(InitiativePatchSchema, c.get('body'));
    await checkChoices(db, patch.areaId, patch.themeIds);
    const id = idParam(c.req.param('id'));
    if (!(await updateInitiative(db, id, patch))) throw notFound();
    return c.json(await getInitiative(db, id, 'nl', true));
  });
  app.delete('/v1/staff/initiatives/:id', async (c) => {
    const id = idParam(c.req.param('id'));
    if (!(await updateInitiative(db, id, { published: false }))) throw notFound();
    return c.json({ id, published: false });
  });

  app.get('/v1/staff/volunteer-roles/:id', async (c) => {
    const r = await getRoleForStaff(db, idParam(c.req.param('id')), 'nl');
    if (!r) throw notFound();
    return c.json(r);
  });
  app.post('/v1/staff/volunteer-roles', body, async (c) => {
    const input = parseBody(RoleInputSchema, c.get('body'));
    if (input.id && (await getRoleForStaff(db, input.id, 'nl'))) throw exists();
    const id = await orIdTaken(createRole(db, input));
    return c.json(await getRoleForStaff(db, id, 'nl'), 201);
  });
  app.patch('/v1/staff/volunteer-roles/:id', body, async (c) => {
    const patch = parseBody(RolePatchSchema, c.get('body'));
    const id = idParam(c.req.param('id'));
    if (!(await updateRole(db, id, patch))) throw notFound();
    return c.json(await getRoleForStaff(db, id, 'nl'));
  });
  app.delete('/v1/staff/volunteer-roles/:id', async (c) => {
    const id = idParam(c.req.param('id'));
    if (!(await updateRole(db, id, { published: false }))) throw notFound();
    return c.json({ id, published: false });
  });

  app.post('/v1/staff/volunteer-roles/:id/shifts', body, async (c) => {
    const input = parseBody(ShiftInputSchema, c.get('body'));
    const roleId = idParam(c.req.param('id'));
    const shiftId = await orIdTaken(createShift(db, roleId, input));
    return c.json({ roleId, ...(await getRoleForStaff(db, roleId, 'nl'))?.shifts.find((s) => s.id === shiftId) }, 201);
  });
  app.patch('/v1/staff/volunteer-roles/:id/shifts/:shiftId', body, async (c) => {
    const patch = parseBody(ShiftPatchSchema, c.get('body'));
    const roleId = idParam(c.req.param('id'));
    const shiftId = idParam(c.req.param('shiftId'));
    await updateShift(db, roleId, shiftId, patch);
    return c.json({ roleId, ...(await getRoleForStaff(db, roleId, 'nl'))?.shifts.find((s) => s.id === shiftId) });
  });
  app.delete('/v1/staff/volunteer-roles/:id/shifts/:shiftId', async (c) => {
    const roleId = idParam(c.req.param('id'));
    const shiftId = idParam(c.req.param('shiftId'));
    await deactivateShift(db, roleId, shiftId);
    return c.json({ id: shiftId, roleId, active: false });
  });
}
