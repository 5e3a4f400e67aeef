/**
 * The staff API, part 2: what residents see. Create, change and unpublish initiatives, volunteer
 * roles and their shifts; cancel a shift (DELETE). Each write names the request's actor, who is
 * audited. (Authentication: the `/v1/staff/*` middleware of staff.ts; moderators may do all of it.)
 * Answers are the public shapes in Dutch; translated texts are given per language in requests.
 * The rules are the services' (server/services/initiatives.ts, roles.ts).
 */
import type { App, RouteDeps } from '../context.js';
import { jsonBody } from '../http/body.js';
import { parseBody, parseId, parseQuery } from '../http/validate.js';
import * as initiatives from '../services/initiatives.js';
import * as roles from '../services/roles.js';
import {
  InitiativeInputSchema,
  InitiativePatchSchema,
  RoleInputSchema,
  RolePatchSchema,
  ShiftInputSchema,
  ShiftPatchSchema,
  StaffInitiativeQuerySchema,
  StaffRoleQuerySchema,
} from '../../src/schema/staff/index.js';

export function registerStaffContentRoutes(app: App, { db, config }: RouteDeps): void {
  const body = jsonBody({ limit: config.bodyLimitBytes });

  // The console's lists: every initiative (published or not) and the roles of one, with texts per language.
  app.get('/v1/staff/initiatives', async (c) =>
    c.json(await initiatives.staffInitiatives(db, parseQuery(StaffInitiativeQuerySchema, c))),
  );
  app.get('/v1/staff/volunteer-roles', async (c) =>
    c.json({ items: await roles.rolesForStaff(db, parseQuery(StaffRoleQuerySchema, c).initiativeId) }),
  );
  app.get('/v1/staff/initiatives/:id', async (c) =>
    c.json(await initiatives.initiativeForStaff(db, parseId(c.req.param('id')))),
  );
  app.post('/v1/staff/initiatives', body, async (c) =>
    c.json(await initiatives.create(db, c.get('actor'), parseBody(InitiativeInputSchema, c.get('body'))), 201),
  );
  app.patch('/v1/staff/initiatives/:id', body, async (c) => {
    const patch = parseBody(InitiativePatchSchema, c.get('body'));
    return c.json(await initiatives.update(db, c.get('actor'), parseId(c.req.param('id')), patch));
  });
  app.delete('/v1/staff/initiatives/:id', async (c) => {
    const id = parseId(c.req.param('id'));
    await initiatives.unpublish(db, c.get('actor'), id);
    return c.json({ id, published: false });
  });

  app.get('/v1/staff/volunteer-roles/:id', async (c) =>
    c.json(await roles.roleForStaff(db, parseId(c.req.param('id')))),
  );
  app.post('/v1/staff/volunteer-roles', body, async (c) =>
    c.json(await roles.create(db, c.get('actor'), parseBody(RoleInputSchema, c.get('body'))), 201),
  );
  app.patch('/v1/staff/volunteer-roles/:id', body, async (c) => {
    const patch = parseBody(RolePatchSchema, c.get('body'));
    return c.json(await roles.update(db, c.get('actor'), parseId(c.req.param('id')), patch));
  });
  app.delete('/v1/staff/volunteer-roles/:id', async (c) => {
    const id = parseId(c.req.param('id'));
    await roles.unpublish(db, c.get('actor'), id);
    return c.json({ id, published: false });
  });

  app.post('/v1/staff/volunteer-roles/:id/shifts', body, async (c) => {
    const input = parseBody(ShiftInputSchema, c.get('body'));
    return c.json(await roles.addShift(db, c.get('actor'), parseId(c.req.param('id')), input), 201);
  });
  app.patch('/v1/staff/volunteer-roles/:id/shifts/:shiftId', body, async (c) => {
    const patch = parseBody(ShiftPatchSchema, c.get('body'));
    const roleId = parseId(c.req.param('id'));
    const shiftId = parseId(c.req.param('shiftId'));
    return c.json(await roles.changeShift(db, c.get('actor'), roleId, shiftId, patch, config.mail !== null));
  });
  app.delete('/v1/staff/volunteer-roles/:id/shifts/:shiftId', async (c) => {
    const roleId = parseId(c.req.param('id'));
    const shiftId = parseId(c.req.param('shiftId'));
    return c.json(await roles.cancelShift(db, c.get('actor'), roleId, shiftId, config.mail !== null));
  });
}
