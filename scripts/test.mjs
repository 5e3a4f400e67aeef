#!/usr/bin/env node
// The project's test command (`npm test`). Runs, in order:
//   static  - tsc --noEmit, ESLint (zero warnings), Prettier, lit-analyzer (each counts as one test)
//   build   - npm run build (dist/, dist/cdn/, openapi.json, custom-elements.json; one test)
//   node    - node's test runner over test/node and server tests      (SQLite; PostgreSQL too when TEST_DATABASE_URL is set)
//   browser - web-test-runner in Chromium, with the reference server started on a free port and an empty database,
//             sending its e-mails to a local SMTP sink (scripts/mail-sink.mjs) whose messages the tests read
//             through web-test-runner's `civic-mail` command (scripts/wtr-mailbox.mjs)
// and ends with one line: "N passed, N failed[, N skipped]" over all of them.
//
// Usage: node scripts/test.mjs [static|node|browser ...] [-- files...]
//   e.g. node scripts/test.mjs browser -- test/browser/api/client.test.ts
//   --no-server: run the browser tests without the reference server (end-to-end tests then fail).
//   --pg: the reference server of the browser tests uses PostgreSQL (a fresh schema in TEST_DATABASE_URL,
//         dropped afterwards) instead of SQLite.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChromium } from './find-chromium.mjs';
import { startMailSink } from './mail-sink.mjs';

const argv = process.argv.slice(2);
const dash = argv.indexOf('--');
const flags = (dash === -1 ? argv : argv.slice(0, dash)).filter(Boolean);
const noServer = flags.includes('--no-server');
const onPostgres = flags.includes('--pg');
const suites = flags.filter((f) => !f.startsWith('--'));
const files = dash === -1 ? [] : argv.slice(dash + 1);
const want = (name) => suites.length === 0 || suites.includes(name);

const total = { passed: 0, failed: 0, skipped: 0 };
const failures = [];
mkdirSync('.test-results', { recursive: true });

function run(cmd, args, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/** `count` distinct free ports: all are held open until every one is known, so none is given twice. */
async function freePorts(count) {
  const servers = await Promise.all(
    Array.from(
      { length: count },
      () =>
        new Promise((resolve, reject) => {
          const srv = createServer();
          srv.unref();
          srv.on('error', reject);
          srv.listen(0, '127.0.0.1', () => resolve(srv));
        }),
    ),
  );
  const ports = servers.map((srv) => srv.address().port);
  await Promise.all(servers.map((srv) => new Promise((resolve) => srv.close(resolve))));
  return ports;
}

async function check(name, cmd, args) {
  console.log(`\n=== ${name}: ${cmd} ${args.join(' ')}`);
  const code = await run(cmd, args);
  if (code === 0) total.passed++;
  else {
    total.failed++;
    failures.push(name);
  }
}

async function staticChecks() {
  await check('tsc', 'npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']);
  await check('eslint', 'npx', ['eslint', '--max-warnings=0', '.']);
  await check('prettier', 'npx', ['prettier', '--check', '.']);
  // no-invalid-css is off: lit-analyzer's list of CSS properties predates accent-color and other current ones.
  await check('lit-analyzer', 'npx', [
    'lit-analyzer',
    'src/**/*.ts',
    'test/fixtures/*.ts',
    '--strict',
    '--rules.no-invalid-css',
    'off',
  ]);
}

async function build() {
  // The node tests import the built package through its exports map.
  await check('build (npm and cdn)', 'npm', ['run', '--silent', 'build']);
}

async function nodeTests() {
  const list = files.filter((f) => !f.startsWith('test/browser'));
  // Node 20's test runner takes no globs: list the files.
  const targets = list.length ? list : [...testFiles('test/node'), ...testFiles('test/server')];
  console.log(`\n=== node tests: ${targets.join(' ')}`);
  const tap = `.test-results/node-${process.pid}.tap`;
  rmSync(tap, { force: true });
  const code = await run('node', [
    '--import',
    'tsx',
    '--test',
    '--test-concurrency=1',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=tap',
    `--test-reporter-destination=${tap}`,
    ...targets,
  ]);
  const text = existsSync(tap) ? readFileSync(tap, 'utf8') : '';
  const num = (key) => Number(new RegExp(`^# ${key} (\\d+)$`, 'm').exec(text)?.[1] ?? 0);
  const counts = { passed: num('pass'), failed: num('fail') + num('cancelled'), skipped: num('skipped') + num('todo') };
  if (code !== 0 && counts.failed === 0) counts.failed = 1; // the runner itself failed
  if (counts.passed + counts.failed === 0) {
    counts.failed = 1;
    console.error('node tests: no test ran');
  }
  add('node tests', counts);
}

/** Every *.test.ts below `dir`, sorted. */
function testFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.test.ts'))
    .map((f) => join(dir, f))
    .sort();
}

function add(name, counts) {
  total.passed += counts.passed;
  total.failed += counts.failed;
  total.skipped += counts.skipped;
  if (counts.failed) failures.push(`${name} (${counts.failed})`);
}

async function startServer() {
  const [port, wtrPort] = await freePorts(2);
  const dataDir = mkdtempSync(join(tmpdir(), 'civic-test-'));
  const pgDb = onPostgres ? await freshPgSchema() : null;
  // E-mail on, into a local sink: the tests read what arrived (parsed with mailparser) from mailDir.
  const mailDir = join(dataDir, 'mail');
  const sink = await startMailSink(mailDir);
  const child = spawn('node', ['--import', 'tsx', 'server/main.ts'], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_PATH: join(dataDir, 'test.db'),
      DATABASE_URL: pgDb?.url ?? '',
      SEED: 'demo',
      CORS_ORIGINS: `http://localhost:${wtrPort},http://127.0.0.1:${wtrPort}`,
      ADMIN_TOKEN: 'test-admin-token-0123456789abcdef0123',
      RATE_LIMIT_PER_MINUTE: '10000',
      READ_RATE_LIMIT_PER_MINUTE: '0',
      // Public answers revalidated on every use (304s): tests that change data then read it see it at once.
      PUBLIC_MAX_AGE_SECONDS: '0',
      MIN_FILL_MS: '0',
      LOG_LEVEL: 'warn',
      SMTP_URL: `smtp://127.0.0.1:${sink.port}`,
      SMTP_HOST: '',
      MAIL_FROM: 'Voorbeeldgemeente (test) <noreply@example.org>',
      DEMO_MAIL_DIR: mailDir,
    },
  });
  const endpoint = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`reference server exited with ${child.exitCode}`);
    try {
      const res = await fetch(`${endpoint}/v1/site`);
      if (res.ok) break;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
    await sink.close();
    rmSync(dataDir, { recursive: true, force: true });
    await pgDb?.drop();
  };
  return { endpoint, wtrPort, adminToken: 'test-admin-token-0123456789abcdef0123', mailDir, stop };
}

/** A fresh schema in TEST_DATABASE_URL for the reference server (`--pg`): its URL (search_path set) and how to drop it. */
async function freshPgSchema() {
  const base = process.env.TEST_DATABASE_URL;
  if (!base) throw new Error('--pg needs TEST_DATABASE_URL');
  const { default: pg } = await import('pg');
  const schema = `browser_${process.pid}_${Date.now()}`;
  const admin = async (q) => {
    const client = new pg.Client({ connectionString: base });
    await client.connect();
    try {
      await client.query(q);
    } finally {
      await client.end();
    }
  };
  await admin(`create schema ${schema}`);
  const url = new URL(base);
  url.searchParams.set('options', `-c search_path=${schema}`);
  console.log(`reference server on PostgreSQL, schema ${schema}`);
  return { url: url.toString(), drop: () => admin(`drop schema ${schema} cascade`) };
}

async function noServerStub() {
  return { endpoint: '', wtrPort: (await freePorts(1))[0], adminToken: '', mailDir: '', stop: () => {} };
}

async function browserTests() {
  const chromium = findChromium();
  let server;
  try {
    server = noServer ? await noServerStub() : await startServer();
  } catch (err) {
    console.error(`browser tests: could not start the reference server: ${err.message}`);
    add('browser tests', { passed: 0, failed: 1, skipped: 0 });
    return;
  }
  const countFile = `.test-results/browser-${process.pid}.json`;
  rmSync(countFile, { force: true });
  const list = files.filter((f) => f.startsWith('test/browser'));
  console.log(`\n=== browser tests (reference server at ${server.endpoint})`);
  const code = await run('npx', ['web-test-runner', ...(list.length ? ['--files', ...list] : [])], {
    CHROMIUM_PATH: chromium,
    CIVIC_TEST_ENDPOINT: server.endpoint,
    CIVIC_TEST_ADMIN_TOKEN: server.adminToken,
    CIVIC_TEST_MAIL_DIR: server.mailDir,
    WTR_PORT: String(server.wtrPort),
    WTR_COUNT_FILE: countFile,
  });
  await server.stop();
  const counts = existsSync(countFile)
    ? JSON.parse(readFileSync(countFile, 'utf8'))
    : { passed: 0, failed: 1, skipped: 0 };
  if (code !== 0 && counts.failed === 0) counts.failed = 1;
  if (counts.passed + counts.failed === 0) counts.failed = 1;
  add('browser tests', counts);
}

const started = Date.now();
if (want('static')) await staticChecks();
if (want('node') || want('build')) await build();
if (want('node')) await nodeTests();
if (want('browser')) await browserTests();

const secs = Math.round((Date.now() - started) / 1000);
if (failures.length) console.log(`\nFailed: ${failures.join(', ')}`);
console.log(`\nTook ${secs} s.`);
console.log(`${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`);
process.exit(total.failed > 0 ? 1 : 0);
