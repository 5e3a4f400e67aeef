/**
 * The staff API, the mail outbox (admins only; authentication is the `/v1/staff/*` middleware):
 * `GET /v1/staff/mail` lists messages waiting or given up (never their bodies),
 * `POST /v1/staff/mail/{id}/retry` sends one again, `DELETE /v1/staff/mail/{id}` drops it. The
 * rules are server/services/mail-staff.ts.
 */
import { MailQuerySchema } from '../../src/schema/staff/index.js';
import type { App, RouteDeps } from '../context.js';
import { requireRole } from '../http/staff-auth.js';
import { parseId, parseQuery } from '../http/validate.js';
import { deleteMailForStaff, mailForStaff, retryMailForStaff } from '../services/mail-staff.js';

export function registerStaffMailRoutes(app: App, { db }: RouteDeps): void {
  app.get('/v1/staff/mail', requireRole('admin'), async (c) =>
    c.json(await mailForStaff(db, parseQuery(MailQuerySchema, c))),
  );
  app.post('/v1/staff/mail/:id/retry', requireRole('admin'), async (c) =>
    c.json(await retryMailForStaff(db, c.get('actor'), parseId(c.req.param('id')))),
  );
  app.delete('/v1/staff/mail/:id', requireRole('admin'), async (c) => {
    await deleteMailForStaff(db, c.get('actor'), parseId(c.req.param('id')));
    return c.body(null, 204);
  });
}
