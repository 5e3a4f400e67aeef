/**
 * `GET /v1/volunteer-roles`, `POST /v1/volunteer-signups`, `DELETE /v1/volunteer-signups/{id}` and
 * `POST /v1/volunteer-signups/cancel`. The rules are the volunteers service's
 * (server/services/volunteers.ts).
 */
import { SignupCancelByCodeSchema, VolunteerRoleQuerySchema, VolunteerSignupSchema } from '../../src/schema/index.js';
import type { App, RouteDeps } from '../context.js';
import { jsonBody } from '../http/body.js';
import { idempotency, idempotentJson } from '../http/idempotency.js';
import { useLocale } from '../http/locale.js';
import { parseBody, parseCancelToken, parseId, parseQuery } from '../http/validate.js';
import * as volunteers from '../services/volunteers.js';

export function registerVolunteerRoutes(app: App, { db, config, writeGuard }: RouteDeps): void {
  app.get('/v1/volunteer-roles', async (c) => {
    const q = parseQuery(VolunteerRoleQuerySchema, c);
    return c.json({ items: await volunteers.publicRoles(db, useLocale(c), q.initiative) });
  });

  app.post(
    '/v1/volunteer-signups',
    writeGuard,
    jsonBody({ limit: config.bodyLimitBytes, idempotencyKey: true }),
    idempotency(db),
    async (c) => {
      const signup = parseBody(VolunteerSignupSchema, c.get('body'));
      const locale = useLocale(c);
      const prepared = await volunteers.prepareSignup(signup, config.minFillMs);
      return idempotentJson(c, db, 201, (trx) => volunteers.signUp(trx, prepared, locale, config.mail !== null));
    },
  );

  app.delete(
    '/v1/volunteer-signups/:id',
    writeGuard,
    jsonBody({ limit: config.bodyLimitBytes, optional: true }),
    async (c) => {
      const token = parseCancelToken(c);
      const id = parseId(c.req.param('id'));
      const { reference } = await volunteers.cancelByToken(db, id, token, config.mail !== null);
      return c.json({ id, status: 'cancelled' as const, reference });
    },
  );

  // Without the link: the reference and short code of the receipt (registered before nothing
  // else on this path; `cancel` is not an id a signup gets).
  app.post('/v1/volunteer-signups/cancel', writeGuard, jsonBody({ limit: config.bodyLimitBytes }), async (c) => {
    const body = parseBody(SignupCancelByCodeSchema, c.get('body'));
    const { id, reference } = await volunteers.cancelByCode(db, body.reference, body.cancelCode, config.mail !== null);
    return c.json({ id, status: 'cancelled' as const, reference });
  });
}
