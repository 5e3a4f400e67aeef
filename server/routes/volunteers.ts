/**
 * `GET /v1/volunteer-roles`, `POST /v1/volunteer-signups`, `DELETE /v1/volunteer-signups/{id}`.
 */
import {
  HEADERS,
  ID_PATTERN,
  PROBLEM_TYPES,
  SignupCancelByCodeSchema,
  SignupCancelSchema,
  VolunteerRoleQuerySchema,
  VolunteerSignupSchema,
  validate,
  CancelTokenSchema,
} from '../../src/schema/index.js';
import { parseBody, parseQuery, type App, type RouteDeps } from '../app.js';
import { cancelSignup, cancelSignupByCode, listRoles, newCancelSecrets, signUp } from '../db/volunteers.js';
import { jsonBody } from '../http/body.js';
import { idempotency, idempotentJson } from '../http/idempotency.js';
import { useLocale } from '../http/locale.js';
import { HttpProblem, notFound } from '../http/problem.js';

export function registerVolunteerRoutes(app: App, { db, config, writeGuard }: RouteDeps): void {
  app.get('/v1/volunteer-roles', async (c) => {
    const q = parseQuery(VolunteerRoleQuerySchema, c);
    return c.json({ items: await listRoles(db, useLocale(c), q.initiative) });
  });

  app.post(
    '/v1/volunteer-signups',
    writeGuard,
    jsonBody({ limit: config.bodyLimitBytes, idempotencyKey: true }),
    idempotency(db),
    async (c) => {
      const signup = parseBody(VolunteerSignupSchema, c.get('body'));
      const flagged = signup.honeypot !== '' || signup.fillMs < config.minFillMs;
      const locale = useLocale(c);
      // The cancel code's scrypt hash is made before the transaction, so no lock is held meanwhile.
      const secrets = await newCancelSecrets();
      return idempotentJson(c, db, 201, (trx) => signUp(trx, signup, flagged, locale, secrets));
    },
  );

  app.delete(
    '/v1/volunteer-signups/:id',
    writeGuard,
    jsonBody({ limit: config.bodyLimitBytes, optional: true }),
    async (c) => {
      const id = c.req.param('id');
      let token = c.req.header(HEADERS.cancelToken);
      const body = c.get('body');
      if (body !== undefined) token ??= parseBody(SignupCancelSchema, body).cancelToken;
      if (token === undefined || !validate(CancelTokenSchema, token).ok) {
        throw new HttpProblem(400, PROBLEM_TYPES.malformed, 'Send the cancel token in the X-Cancel-Token header.', {
          errors: [{ path: 'cancelToken', code: token === undefined ? 'required' : 'invalid' }],
        });
      }
      if (!ID_PATTERN.test(id)) throw notFound();
      const { reference } = await cancelSignup(db, id, token);
      return c.json({ id, status: 'cancelled' as const, reference });
    },
  );

  // Without the link: the reference and short code of the receipt (registered before nothing
  // else on this path; `cancel` is not an id a signup gets).
  app.post('/v1/volunteer-signups/cancel', writeGuard, jsonBody({ limit: config.bodyLimitBytes }), async (c) => {
    const body = parseBody(SignupCancelByCodeSchema, c.get('body'));
    const { id, reference } = await cancelSignupByCode(db, body.reference, body.cancelCode);
    return c.json({ id, status: 'cancelled' as const, reference });
  });
}
