/**
 * server/main.ts as a child process: starts with demo data, answers, logs JSON lines and stops cleanly on
 * SIGTERM; bad config stops it; production never seeds demo data, `seed-demo` does; `--help`.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const MAIN = fileURLToPath(new URL('../../server/main.ts', import.meta.url));

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });

function start(env: Record<string, string>, args: string[] = []) {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN, ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, output: () => out };
}

describe('server/main.ts', () => {
  it(
    'starts on a free port with SEED=demo, answers GET /v1/site, exits 0 on SIGTERM',
    { timeout: 60_000 },
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'civic-main-'));
      const port = await freePort();
      const p = start({
        PORT: String(port),
        HOST: '127.0.0.1',
        DATABASE_PATH: join(dir, 'db', 'demo.db'),
        SEED: 'demo',
        DATABASE_URL: '',
        LOG_LEVEL: 'info',
      });
      try {
        let site: { municipality?: string } | null = null;
        for (let i = 0; i < 200 && !site; i++) {
          try {
            const r = await fetch(`http://127.0.0.1:${port}/v1/site`);
            if (r.ok) site = (await r.json()) as { municipality: string };
          } catch {
            await new Promise((r) => setTimeout(r, 100));
          }
        }
        assert.equal(site?.municipality, 'Voorbeeldgemeente (demo)', p.output());
        p.child.kill('SIGTERM');
        assert.equal(await p.exited, 0, p.output());
        // Every line of the log is one JSON object; the start names the address.
        const lines = p
          .output()
          .split('\n')
          .filter(Boolean)
          .map((l) => JSON.parse(l) as { level: string; msg: string; url?: string; path?: string });
        assert.ok(
          lines.some((l) => l.url === `http://localhost:${port}`),
          p.output(),
        );
        assert.ok(
          lines.some((l) => l.msg === 'request' && l.path === '/v1/site'),
          p.output(),
        );
      } finally {
        if (p.child.exitCode === null) p.child.kill('SIGKILL');
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );

  it('invalid configuration: exit 1 with a message that says what to fix', { timeout: 30_000 }, async () => {
    const p = start({ ADMIN_TOKEN: 'too-short', PORT: 'eighty' });
    assert.equal(await p.exited, 1);
    assert.match(p.output(), /ADMIN_TOKEN is 9 characters long: use at least 32/);
    assert.match(p.output(), /PORT="eighty" is not a port/);
  });

  it(
    'port in use: exit 1 with one line that names the port and PORT, no stack trace',
    { timeout: 60_000 },
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'civic-main-'));
      const blocker = createServer();
      await new Promise<void>((resolve, reject) => {
        blocker.once('error', reject);
        blocker.listen(0, '127.0.0.1', resolve);
      });
      const { port } = blocker.address() as { port: number };
      try {
        const p = start({
          PORT: String(port),
          HOST: '127.0.0.1',
          DATABASE_PATH: join(dir, 'db', 'demo.db'),
          SEED: 'none',
          DATABASE_URL: '',
          LOG_LEVEL: 'warn',
        });
        assert.equal(await p.exited, 1, p.output());
        const out = p.output();
        assert.match(out, new RegExp(`port ${port} is already in use .*choose another port with PORT=`));
        assert.doesNotMatch(out, /EADDRINUSE|\n\s+at /, out);
      } finally {
        await new Promise((r) => blocker.close(r));
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );

  it(
    'NODE_ENV=production on an empty database: no demo data, /v1/site 503 says how to set up; seed-demo adds it',
    { timeout: 120_000 },
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'civic-main-'));
      const env = {
        HOST: '127.0.0.1',
        DATABASE_PATH: join(dir, 'prod.db'),
        DATABASE_URL: '',
        NODE_ENV: 'production',
        LOG_LEVEL: 'warn',
      };
      const serveOnce = async (): Promise<{ status: number; body: { detail?: string; municipality?: string } }> => {
        const port = await freePort();
        const p = start({ ...env, PORT: String(port) }, ['serve']);
        try {
          for (let i = 0; i < 300; i++) {
            if (p.child.exitCode !== null) assert.fail(p.output());
            try {
              const ready = await fetch(`http://127.0.0.1:${port}/readyz`);
              if (ready.ok) break;
            } catch {
              await new Promise((r) => setTimeout(r, 100));
            }
          }
          const r = await fetch(`http://127.0.0.1:${port}/v1/site`);
          return { status: r.status, body: (await r.json()) as { detail?: string } };
        } finally {
          p.child.kill('SIGTERM');
          assert.equal(await p.exited, 0, p.output());
        }
      };
      try {
        const empty = await serveOnce();
        assert.equal(empty.status, 503);
        assert.match(empty.body.detail ?? '', /civic-widgets-server seed-demo.*civic-widgets-server site import/);

        const seed = start(env, ['seed-demo']);
        assert.equal(await seed.exited, 0, seed.output());

        const seeded = await serveOnce();
        assert.equal(seeded.status, 200);
        assert.equal(seeded.body.municipality, 'Voorbeeldgemeente (demo)');
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );

  it('--help lists the commands; an unknown command exits 2', { timeout: 30_000 }, async () => {
    const help = start({}, ['--help']);
    assert.equal(await help.exited, 0);
    for (const command of ['serve', 'migrate', 'seed-demo', 'backup FILE', 'check-config'])
      assert.match(help.output(), new RegExp(`^  ${command} `, 'm'));
    const wrong = start({}, ['serv']);
    assert.equal(await wrong.exited, 2);
    assert.match(wrong.output(), /unknown command "serv"/);
  });
});
