/**
 * Test helpers for the server: a fresh database per suite (SQLite in a temp folder always;
 * PostgreSQL in a fresh schema when TEST_DATABASE_URL is set, dropped afterwards), the app on
 * top of it, and small request helpers.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { createApp, type App } from '../../server/app.js';
import { createLogger, loadConfig, type Config } from '../../server/config.js';
import { openDatabase, type Database, type Db, type Dialect } from '../../server/db/database.js';
import { migrate } from '../../server/db/migrations.js';
import { seedDemo } from '../../server/db/seed-demo.js';
import { CLI_ACTOR } from '../../server/db/audit.js';
import { createAccount, createApiToken } from '../../server/services/staff-accounts.js';
import type { StaffRole } from '../../src/schema/staff/index.js';

export const ADMIN_TOKEN = 'test-admin-token-0123456789abcdefghijklmnop';
export const PARTNER_ORIGIN = 'https://partner.example';

/** The databases to run on: always SQLite; PostgreSQL when TEST_DATABASE_URL is set. */
export function dialects(): Dialect[] {
  return process.env.TEST_DATABASE_URL ? ['sqlite', 'postgres'] : ['sqlite'];
}

/** A fresh, empty PostgreSQL schema in TEST_DATABASE_URL, so tests never share tables. */
export async function createTestSchema(): Promise<string> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_URL is not set');
  const schema = `t_${randomUUID().replace(/-/g, '')}`;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`create schema ${schema}`);
  await client.end();
  return schema;
}

export interface TestServer {
  readonly app: App;
  readonly db: Db;
  readonly config: Config;
  readonly dialect: Dialect;
  close(): Promise<void>;
}

/** A fresh, migrated, demo-seeded database and an app over it. `env` overrides the test config. */
export async function setup(dialect: Dialect, env: Record<string, string> = {}, seed = true): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), 'civic-test-'));
  const config = loadConfig({
    RATE_LIMIT_PER_MINUTE: '0',
    READ_RATE_LIMIT_PER_MINUTE: '0',
    ADMIN_TOKEN,
    CORS_ORIGINS: PARTNER_ORIGIN,
    LOG_LEVEL: 'error',
    DEMO_PAGE: '0',
    DATABASE_PATH: join(dir, 'test.db'),
    ...env,
  });
  const url = process.env.TEST_DATABASE_URL;
  const schema = dialect === 'postgres' ? await createTestSchema() : undefined;
  const handle = openDatabase({
    databaseUrl: dialect === 'postgres' ? url! : null,
    databasePath: config.databasePath,
    pgSchema: schema,
    poolSize: 20,
  });
  await migrate(handle.db, handle.dialect);
  if (seed) await seedDemo(handle.db);
  const app = createApp({ config, db: handle.db, log: createLogger('error') });
  return {
    app,
    db: handle.db,
    config,
    dialect,
    async close() {
      await handle.close();
      if (schema) {
        const client = new pg.Client({ connectionString: url });
        await client.connect();
        await client.query(`drop schema ${schema} cascade`);
        await client.end();
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Row count of a table. */
export async function count(db: Db, table: keyof Database): Promise<number> {
  const r = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** Places left on a shift, read from the database. */
export async function placesLeft(db: Db, shiftId: string): Promise<number> {
  const row = await db.selectFrom('shifts').select('places_left').where('id', '=', shiftId).executeTakeFirstOrThrow();
  return Number(row.places_left);
}

/** Row counts of every table residents write to. */
export async function writeCounts(db: Db): Promise<Record<string, number>> {
  return {
    ideas: await count(db, 'ideas'),
    signups: await count(db, 'signups'),
    signup_shifts: await count(db, 'signup_shifts'),
    idempotency_keys: await count(db, 'idempotency_keys'),
  };
}

/** POST JSON with a fresh (or given) Idempotency-Key. */
export function post(
  app: App,
  path: string,
  body: unknown,
  opts: { key?: string; headers?: Record<string, string> } = {},
): Promise<Response> {
  return Promise.resolve(
    app.request(path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': opts.key ?? randomUUID(), ...opts.headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    }),
  );
}

/**
 * A staff request: with the (deprecated) ADMIN_TOKEN bearer by default, another bearer `token`,
 * or the given `headers` instead (e.g. from {@link staffHeaders} or {@link apiTokenHeaders}).
 */
export function staff(
  app: App,
  path: string,
  init: { method?: string; body?: unknown; token?: string; headers?: Record<string, string> } = {},
): Promise<Response> {
  const headers: Record<string, string> = init.headers
    ? { ...init.headers }
    : { Authorization: `Bearer ${init.token ?? ADMIN_TOKEN}` };
  if (init.body !== undefined) headers['Content-Type'] = 'application/json';
  return Promise.resolve(
    app.request(path, {
      method: init.method ?? 'GET',
      headers,
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    }),
  );
}

/** A password that passes the policy (tests only). */
export const TEST_PASSWORD = 'correct horse battery staple';

/**
 * A new staff account of `role` (made directly by the service, with {@link TEST_PASSWORD} and a
 * fresh e-mail unless given) signed in through the app: the headers of its session, the cookie
 * and `X-CSRF-Token`, to pass as `staff(app, path, { headers })`. `email` is there too.
 */
export async function staffHeaders(
  t: { app: App; db: Db },
  role: StaffRole,
  email = `${role}-${randomUUID().slice(0, 8)}@example.org`,
): Promise<{ cookie: string; 'x-csrf-token': string } & { readonly email: string }> {
  await createAccount(t.db, CLI_ACTOR, { email, role, password: TEST_PASSWORD }, new Date());
  const r = await t.app.request('/v1/staff/session', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password: TEST_PASSWORD }),
  });
  if (r.status !== 200) throw new Error(`sign-in of ${email} failed: ${r.status} ${await r.text()}`);
  const session = (await r.json()) as { csrfToken: string };
  const cookie = /^([^;]+)/.exec(r.headers.get('set-cookie') ?? '')?.[1];
  if (!cookie) throw new Error('sign-in set no cookie');
  const headers = { cookie, 'x-csrf-token': session.csrfToken };
  Object.defineProperty(headers, 'email', { value: email, enumerable: false });
  return headers as typeof headers & { email: string };
}

/** A new named API token of `role` (made directly by the service): `{ authorization: 'Bearer cw_…' }`. */
export async function apiTokenHeaders(t: { db: Db }, role: StaffRole): Promise<{ authorization: string }> {
  const { token } = await createApiToken(
    t.db,
    CLI_ACTOR,
    { name: `test ${role} ${randomUUID().slice(0, 8)}`, role },
    new Date(),
  );
  return { authorization: `Bearer ${token}` };
}

/** The JSON of a response (typed loosely for assertions). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const json = async (r: Response): Promise<any> => r.json();

/** A valid idea for the demo data, per track. */
export function idea(
  track: 'create' | 'experiment' | 'join' = 'create',
  over: Record<string, unknown> = {},
): Record<string, unknown> {
  const base = {
    track,
    title: 'Bankjes op het plein',
    summary: 'Een paar bankjes op het plein zodat buren kunnen zitten en praten.',
    description: 'Het plein heeft geen zitplek. Met enkele buren willen we bankjes plaatsen en onderhouden.',
    areaId: 'centrum',
    themeIds: ['ontmoeting', 'groen'],
    location: { address: 'Marktplein 1' },
    neighbours: 4,
    contact: { name: 'Test Bewoner', email: 'bewoner@example.org', phone: '+32 470 00 00 00' },
    consent: { privacy: true, noticeVersion: 'demo-1' },
    honeypot: '',
    fillMs: 60000,
  };
  const extra =
    track === 'experiment'
      ? { testPeriod: { start: '2030-05-01', end: '2030-08-31' } }
      : track === 'join'
        ? { offerId: 'buurtmoestuin', description: undefined }
        : {};
  return JSON.parse(JSON.stringify({ ...base, ...extra, ...over })) as Record<string, unknown>;
}

/** A valid volunteer signup for the demo data. */
export function signup(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    roleId: 'zaal-onthaal',
    shiftIds: ['zaal-1'],
    contact: { name: 'Test Vrijwilliger', email: 'vrijwilliger@example.org' },
    ageConfirmed: true,
    acknowledgement: { informationNote: true, noteVersion: 'demo-1' },
    consent: { privacy: true, noticeVersion: 'demo-1' },
    joinWaitlist: false,
    honeypot: '',
    fillMs: 60000,
    ...over,
  };
}

/** A problem+json response with the status. */
export async function expectProblem(r: Response, status: number, type?: string): Promise<Record<string, unknown>> {
  const body = await r.text();
  if (r.status !== status) throw new Error(`expected ${status}, got ${r.status}: ${body}`);
  const ct = r.headers.get('content-type') ?? '';
  if (!ct.startsWith('application/problem+json')) throw new Error(`expected problem+json, got ${ct}`);
  const p = JSON.parse(body) as Record<string, unknown>;
  if (p.status !== status) throw new Error(`problem.status ${String(p.status)} != ${status}`);
  if (type && p.type !== type) throw new Error(`expected type ${type}, got ${String(p.type)}`);
  if (/at |SQL|sqlite|select |insert /i.test(body) && status >= 500) throw new Error(`leak in ${body}`);
  return p;
}
