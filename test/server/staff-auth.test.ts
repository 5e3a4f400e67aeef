/**
 * Staff accounts and their security (issue 13, "Security"): sign-in and its cookie (HttpOnly,
 * SameSite=Strict, Secure over https), the lockout after wrong passwords, CSRF on state-changing
 * requests, idle and absolute session timeouts (with a controlled clock), sign-out, API tokens
 * (revoked → 401), roles (a moderator gets 403 on accounts and tokens), nothing stored in
 * plaintext, invitations, the last admin, and `create-admin` from the command line.
 * On SQLite, and on PostgreSQL when TEST_DATABASE_URL is set.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { createApp, type App } from '../../server/app.js';
import { createLogger, loadConfig } from '../../server/config.js';
import { openDatabase } from '../../server/db/database.js';
import { LOCKOUT_AFTER } from '../../server/services/staff-accounts.js';
import { PROBLEM_TYPES } from '../../src/schema/index.js';
import type { SiteFile } from '../../src/schema/staff/index.js';
import {
  apiTokenHeaders,
  ADMIN_TOKEN,
  dialects,
  expectProblem,
  json,
  setup,
  staff,
  staffHeaders,
  TEST_PASSWORD,
  type TestServer,
} from './helpers.js';

const MAIN = fileURLToPath(new URL('../../server/main.ts', import.meta.url));
const SITE_EXAMPLE = fileURLToPath(new URL('../../docs/site.example.json', import.meta.url));
const MINUTE = 60_000;

/** A clock the test moves. */
function clock(start = Date.parse('2030-03-01T09:00:00Z')) {
  let ms = start;
  return { now: () => new Date(ms), advance: (by: number) => void (ms += by) };
}

const signIn = (app: App, email: string, password: string, headers: Record<string, string> = {}, url = '') =>
  Promise.resolve(
    app.request(`${url}/v1/staff/session`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...headers },
      body: JSON.stringify({ email, password }),
    }),
  );

const cookieOf = (r: Response): string => /^([^;]+)/.exec(r.headers.get('set-cookie') ?? '')![1]!;

for (const dialect of dialects()) {
  describe(`staff accounts and sessions (${dialect})`, () => {
    let t: TestServer;
    before(async () => {
      t = await setup(dialect);
    });
    after(async () => t.close());

    it('sign-in sets an HttpOnly, SameSite=Strict cookie on /v1/staff (Secure only over https)', async () => {
      const admin = await staffHeaders(t, 'admin');
      const r = await signIn(t.app, admin.email, TEST_PASSWORD);
      assert.equal(r.status, 200);
      const body = await json(r);
      assert.equal(body.account.email, admin.email);
      assert.equal(body.account.role, 'admin');
      assert.match(body.csrfToken, /^[A-Za-z0-9_-]{43}$/);
      assert.equal(body.idleTimeoutSeconds, 30 * 60);
      const c = r.headers.get('set-cookie')!;
      assert.match(c, /^civic_staff=[A-Za-z0-9_-]{43};/);
      assert.match(c, /; HttpOnly/);
      assert.match(c, /; SameSite=Strict/);
      assert.match(c, /; Path=\/v1\/staff/);
      assert.doesNotMatch(c, /Secure/, 'plain http: no Secure');
      // A proxy's X-Forwarded-Proto counts only when trusted.
      const untrusted = await signIn(t.app, admin.email, TEST_PASSWORD, { 'X-Forwarded-Proto': 'https' });
      assert.doesNotMatch(untrusted.headers.get('set-cookie')!, /Secure/);
      const proxied = createApp({
        config: loadConfig({ ...envOf(t), TRUST_PROXY: '1' }),
        db: t.db,
        log: createLogger('error'),
      });
      const viaProxy = await signIn(proxied, admin.email, TEST_PASSWORD, { 'X-Forwarded-Proto': 'https' });
      assert.match(viaProxy.headers.get('set-cookie')!, /; Secure/);
      const direct = await signIn(t.app, admin.email, TEST_PASSWORD, {}, 'https://staff.example.be');
      assert.match(direct.headers.get('set-cookie')!, /; Secure/);
      // The session answers who is signed in, with the same CSRF token.
      const me = await t.app.request('/v1/staff/session', { headers: { cookie: cookieOf(r) } });
      assert.equal(me.status, 200);
      assert.equal((await json(me)).csrfToken, body.csrfToken);
    });

    it('a wrong password and an unknown e-mail get the same 401; a disabled account too', async () => {
      const admin = await staffHeaders(t, 'admin');
      const wrong = await signIn(t.app, admin.email, 'not the password at all');
      const unknown = await signIn(t.app, `nobody-${randomUUID()}@example.org`, 'not the password at all');
      const p1 = await expectProblem(wrong, 401, PROBLEM_TYPES.unauthorized);
      const p2 = await expectProblem(unknown, 401, PROBLEM_TYPES.unauthorized);
      assert.deepEqual(p1, p2);
      const mod = await staffHeaders(t, 'moderator');
      const id = (
        await t.db.selectFrom('staff_accounts').select('id').where('email', '=', mod.email).executeTakeFirstOrThrow()
      ).id;
      assert.equal(
        (await staff(t.app, `/v1/staff/accounts/${id}`, { method: 'PATCH', body: { disabled: true }, headers: admin }))
          .status,
        200,
      );
      assert.deepEqual(await expectProblem(await signIn(t.app, mod.email, TEST_PASSWORD), 401), p1);
      // Disabling ended its session.
      await expectProblem(await staff(t.app, '/v1/staff/ideas', { headers: mod }), 401);
    });

    it(`${LOCKOUT_AFTER} wrong passwords lock the account (429 + Retry-After, the right one refused) until the lock ends`, async () => {
      const c = clock();
      const app = createApp({ config: t.config, db: t.db, log: createLogger('error'), now: c.now });
      const admin = await staffHeaders(t, 'admin');
      for (let i = 1; i < LOCKOUT_AFTER; i++)
        await expectProblem(await signIn(app, admin.email, `wrong password ${i}`), 401);
      const locked = await signIn(app, admin.email, 'wrong password 5');
      await expectProblem(locked, 429, PROBLEM_TYPES.rateLimited);
      assert.equal(locked.headers.get('retry-after'), '60');
      const right = await signIn(app, admin.email, TEST_PASSWORD);
      await expectProblem(right, 429);
      assert.ok(Number(right.headers.get('retry-after')) > 0);
      c.advance(61_000);
      // One more wrong one: locked again, for longer (2 minutes).
      const again = await signIn(app, admin.email, 'wrong password 6');
      await expectProblem(again, 429);
      assert.equal(again.headers.get('retry-after'), '120');
      c.advance(2 * MINUTE + 1000);
      assert.equal((await signIn(app, admin.email, TEST_PASSWORD)).status, 200);
      // Success reset the count: a wrong password is a plain 401 again.
      await expectProblem(await signIn(app, admin.email, 'wrong password 7'), 401);
      const audit = await t.db
        .selectFrom('audit_log')
        .select(['action'])
        .where('action', '=', 'account.lockout')
        .execute();
      assert.ok(audit.length >= 2, 'lockouts are audited');
      // An unknown e-mail locks the same way (no probing by the 429).
      const ghost = `ghost-${randomUUID()}@example.org`;
      for (let i = 1; i < LOCKOUT_AFTER; i++) await expectProblem(await signIn(app, ghost, 'whatever password'), 401);
      await expectProblem(await signIn(app, ghost, 'whatever password'), 429);
    });

    it('a state-changing request by cookie needs the X-CSRF-Token (403 without or wrong); a bearer API token needs none', async () => {
      const admin = await staffHeaders(t, 'admin');
      const { cookie } = admin;
      const body = { name: 'Integratie', role: 'moderator' };
      await expectProblem(
        await staff(t.app, '/v1/staff/api-tokens', { method: 'POST', body, headers: { cookie } }),
        403,
        PROBLEM_TYPES.csrf,
      );
      await expectProblem(
        await staff(t.app, '/v1/staff/api-tokens', {
          method: 'POST',
          body,
          headers: { cookie, 'x-csrf-token': 'x'.repeat(43) },
        }),
        403,
        PROBLEM_TYPES.csrf,
      );
      // Another session's token is not this one's.
      const other = await staffHeaders(t, 'admin');
      await expectProblem(
        await staff(t.app, '/v1/staff/api-tokens', {
          method: 'POST',
          body,
          headers: { cookie, 'x-csrf-token': other['x-csrf-token'] },
        }),
        403,
        PROBLEM_TYPES.csrf,
      );
      assert.equal((await staff(t.app, '/v1/staff/api-tokens', { headers: { cookie } })).status, 200, 'GET needs none');
      assert.equal((await staff(t.app, '/v1/staff/api-tokens', { method: 'POST', body, headers: admin })).status, 201);
      const token = await apiTokenHeaders(t, 'admin');
      assert.equal((await staff(t.app, '/v1/staff/api-tokens', { method: 'POST', body, headers: token })).status, 201);
    });

    it('a session ends after the idle timeout, and after the absolute timeout however active', async () => {
      const c = clock();
      const app = createApp({ config: t.config, db: t.db, log: createLogger('error'), now: c.now });
      const admin = await staffHeaders(t, 'admin');
      const first = await signIn(app, admin.email, TEST_PASSWORD);
      const cookie = cookieOf(first);
      c.advance(29 * MINUTE);
      assert.equal((await app.request('/v1/staff/ideas', { headers: { cookie } })).status, 200);
      c.advance(29 * MINUTE);
      assert.equal((await app.request('/v1/staff/ideas', { headers: { cookie } })).status, 200, 'activity keeps it');
      c.advance(30 * MINUTE + 1000);
      const idle = await app.request('/v1/staff/ideas', { headers: { cookie } });
      const p = await expectProblem(idle, 401, PROBLEM_TYPES.unauthorized);
      assert.match(String(p.detail), /expired/);
      assert.match(idle.headers.get('set-cookie') ?? '', /^civic_staff=; Max-Age=0/);

      const second = cookieOf(await signIn(app, admin.email, TEST_PASSWORD));
      for (let h = 0; h < 12 * 3 - 1; h++) {
        c.advance(20 * MINUTE);
        assert.equal((await app.request('/v1/staff/ideas', { headers: { cookie: second } })).status, 200, `after ${h}`);
      }
      c.advance(20 * MINUTE);
      const absolute = await app.request('/v1/staff/ideas', { headers: { cookie: second } });
      assert.match(String((await expectProblem(absolute, 401)).detail), /expired/);
    });

    it('sign-out ends the session and clears the cookie', async () => {
      const admin = await staffHeaders(t, 'admin');
      const before = await t.db.selectFrom('staff_sessions').select('id').execute();
      await expectProblem(
        await staff(t.app, '/v1/staff/session', { method: 'DELETE', headers: { cookie: admin.cookie } }),
        403,
        PROBLEM_TYPES.csrf,
      );
      const out = await staff(t.app, '/v1/staff/session', { method: 'DELETE', headers: admin });
      assert.equal(out.status, 204);
      assert.match(
        out.headers.get('set-cookie') ?? '',
        /^civic_staff=; Max-Age=0; Path=\/v1\/staff; HttpOnly; SameSite=Strict/,
      );
      assert.equal((await t.db.selectFrom('staff_sessions').select('id').execute()).length, before.length - 1);
      await expectProblem(await staff(t.app, '/v1/staff/session', { headers: admin }), 401);
    });

    it('an API token works until revoked (then 401); its last use is kept; create and revoke are audited', async () => {
      const admin = await staffHeaders(t, 'admin');
      const created = await staff(t.app, '/v1/staff/api-tokens', {
        method: 'POST',
        body: { name: 'CMS sync', role: 'moderator' },
        headers: admin,
      });
      assert.equal(created.status, 201);
      const { apiToken, token } = await json(created);
      assert.match(token, /^cw_[A-Za-z0-9_-]{43}$/);
      const bearer = { authorization: `Bearer ${token}` };
      assert.equal((await staff(t.app, '/v1/staff/ideas', { headers: bearer })).status, 200);
      const listed = (await json(await staff(t.app, '/v1/staff/api-tokens', { headers: admin }))).items.find(
        (x: { id: string }) => x.id === apiToken.id,
      );
      assert.ok(listed.lastUsedAt, 'last use recorded');
      assert.equal(listed.token, undefined);
      const revoked = await staff(t.app, `/v1/staff/api-tokens/${apiToken.id}`, { method: 'DELETE', headers: admin });
      assert.equal(revoked.status, 200);
      assert.ok((await json(revoked)).revokedAt);
      await expectProblem(await staff(t.app, '/v1/staff/ideas', { headers: bearer }), 401, PROBLEM_TYPES.unauthorized);
      const actions = (
        await t.db.selectFrom('audit_log').select('action').where('target_id', '=', apiToken.id).execute()
      ).map((r) => r.action);
      assert.deepEqual(actions.sort(), ['token.create', 'token.revoke']);
    });

    it('a moderator gets 403 on account and token routes, and may moderate', async () => {
      for (const headers of [await staffHeaders(t, 'moderator'), await apiTokenHeaders(t, 'moderator')]) {
        await expectProblem(await staff(t.app, '/v1/staff/accounts', { headers }), 403, PROBLEM_TYPES.forbidden);
        await expectProblem(
          await staff(t.app, '/v1/staff/accounts', {
            method: 'POST',
            body: { email: 'x@example.org', role: 'admin' },
            headers,
          }),
          403,
          PROBLEM_TYPES.forbidden,
        );
        await expectProblem(
          await staff(t.app, '/v1/staff/accounts/acct-1', { method: 'PATCH', body: { role: 'admin' }, headers }),
          403,
        );
        await expectProblem(await staff(t.app, '/v1/staff/api-tokens', { headers }), 403);
        await expectProblem(
          await staff(t.app, '/v1/staff/api-tokens', { method: 'POST', body: { name: 'x', role: 'admin' }, headers }),
          403,
        );
        await expectProblem(await staff(t.app, '/v1/staff/api-tokens/tok-1', { method: 'DELETE', headers }), 403);
        assert.equal((await staff(t.app, '/v1/staff/ideas', { headers })).status, 200);
      }
    });

    it('passwords, session tokens, CSRF tokens, setup and API tokens are not stored in plaintext', async () => {
      const admin = await staffHeaders(t, 'admin');
      const created = await json(
        await staff(t.app, '/v1/staff/api-tokens', {
          method: 'POST',
          body: { name: 'plain?', role: 'admin' },
          headers: admin,
        }),
      );
      const invited = await json(
        await staff(t.app, '/v1/staff/accounts', {
          method: 'POST',
          body: { email: `inv-${randomUUID().slice(0, 8)}@example.org`, role: 'moderator' },
          headers: admin,
        }),
      );
      const secrets = [
        TEST_PASSWORD,
        admin.cookie.split('=')[1]!,
        admin['x-csrf-token'],
        created.token,
        invited.setupToken,
      ];
      const dump = JSON.stringify([
        await t.db.selectFrom('staff_accounts').selectAll().execute(),
        await t.db.selectFrom('staff_sessions').selectAll().execute(),
        await t.db.selectFrom('api_tokens').selectAll().execute(),
        await t.db.selectFrom('audit_log').selectAll().execute(),
      ]);
      for (const s of secrets) assert.ok(s && !dump.includes(s), `a secret is stored in plaintext: ${s.slice(0, 6)}…`);
      const row = await t.db
        .selectFrom('staff_accounts')
        .select('password_hash')
        .where('email', '=', admin.email)
        .executeTakeFirstOrThrow();
      assert.match(row.password_hash!, /^scrypt\$32768\$8\$1\$[A-Za-z0-9_-]{43}\$[A-Za-z0-9_-]{86}$/);
    });

    it('an invited account sets its password with the setup token, then signs in; a short password is refused', async () => {
      const admin = await staffHeaders(t, 'admin');
      const email = `invited-${randomUUID().slice(0, 8)}@example.org`;
      const r = await staff(t.app, '/v1/staff/accounts', {
        method: 'POST',
        body: { email, name: 'Nieuwe Collega', role: 'moderator' },
        headers: admin,
      });
      assert.equal(r.status, 201);
      const { account, setupToken } = await json(r);
      assert.equal(account.passwordSet, false);
      await expectProblem(await signIn(t.app, email, TEST_PASSWORD), 401);
      const setupReq = (body: unknown) =>
        t.app.request('/v1/staff/session/setup', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(body),
        });
      const short = await expectProblem(await setupReq({ email, token: setupToken, password: 'short' }), 422);
      assert.deepEqual(short.errors, [{ path: 'password', code: 'too-short' }]);
      const wrong = await expectProblem(
        await setupReq({ email, token: `${setupToken}x`, password: TEST_PASSWORD }),
        422,
      );
      assert.deepEqual(wrong.errors, [{ path: 'token', code: 'invalid' }]);
      assert.equal((await setupReq({ email, token: setupToken, password: TEST_PASSWORD })).status, 204);
      assert.equal((await setupReq({ email, token: setupToken, password: TEST_PASSWORD })).status, 422, 'one time');
      assert.equal((await signIn(t.app, email, TEST_PASSWORD)).status, 200);
      await expectProblem(
        await staff(t.app, '/v1/staff/accounts', {
          method: 'POST',
          body: { email, role: 'moderator' },
          headers: admin,
        }),
        409,
      );
    });

    it("the last active admin cannot be disabled or demoted (409); changing one's password ends one's other sessions", async () => {
      const s = await setup(dialect, {}, false);
      try {
        const a = await staffHeaders(s, 'admin');
        const id = (
          await s.db.selectFrom('staff_accounts').select('id').where('email', '=', a.email).executeTakeFirstOrThrow()
        ).id;
        await expectProblem(
          await staff(s.app, `/v1/staff/accounts/${id}`, { method: 'PATCH', body: { disabled: true }, headers: a }),
          409,
        );
        await expectProblem(
          await staff(s.app, `/v1/staff/accounts/${id}`, { method: 'PATCH', body: { role: 'moderator' }, headers: a }),
          409,
        );
        const b = await staffHeaders(s, 'admin');
        const r = await staff(s.app, `/v1/staff/accounts/${id}`, {
          method: 'PATCH',
          body: { role: 'moderator', name: 'Ex Admin' },
          headers: b,
        });
        assert.equal(r.status, 200);
        assert.equal((await json(r)).role, 'moderator');

        const again = cookieOf(await signIn(s.app, b.email, TEST_PASSWORD));
        const wrong = await staff(s.app, '/v1/staff/session/password', {
          method: 'POST',
          body: { currentPassword: 'not my password', newPassword: 'a new long password' },
          headers: b,
        });
        assert.deepEqual((await expectProblem(wrong, 422)).errors, [{ path: 'currentPassword', code: 'invalid' }]);
        const ok = await staff(s.app, '/v1/staff/session/password', {
          method: 'POST',
          body: { currentPassword: TEST_PASSWORD, newPassword: 'a new long password' },
          headers: b,
        });
        assert.equal(ok.status, 204);
        assert.equal((await staff(s.app, '/v1/staff/session', { headers: b })).status, 200, 'this session stays');
        await expectProblem(await staff(s.app, '/v1/staff/session', { headers: { cookie: again } }), 401);
        assert.equal((await signIn(s.app, b.email, 'a new long password')).status, 200);
        const actions = (await s.db.selectFrom('audit_log').select('action').execute()).map((x) => x.action);
        for (const act of ['account.create', 'account.update', 'account.signin', 'account.password'])
          assert.ok(actions.includes(act), act);
      } finally {
        await s.close();
      }
    });

    it('without ADMIN_TOKEN the staff API works with accounts (no 503); ADMIN_TOKEN, while set, is a deprecated admin', async () => {
      const noToken = createApp({
        config: loadConfig({ ...envOf(t), ADMIN_TOKEN: '' }),
        db: t.db,
        log: createLogger('error'),
      });
      await expectProblem(await noToken.request('/v1/staff/ideas'), 401, PROBLEM_TYPES.unauthorized);
      await expectProblem(await staff(noToken, '/v1/staff/ideas'), 401);
      const admin = await staffHeaders({ app: noToken, db: t.db }, 'admin');
      assert.equal((await staff(noToken, '/v1/staff/accounts', { headers: admin })).status, 200);
      assert.equal((await staff(t.app, '/v1/staff/accounts', { token: ADMIN_TOKEN })).status, 200);
    });
  });

  describe(`create-admin from the command line (${dialect})`, () => {
    let env: Record<string, string>;
    let dropDb: () => Promise<void>;
    before(async () => {
      const dir = mkdtempSync(join(tmpdir(), 'civic-cli-'));
      env = {
        DATABASE_PATH: join(dir, 'cli.db'),
        DATABASE_URL: '',
        LOG_LEVEL: 'error',
        ADMIN_TOKEN: '',
        NODE_ENV: 'test',
      };
      dropDb = async () => rmSync(dir, { recursive: true, force: true });
      if (dialect === 'postgres') {
        // The CLI takes a whole database (it has no schema option): a fresh one on the test cluster.
        const url = new URL(process.env.TEST_DATABASE_URL!);
        const name = `cli_${randomUUID().replace(/-/g, '')}`;
        const admin = new pg.Client({ connectionString: url.href });
        await admin.connect();
        await admin.query(`create database ${name}`);
        await admin.end();
        const dbUrl = new URL(url.href);
        dbUrl.pathname = `/${name}`;
        env.DATABASE_URL = dbUrl.href;
        const rmDir = dropDb;
        dropDb = async () => {
          await rmDir();
          const c = new pg.Client({ connectionString: url.href });
          await c.connect();
          await c.query(`drop database if exists ${name} with (force)`);
          await c.end();
        };
      }
    });
    after(async () => dropDb());

    const cli = (args: string[], stdin: string) =>
      new Promise<{ code: number | null; out: string }>((resolve) => {
        const child = spawn(process.execPath, ['--import', 'tsx', MAIN, ...args], {
          env: { ...process.env, ...env },
          stdio: ['pipe', 'pipe', 'pipe'],
        });
        let out = '';
        child.stdout.on('data', (d: Buffer) => (out += d.toString()));
        child.stderr.on('data', (d: Buffer) => (out += d.toString()));
        child.on('exit', (code) => resolve({ code, out }));
        child.stdin.end(stdin);
      });

    it(
      'refuses a short or missing password; the admin it creates signs in, creates a moderator and imports the site, which /v1/site serves in nl, fr and en; the moderator gets 403 on the site and accounts',
      { timeout: 120_000 },
      async () => {
        const short = await cli(['create-admin', 'admin@example.be'], 'short\n');
        assert.equal(short.code, 1, short.out);
        assert.match(short.out, /too short/);
        const none = await cli(['create-admin', 'admin@example.be'], '');
        assert.equal(none.code, 1, none.out);
        assert.equal((await cli(['create-admin', 'not-an-email'], `${TEST_PASSWORD}\n`)).code, 2);
        const ok = await cli(['create-admin', 'Admin@Example.be'], `${TEST_PASSWORD}\nignored second line\n`);
        assert.equal(ok.code, 0, ok.out);
        assert.match(ok.out, /created the admin admin@example\.be/);

        const config = loadConfig({ ...env, RATE_LIMIT_PER_MINUTE: '0', DEMO_PAGE: '0' });
        const handle = openDatabase({ databaseUrl: config.databaseUrl, databasePath: config.databasePath });
        try {
          const app = createApp({ config, db: handle.db, log: createLogger('error') });
          const signedIn = await signIn(app, 'admin@example.be', TEST_PASSWORD);
          assert.equal(signedIn.status, 200);
          const session = await json(signedIn);
          const headers = { cookie: cookieOf(signedIn), 'x-csrf-token': session.csrfToken };
          const mod = await staff(app, '/v1/staff/accounts', {
            method: 'POST',
            body: { email: 'moderator@example.be', role: 'moderator', password: 'another long password' },
            headers,
          });
          assert.equal(mod.status, 201, await mod.clone().text());
          const modSession = await signIn(app, 'moderator@example.be', 'another long password');
          assert.equal(modSession.status, 200);

          // The new admin sets up the municipality from a site file; the public API serves it in
          // each language; the moderator may change neither the site nor the accounts.
          assert.equal((await app.request('/v1/site')).status, 503, 'no site before the import');
          const file = JSON.parse(readFileSync(SITE_EXAMPLE, 'utf8')) as SiteFile;
          const put = await staff(app, '/v1/staff/site', { method: 'PUT', body: file, headers });
          assert.equal(put.status, 200, await put.clone().text());
          for (const locale of ['nl', 'fr', 'en'] as const) {
            const site = await json(await app.request('/v1/site', { headers: { 'Accept-Language': locale } }));
            assert.equal(site.municipality, file.municipality[locale]);
            assert.deepEqual(
              site.areas.map((a: { name: string }) => a.name),
              file.areas.map((a) => a.name[locale]),
            );
            assert.equal(site.volunteerInfo.insurance, file.volunteerInfo.insurance[locale]);
            assert.equal(site.demo, false);
          }
          const modHeaders = { cookie: cookieOf(modSession), 'x-csrf-token': (await json(modSession)).csrfToken };
          const modPut = await staff(app, '/v1/staff/site', { method: 'PUT', body: file, headers: modHeaders });
          await expectProblem(modPut, 403, PROBLEM_TYPES.forbidden);
          const modAccount = await staff(app, '/v1/staff/accounts', {
            method: 'POST',
            body: { email: 'another@example.be', role: 'admin', password: 'another long password' },
            headers: modHeaders,
          });
          await expectProblem(modAccount, 403, PROBLEM_TYPES.forbidden);
          const audit = await handle.db
            .selectFrom('audit_log')
            .select(['action', 'actor_kind', 'actor_label'])
            .orderBy('at')
            .execute();
          assert.ok(audit.some((a) => a.action === 'account.create' && a.actor_kind === 'cli'));
          assert.ok(audit.some((a) => a.action === 'account.create' && a.actor_label === 'admin@example.be'));
        } finally {
          await handle.close();
        }
        // Again for the same address: the password is reset (and the old one no longer works).
        const reset = await cli(['create-admin', 'admin@example.be'], 'a different long password\n');
        assert.equal(reset.code, 0, reset.out);
        assert.match(reset.out, /existed/);
        const h2 = openDatabase({ databaseUrl: config.databaseUrl, databasePath: config.databasePath });
        try {
          const app = createApp({ config, db: h2.db, log: createLogger('error') });
          assert.equal((await signIn(app, 'admin@example.be', TEST_PASSWORD)).status, 401);
          assert.equal((await signIn(app, 'admin@example.be', 'a different long password')).status, 200);
        } finally {
          await h2.close();
        }
      },
    );
  });
}

/** The environment of the test server's config, for a variant of it. */
function envOf(t: TestServer): Record<string, string> {
  return {
    RATE_LIMIT_PER_MINUTE: '0',
    ADMIN_TOKEN,
    LOG_LEVEL: 'error',
    DEMO_PAGE: '0',
    DATABASE_PATH: t.config.databasePath,
  };
}
