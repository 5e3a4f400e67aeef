/**
 * A PostgreSQL outage: on its own throwaway cluster (scripts/pg-cluster.sh, so the shared test cluster is
 * never stopped), /readyz and the API answer 503 problem+json with Retry-After while the cluster is down,
 * and 200 again once it is back, with the same app and pool (no restart). Skipped without PostgreSQL 15.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { createApp, type App } from '../../server/app.js';
import { loadConfig } from '../../server/config.js';
import { openDatabase, type DatabaseHandle } from '../../server/db/database.js';
import { migrate } from '../../server/db/migrations.js';
import { seedDemo } from '../../server/db/seed-demo.js';
import { createLogger } from '../../server/log.js';

const PG_CTL = `${process.env.PG_BIN ?? '/usr/lib/postgresql/15/bin'}/pg_ctl`;
const skip = existsSync(PG_CTL) ? false : `PostgreSQL 15 is not installed (${PG_CTL})`;

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });

const SCRIPT = fileURLToPath(new URL('../../scripts/pg-cluster.sh', import.meta.url));
const cluster = (...args: string[]): string =>
  execFileSync('bash', [SCRIPT, ...args], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .pop()!;

describe('PostgreSQL outage', { skip }, () => {
  let dir: string;
  let port: number;
  let handle: DatabaseHandle;
  let app: App;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'civic-outage-'));
    port = await freePort();
    const url = cluster('start', dir, String(port));
    handle = openDatabase({ databaseUrl: url, databasePath: ':memory:', poolSize: 4 });
    await migrate(handle.db, handle.dialect);
    await seedDemo(handle.db);
    app = createApp({
      config: loadConfig({ LOG_LEVEL: 'error', DEMO_PAGE: '0' }),
      db: handle.db,
      log: createLogger('error'),
    });
  });

  after(async () => {
    await handle?.close().catch(() => undefined);
    try {
      cluster('stop', dir);
    } catch {
      // already stopped
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it(
    '503 with Retry-After while the database is down; 200 again once it is back, without a restart',
    { timeout: 120_000 },
    async () => {
      assert.equal((await app.request('/readyz')).status, 200);
      assert.equal((await app.request('/v1/site')).status, 200);

      cluster('stop', dir);
      for (const path of ['/readyz', '/v1/site', '/v1/initiatives']) {
        const r = await app.request(path);
        assert.equal(r.status, 503, `${path} while PostgreSQL is down`);
        assert.equal(r.headers.get('content-type'), 'application/problem+json');
        assert.equal(r.headers.get('retry-after'), '5');
      }
      assert.equal((await app.request('/healthz')).status, 200, 'the process is alive');

      cluster('start', dir, String(port));
      // The pool reconnects on the next request; poll the condition, not a fixed delay.
      let status = 0;
      for (let i = 0; i < 100 && status !== 200; i++) {
        status = (await app.request('/readyz')).status;
        if (status !== 200) await new Promise((r) => setTimeout(r, 100));
      }
      assert.equal(status, 200, '/readyz after PostgreSQL is back');
      assert.equal((await app.request('/v1/site')).status, 200);
    },
  );
});
