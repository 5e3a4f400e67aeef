/**
 * Rate limits (server/http/rate-limit.ts) over a sliding 60 s window, with the clock under the test's
 * control (createApp's `now`; nothing sleeps): writes counted in the database and shared by every
 * instance on it, reads counted in memory per instance; 429 problem+json with an exact Retry-After.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { PROBLEM_TYPES } from '../../src/schema/index.js';
import { createApp, type App } from '../../server/app.js';
import { createLogger } from '../../server/config.js';
import { BUCKET_EPOCH_MS, MemoryWindow, retryAfterSeconds } from '../../server/http/rate-limit.js';
import { ADMIN_TOKEN, count, dialects, expectProblem, idea, post, setup, staff, type TestServer } from './helpers.js';

/** A minute boundary (the start of a clock minute) well in the future of the seed data. */
const BOUNDARY = Date.UTC(2031, 4, 6, 10, 0, 0);

/** A clock the test moves. */
function clock(start: number) {
  let t = start;
  return { now: () => new Date(t), set: (ms: number) => void (t = ms), get: () => t };
}

const from = (ip: string) => ({ headers: { 'X-Forwarded-For': ip } });

for (const dialect of dialects()) {
  describe(`write rate limit, sliding window (${dialect})`, () => {
    let s: TestServer;
    let app: App;
    let second: App;
    const t = clock(BOUNDARY);
    before(async () => {
      s = await setup(dialect, { RATE_LIMIT_PER_MINUTE: '20', TRUST_PROXY: '1', MIN_FILL_MS: '0' });
      app = createApp({ config: s.config, db: s.db, log: createLogger('error'), now: t.now });
      // A second instance on the same database (what a load balancer spreads requests over).
      second = createApp({ config: s.config, db: s.db, log: createLogger('error'), now: t.now });
    });
    after(async () => s.close());

    it('40 writes in 5 s across a minute boundary with a limit of 20: 20 accepted, 20 refused (429, exact Retry-After)', async () => {
      const statuses: number[] = [];
      let firstRefusal: Response | null = null;
      for (let i = 0; i < 40; i++) {
        t.set(BOUNDARY - 2500 + i * 125); // 2.5 s before the boundary to 2.375 s after
        const r = await post(i % 2 ? second : app, '/v1/ideas', idea(), from('198.51.100.7'));
        statuses.push(r.status);
        if (r.status === 429 && !firstRefusal) firstRefusal = r;
      }
      assert.deepEqual(statuses, [...Array<number>(20).fill(201), ...Array<number>(20).fill(429)]);
      await expectProblem(firstRefusal!, 429, PROBLEM_TYPES.rateLimited);
      // The 4 writes of the first second (BOUNDARY-3s) leave the window 60 s later: at BOUNDARY+57s.
      assert.equal(firstRefusal!.headers.get('retry-after'), '57');
      assert.equal(firstRefusal!.headers.get('cache-control'), 'no-store');
    });

    it('refused requests do not count: at the Retry-After exactly the writes that left fit again', async () => {
      t.set(BOUNDARY + 56_999);
      await expectProblem(await post(app, '/v1/ideas', idea(), from('198.51.100.7')), 429);
      t.set(BOUNDARY + 57_000);
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) statuses.push((await post(second, '/v1/ideas', idea(), from('198.51.100.7'))).status);
      assert.deepEqual(statuses, [201, 201, 201, 201, 429]);
    });

    it('other clients are counted apart; reads are not counted in the database', async () => {
      assert.equal((await post(app, '/v1/ideas', idea(), from('198.51.100.8'))).status, 201);
      const before = await count(s.db, 'rate_limits');
      for (let i = 0; i < 10; i++) assert.equal((await app.request('/v1/site', from('198.51.100.7'))).status, 200);
      assert.equal(await count(s.db, 'rate_limits'), before, 'a GET writes nothing');
    });

    it('old buckets are purged', async () => {
      t.set(BOUNDARY + 10 * 60_000);
      assert.equal((await post(app, '/v1/ideas', idea(), from('198.51.100.9'))).status, 201);
      const rows = await s.db.selectFrom('rate_limits').select(['client', 'minute']).execute();
      assert.ok(rows.length > 0 && rows.length <= 2, `left: ${rows.length}`);
    });
  });

  describe(`read rate limit, per client in memory (${dialect})`, () => {
    let s: TestServer;
    let app: App;
    const t = clock(BOUNDARY - 1000);
    before(async () => {
      s = await setup(dialect, { READ_RATE_LIMIT_PER_MINUTE: '300', TRUST_PROXY: '1' });
      app = createApp({ config: s.config, db: s.db, log: createLogger('error'), now: t.now });
    });
    after(async () => s.close());

    it('300 GETs a minute per client, sliding across the minute boundary; then 429 problem+json with Retry-After', async () => {
      const paths = ['/v1/site', '/v1/initiatives', '/v1/volunteer-roles'];
      for (let i = 0; i < 300; i++) {
        t.set(BOUNDARY - 1000 + i); // all 300 within the last second before the boundary
        const r = await app.request(paths[i % 3]!, from('203.0.113.20'));
        assert.equal(r.status, 200, `GET ${i + 1}`);
      }
      t.set(BOUNDARY + 5000); // a new clock minute: a fixed window would start again at 0
      const r = await app.request('/v1/site', from('203.0.113.20'));
      await expectProblem(r, 429, PROBLEM_TYPES.rateLimited);
      assert.equal(r.headers.get('retry-after'), '54', 'their second (BOUNDARY-1s) leaves the window at BOUNDARY+59s');
      assert.equal(r.headers.get('cache-control'), 'no-store');
      assert.equal(r.headers.get('etag'), null);
      // 304s count as reads too; another client, staff reads and writes are not limited by it.
      assert.equal((await app.request('/v1/site', from('203.0.113.21'))).status, 200);
      assert.equal(
        (
          await staff(app, '/v1/staff/ideas', {
            headers: { Authorization: `Bearer ${ADMIN_TOKEN}`, ...from('203.0.113.20').headers },
          })
        ).status,
        200,
      );
      assert.equal((await post(app, '/v1/ideas', idea(), from('203.0.113.20'))).status, 201);
      t.set(BOUNDARY + 59_000);
      assert.equal((await app.request('/v1/site', from('203.0.113.20'))).status, 200, 'the window slid past them');
    });

    it('HEAD counts as a read; health and the widget files are not limited', async () => {
      t.set(BOUNDARY + 3_600_000);
      for (let i = 0; i < 300; i++) await app.request('/v1/site', { method: 'HEAD', ...from('203.0.113.30') });
      assert.equal((await app.request('/v1/site', { method: 'HEAD', ...from('203.0.113.30') })).status, 429);
      assert.equal((await app.request('/healthz', from('203.0.113.30'))).status, 200);
    });
  });
}

describe('the sliding window in memory', () => {
  it('counts per second, refuses without counting, and says how long to wait', () => {
    const w = new MemoryWindow(3);
    const at = BUCKET_EPOCH_MS + 1_000_000_000;
    assert.equal(w.hit('a', at), null);
    assert.equal(w.hit('a', at + 10_000), null);
    assert.equal(w.hit('a', at + 20_000), null);
    assert.equal(w.hit('a', at + 30_000), 30, 'the first leaves at +60 s');
    assert.equal(w.hit('a', at + 30_500), 30, 'refusals do not count (else the wait would grow)');
    assert.equal(w.hit('b', at + 30_000), null);
    assert.equal(w.hit('a', at + 60_000), null);
  });

  it('forgets idle clients and keeps at most maxClients', () => {
    const w = new MemoryWindow(10, 3);
    const at = BUCKET_EPOCH_MS + 2_000_000_000;
    for (const c of ['a', 'b', 'c', 'd']) w.hit(c, at);
    assert.equal(w.size, 3);
    w.hit('e', at + 61_001);
    assert.equal(w.size, 1, 'the idle ones are swept');
  });

  it('Retry-After: the oldest buckets leave until one more fits', () => {
    const now = BUCKET_EPOCH_MS + 100_500;
    // Seconds 41, 50, 100 with 2, 2, 1 requests; limit 5: the 2 of second 41 must go, at second 101.
    const b = [
      { second: 50, count: 2 },
      { second: 41, count: 2 },
      { second: 100, count: 1 },
    ];
    assert.equal(retryAfterSeconds(b, 5, now), 1);
    assert.equal(retryAfterSeconds(b, 3, now), 10, 'both older buckets: second 50 leaves at 110');
  });
});
