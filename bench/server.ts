/**
 * `npm run bench:server`: the reference backend under a fixed, open-loop load, on SQLite and on PostgreSQL,
 * at 10,000 and at 100,000 initiatives (BENCH_SIZES=10000,100000 to choose).
 *
 * For each database and size a child process (this file with `--child`) migrates a fresh database, seeds
 * the demo plus N initiatives (`seedBenchInitiatives`, below), and serves the real app on loopback. The
 * parent then sends requests at a FIXED RATE (open loop: request i leaves at t0 + i/rate whether or not
 * earlier answers came back, so a slow server is not hidden by the client waiting for it; latency is
 * counted from the moment a request was due), for BENCH_DURATION seconds (default 5) at BENCH_RATE
 * requests/s (default 200), to:
 *   - baseline: GET /bench/baseline, a fixed JSON document the size of a search answer, served by the
 *     same app (route added by this script only, so it passes the same middleware);
 *   - site:     GET /v1/site (Accept-Language: nl);
 *   - list:     GET /v1/initiatives?limit=20 (first page and total);
 *   - search:   GET /v1/initiatives?q=<word>&limit=20, the words taking turns (full-text search, ranked,
 *     with the total over all matches);
 *   - search-mix: the same with a different search each time (about 1,600 distinct ones from the
 *     corpus's words, some with a filter; see searchMix): what a search costs when nothing about
 *     it is remembered yet;
 *   - submit:   POST /v1/ideas, a fresh Idempotency-Key per request, the rate limits raised (still
 *     counted) and MIN_FILL_MS=0.
 * It reports p50 and p99 latency, the achieved rate, and the server process's CPU time per request (from
 * process.cpuUsage() around each run), which a busy machine disturbs far less than latency; each endpoint's
 * CPU also as a ratio to the baseline's in the same run. On PostgreSQL the database's own CPU is not in it.
 * The server runs in its own process so the load generator does not steal its event loop.
 *
 * PostgreSQL: BENCH_DATABASE_URL if set; else, when /usr/lib/postgresql/15/bin exists, a throwaway
 * cluster started and stopped with scripts/pg-cluster.sh (fsync off: it is throwaway); else skipped.
 * BENCH_DATABASES=sqlite,postgres and BENCH_ENDPOINTS=search,… choose what runs (default: all; the
 * baseline always runs); BENCH_CPU_PROF=<folder> writes a V8 CPU profile of each server process there.
 * Results: a table on stdout and bench/results/server.json.
 */
import { execFileSync, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import type { Database, Db } from '../server/db/database.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SELF = fileURLToPath(import.meta.url);
const SIZES = (process.env.BENCH_SIZES ?? '10000,100000').split(',').map(Number);
const DURATION_S = Number(process.env.BENCH_DURATION ?? 5);
const RATE = Number(process.env.BENCH_RATE ?? 200);
const DATABASES = (process.env.BENCH_DATABASES ?? 'sqlite,postgres').split(',');
const ONLY_ENDPOINTS = process.env.BENCH_ENDPOINTS?.split(',') ?? null;
// In the generated corpus at 10,000: moestuin 1,949 matches, speeltuin(en) 9,937, bibliotheek 428, park and water ~9,700 (two words).
const SEARCH_WORDS = ['moestuin', 'speeltuinen', 'bibliotheek', 'park water'];
/** The words of the generated corpus (seedBenchInitiatives). */
const CORPUS_WORDS =
  'buurt plein straat school park bank boom fiets speeltuin bibliotheek zaal markt feest wandeling koffie soep jeugd senioren hulp tuin water licht kunst muziek sport veilig groen zon wind regen brug beek bos veld huis dak'.split(
    ' ',
  );

/**
 * `search-mix`: distinct searches as residents type them, drawn from the corpus vocabulary, so that
 * nothing the server remembers per query (totals, vocabulary) is warm: one word, a Dutch plural,
 * a word still being typed (a prefix), two words, and a word with a filter (area, theme, status,
 * volunteers). Deterministic, shuffled; each request of a run takes the next one, and with
 * 5 s at 200/s (1,200 requests with the warm-up) none repeats.
 */
function searchMix(): string[] {
  const plural = (w: string) => (/[aeiou]$/.test(w) ? `${w}s` : `${w}en`);
  const filters = [
    'area=centrum',
    'area=noord',
    'theme=groen',
    'theme=jeugd',
    'status=running',
    'status=idea',
    'needsVolunteers=true',
  ];
  const out: string[] = [];
  for (const [i, w] of CORPUS_WORDS.entries()) {
    out.push(`q=${w}`, `q=${plural(w)}`, `q=${w.slice(0, 3)}`, `q=${w.slice(0, Math.max(4, w.length - 2))}`);
    for (const [j, v] of CORPUS_WORDS.entries()) if (j !== i) out.push(`q=${w}%20${v}`);
    for (const f of filters) out.push(`q=${w}&${f}`);
  }
  let seed = 7;
  for (let i = out.length - 1; i > 0; i--) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    const j = seed % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return [...new Set(out)];
}
const SEARCH_MIX = searchMix();
let mixNext = 0;

// ---------------------------------------------------------------- child: seed and serve
/**
 * N initiatives with deterministic pseudo-random Dutch words, in nl, fr and en, through the server's own
 * insert of an initiative's texts (so the search index is kept exactly as the staff API keeps it). About a
 * fifth mention "moestuin" (this generator's low bits are far from random, so rnd(20) is not 5%).
 */
async function seedBenchInitiatives(db: Db, n: number): Promise<void> {
  const { insertInitiativeTextsInBulk } = await import('../server/db/initiatives.js');
  const words =
    'buurt plein straat school park bank boom fiets speeltuin bibliotheek zaal markt feest wandeling koffie soep jeugd senioren hulp tuin water licht kunst muziek sport veilig groen zon wind regen brug beek bos veld huis dak'.split(
      ' ',
    );
  let seed = 42;
  const rnd = (k: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % k);
  const sentence = (k: number) => Array.from({ length: k }, () => words[rnd(words.length)]).join(' ');
  const areas = ['centrum', 'noord', 'zuid', 'oost', 'west', 'stationswijk'];
  const themes = ['groen', 'ontmoeting', 'mobiliteit', 'jeugd', 'zorg', 'armoede', 'cultuur', 'toekomst'];
  const statuses = ['idea', 'testing', 'running', 'finished'];
  const now = Date.now();
  for (let b = 0; b < n; b += 500) {
    const ini: Database['initiatives'][] = [];
    const texts: {
      initiativeId: string;
      locale: 'nl' | 'fr' | 'en';
      title: string;
      summary: string;
      description: string;
    }[] = [];
    const th: Database['initiative_themes'][] = [];
    for (let i = b; i < Math.min(n, b + 500); i++) {
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
      const summary = `${sentence(8)}${rnd(20) === 0 ? ' moestuin' : ''}`;
      const description = sentence(30);
      for (const locale of ['nl', 'fr', 'en'] as const)
        texts.push({ initiativeId: id, locale, title, summary, description });
      th.push({ initiative_id: id, theme_id: themes[rnd(themes.length)]! });
    }
    await db.transaction().execute(async (trx) => {
      await trx.insertInto('initiatives').values(ini).execute();
      await insertInitiativeTextsInBulk(trx, texts);
      await trx.insertInto('initiative_themes').values(th).execute();
    });
  }
}

async function child(): Promise<void> {
  const { serveApp } = await import('../server/serve.js');
  const { createApp } = await import('../server/app.js');
  const { createLogger, loadConfig } = await import('../server/config.js');
  const { openDatabase } = await import('../server/db/database.js');
  const { migrate } = await import('../server/db/migrations.js');
  const { seedDemo } = await import('../server/db/seed-demo.js');

  const config = loadConfig({
    ...process.env,
    RATE_LIMIT_PER_MINUTE: '1000000',
    READ_RATE_LIMIT_PER_MINUTE: '1000000',
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
  await seedBenchInitiatives(handle.db, Number(process.env.BENCH_N));
  if (handle.dialect === 'postgres') await (await import('kysely')).sql`analyze`.execute(handle.db);

  // The baseline: a fixed document the size of a search answer, through the same middleware.
  const probe = createApp({ config, db: handle.db, log: createLogger('error') });
  const doc = await (await probe.request(`/v1/initiatives?q=${SEARCH_WORDS[0]}&limit=20`)).text();
  const app = createApp({ config, db: handle.db, log: createLogger('error') });
  app.get('/bench/baseline', (c) => c.body(doc, 200, { 'Content-Type': 'application/json' }));
  // CPU time of this process so far (µs), so the parent can report CPU per request: less
  // sensitive than latency to other load on the machine (PostgreSQL's own CPU is not included).
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
    const prof = process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
    const c = spawn(process.execPath, [...prof, '--import', 'tsx', SELF, '--child'], {
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

interface Req {
  method: 'GET' | 'POST';
  path: (i: number) => string;
  headers?: (i: number) => Record<string, string>;
  body?: string;
}
interface Run {
  sent: number;
  ok: number;
  errors: number;
  p50: number;
  p99: number;
  achieved: number;
}

/**
 * Open loop: request i is due at t0 + i/rate and leaves then, however many are still waiting for an
 * answer; its latency runs from when it was due (so the client's own lateness counts against the server,
 * not for it). A request not answered in 10 s is an error.
 */
async function openLoop(port: number, req: Req, rate: number, seconds: number): Promise<Run> {
  const agent = new Agent({ keepAlive: true, maxSockets: 512 });
  const total = Math.round(rate * seconds);
  const latencies: number[] = [];
  let ok = 0;
  let errors = 0;
  const one = (i: number, due: number) =>
    new Promise<void>((done) => {
      const r = request(
        {
          host: '127.0.0.1',
          port,
          agent,
          method: req.method,
          path: req.path(i),
          headers: {
            'accept-language': 'nl',
            ...(req.body ? { 'content-type': 'application/json' } : {}),
            ...req.headers?.(i),
          },
          timeout: 10_000,
        },
        (res) => {
          res.resume();
          res.on('end', () => {
            latencies.push(performance.now() - due);
            if (res.statusCode !== undefined && res.statusCode < 300) ok++;
            else errors++;
            done();
          });
        },
      );
      r.on('timeout', () => r.destroy(new Error('timeout')));
      r.on('error', () => {
        errors++;
        done();
      });
      r.end(req.body);
    });
  const pending: Promise<void>[] = [];
  const t0 = performance.now() + 5;
  for (let i = 0; i < total; i++) {
    const due = t0 + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    pending.push(one(i, due));
  }
  await Promise.all(pending);
  const elapsed = (performance.now() - t0) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const q = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? NaN;
  return { sent: total, ok, errors, p50: q(0.5), p99: q(0.99), achieved: ok / elapsed };
}

const IDEA = JSON.stringify({
  track: 'create',
  title: 'Bankjes op het plein',
  summary: 'Een paar bankjes op het plein zodat buren kunnen zitten en praten.',
  description: 'Met enkele buren willen we bankjes plaatsen en onderhouden.',
  areaId: 'centrum',
  themeIds: ['ontmoeting'],
  neighbours: 3,
  contact: { name: 'Voorbeeld Bewoner', email: 'bench@example.org' },
  consent: { privacy: true, noticeVersion: 'demo-1' },
  honeypot: '',
  fillMs: 50000,
});

const ENDPOINTS: Record<string, Req> = {
  baseline: { method: 'GET', path: () => '/bench/baseline' },
  site: { method: 'GET', path: () => '/v1/site' },
  list: { method: 'GET', path: () => '/v1/initiatives?limit=20' },
  search: {
    method: 'GET',
    path: (i) => `/v1/initiatives?q=${encodeURIComponent(SEARCH_WORDS[i % SEARCH_WORDS.length]!)}&limit=20`,
  },
  'search-mix': {
    method: 'GET',
    path: () => `/v1/initiatives?${SEARCH_MIX[mixNext++ % SEARCH_MIX.length]}&limit=20`,
  },
  submit: { method: 'POST', path: () => '/v1/ideas', headers: () => ({ 'idempotency-key': randomUUID() }), body: IDEA },
};

type Result = Run & { cpuMsPerReq: number };

async function measure(dialect: string, n: number, env: Record<string, string>): Promise<Record<string, Result>> {
  process.stdout.write(`\n[${dialect} ${n}] seeding ${n} initiatives and starting the server…\n`);
  const t0 = Date.now();
  const srv = await startChild({ ...env, BENCH_N: String(n) });
  process.stdout.write(
    `[${dialect} ${n}] ready in ${((Date.now() - t0) / 1000).toFixed(1)} s (search answer ${srv.docBytes} bytes)\n`,
  );
  const cpu = async () => ((await (await fetch(`http://127.0.0.1:${srv.port}/bench/cpu`)).json()) as { us: number }).us;
  const results: Record<string, Result> = {};
  try {
    for (const [name, req] of Object.entries(ENDPOINTS)) {
      if (ONLY_ENDPOINTS && name !== 'baseline' && !ONLY_ENDPOINTS.includes(name)) continue;
      await openLoop(srv.port, req, RATE, 1); // warm-up, not counted
      const cpu0 = await cpu();
      const r = await openLoop(srv.port, req, RATE, DURATION_S);
      const cpuUs = (await cpu()) - cpu0;
      results[name] = { ...r, cpuMsPerReq: cpuUs / 1000 / Math.max(1, r.ok + r.errors) };
      process.stdout.write(
        `[${dialect} ${n}] ${name}: p99 ${r.p99.toFixed(1)} ms, ${r.achieved.toFixed(0)}/s, CPU ${results[name].cpuMsPerReq.toFixed(3)} ms/req${r.errors ? `, ${r.errors} errors!` : ''}\n`,
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
    rate: RATE,
    durationS: DURATION_S,
    sizes: SIZES,
    runs: {},
  };
  const table: string[][] = [];
  const add = (dialect: string, n: number, r: Record<string, Result>) => {
    (out.runs as Record<string, unknown>)[`${dialect} ${n}`] = r;
    const base = r.baseline!.cpuMsPerReq;
    for (const [name, v] of Object.entries(r)) {
      table.push([
        dialect,
        String(n),
        name,
        v.achieved.toFixed(0),
        v.p50.toFixed(1),
        v.p99.toFixed(1),
        v.cpuMsPerReq.toFixed(3),
        name === 'baseline' ? '1.0' : (v.cpuMsPerReq / base).toFixed(1),
        String(v.errors),
      ]);
    }
  };

  const dir = mkdtempSync(join(tmpdir(), 'civic-bench-'));
  let cluster: string | null = null;
  try {
    for (const n of DATABASES.includes('sqlite') ? SIZES : [])
      add('sqlite', n, await measure('sqlite', n, { DATABASE_URL: '', DATABASE_PATH: join(dir, `bench-${n}.db`) }));

    let url = process.env.BENCH_DATABASE_URL ?? null;
    if (!DATABASES.includes('postgres')) {
      url = null;
    } else if (!url && existsSync('/usr/lib/postgresql/15/bin/pg_ctl')) {
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
      for (const n of SIZES) {
        const schema = `bench_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
        const client = new pg.Client({ connectionString: url });
        await client.connect();
        await client.query(`create schema ${schema}`);
        try {
          add('postgres', n, await measure('postgres', n, { DATABASE_URL: url, BENCH_SCHEMA: schema }));
        } finally {
          await client.query(`drop schema ${schema} cascade`);
          await client.end();
        }
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

  const head = [
    'database',
    'initiatives',
    'endpoint',
    'answered/s',
    'p50 ms',
    'p99 ms',
    'CPU ms/req',
    'CPU vs baseline',
    'errors',
  ];
  const widths = head.map((h, i) => Math.max(h.length, ...table.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => (i < 3 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  process.stdout.write(
    `\n${line(head)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}\n${table.map(line).join('\n')}\n`,
  );
  process.stdout.write(
    `\nopen loop at ${RATE} requests/s for ${DURATION_S} s per row; baseline = GET /bench/baseline (same app and middleware, fixed JSON); search = GET /v1/initiatives?q=…&limit=20 with ${SEARCH_WORDS.map((w) => `"${w}"`).join(', ')} in turn; search-mix = ${SEARCH_MIX.length} distinct searches, one each; submit = POST /v1/ideas\n`,
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
