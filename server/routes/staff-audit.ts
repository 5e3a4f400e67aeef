/**
 * The audit log (`GET /v1/staff/audit`, admins only): every staff action, newest first, filtered by
 * action, actor, target; paged with an opaque cursor. (Authentication: the `/v1/staff/*`
 * middleware of staff.ts.)
 */
import type { App, RouteDeps } from '../context.js';
import { requireRole } from '../http/staff-auth.js';
import { parseQuery } from '../http/validate.js';
import { auditPage } from '../services/audit.js';
import { AuditQuerySchema } from '../../src/schema/staff/index.js';

export function registerStaffAuditRoutes(app: App, { db }: RouteDeps): void {
  app.get('/v1/staff/audit', requireRole('admin'), async (c) =>
    c.json(await auditPage(db, parseQuery(AuditQuerySchema, c))),
  );
}
