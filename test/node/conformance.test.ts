// The conformance kit (src/conformance, `civic-widgets conformance <url>`): green against the
// reference server over HTTP on each database (SQLite; PostgreSQL when TEST_DATABASE_URL is set),
// with what it wrote checked in the database; red, naming exactly the broken rule, against a MOCK
// of a broken backend: the real app behind a fetch wrapper that breaks one rule at a time.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { dialects, PARTNER_ORIGIN, setup, writeCounts, type TestServer } from '../server/helpers.js';
import { CHECKS, runConformance, type ConformanceRun } from '../../src/conformance/run.js';
import { formatReport } from '../../src/conformance/report.js';

type Fetch = (req: Request) => Response | Promise<Response>;

/** Serves `fetch` on a free loopback port. */
async function listen(fetch: Fetch): Promise<{ base: string; close(): Promise<void> }> {
  return new Promise((resolve) => {
    const server = serve({ fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) =>
      resolve({
        base: `http://127.0.0.1:${info.port}`,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            (server as { closeAllConnections?: () => void }).closeAllConnections?.();
          }),
      }),
    );
  });
}

/** The rules of a run with the given status. */
const rules = (run: ConformanceRun, status: 'pass' | 'fail' | 'skip') =>
  run.results.filter((r) => r.status === status).map((r) => r.rule);

/** Runs the CLI from source (tsx), as `npx civic-widgets ...` runs its compiled twin. */
function cli(script: string, args: string[], tsx = true): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const proc = spawn(process.execPath, [...(tsx ? ['--import', 'tsx'] : []), script, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    proc.stdout.on('data', (d: Buffer) => (out += d.toString()));
    proc.stderr.on('data', (d: Buffer) => (out += d.toString()));
    proc.on('exit', (code) => resolve({ code, out }));
  });
}

for (const dialect of dialects()) {
  describe(`conformance kit against the reference server (${dialect})`, () => {
    let server: TestServer;
    let http: Awaited<ReturnType<typeof listen>>;
    before(async () => {
      // The reference server's defaults for its anti-abuse settings (20 writes a minute, forms
      // faster than 3 s flagged): one run of the kit fits under them.
      server = await setup(dialect, { RATE_LIMIT_PER_MINUTE: '20', MIN_FILL_MS: '3000' });
      http = await listen((req) => server.app.fetch(req));
    });
    after(async () => {
      await http?.close();
      await server?.close();
    });

    test('every rule passes, and the run wrote one idea and one signup, cancelled, as marked test data', async (t) => {
      const before = await writeCounts(server.db);
      const run = await runConformance(http.base, { origin: PARTNER_ORIGIN });
      for (const line of formatReport(run).trimEnd().split('\n')) t.diagnostic(line);
      assert.deepEqual(rules(run, 'fail'), []);
      assert.deepEqual(rules(run, 'skip'), []);
      assert.deepEqual(
        run.results.map((r) => r.rule),
        CHECKS.map((c) => c.rule),
      );
      const now = await writeCounts(server.db);
      // One idea, though it was sent three more times with a key (replay, conflict) and three times broken.
      assert.equal(now.ideas - before.ideas, 1);
      assert.equal(now.signups - before.signups, 1);
      // Marked as test data, and not flagged as a bot: the kit sends a person's fill time.
      const ideas = await server.db
        .selectFrom('ideas')
        .select(['flagged', 'contact_name'])
        .where('contact_email', '=', 'conformance@example.org')
        .execute();
      assert.deepEqual(ideas, [{ flagged: 0, contact_name: 'Conformance Test' }]);
      const signupId = /^signup (\S+) cancelled$/.exec(run.written.find((w) => w.startsWith('signup ')) ?? '')?.[1];
      const signup = await server.db
        .selectFrom('signups')
        .select(['status'])
        .where('id', '=', signupId ?? '')
        .executeTakeFirst();
      assert.equal(signup?.status, 'cancelled');
      assert.ok(run.written.some((w) => w.startsWith('an idea on track create')));
      assert.ok(run.written.some((w) => /^signup .* cancelled$/.test(w)));
    });
  });
}

describe('conformance kit against a MOCK of a broken backend (the real app, one rule broken at a time)', () => {
  let server: TestServer;
  let http: Awaited<ReturnType<typeof listen>>;
  let broken: Fetch;
  before(async () => {
    server = await setup('sqlite');
    http = await listen((req) => broken(req));
  });
  after(async () => {
    await http?.close();
    await server?.close();
  });

  const app: Fetch = (req) => server.app.fetch(req);
  const canonical = (text: string): string => {
    const sort = (v: unknown): unknown =>
      Array.isArray(v)
        ? v.map(sort)
        : v !== null && typeof v === 'object'
          ? Object.fromEntries(
              Object.entries(v)
                .sort(([a], [b]) => (a < b ? -1 : 1))
                .map(([k, x]) => [k, sort(x)]),
            )
          : v;
    try {
      return JSON.stringify(sort(JSON.parse(text)));
    } catch {
      return text;
    }
  };
  /** The request again, with other headers, URL or body. */
  const remake = (req: Request, change: { headers?: Headers; url?: string; body?: string | null }, body: string) =>
    new Request(change.url ?? req.url, {
      method: req.method,
      headers: change.headers ?? req.headers,
      // No body for GET, nor an empty one (a string body would get a text/plain Content-Type).
      body: req.method === 'GET' || req.method === 'HEAD' ? undefined : change.body || body || undefined,
    });
  /** Answers a changed copy of `res`. */
  const reanswer = async (res: Response, change: (h: Headers) => void, body?: string, status?: number) => {
    const headers = new Headers(res.headers);
    headers.delete('Content-Length');
    change(headers);
    return new Response(body ?? (await res.text()), { status: status ?? res.status, headers });
  };

  /** A MOCK that acts again on a replay to `path` (same key, same body): it makes up a new key. */
  const replayedAgain = (path: string): Fetch => {
    const seen = new Map<string, string>();
    return async (req) => {
      const key = req.headers.get('idempotency-key');
      if (req.method !== 'POST' || key === null || new URL(req.url).pathname !== path) return app(req);
      const body = await req.text();
      const headers = new Headers(req.headers);
      if (seen.get(key) === canonical(body)) headers.set('Idempotency-Key', crypto.randomUUID());
      else if (!seen.has(key)) seen.set(key, canonical(body));
      return app(remake(req, { headers }, body));
    };
  };

  /** Each variant breaks one rule; `rule` is the one the kit must name, and no other. */
  const variants: { rule: string; what: string; make(): Fetch }[] = [
    {
      rule: 'site.shape',
      what: 'GET /v1/site answers demo as a string',
      make: () => async (req) => {
        const res = await app(req);
        if (new URL(req.url).pathname !== '/v1/site' || res.status !== 200) return res;
        const site = (await res.json()) as Record<string, unknown>;
        return reanswer(res, () => undefined, JSON.stringify({ ...site, demo: 'yes' }));
      },
    },
    {
      rule: 'initiatives.pagination',
      what: 'the cursor is ignored (every page is the first)',
      make: () => async (req) => {
        if (req.method !== 'GET') return app(req);
        const url = new URL(req.url);
        url.searchParams.delete('cursor');
        return app(remake(req, { url: url.href }, ''));
      },
    },
    {
      rule: 'accept-language',
      what: 'Accept-Language is ignored (always Dutch)',
      make: () => async (req) => {
        const headers = new Headers(req.headers);
        headers.delete('accept-language');
        return app(remake(req, { headers }, await req.text()));
      },
    },
    {
      rule: 'cors.preflight',
      what: 'preflights do not allow Idempotency-Key',
      make: () => async (req) => {
        const res = await app(req);
        if (req.method !== 'OPTIONS') return res;
        return reanswer(res, (h) =>
          h.set('Access-Control-Allow-Headers', 'Content-Type, Accept-Language, X-Cancel-Token'),
        );
      },
    },
    {
      rule: 'cors.headers',
      what: 'answers expose no headers',
      make: () => async (req) => {
        const res = await app(req);
        return req.method === 'OPTIONS' ? res : reanswer(res, (h) => h.delete('Access-Control-Expose-Headers'));
      },
    },
    {
      rule: 'ideas.problem-json',
      what: '422 answers are text/plain',
      make: () => async (req) => {
        const res = await app(req);
        if (res.status !== 422) return res;
        return reanswer(res, (h) => h.set('Content-Type', 'text/plain; charset=utf-8'), 'Invalid fields.');
      },
    },
    {
      rule: 'ideas.media-type',
      what: 'a text/plain body is taken as JSON',
      make: () => async (req) => {
        if (!req.headers.get('content-type')?.startsWith('text/plain')) return app(req);
        const headers = new Headers(req.headers);
        headers.set('Content-Type', 'application/json');
        return app(remake(req, { headers }, await req.text()));
      },
    },
    {
      rule: 'ideas.idempotency-key-required',
      what: 'a POST without Idempotency-Key gets one made up',
      make: () => async (req) => {
        if (req.method !== 'POST' || req.headers.has('idempotency-key')) return app(req);
        const headers = new Headers(req.headers);
        headers.set('Idempotency-Key', crypto.randomUUID());
        return app(remake(req, { headers }, await req.text()));
      },
    },
    {
      rule: 'ideas.idempotency-replay',
      what: 'a replay of an idea (same key, same body) is acted on again',
      make: () => replayedAgain('/v1/ideas'),
    },
    {
      rule: 'volunteer-signups.idempotency-replay',
      what: 'a replay of a signup (same key, same body) is acted on again',
      make: () => replayedAgain('/v1/volunteer-signups'),
    },
    {
      rule: 'ideas.body-too-large',
      what: 'a body over the limit is a 400 instead of a 413',
      make: () => async (req) => {
        const res = await app(req);
        if (res.status !== 413) return res;
        const problem = { type: 'urn:civic-widgets:problem:malformed-request', title: 'Bad request.', status: 400 };
        return reanswer(res, () => undefined, JSON.stringify(problem), 400);
      },
    },
    {
      rule: 'ideas.method-not-allowed',
      what: '405 answers without an Allow header',
      make: () => async (req) => {
        const res = await app(req);
        return res.status === 405 ? reanswer(res, (h) => h.delete('Allow')) : res;
      },
    },
    {
      rule: 'initiatives.filters',
      what: 'the rung filter is ignored',
      make: () => async (req) => {
        const url = new URL(req.url);
        if (req.method !== 'GET' || !url.searchParams.has('rung')) return app(req);
        url.searchParams.delete('rung');
        return app(remake(req, { url: url.href }, ''));
      },
    },
    {
      rule: 'ideas.idempotency-conflict',
      what: 'the same key with another body replays the first answer',
      make: () => {
        const first = new Map<string, string>();
        return async (req) => {
          const key = req.headers.get('idempotency-key');
          if (req.method !== 'POST' || key === null) return app(req);
          const body = await req.text();
          if (!first.has(key)) first.set(key, body);
          return app(remake(req, { body: first.get(key)! }, body));
        };
      },
    },
    {
      rule: 'volunteer-signups.cancel',
      what: 'a wrong cancel token answers 200',
      make: () => async (req) => {
        const res = await app(req);
        return req.method === 'DELETE' && res.status === 403 ? reanswer(res, () => undefined, undefined, 200) : res;
      },
    },
  ];

  test('the real app behind the pass-through wrapper passes every rule', async () => {
    broken = app;
    const run = await runConformance(http.base, { origin: PARTNER_ORIGIN });
    assert.deepEqual(rules(run, 'fail'), []);
    assert.deepEqual(rules(run, 'skip'), []);
  });

  for (const v of variants) {
    test(`${v.what}: only ${v.rule} fails`, async (t) => {
      broken = v.make();
      const run = await runConformance(http.base, { origin: PARTNER_ORIGIN });
      const failed = run.results.find((r) => r.rule === v.rule);
      t.diagnostic(`${v.rule}: ${failed?.problems.join(' | ') ?? '(not run)'}`);
      assert.deepEqual(rules(run, 'fail'), [v.rule], formatReport(run));
      assert.deepEqual(rules(run, 'skip'), [], formatReport(run));
      assert.ok(failed!.problems.length > 0);
    });
  }

  test('the CLI prints each rule, names the broken one and exits 1; 0 when all pass; 2 without a URL', async () => {
    broken = variants.find((v) => v.rule === 'cors.preflight')!.make();
    const red = await cli('src/conformance/cli.ts', [
      'conformance',
      http.base,
      '--origin',
      PARTNER_ORIGIN,
      '--read-only',
    ]);
    assert.equal(red.code, 1, red.out);
    assert.match(red.out, /^FAIL {2}cors\.preflight .*\n.*Access-Control-Allow-Headers lacks idempotency-key/m);
    assert.match(red.out, /^PASS {2}site\.shape /m);
    assert.match(red.out, /1 failed/);
    broken = app;
    const green = await cli('src/conformance/cli.ts', [
      'conformance',
      `${http.base}/v1/`,
      `--origin=${PARTNER_ORIGIN}`,
    ]);
    assert.equal(green.code, 0, green.out);
    assert.match(green.out, /^PASS {2}ideas\.idempotency-replay /m);
    assert.match(green.out, /writes test data \(name "Conformance Test", e-mail conformance@example\.org\)/);
    assert.match(green.out, /, 0 failed, 0 skipped/);
    const usage = await cli('src/conformance/cli.ts', ['conformance']);
    assert.equal(usage.code, 2, usage.out);
    assert.match(usage.out, /Usage: civic-widgets conformance <base-url>/);
  });

  test('the package bin is the compiled CLI and runs from dist/ with Node alone', async () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { bin?: Record<string, string> };
    assert.equal(pkg.bin?.['civic-widgets'], './dist/conformance/cli.js');
    assert.match(readFileSync('src/conformance/cli.ts', 'utf8'), /^#!\/usr\/bin\/env node\n/);
    const bin = pkg.bin['civic-widgets'];
    assert.ok(existsSync(bin), `${bin} is missing: scripts/test.mjs builds dist/ before the node tests`);
    broken = app;
    const run = await cli(bin, ['conformance', http.base, '--origin', PARTNER_ORIGIN, '--only', 'site,cors'], false);
    assert.equal(run.code, 0, run.out);
    assert.match(run.out, /3 passed, 0 failed, 0 skipped/);
  });
});
