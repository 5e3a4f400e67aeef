/**
 * `npm run bench:server`: the reference backend under load, on SQLite and on PostgreSQL.
 *
 * For each database a child process (this file with `--child`) migrates a fresh database, seeds
 * the demo plus 10,000 initiatives, and serves the real app on loopback. The parent then runs
 * autocannon (10 connections, 5 s each, loopback only) against:
 *   - baseline: GET /bench/baseline, a fixed JSON document the size of a search answer, served
 *     by the same app (route added by this script only, so it passes the same middleware);
 *   - search:   GET /v1/initiatives?q=moestuin&limit=20 (text filter + total over 10,000 rows);
 *   - submit:   POST /v1/ideas, a fresh Idempotency-Key per request (setupRequest), the rate
 *     limit raised to 1,000,000/min (still counted in the database) and MIN_FILL_MS=0.
 * Besides req/s and p99 it reports the server process's CPU time per request (from
 * process.cpuUsage() around each run), which a busy machine disturbs far less than req/s; on
 * PostgreSQL the database's own CPU is not in it.
 * The server runs in its own process so autocannon does not steal its event loop.
 *
 * PostgreSQL: BENCH_DATABASE_URL if set; else, when /usr/lib/postgresql/15/bin exists, a
 * throwaway cluster started and stopped with scripts/pg-cluster.sh (fsync off: it is throwaway);
 * else skipped. Results: a table on stdout and bench/results/server.json.
 */
import { execFileSync, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import type { Database } from '../server/db/database.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SELF = fileURLToPath(import.meta.url);
const N_INITIATIVES = 10_000;
const DURATION_S = Number(process.env.BENCH_DURATION ?? 5);
const CONNECTIONS = 10;
const SEARCH_WORD = 'moestuin';

type Cannon = (opts: Record<string, unknown>) => Promise<{
  requests: { average: number; total: number };
  latency: { p99: number; average: number };
  non2xx: number;
  errors: number;
  timeouts: number;
}>;

// ---------------------------------------------------------------- child: seed and serve
async function child(): Promise<void> {
  const { serveApp } = await import('../server/serve.js');
  const { createApp } = await import('../server/app.js');
  const { createLogger, loadConfig } = await import('../server/config.js');
  const { openDatabase } = await import('../server/db/database.js');
  const { migrate } = await import('../server/db/migrations.js');
  const { seedDemo } = await import('../server/db/seed-demo.js');
  const { normalizeSearch } = await import('../server/db/util.js');
  const { titleSortKey } = await import('../server/db/collation.js');

  const config = loadConfig({
    ...process.env,
    RATE_LIMIT_PER_MINUTE: '1000000',
    MIN_FILL_MS: '0',
    DEMO_PAGE: '0',
    LOG_LEVEL: 'error',
    PORT: '0',
  });
  const handle = openDatabase({
    databaseUrl: config.databaseUrl,
    databasePath: config.databasePath,
    pgSchema: process.env.BENCH_SCHEMA,
    poolSize: 10,
  });
  await migrate(handle.db, handle.dialect);
  await seedDemo(handle.db);

  // 10,000 initiatives with deterministic pseudo-random Dutch words; 1,949 (~19.5%, not the 5% that
  // rnd(20) suggests: this generator's low bits are far from random) mention the search word.
  const words =
    'buurt plein straat school park bank boom fiets speeltuin bibliotheek zaal markt feest wandeling koffie soep jeugd senioren hulp tuin water licht kunst muziek sport veilig groen zon wind regen brug beek bos veld huis dak'.split(
      ' ',
    );
  let seed = 42;
  const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
  const sentence = (n: number) => Array.from({ length: n }, () => words[rnd(words.length)]).join(' ');
  const areas = ['centrum', 'noord', 'zuid', 'oost', 'west', 'stationswijk'];
  const themes = ['groen', 'ontmoeting', 'mobiliteit', 'jeugd', 'zorg', 'armoede', 'cultuur', 'toekomst'];
  const statuses = ['idea', 'testing', 'running', 'finished'];
  const now = Date.now();
  for (let b = 0; b < N_INITIATIVES; b += 500) {
    const ini: Database['initiatives'][] = [];
    const texts: Database['initiative_texts'][] = [];
    const th: Database['initiative_themes'][] = [];
    for (let i = b; i < Math.min(N_INITIATIVES, b + 500); i++) {
      const id = `bench-${i}`;
      ini.push({
        id,
        area_id: areas[rnd(areas.length)]!,
        rung: 1 + rnd(7),
        coproduction: 'co-production',
        status: statuses[rnd(4)]!,
        organiser: 'residents',
        needs_volunteers: rnd(2),
        links: '[]',
        image: null,
        start_date: null,
        end_date: null,
        published: 1,
        source_idea_id: null,
        created_at: new Date(now - i * 1000).toISOString(),
        updated_at: new Date(now - i * 1000).toISOString(),
      });
      const title = `${sentence(3)} ${i}`;
      const summary = `${sentence(8)}${rnd(20) === 0 ? ` ${SEARCH_WORD}` : ''}`;
      const description = sentence(30);
      for (const locale of ['nl', 'fr', 'en']) {
        texts.push({
          initiative_id: id,
          locale,
          title,
          summary,
          description,
          search: normalizeSearch(`${title}\n${summary}\n${description}`),
          title_key: titleSortKey(title, locale as 'nl'),
        });
      }
      th.push({ initiative_id: id, theme_id: themes[rnd(themes.length)]! });
    }
    await handle.db.transaction().execute(async (trx) => {
      await trx.insertInto('initiatives').values(ini).execute();
      for (let k = 0; k < texts.length; k += 500)
        await trx
          .insertInto('initiative_texts')
          .values(texts.slice(k, k + 500))
          .execute();
      await trx.insertInto('initiative_themes').values(th).execute();
    });
  }
  if (handle.dialect === 'postgres') await (await import('kysely')).sql`analyze`.execute(handle.db);

  // The baseline: a fixed document the size of a search answer, through the same middleware.
  const probe = createApp({ config, db: handle.db, log: createLogger('error') });
  const doc = await (await probe.request(`/v1/initiatives?q=${SEARCH_WORD}&limit=20`)).text();
  const app = createApp({ config, db: handle.db, log: createLogger('error') });
  app.get('/bench/baseline', (c) => c.body(doc, 200, { 'Content-Type': 'application/json' }));
  // CPU time of this process so far (µs), so the parent can report CPU per request: less
  // sensitive than req/s to other load on the machine (PostgreSQL's own CPU is not included).
  app.get('/bench/cpu', (c) => {
    const u = process.cpuUsage();
    return c.json({ us: u.user + u.system });
  });

  const served = serveApp(app, { port: 0, hostname: '127.0.0.1' }, (info) => {
    process.stdout.write(`READY ${info.port} ${doc.length}\n`);
  });
  process.on('SIGTERM', () => {
    void served.close().then(async () => {
      await handle.close();
      process.exit(0);
    });
  });
}

// ---------------------------------------------------------------- parent: measure
const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

function startChild(
  env: Record<string, string>,
): Promise<{ port: number; docBytes: number; stop: () => Promise<void> }> {
  return new Promise((resolve, reject) => {
    const c = spawn(process.execPath, ['--import', 'tsx', SELF, '--child'], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
      cwd: ROOT,
    });
    let buf = '';
    c.stdout.on('data', (d: Buffer) => {
      buf += d.toString();
      const m = /READY (\d+) (\d+)/.exec(buf);
      if (m) {
        resolve({
          port: Number(m[1]),
          docBytes: Number(m[2]),
          stop: () =>
            new Promise<void>((r) => (c.exitCode !== null ? r() : (c.once('exit', () => r()), c.kill('SIGTERM')))),
        });
      }
    });
    c.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
  });
}

async function measure(dialect: string, env: Record<string, string>) {
  const autocannon = createRequire(import.meta.url)('autocannon') as Cannon;
  process.stdout.write(`\n[${dialect}] seeding ${N_INITIATIVES} initiatives and starting the server…\n`);
  const t0 = Date.now();
  const srv = await startChild(env);
  process.stdout.write(
    `[${dialect}] ready in ${((Date.now() - t0) / 1000).toFixed(1)} s (search answer ${srv.docBytes} bytes)\n`,
  );
  const base = `http://127.0.0.1:${srv.port}`;
  const body = JSON.stringify({
    track: 'create',
    title: 'Bankjes op het plein',
    summary: 'Een paar bankjes op het plein zodat buren kunnen zitten en praten.',
    description: 'Met enkele buren willen we bankjes plaatsen en onderhouden.',
    areaId: 'centrum',
    themeIds: ['ontmoeting'],
    neighbours: 3,
    contact: { name: 'Bench Bewoner', email: 'bench@example.org' },
    consent: { privacy: true, noticeVersion: 'demo-1' },
    honeypot: '',
    fillMs: 50000,
  });
  const runs: Record<string, Record<string, unknown>> = {
    baseline: { url: `${base}/bench/baseline` },
    search: { url: `${base}/v1/initiatives?q=${SEARCH_WORD}&limit=20` },
    submit: {
      url: `${base}/v1/ideas`,
      requests: [
        {
          method: 'POST',
          path: '/v1/ideas',
          headers: { 'content-type': 'application/json' },
          body,
          setupRequest: (req: { headers: Record<string, string> }) => ({
            ...req,
            headers: { ...req.headers, 'idempotency-key': randomUUID() },
          }),
        },
      ],
    },
  };
  const results: Record<
    string,
    { rps: number; p99: number; avg: number; cpuMsPerReq: number; non2xx: number; errors: number }
  > = {};
  const cpu = async () => ((await (await fetch(`${base}/bench/cpu`)).json()) as { us: number }).us;
  try {
    for (const [name, opts] of Object.entries(runs)) {
      const cpu0 = await cpu();
      const r = await autocannon({ connections: CONNECTIONS, duration: DURATION_S, ...opts });
      const cpuUs = (await cpu()) - cpu0;
      results[name] = {
        rps: Math.round(r.requests.average),
        p99: r.latency.p99,
        avg: r.latency.average,
        cpuMsPerReq: Number((cpuUs / 1000 / Math.max(1, r.requests.total)).toFixed(3)),
        non2xx: r.non2xx,
        errors: r.errors + r.timeouts,
      };
      process.stdout.write(
        `[${dialect}] ${name}: ${results[name]!.rps} req/s, p99 ${r.latency.p99} ms, server CPU ${results[name]!.cpuMsPerReq} ms/req${r.non2xx ? `, ${r.non2xx} non-2xx!` : ''}\n`,
      );
    }
  } finally {
    await srv.stop();
  }
  return results;
}

async function parent(): Promise<void> {
  const out: Record<string, unknown> = {
    date: new Date().toISOString(),
    node: process.version,
    initiatives: N_INITIATIVES,
    connections: CONNECTIONS,
    durationS: DURATION_S,
    dialects: {},
  };
  const table: string[][] = [];
  const add = (dialect: string, r: Awaited<ReturnType<typeof measure>>) => {
    (out.dialects as Record<string, unknown>)[dialect] = r;
    const b = r.baseline!.rps;
    for (const [name, v] of Object.entries(r)) {
      table.push([
        dialect,
        name,
        String(v.rps),
        String(v.p99),
        name === 'baseline' ? '1.00' : (v.rps / b).toFixed(2),
        v.cpuMsPerReq.toFixed(3),
        String(v.non2xx + v.errors),
      ]);
    }
  };

  const dir = mkdtempSync(join(tmpdir(), 'civic-bench-'));
  let cluster: string | null = null;
  try {
    add('sqlite', await measure('sqlite', { DATABASE_URL: '', DATABASE_PATH: join(dir, 'bench.db') }));

    let url = process.env.BENCH_DATABASE_URL ?? null;
    if (!url && existsSync('/usr/lib/postgresql/15/bin/pg_ctl')) {
      cluster = mkdtempSync(join(tmpdir(), 'civic-bench-pg-'));
      chmodSync(cluster, 0o755);
      const port = await freePort();
      process.stdout.write(`\n[postgres] starting a throwaway cluster with scripts/pg-cluster.sh on port ${port}\n`);
      url = execFileSync(join(ROOT, 'scripts', 'pg-cluster.sh'), ['start', cluster, String(port)], { encoding: 'utf8' })
        .trim()
        .split('\n')
        .pop()!;
      out.postgres = 'throwaway cluster (scripts/pg-cluster.sh, fsync off)';
    } else if (url) {
      out.postgres = 'BENCH_DATABASE_URL';
    }
    if (url) {
      const schema = `bench_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(`create schema ${schema}`);
      try {
        add('postgres', await measure('postgres', { DATABASE_URL: url, BENCH_SCHEMA: schema }));
      } finally {
        await client.query(`drop schema ${schema} cascade`);
        await client.end();
      }
    } else {
      process.stdout.write('\n[postgres] skipped: set BENCH_DATABASE_URL or install PostgreSQL 15\n');
    }
  } finally {
    if (cluster) {
      try {
        execFileSync(join(ROOT, 'scripts', 'pg-cluster.sh'), ['stop', cluster], { stdio: 'ignore' });
      } catch {
        /* never started */
      }
      rmSync(cluster, { recursive: true, force: true });
    }
    rmSync(dir, { recursive: true, force: true });
  }

  const head = ['database', 'endpoint', 'req/s', 'p99 ms', 'vs baseline', 'server CPU ms/req', 'errors'];
  const widths = head.map((h, i) => Math.max(h.length, ...table.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  process.stdout.write(
    `\n${line(head)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}\n${table.map(line).join('\n')}\n`,
  );
  process.stdout.write(
    `\nbaseline = GET /bench/baseline (same app and middleware, fixed JSON); search = GET /v1/initiatives?q=${SEARCH_WORD}&limit=20 over ${N_INITIATIVES} initiatives; submit = POST /v1/ideas\n`,
  );
  mkdirSync(join(ROOT, 'bench', 'results'), { recursive: true });
  writeFileSync(join(ROOT, 'bench', 'results', 'server.json'), `${JSON.stringify(out, null, 2)}\n`);
  process.stdout.write('written: bench/results/server.json\n');
}

if (process.argv.includes('--child')) {
  child().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
} else {
  parent().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
