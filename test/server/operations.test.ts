/**
 * Operations: /healthz and /readyz, the JSON access log (request id, no query string, no personal data),
 * errors as one entry with the stack, a database outage as 503 with Retry-After, private SQLite files,
 * and the online backup. On SQLite always, on PostgreSQL when TEST_DATABASE_URL is set.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import { exampleIdeaCreate } from '../../src/schema/examples.js';
import { PROBLEM_TYPES } from '../../src/schema/index.js';
import { createApp } from '../../server/app.js';
import { loadConfig } from '../../server/config.js';
import { backupSqlite, openDatabase } from '../../server/db/database.js';
import { migrate } from '../../server/db/migrations.js';
import { seedDemo } from '../../server/db/seed-demo.js';
import { getSite } from '../../server/db/site.js';
import { createLogger } from '../../server/log.js';
import { dialects, post, setup, type TestServer } from './helpers.js';

/** A logger whose JSON lines are collected, parsed. */
function collectingLogger(level: 'info' | 'debug' = 'info') {
  const lines: Record<string, unknown>[] = [];
  const raw: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, cb) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) {
        raw.push(line);
        lines.push(JSON.parse(line) as Record<string, unknown>);
      }
      cb();
    },
  });
  return { log: createLogger(level, stream), lines, raw };
}

const mode = (path: string): number => statSync(path).mode & 0o777;

for (const dialect of dialects()) {
  describe(`operations (${dialect})`, () => {
    let s: TestServer;
    before(async () => {
      s = await setup(dialect);
    });
    after(() => s.close());

    it('GET /healthz 200; GET /readyz 200 on a migrated database', async () => {
      const h = await s.app.request('/healthz');
      assert.equal(h.status, 200);
      assert.deepEqual(await h.json(), { status: 'ok' });
      const r = await s.app.request('/readyz');
      assert.equal(r.status, 200);
      assert.deepEqual(await r.json(), { status: 'ready' });
      assert.equal(r.headers.get('cache-control'), 'no-store');
    });

    it('access log: one JSON line per request with id, method, path without query, status, duration; no personal data', async () => {
      const { log, lines, raw } = collectingLogger();
      const app = createApp({ config: s.config, db: s.db, log });
      const email = 'resident.unique@example.org';
      const idea = { ...exampleIdeaCreate, contact: { ...exampleIdeaCreate.contact, email } };
      const created = await post(app, '/v1/ideas', idea, { headers: { 'X-Request-Id': 'lb-7f3a.42' } });
      assert.ok(created.status < 500, `POST /v1/ideas answered ${created.status}`);
      assert.equal(created.headers.get('x-request-id'), 'lb-7f3a.42', 'a sane request id is kept');
      const listed = await app.request(`/v1/initiatives?q=${encodeURIComponent(email)}`, {
        headers: { 'X-Request-Id': 'not sane\u0007' },
      });
      const given = listed.headers.get('x-request-id') ?? '';
      assert.match(given, /^[0-9a-f-]{36}$/, 'an odd request id is replaced by a UUID');

      const requests = lines.filter((l) => l.msg === 'request');
      assert.equal(requests.length, 2, raw.join('\n'));
      assert.deepEqual(
        { ...requests[0], time: undefined, ms: undefined },
        {
          level: 'info',
          time: undefined,
          msg: 'request',
          reqId: 'lb-7f3a.42',
          method: 'POST',
          path: '/v1/ideas',
          status: created.status,
          ms: undefined,
        },
      );
      assert.equal(typeof requests[0]!.ms, 'number');
      assert.equal(requests[1]!.path, '/v1/initiatives', 'no query string');
      assert.equal(requests[1]!.reqId, given);
      for (const line of raw) {
        assert.ok(!line.includes('resident.unique'), `personal data in the log: ${line}`);
        assert.ok(!line.includes(idea.title ?? 'no title'), `a body field in the log: ${line}`);
      }
    });

    it('an unexpected error: one entry with the request id and the stack in a field; 500 problem', async () => {
      const { log, lines, raw } = collectingLogger();
      const app = createApp({ config: s.config, db: s.db, log });
      app.get('/v1/boom', () => {
        throw new Error('boom for the log test');
      });
      const r = await app.request('/v1/boom', { headers: { 'X-Request-Id': 'req-boom' } });
      assert.equal(r.status, 500);
      const errors = lines.filter((l) => l.level === 'error');
      assert.equal(errors.length, 1, raw.join('\n'));
      const err = errors[0]!.err as { message: string; stack: string };
      assert.equal(errors[0]!.reqId, 'req-boom');
      assert.equal(err.message, 'boom for the log test');
      assert.match(err.stack, /operations\.test\.ts/);
      assert.equal(
        raw.filter((l) => l.includes('boom for the log test')).length,
        1,
        'one line, not a multi-line trace',
      );
    });
  });
}

describe('readiness and outages (SQLite)', () => {
  it('/readyz 503 problem+json with Retry-After on a database that is not migrated', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'civic-ready-'));
    const handle = openDatabase({ databaseUrl: null, databasePath: join(dir, 'db', 'x.db') });
    try {
      const config = loadConfig({ LOG_LEVEL: 'error', DEMO_PAGE: '0' });
      const app = createApp({ config, db: handle.db, log: createLogger('error') });
      const r = await app.request('/readyz');
      assert.equal(r.status, 503);
      assert.equal(r.headers.get('content-type'), 'application/problem+json');
      assert.equal(r.headers.get('retry-after'), '5');
      const p = (await r.json()) as { detail: string };
      assert.match(p.detail, /civic-widgets-server migrate/);
      await migrate(handle.db, 'sqlite');
      assert.equal((await app.request('/readyz')).status, 200);
      const site = await app.request('/v1/site');
      assert.equal(site.status, 503, 'an empty database has no site');
      assert.match(((await site.json()) as { detail: string }).detail, /seed-demo.*site import/);
    } finally {
      await handle.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a database that cannot be opened answers 503 with Retry-After, not 500', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'civic-busy-'));
    const handle = openDatabase({ databaseUrl: null, databasePath: join(dir, 'x.db') });
    await migrate(handle.db, 'sqlite');
    const config = loadConfig({ LOG_LEVEL: 'error', DEMO_PAGE: '0' });
    const { log, lines } = collectingLogger();
    const app = createApp({ config, db: handle.db, log });
    app.get('/v1/locked', () => {
      throw Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' });
    });
    try {
      const r = await app.request('/v1/locked');
      assert.equal(r.status, 503);
      assert.equal(r.headers.get('retry-after'), '5');
      assert.equal(((await r.json()) as { type: string }).type, PROBLEM_TYPES.server);
      assert.ok(lines.some((l) => l.msg === 'database unavailable' && l.level === 'warn'));
    } finally {
      await handle.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('SQLite files', () => {
  it('the folder is created 0700, the database and its WAL 0600', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'civic-perm-'));
    const path = join(dir, 'data', 'civic.db');
    const handle = openDatabase({ databaseUrl: null, databasePath: path });
    try {
      await migrate(handle.db, 'sqlite');
      await seedDemo(handle.db);
      assert.equal(mode(join(dir, 'data')).toString(8), '700');
      assert.equal(mode(path).toString(8), '600');
      assert.ok(existsSync(`${path}-wal`));
      assert.equal(mode(`${path}-wal`).toString(8), '600');
    } finally {
      await handle.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('backup: a consistent, readable 0600 copy while the database is being written', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'civic-backup-'));
    const path = join(dir, 'civic.db');
    const handle = openDatabase({ databaseUrl: null, databasePath: path });
    try {
      await migrate(handle.db, 'sqlite');
      await seedDemo(handle.db);
      let writes = 0;
      let writing = true;
      const writer = (async () => {
        while (writing) {
          await handle.db
            .insertInto('rate_limits')
            .values({ client: `c${writes}`, minute: writes, count: 1 })
            .execute();
          writes++;
          await new Promise((r) => setImmediate(r));
        }
      })();
      const dest = join(dir, 'backups', 'copy.db');
      const pages = await backupSqlite(path, dest);
      writing = false;
      await writer;
      assert.ok(pages > 0);
      assert.equal(mode(dest).toString(8), '600');
      const copy = openDatabase({ databaseUrl: null, databasePath: dest });
      try {
        const site = await getSite(copy.db, 'nl');
        assert.equal(site?.municipality, 'Voorbeeldgemeente (demo)');
        const { n } = await copy.db
          .selectFrom('rate_limits')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow();
        assert.ok(Number(n) <= writes, 'the copy holds at most what was written');
      } finally {
        await copy.close();
      }
      await assert.rejects(backupSqlite(join(dir, 'missing.db'), join(dir, 'x.db')), /no database at/);
    } finally {
      await handle.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
