/** Cross-cutting HTTP behaviour: CORS, rate limit, security headers, errors, staff auth, the demo page and static files. */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { PROBLEM_TYPES } from '../../src/schema/index.js';
import { createApp } from '../../server/app.js';
import { createLogger, loadConfig } from '../../server/config.js';
import {
  ADMIN_TOKEN,
  dialects,
  expectProblem,
  idea,
  PARTNER_ORIGIN,
  post,
  setup,
  staff,
  type TestServer,
} from './helpers.js';

for (const dialect of dialects()) {
  describe(`http (${dialect})`, () => {
    let s: TestServer;
    let limited: TestServer;
    before(async () => {
      s = await setup(dialect);
      limited = await setup(dialect, { RATE_LIMIT_PER_MINUTE: '3', TRUST_PROXY: 'true' });
    });
    after(async () => {
      await s.close();
      await limited.close();
    });

    it('CORS: an allowed origin is echoed with Vary; another is not; preflight 204 cached a day', async () => {
      const ok = await s.app.request('/v1/site', { headers: { Origin: PARTNER_ORIGIN } });
      assert.equal(ok.headers.get('access-control-allow-origin'), PARTNER_ORIGIN);
      assert.match(ok.headers.get('vary') ?? '', /Origin/);
      assert.match(ok.headers.get('access-control-expose-headers') ?? '', /Retry-After/);
      const other = await s.app.request('/v1/site', { headers: { Origin: 'https://evil.example' } });
      assert.equal(other.status, 200);
      assert.equal(other.headers.get('access-control-allow-origin'), null);
      assert.match(other.headers.get('vary') ?? '', /Origin/);
      const pre = await s.app.request('/v1/ideas', {
        method: 'OPTIONS',
        headers: {
          Origin: PARTNER_ORIGIN,
          'Access-Control-Request-Method': 'POST',
          'Access-Control-Request-Headers': 'content-type, idempotency-key',
        },
      });
      assert.equal(pre.status, 204);
      assert.equal(pre.headers.get('access-control-allow-origin'), PARTNER_ORIGIN);
      assert.equal(pre.headers.get('access-control-max-age'), '86400');
      for (const h of ['Content-Type', 'Accept-Language', 'Idempotency-Key', 'X-Cancel-Token', 'Authorization']) {
        assert.ok(pre.headers.get('access-control-allow-headers')?.includes(h), h);
      }
      const bad = await s.app.request('/v1/ideas', {
        method: 'OPTIONS',
        headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST' },
      });
      assert.equal(bad.headers.get('access-control-allow-origin'), null);
      const staffPre = await s.app.request('/v1/staff/ideas', {
        method: 'OPTIONS',
        headers: {
          Origin: PARTNER_ORIGIN,
          'Access-Control-Request-Method': 'GET',
          'Access-Control-Request-Headers': 'authorization',
        },
      });
      assert.equal(staffPre.status, 204);
      assert.equal(staffPre.headers.get('access-control-allow-origin'), PARTNER_ORIGIN);
    });

    it('security headers on JSON and on problems', async () => {
      for (const r of [await s.app.request('/v1/site'), await s.app.request('/v1/nope')]) {
        assert.equal(r.headers.get('x-content-type-options'), 'nosniff');
        assert.equal(r.headers.get('referrer-policy'), 'no-referrer');
        assert.equal(r.headers.get('content-security-policy'), "default-src 'none'; frame-ancestors 'none'");
        assert.equal(r.headers.get('cross-origin-resource-policy'), 'cross-origin');
        assert.equal(r.headers.get('strict-transport-security'), null);
      }
      const https = await limited.app.request('/v1/site', { headers: { 'X-Forwarded-Proto': 'https' } });
      assert.match(https.headers.get('strict-transport-security') ?? '', /max-age=/);
    });

    it('rate limit per client for POSTs: 429 with Retry-After; other clients unaffected; GETs not limited', async () => {
      const from = (ip: string) => ({ headers: { 'X-Forwarded-For': `203.0.113.9, ${ip}` } });
      const statuses = [];
      for (let i = 0; i < 4; i++)
        statuses.push((await post(limited.app, '/v1/ideas', idea(), from('198.51.100.1'))).status);
      assert.deepEqual(statuses, [201, 201, 201, 429]);
      const r = await post(limited.app, '/v1/ideas', idea(), from('198.51.100.1'));
      await expectProblem(r, 429, PROBLEM_TYPES.rateLimited);
      const retry = Number(r.headers.get('retry-after'));
      assert.ok(retry >= 1 && retry <= 60);
      assert.equal((await post(limited.app, '/v1/ideas', idea(), from('198.51.100.2'))).status, 201);
      for (let i = 0; i < 5; i++)
        assert.equal((await limited.app.request('/v1/site', from('198.51.100.1'))).status, 200);
      const rows = await limited.db
        .selectFrom('rate_limits')
        .select('count')
        .where('client', '=', '198.51.100.1')
        .execute();
      // Accepted writes only (refused ones take their count back: server/http/rate-limit.ts).
      assert.equal(
        rows.reduce((n, r) => n + Number(r.count), 0),
        3,
        'the count lives in the database',
      );
    });

    it('staff API: 401 without or with a wrong token; without ADMIN_TOKEN still 401 (accounts exist), not 503', async () => {
      await expectProblem(await s.app.request('/v1/staff/ideas'), 401, PROBLEM_TYPES.unauthorized);
      await expectProblem(await staff(s.app, '/v1/staff/ideas', { token: `${ADMIN_TOKEN}x` }), 401);
      await expectProblem(await staff(s.app, '/v1/staff/signups', { token: 'short' }), 401);
      const basic = await s.app.request('/v1/staff/ideas', {
        headers: { Authorization: `Basic ${Buffer.from(`a:${ADMIN_TOKEN}`).toString('base64')}` },
      });
      await expectProblem(basic, 401);
      assert.equal((await staff(s.app, '/v1/staff/ideas')).status, 200);
      const noToken = createApp({ config: loadConfig({ LOG_LEVEL: 'error' }), db: s.db, log: createLogger('error') });
      await expectProblem(await staff(noToken, '/v1/staff/ideas'), 401, PROBLEM_TYPES.unauthorized);
    });

    it('an unexpected error → 500 problem without stack or SQL', async () => {
      const broken = createApp({ config: s.config, db: s.db, log: createLogger('error') });
      broken.get('/v1/boom', () => {
        throw new Error('SELECT * FROM secrets; at Object.<anonymous> (/srv/app.ts:1:1)');
      });
      const r = await broken.request('/v1/boom');
      const p = await expectProblem(r, 500, PROBLEM_TYPES.server);
      assert.ok(!JSON.stringify(p).includes('secrets'));
    });
  });
}

describe('demo page and static files', () => {
  let dir: string;
  let app: ReturnType<typeof createApp>;
  let s: TestServer;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'civic-static-'));
    mkdirSync(join(dir, 'demo', 'css'), { recursive: true });
    writeFileSync(join(dir, 'demo', 'index.html'), '<!doctype html><title>demo</title>');
    writeFileSync(join(dir, 'demo', 'css', 'site.css'), 'body{}');
    writeFileSync(join(dir, 'demo', '.env'), 'SECRET=1');
    writeFileSync(join(dir, 'secret.txt'), 'outside');
    s = await setup('sqlite');
    const config = { ...s.config, demoPage: true, demoDir: join(dir, 'demo'), widgetsDir: join(dir, 'dist', 'cdn') };
    app = createApp({ config, db: s.db, log: createLogger('error') });
  });
  after(async () => {
    await s.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('GET / serves demo/index.html with the strict page CSP; assets with their content type', async () => {
    const r = await app.request('/');
    assert.equal(r.status, 200);
    assert.match(r.headers.get('content-type') ?? '', /^text\/html/);
    assert.equal(
      r.headers
        .get('content-security-policy')
        ?.startsWith(
          "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: https:; connect-src 'self'",
        ),
      true,
    );
    const css = await app.request('/css/site.css');
    assert.equal(css.status, 200);
    assert.match(css.headers.get('content-type') ?? '', /^text\/css/);
  });

  it('no path traversal, no dotfiles', async () => {
    for (const p of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/css/..%2f..%2fsecret.txt',
      '/%2e%2e%2fsecret.txt',
      '/.env',
      '/css/%00.css',
      '/..%5csecret.txt',
      '/widgets/..%2f..%2fsecret.txt',
    ]) {
      const r = await app.request(p);
      assert.equal(r.status, 404, p);
      assert.ok(!(await r.text()).includes('outside'), p);
    }
  });

  it('without dist/cdn a widget script is a console hint, not an error', async () => {
    const r = await app.request('/widgets/civic-widgets.js');
    assert.equal(r.status, 200);
    assert.match(r.headers.get('content-type') ?? '', /javascript/);
    assert.match(await r.text(), /npm run build/);
    mkdirSync(join(dir, 'dist', 'cdn'), { recursive: true });
    writeFileSync(join(dir, 'dist', 'cdn', 'all.js'), 'export {};');
    const built = await app.request('/widgets/all.js');
    assert.equal(await built.text(), 'export {};');
    assert.equal((await app.request('/widgets/missing.js')).status, 404);
  });

  it('POST to a page path is 404, not 405', async () => {
    await expectProblem(await app.request('/nope', { method: 'POST' }), 404);
  });
});
