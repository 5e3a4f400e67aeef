/**
 * The staff API, accounts: sign-in, the session, sign-out, password setup and change
 * (`/v1/staff/session*`), staff accounts and named API tokens (`/v1/staff/accounts`,
 * `/v1/staff/api-tokens`, admins only). Authentication itself is server/http/staff-auth.ts; the
 * rules are server/services/staff-accounts.ts.
 */
import { PROBLEM_TYPES } from '../../src/schema/index.js';
import {
  ApiTokenCreateSchema,
  PasswordChangeSchema,
  PasswordSetupSchema,
  SignInSchema,
  StaffAccountCreateSchema,
  StaffAccountPatchSchema,
  StaffPreferencesSchema,
} from '../../src/schema/staff/index.js';
import type { App, RouteDeps } from '../context.js';
import { jsonBody } from '../http/body.js';
import { HttpProblem } from '../http/problem.js';
import { clearedSessionCookie, requireRole, sessionOf, sessionPolicy, setSessionCookie } from '../http/staff-auth.js';
import { parseBody, parseId } from '../http/validate.js';
import * as accounts from '../services/staff-accounts.js';

const locked = (retryAfterSeconds: number): HttpProblem =>
  new HttpProblem(
    429,
    PROBLEM_TYPES.rateLimited,
    'Too many failed sign-ins; try again later.',
    { detail: `Sign-in for this account is locked for ${retryAfterSeconds} s after repeated wrong passwords.` },
    { 'Retry-After': String(retryAfterSeconds) },
  );

const notSession = (): HttpProblem =>
  new HttpProblem(400, PROBLEM_TYPES.malformed, 'This needs a signed-in session (cookie), not a token.');

/** `now`: the clock (tests move it). */
export function registerStaffAccountRoutes(app: App, { db, config, writeGuard }: RouteDeps, now: () => Date): void {
  const body = jsonBody({ limit: config.bodyLimitBytes });
  const policy = sessionPolicy(config);

  // Sign in: 200 with the session and the cookie; 401 for any wrong e-mail/password/disabled account; 429 while locked.
  app.post('/v1/staff/session', writeGuard, body, async (c) => {
    const input = parseBody(SignInSchema, c.get('body'));
    const at = now();
    const r = await accounts.signIn(db, input, policy, at);
    if (!r.ok) {
      if (r.locked) throw locked(r.retryAfterSeconds);
      throw new HttpProblem(401, PROBLEM_TYPES.unauthorized, 'The e-mail address or the password is wrong.');
    }
    setSessionCookie(c, r.token, (Date.parse(r.session.expiresAt) - at.getTime()) / 1000, config.trustProxy);
    return c.json(r.session, 200);
  });

  // Who am I, with the session's CSRF token (the same for the whole session).
  app.get('/v1/staff/session', async (c) => {
    const s = sessionOf(c);
    if (!s) throw notSession();
    return c.json(s.view);
  });

  // Sign out: the session is deleted and the cookie cleared.
  app.delete('/v1/staff/session', async (c) => {
    const s = sessionOf(c);
    if (!s) throw notSession();
    await accounts.signOut(db, s.id);
    return c.body(null, 204, { 'Set-Cookie': clearedSessionCookie(c, config.trustProxy) });
  });

  // An invited account sets its password with its setup token (204), then signs in.
  app.post('/v1/staff/session/setup', writeGuard, body, async (c) => {
    await accounts.setupPassword(db, parseBody(PasswordSetupSchema, c.get('body')), now());
    return c.body(null, 204);
  });

  // Change one's own password (204); one's other sessions end.
  app.post('/v1/staff/session/password', body, async (c) => {
    const s = sessionOf(c);
    if (!s) throw notSession();
    const input = parseBody(PasswordChangeSchema, c.get('body'));
    const r = await accounts.changePassword(db, c.get('actor'), s.id, input, now());
    if (r.locked) throw locked(r.retryAfterSeconds);
    return c.body(null, 204);
  });

  // One's own preferences (new-idea e-mails: immediate, daily or off).
  app.patch('/v1/staff/session/preferences', body, async (c) => {
    const s = sessionOf(c);
    if (!s) throw notSession();
    const prefs = parseBody(StaffPreferencesSchema, c.get('body'));
    return c.json(await accounts.setPreferences(db, c.get('actor'), s.view.account.id, prefs, now()));
  });

  app.use('/v1/staff/accounts', requireRole('admin'));
  app.use('/v1/staff/accounts/*', requireRole('admin'));
  app.use('/v1/staff/api-tokens', requireRole('admin'));
  app.use('/v1/staff/api-tokens/*', requireRole('admin'));

  app.get('/v1/staff/accounts', async (c) => c.json(await accounts.listAccounts(db)));
  app.post('/v1/staff/accounts', body, async (c) =>
    c.json(
      await accounts.createAccount(db, c.get('actor'), parseBody(StaffAccountCreateSchema, c.get('body')), now()),
      201,
    ),
  );
  app.patch('/v1/staff/accounts/:id', body, async (c) => {
    const patch = parseBody(StaffAccountPatchSchema, c.get('body'));
    return c.json(await accounts.updateAccount(db, c.get('actor'), parseId(c.req.param('id')), patch, now()));
  });

  app.get('/v1/staff/api-tokens', async (c) => c.json(await accounts.listApiTokens(db)));
  app.post('/v1/staff/api-tokens', body, async (c) =>
    c.json(
      await accounts.createApiToken(db, c.get('actor'), parseBody(ApiTokenCreateSchema, c.get('body')), now()),
      201,
    ),
  );
  app.delete('/v1/staff/api-tokens/:id', async (c) =>
    c.json(await accounts.revokeApiToken(db, c.get('actor'), parseId(c.req.param('id')), now())),
  );
}
