/**
 * The staff API for the site (`/v1/staff/site`): the site file (src/schema/staff/site.ts), read by
 * any staff role, replaced whole by admins. (Authentication: the `/v1/staff/*` middleware of
 * staff.ts.) The rules are the service's (server/services/site-admin.ts).
 */
import type { App, RouteDeps } from '../context.js';
import { jsonBody } from '../http/body.js';
import { requireRole } from '../http/staff-auth.js';
import { parseBody } from '../http/validate.js';
import * as siteAdmin from '../services/site-admin.js';
import { SiteFileSchema } from '../../src/schema/staff/index.js';

/**
 * Largest site file accepted: 256 kB (a municipality with many areas, offers and long volunteer
 * notes in three languages outgrows the 32 kB of resident bodies), or BODY_LIMIT_BYTES when larger.
 */
export const SITE_BODY_LIMIT = 256 * 1024;

export function registerStaffSiteRoutes(app: App, { db, config }: RouteDeps): void {
  const body = jsonBody({ limit: Math.max(config.bodyLimitBytes, SITE_BODY_LIMIT) });

  app.get('/v1/staff/site', async (c) => c.json(await siteAdmin.siteFile(db)));
  app.put('/v1/staff/site', requireRole('admin'), body, async (c) =>
    c.json(await siteAdmin.replaceSite(db, c.get('actor'), parseBody(SiteFileSchema, c.get('body')))),
  );
}
