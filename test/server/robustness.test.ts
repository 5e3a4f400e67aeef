/**
 * Races and edge cases found in review: concurrent publishing, idempotency keys (endpoint scope,
 * abandoned pending rows, an answer that cannot be stored), idle PostgreSQL connections failing,
 * lock order of multi-shift signups, raising a shift's capacity with a reserve list, id
 * collisions, deeply nested JSON, roles of unpublished initiatives, seeding atomically and
 * Accept-Language details.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import pg from 'pg';
import { PROBLEM_TYPES } from '../../src/schema/index.js';
import { openDatabase } from '../../server/db/database.js';
import { scopedKey, storedKey } from '../../server/db/idempotency.js';
import { seedDemo } from '../../server/db/seed-demo.js';
import { jsonDepth, MAX_JSON_DEPTH } from '../../server/http/body.js';
import { bodyHash } from '../../server/http/idempotency.js';
import { negotiateLocale } from '../../server/http/locale.js';
import {
  count,
  dialects,
  expectProblem,
  idea,
  json,
  post,
  setup,
  signup,
  staff,
  type TestServer,
  placesLeft as placesLeftIn,
} from './helpers.js';

const role = (id: string, initiativeId = 'zaalbeheerders') => ({
  id,
  initiativeId,
  title: { nl: 'Rol' },
  description: { nl: 'Iets doen.' },
  timeAsked: { nl: 'Een uur' },
  gives: { guidance: null, insurance: null, expenses: null },
  requirements: { minimumAge: null, training: null },
  published: true,
});
const shift = (id: string, capacity: number) => ({
  id,
  start: '2030-03-01T10:00:00Z',
  end: '2030-03-01T12:00:00Z',
  capacity,
});
const initiative = (id: string) => ({
  id,
  title: { nl: 'Nieuw' },
  summary: { nl: 'Samenvatting.' },
  description: { nl: 'Beschrijving.' },
  areaId: 'centrum',
  themeIds: ['ontmoeting'],
  rung: 2,
  coproduction: 'co-creation',
  status: 'idea',
  organiser: 'both',
  needsVolunteers: false,
  links: [],
});

for (const dialect of dialects()) {
  describe(`robustness (${dialect})`, () => {
    let s: TestServer;
    before(async () => {
      s = await setup(dialect);
    });
    after(() => s.close());

    const placesLeft = (shiftId: string) => placesLeftIn(s.db, shiftId);

    it('publishing an idea concurrently creates one initiative; the others get 409', async () => {
      const { id } = await json(await post(s.app, '/v1/ideas', idea()));
      // Only an accepted idea is published.
      await staff(s.app, `/v1/staff/ideas/${id}`, { method: 'PATCH', body: { status: 'accepted' } });
      const rs = await Promise.all(
        Array.from({ length: 5 }, () => staff(s.app, `/v1/staff/ideas/${id}/publish`, { method: 'POST', body: {} })),
      );
      assert.deepEqual(rs.map((r) => r.status).sort(), [201, 409, 409, 409, 409]);
      for (const r of rs.filter((x) => x.status === 409)) await expectProblem(r, 409, PROBLEM_TYPES.validation);
      const made = await s.db.selectFrom('initiatives').select('id').where('source_idea_id', '=', id).execute();
      assert.equal(made.length, 1);
      const stored = await s.db.selectFrom('ideas').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
      assert.equal(stored.initiative_id, made[0]!.id);
      assert.equal(stored.status, 'published');
    });

    it('an Idempotency-Key is bound to its endpoint', async () => {
      const key = randomUUID();
      const body = idea();
      assert.equal((await post(s.app, '/v1/ideas', body, { key })).status, 201);
      // Same key and body on another endpoint: no replay of the idea receipt; the body is checked.
      const other = await post(s.app, '/v1/volunteer-signups', body, { key });
      assert.equal(other.headers.get('idempotency-replayed'), null);
      await expectProblem(other, 422);
      // Same key, a signup body: a new signup, not a conflict with the idea.
      const r = await post(s.app, '/v1/volunteer-signups', signup({ joinWaitlist: true }), { key });
      assert.equal(r.status, 201, await r.clone().text());
      assert.ok((await json(r)).cancelToken);
      // And the key still replays on its own endpoint.
      const again = await post(s.app, '/v1/ideas', body, { key });
      assert.equal(again.status, 201);
      assert.equal(again.headers.get('idempotency-replayed'), 'true');
    });

    it('a pending key abandoned for over a minute is taken over at once', async () => {
      const key = randomUUID();
      const body = idea();
      const now = Date.now();
      await s.db
        .insertInto('idempotency_keys')
        .values({
          key: storedKey(scopedKey('POST', '/v1/ideas', key)),
          body_hash: bodyHash(body),
          status: null,
          response: null,
          created_at: new Date(now - 3600_000).toISOString(),
          expires_at: new Date(now + 23 * 3600_000).toISOString(),
        })
        .execute();
      const t = Date.now();
      const r = await post(s.app, '/v1/ideas', body, { key });
      assert.equal(r.status, 201, await r.clone().text());
      assert.ok(Date.now() - t < 5000, 'no wait for the abandoned request');
      const again = await post(s.app, '/v1/ideas', body, { key });
      assert.equal(again.headers.get('idempotency-replayed'), 'true');
    });

    it('an answer that cannot be stored leaves no record, and the retry writes once', async () => {
      // The answer is stored in the write's transaction: when storing fails, the write is undone
      // too, so the retry with the same key performs it for the first time.
      const fail =
        dialect === 'sqlite'
          ? [sql`create trigger no_complete before update on idempotency_keys begin select raise(abort, 'no'); end`]
          : [
              sql`create function no_complete() returns trigger language plpgsql as $$ begin raise exception 'no'; end $$`,
              sql`create trigger no_complete before update on idempotency_keys for each row execute function no_complete()`,
            ];
      const key = randomUUID();
      const body = idea();
      const before = await count(s.db, 'ideas');
      for (const q of fail) await q.execute(s.db);
      try {
        const r = await post(s.app, '/v1/ideas', body, { key });
        await expectProblem(r, 500);
        assert.equal(await count(s.db, 'ideas'), before);
      } finally {
        await sql`drop trigger no_complete${sql.raw(dialect === 'sqlite' ? '' : ' on idempotency_keys')}`.execute(s.db);
        if (dialect === 'postgres') await sql`drop function no_complete()`.execute(s.db);
      }
      const retry = await post(s.app, '/v1/ideas', body, { key });
      assert.equal(retry.status, 201, await retry.clone().text());
      assert.equal(retry.headers.get('idempotency-replayed'), null);
      assert.equal(await count(s.db, 'ideas'), before + 1);
    });

    it('multi-shift signups in opposite orders do not deadlock; answers keep the request order', async () => {
      assert.equal((await staff(s.app, '/v1/staff/volunteer-roles', { method: 'POST', body: role('dl') })).status, 201);
      for (const id of ['dl-a', 'dl-b'])
        assert.equal(
          (await staff(s.app, '/v1/staff/volunteer-roles/dl/shifts', { method: 'POST', body: shift(id, 1000) })).status,
          201,
        );
      const orders = [
        ['dl-a', 'dl-b'],
        ['dl-b', 'dl-a'],
      ];
      const rs = await Promise.all(
        Array.from({ length: 40 }, (_, i) =>
          post(s.app, '/v1/volunteer-signups', signup({ roleId: 'dl', shiftIds: orders[i % 2] })),
        ),
      );
      const bodies = await Promise.all(rs.map((r) => r.text()));
      assert.deepEqual(
        rs.map((r) => r.status),
        rs.map(() => 201),
        bodies.find((b) => !b.includes('cancelToken')),
      );
      bodies.forEach((b, i) =>
        assert.deepEqual(
          (JSON.parse(b) as { shifts: { shiftId: string }[] }).shifts.map((x) => x.shiftId),
          orders[i % 2],
        ),
      );
      assert.equal(await placesLeft('dl-a'), 960);
      assert.equal(await placesLeft('dl-b'), 960);
      // Cancelling them all at once frees every place.
      const cancels = await Promise.all(
        bodies.map((b) => {
          const { id, cancelToken } = JSON.parse(b) as { id: string; cancelToken: string };
          return s.app.request(`/v1/volunteer-signups/${id}`, {
            method: 'DELETE',
            headers: { 'X-Cancel-Token': cancelToken },
          });
        }),
      );
      assert.deepEqual(
        cancels.map((r) => r.status),
        cancels.map(() => 200),
      );
      assert.equal(await placesLeft('dl-a'), 1000);
      assert.equal(await placesLeft('dl-b'), 1000);
    });

    it('raising a capacity moves the reserve list up before newcomers', async () => {
      assert.equal(
        (await staff(s.app, '/v1/staff/volunteer-roles', { method: 'POST', body: role('cap') })).status,
        201,
      );
      const add = await staff(s.app, '/v1/staff/volunteer-roles/cap/shifts', {
        method: 'POST',
        body: shift('cap-1', 1),
      });
      assert.equal(add.status, 201);
      const one = (over: Record<string, unknown> = {}) =>
        post(
          s.app,
          '/v1/volunteer-signups',
          signup({ roleId: 'cap', shiftIds: ['cap-1'], joinWaitlist: true, ...over }),
        );
      const a = await json(await one());
      const b = await json(await one());
      const c = await json(await one());
      assert.deepEqual([a.status, b.status, c.status], ['confirmed', 'waitlisted', 'waitlisted']);
      const patch = (capacity: number) =>
        staff(s.app, '/v1/staff/volunteer-roles/cap/shifts/cap-1', { method: 'PATCH', body: { capacity } });
      const p = await patch(2);
      assert.equal(p.status, 200, await p.clone().text());
      assert.equal((await json(p)).placesLeft, 0);
      const status = async (id: string) =>
        (await s.db.selectFrom('signups').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status;
      const place = async (id: string) =>
        (
          await s.db
            .selectFrom('signup_shifts')
            .select('status')
            .where('signup_id', '=', id)
            .where('shift_id', '=', 'cap-1')
            .executeTakeFirstOrThrow()
        ).status;
      assert.equal(await status(b.id), 'confirmed');
      assert.equal(await place(b.id), 'confirmed');
      assert.equal(await status(c.id), 'waitlisted');
      // A newcomer now waits behind c.
      const d = await json(await one());
      assert.equal(d.status, 'waitlisted');
      // Three more places: c and d move up, one place stays free.
      assert.equal((await json(await patch(5))).placesLeft, 1);
      assert.deepEqual([await status(c.id), await status(d.id)], ['confirmed', 'confirmed']);
      assert.equal(await place(d.id), 'confirmed');
      // Lowering below the places taken is still refused.
      await expectProblem(await patch(3), 409);
    });

    it('taken ids are a 409, also when the check races (publish, initiative, role, shift)', async () => {
      const { id } = await json(await post(s.app, '/v1/ideas', idea()));
      await staff(s.app, `/v1/staff/ideas/${id}`, { method: 'PATCH', body: { status: 'accepted' } });
      await expectProblem(
        await staff(s.app, `/v1/staff/ideas/${id}/publish`, { method: 'POST', body: { id: 'zaalbeheerders' } }),
        409,
        PROBLEM_TYPES.validation,
      );
      const kept = await s.db
        .selectFrom('ideas')
        .select('initiative_id')
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      assert.equal(kept.initiative_id, null, 'nothing kept from the failed publish');
      // A shift id is unique across roles.
      await expectProblem(
        await staff(s.app, '/v1/staff/volunteer-roles/zaal-onthaal/shifts', {
          method: 'POST',
          body: shift('zaal-1', 1),
        }),
        409,
        PROBLEM_TYPES.validation,
      );
      // Two creates with one new id at once: one 201, one 409 (the existence check alone races).
      const twice = async (path: string, body: unknown) => {
        const rs = await Promise.all([1, 2].map(() => staff(s.app, path, { method: 'POST', body })));
        assert.deepEqual(rs.map((r) => r.status).sort(), [201, 409]);
        for (const r of rs) if (r.status === 409) await expectProblem(r, 409, PROBLEM_TYPES.validation);
      };
      await twice('/v1/staff/initiatives', initiative('dubbel'));
      await twice('/v1/staff/volunteer-roles', role('dubbel-rol'));
    });

    it('deeply nested JSON is a 400 malformed, not a 500', async () => {
      for (const n of [MAX_JSON_DEPTH + 1, 1000, 5000]) {
        await expectProblem(
          await post(s.app, '/v1/ideas', '['.repeat(n) + ']'.repeat(n)),
          400,
          PROBLEM_TYPES.malformed,
        );
        await expectProblem(
          await post(s.app, '/v1/volunteer-signups', '{"a":'.repeat(n) + '1' + '}'.repeat(n)),
          400,
          PROBLEM_TYPES.malformed,
        );
      }
      // At the limit the body is parsed (and then refused by the schema).
      const ok = MAX_JSON_DEPTH;
      await expectProblem(await post(s.app, '/v1/ideas', '['.repeat(ok) + ']'.repeat(ok)), 422);
      // Brackets inside strings do not count.
      assert.equal(jsonDepth(JSON.stringify({ a: '[[[[{{{{', b: ['x\\"[['] })), 2);
      const r = await post(
        s.app,
        '/v1/ideas',
        idea('create', { description: `${'['.repeat(100)} ${'{'.repeat(100)}` }),
      );
      assert.equal(r.status, 201, await r.clone().text());
    });
  });

  describe(`unpublished initiatives hide their roles (${dialect})`, () => {
    let s: TestServer;
    before(async () => {
      s = await setup(dialect);
    });
    after(() => s.close());

    it('roles of an unpublished initiative are not listed and take no signups', async () => {
      const listed = async () =>
        (await json(await s.app.request('/v1/volunteer-roles'))).items.map((r: { id: string }) => r.id) as string[];
      assert.ok((await listed()).includes('zaal-onthaal'));
      assert.equal((await staff(s.app, '/v1/staff/initiatives/zaalbeheerders', { method: 'DELETE' })).status, 200);
      assert.ok(!(await listed()).includes('zaal-onthaal'));
      assert.ok((await listed()).length > 0, 'other roles stay');
      const one = await json(await s.app.request('/v1/volunteer-roles?initiative=zaalbeheerders'));
      assert.deepEqual(one.items, []);
      const p = await expectProblem(await post(s.app, '/v1/volunteer-signups', signup()), 422);
      assert.deepEqual(p.errors, [{ path: 'roleId', code: 'invalid-choice' }]);
      // Published again: back.
      assert.equal(
        (await staff(s.app, '/v1/staff/initiatives/zaalbeheerders', { method: 'PATCH', body: { published: true } }))
          .status,
        200,
      );
      assert.ok((await listed()).includes('zaal-onthaal'));
      assert.equal((await post(s.app, '/v1/volunteer-signups', signup())).status, 201);
    });
  });

  describe(`demo seeding (${dialect})`, () => {
    let s: TestServer;
    before(async () => {
      s = await setup(dialect, {}, false);
    });
    after(() => s.close());

    it('seeds in one transaction: a failure halfway leaves nothing, and the next start seeds', async () => {
      const now = new Date().toISOString();
      // An initiative in the way makes the seed fail after areas, themes and offers.
      await s.db
        .insertInto('initiatives')
        .values({
          id: 'bermmeesters',
          area_id: null,
          rung: 1,
          coproduction: 'co-creation',
          status: 'idea',
          organiser: 'residents',
          needs_volunteers: 0,
          links: '[]',
          image: null,
          start_date: null,
          end_date: null,
          published: 0,
          source_idea_id: null,
          created_at: now,
          updated_at: now,
        })
        .execute();
      await assert.rejects(seedDemo(s.db));
      assert.equal(await count(s.db, 'areas'), 0);
      assert.equal(await count(s.db, 'initiatives'), 1);
      assert.equal(await count(s.db, 'site'), 0);
      await s.db.deleteFrom('initiatives').where('id', '=', 'bermmeesters').execute();
      assert.equal(await seedDemo(s.db), true);
      assert.equal(await seedDemo(s.db), false);
      assert.equal((await s.app.request('/v1/site')).status, 200);
    });
  });
}

if (process.env.TEST_DATABASE_URL) {
  describe('PostgreSQL pool', () => {
    it('an idle connection that fails is logged, not a crash', async () => {
      const url = process.env.TEST_DATABASE_URL!;
      const logged: string[] = [];
      const handle = openDatabase({
        databaseUrl: url,
        databasePath: ':memory:',
        poolSize: 1,
        log: { error: (msg) => logged.push(msg) },
      });
      try {
        const { rows } = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(handle.db);
        const pid = rows[0]!.pid;
        const admin = new pg.Client({ connectionString: url });
        await admin.connect();
        await admin.query('select pg_terminate_backend($1)', [pid]);
        await admin.end();
        for (let i = 0; i < 100 && logged.length === 0; i++) await new Promise((r) => setTimeout(r, 20));
        assert.equal(logged.length, 1);
        // The pool opens a new connection when needed.
        const again = await sql<{ one: number }>`select 1 as one`.execute(handle.db);
        assert.equal(Number(again.rows[0]!.one), 1);
      } finally {
        await handle.close();
      }
    });
  });
}

describe('Accept-Language', () => {
  it('the q parameter name is case-insensitive', () => {
    assert.equal(negotiateLocale('fr;Q=0.2, en;q=0.5'), 'en');
    assert.equal(negotiateLocale('fr;Q=0, en'), 'en');
    assert.equal(negotiateLocale('en; Q = 0.3, fr;q=0.4'), 'fr');
  });
  it('* means the default language', () => {
    assert.equal(negotiateLocale('*, en;q=0.5'), 'nl');
    assert.equal(negotiateLocale('de, *;q=0.8, fr;q=0.5'), 'nl');
    assert.equal(negotiateLocale('*;q=0.1, fr;q=0.5'), 'fr');
    assert.equal(negotiateLocale('*', 'fr'), 'fr');
  });
});
