/**
 * Helpers for tests that run the server as child processes on one database: a database prepared
 * on disk (SQLite file) or in a fresh PostgreSQL schema, server processes started on it and
 * stopped (SIGTERM) or killed (SIGKILL) by their PID, and plain HTTP over loopback.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import pg from 'pg';
import { openDatabase, type DatabaseHandle, type Dialect } from '../../server/db/database.js';
import { migrate } from '../../server/db/migrations.js';
import { seedDemo } from '../../server/db/seed-demo.js';
import { ADMIN_TOKEN, createTestSchema } from './helpers.js';

const FIXTURE = new URL('./fixtures/child-server.ts', import.meta.url).pathname;

/** A migrated, demo-seeded database that child servers can share. */
export interface SharedDb {
  readonly dialect: Dialect;
  /** Environment for a child server on this database. */
  readonly env: Record<string, string>;
  /** A connection from the test process (for counting records). */
  open(): DatabaseHandle;
  drop(): Promise<void>;
}

export async function sharedDatabase(dialect: Dialect): Promise<SharedDb> {
  const dir = mkdtempSync(join(tmpdir(), 'civic-proc-'));
  const path = join(dir, 'shared.db');
  const url = process.env.TEST_DATABASE_URL;
  const schema = dialect === 'postgres' ? await createTestSchema() : undefined;
  const open = (): DatabaseHandle =>
    openDatabase({ databaseUrl: dialect === 'postgres' ? url! : null, databasePath: path, pgSchema: schema });
  const h = open();
  await migrate(h.db, h.dialect);
  await seedDemo(h.db);
  await h.close();
  return {
    dialect,
    env: {
      DATABASE_PATH: path,
      ...(dialect === 'postgres' ? { DATABASE_URL: url!, PG_SCHEMA: schema! } : {}),
      RATE_LIMIT_PER_MINUTE: '0',
      READ_RATE_LIMIT_PER_MINUTE: '0',
      ADMIN_TOKEN,
      LOG_LEVEL: 'error',
      DEMO_PAGE: '0',
      NODE_ENV: 'test',
    },
    open,
    async drop() {
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

/** A running child server. */
export interface Child {
  readonly base: string;
  readonly proc: ChildProcess;
  /** SIGKILL, as a crash: no cleanup of any kind. */
  kill9(): Promise<void>;
  /** SIGTERM and wait for the exit. */
  stop(): Promise<void>;
}

/** Starts a server process on `env` and resolves once it listens. */
export function startChild(env: Record<string, string>): Promise<Child> {
  const proc = spawn(process.execPath, ['--import', 'tsx', FIXTURE], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  proc.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<void>((r) => proc.once('exit', () => r()));
  const ended = () => exited;
  return new Promise((resolve, reject) => {
    proc.once('exit', (code) => reject(new Error(`child server exited (${code}) before listening: ${stderr}`)));
    createInterface({ input: proc.stdout! }).on('line', (line) => {
      const m = /^LISTENING (\d+)$/.exec(line);
      if (!m) return;
      resolve({
        base: `http://127.0.0.1:${m[1]}`,
        proc,
        async kill9() {
          if (proc.exitCode === null && proc.signalCode === null) proc.kill('SIGKILL');
          await ended();
        },
        async stop() {
          if (proc.exitCode === null && proc.signalCode === null) proc.kill('SIGTERM');
          await ended();
        },
      });
    });
  });
}

/** A POST of JSON with an Idempotency-Key; `null` when no answer arrived (connection lost). */
export async function postJson(
  base: string,
  path: string,
  body: unknown,
  key: string,
): Promise<{ status: number; text: string; replayed: boolean } | null> {
  try {
    const r = await fetch(base + path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key, Connection: 'close' },
      body: JSON.stringify(body),
    });
    return { status: r.status, text: await r.text(), replayed: r.headers.get('idempotency-replayed') === 'true' };
  } catch {
    return null;
  }
}
