/**
 * Personal data (issue 13): a cancelled signup is anonymised at once and its place freed; the
 * server erases contact details past the retention period (controlled clock); staff export and
 * erase one resident's data on request, audited without the address in the clear; and no table
 * holds a plaintext cancel token or code (the SQLite file's bytes; every text column on PostgreSQL).
 */
import assert from 'node:assert/strict';
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { validate } from '../../src/schema/index.js';
import { IdeaRecordSchema, PersonalDataExportSchema, SignupRecordSchema } from '../../src/schema/staff/index.js';
import type { Database } from '../../server/db/database.js';
import { openAnswer, scopedKey, storedKey } from '../../server/db/idempotency.js';
import { MIGRATIONS } from '../../server/db/migrations.js';
import { eraseExpired, startRetention } from '../../server/services/retention.js';
import { dialects, idea, json, placesLeft, post, setup, signup, staff, type TestServer } from './helpers.js';

const DAY = 86_400_000;

for (const dialect of dialects()) {
  describe(`personal data (${dialect})`, () => {
    let s: TestServer;
    before(async () => {
      s = await setup(dialect);
    });
    after(() => s.close());

    /** A shift of the demo role `zaal-onthaal` with `places` places, ending at `end`. */
    const newShift = async (places: number, end = '2099-01-01T21:00:00.000Z'): Promise<string> => {
      const id = `pd-${randomUUID().slice(0, 8)}`;
      await s.db
        .insertInto('shifts')
        .values({
          id,
          role_id: 'zaal-onthaal',
          start_at: new Date(Date.parse(end) - 3 * 3600_000).toISOString(),
          end_at: end,
          capacity: places,
          places_left: places,
          active: 1,
        })
        .execute();
      return id;
    };
    const person = () => {
      const tag = randomUUID().slice(0, 8);
      return { name: `Naam ${tag}`, email: `Persoon.${tag}@Example.org`, phone: '+32 470 12 34 56' };
    };
    const signUp = async (over: Record<string, unknown>) => {
      const r = await post(s.app, '/v1/volunteer-signups', signup(over));
      assert.equal(r.status, 201, await r.clone().text());
      return json(r);
    };
    const signupRow = (id: string) =>
      s.db.selectFrom('signups').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    const ideaRow = (id: string) => s.db.selectFrom('ideas').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    /** True when any column of the row holds `needle` (case ignored). */
    const rowHolds = (row: object, needle: string) =>
      Object.values(row).some((v) => typeof v === 'string' && v.toLowerCase().includes(needle.toLowerCase()));
    const audits = (action: string) =>
      s.db.selectFrom('audit_log').selectAll().where('action', '=', action).orderBy('at').orderBy('id').execute();

    it('cancelling erases the name, e-mail, phone and availability at once and frees the place for the reserve list', async () => {
      const shiftId = await newShift(1);
      const a = person();
      const b = person();
      const first = await signUp({ shiftIds: [shiftId], contact: a });
      const second = await signUp({ shiftIds: [shiftId], contact: b, joinWaitlist: true });
      assert.equal(first.status, 'confirmed');
      assert.equal(second.status, 'waitlisted');
      assert.equal(await placesLeft(s.db, shiftId), 0);
      assert.ok(rowHolds(await signupRow(first.id), a.email), 'stored before cancelling');

      const r = await s.app.request(`/v1/volunteer-signups/${first.id}`, {
        method: 'DELETE',
        headers: { 'X-Cancel-Token': first.cancelToken },
      });
      assert.equal(r.status, 200);
      assert.deepEqual(await r.json(), { id: first.id, status: 'cancelled', reference: first.reference });

      const row = await signupRow(first.id);
      assert.equal(row.status, 'cancelled');
      assert.equal(row.contact_name, '');
      assert.equal(row.contact_email, '');
      assert.equal(row.contact_phone, null);
      assert.equal(row.availability, null);
      assert.ok(row.erased_at, 'erased_at set');
      for (const needle of [a.name, a.email, a.phone]) assert.ok(!rowHolds(row, needle), `no ${needle} in the row`);
      assert.equal(row.reference, first.reference, 'the reference stays');
      assert.equal(row.role_id, 'zaal-onthaal');
      // The place went to the reserve list: the second is confirmed, the shift still full.
      assert.equal((await signupRow(second.id)).status, 'confirmed');
      assert.equal(await placesLeft(s.db, shiftId), 0);
      const places = await s.db.selectFrom('signup_shifts').selectAll().where('shift_id', '=', shiftId).execute();
      assert.deepEqual(
        places.map((p) => [p.signup_id, p.status]).sort(),
        [
          [first.id, 'cancelled'],
          [second.id, 'confirmed'],
        ].sort(),
      );

      // Cancelling the second with its reference and code: erased too, and the place back on the shift.
      const byCode = await s.app.request('/v1/volunteer-signups/cancel', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID() },
        body: JSON.stringify({ reference: second.reference, cancelCode: second.cancelCode }),
      });
      assert.equal(byCode.status, 200, await byCode.clone().text());
      const row2 = await signupRow(second.id);
      assert.equal(row2.status, 'cancelled');
      for (const needle of [b.name, b.email]) assert.ok(!rowHolds(row2, needle));
      assert.equal(await placesLeft(s.db, shiftId), 1);
    });

    it('retention: past the period, closed ideas and past signups lose their contact details; before it, and the rest, are kept', async () => {
      const days = 30;
      const t0 = Date.parse('2031-03-01T12:00:00.000Z');
      const p = person();
      const mk = async (over: Record<string, unknown> = {}) => {
        const r = await post(s.app, '/v1/ideas', idea('create', { contact: p, ...over }));
        assert.equal(r.status, 201, await r.clone().text());
        return (await json(r)).id as string;
      };
      const declined = await mk();
      const published = await mk();
      const open = await mk();
      const closedAt = new Date(t0).toISOString();
      await s.db
        .updateTable('ideas')
        .set({ status: 'declined', status_changed_at: closedAt, updated_at: closedAt })
        .where('id', '=', declined)
        .execute();
      await s.db
        .updateTable('ideas')
        .set({ status: 'published', status_changed_at: closedAt, updated_at: closedAt })
        .where('id', '=', published)
        .execute();
      await s.db.updateTable('ideas').set({ updated_at: closedAt }).where('id', '=', open).execute();
      const shiftId = await newShift(5, new Date(t0).toISOString());
      const past = await signUp({ shiftIds: [shiftId], contact: p });
      const noShift = await signUp({
        roleId: 'bermmeester',
        shiftIds: undefined,
        ageConfirmed: undefined,
        availability: 'Zaterdag',
        contact: p,
      });
      await s.db.updateTable('signups').set({ created_at: closedAt }).where('id', '=', noShift.id).execute();
      const origs = new Map(
        await Promise.all([declined, published].map(async (id) => [id, await ideaRow(id)] as const)),
      );

      // A day before the period ends: nothing erased.
      assert.deepEqual(await eraseExpired(s.db, new Date(t0 + (days - 1) * DAY), days), { ideas: 0, signups: 0 });
      for (const id of [declined, published, open]) assert.ok(rowHolds(await ideaRow(id), p.email));
      for (const id of [past.id, noShift.id]) assert.ok(rowHolds(await signupRow(id), p.email));

      // A day after: the closed ideas and the past signups are erased; the open idea is kept.
      const n = await eraseExpired(s.db, new Date(t0 + (days + 1) * DAY), days);
      assert.ok(n.ideas >= 2 && n.signups >= 2, JSON.stringify(n));
      for (const id of [declined, published]) {
        const row = await ideaRow(id);
        const orig = origs.get(id)!;
        for (const needle of [p.name, p.email, p.phone, 'Marktplein']) assert.ok(!rowHolds(row, needle), needle);
        assert.equal(row.contact_phone, null);
        assert.equal(row.location_address, null);
        assert.ok(row.erased_at);
        assert.equal(row.title, orig.title, 'the texts are kept');
        assert.equal(row.summary, orig.summary);
        assert.equal(row.reference, orig.reference);
        assert.ok(row.search.includes(orig.reference.toLowerCase()), 'still found by reference');
      }
      assert.equal((await ideaRow(declined)).status, 'declined');
      assert.equal((await ideaRow(published)).status, 'published');
      assert.ok(rowHolds(await ideaRow(open), p.email), 'an open idea is kept');
      assert.equal((await ideaRow(open)).erased_at, null);
      for (const id of [past.id, noShift.id]) {
        const row = await signupRow(id);
        assert.ok(!rowHolds(row, p.email) && !rowHolds(row, p.name));
        assert.equal(row.status, 'confirmed', 'status kept');
        assert.equal(row.availability, null);
      }
      const places = await s.db.selectFrom('signup_shifts').selectAll().where('signup_id', '=', past.id).execute();
      assert.deepEqual(
        places.map((x) => [x.shift_id, x.status]),
        [[shiftId, 'confirmed']],
        'shifts kept for statistics',
      );
      // Audited as the server, counts only.
      const entries = await audits('retention.erase');
      const last = entries.at(-1)!;
      assert.equal(last.actor_kind, 'system');
      const detail = JSON.parse(last.detail!) as { ideas: number; signups: number };
      assert.equal(detail.ideas, n.ideas);
      assert.equal(detail.signups, n.signups);
      for (const e of entries) assert.ok(!rowHolds(e, p.email) && !rowHolds(e, p.name));
      // Sweeping again erases nothing more.
      assert.deepEqual(await eraseExpired(s.db, new Date(t0 + (days + 2) * DAY), days), { ideas: 0, signups: 0 });
    });

    it('the serving process sweeps at start (startRetention), and stops when told', async () => {
      const p = person();
      const r = await post(s.app, '/v1/ideas', idea('create', { contact: p }));
      const id = (await json(r)).id as string;
      const longAgo = new Date(Date.now() - 400 * DAY).toISOString();
      await s.db
        .updateTable('ideas')
        .set({ status: 'declined', status_changed_at: longAgo })
        .where('id', '=', id)
        .execute();
      const logged: string[] = [];
      const stop = startRetention(s.db, 365, { info: (m) => logged.push(m), error: (m) => logged.push(m) });
      try {
        // Wait for the condition (the first sweep runs at once), not for a fixed time.
        for (let i = 0; i < 500 && (await ideaRow(id)).erased_at === null; i++) await new Promise(setImmediate);
        assert.ok((await ideaRow(id)).erased_at, 'erased by the sweep at start');
        assert.ok(!rowHolds(await ideaRow(id), p.email));
      } finally {
        stop();
      }
    });

    it('export and erase on request: every record of the address, audited without it', async () => {
      const p = person();
      const shiftId = await newShift(1);
      const ideaIds: string[] = [];
      for (const track of ['create', 'experiment'] as const) {
        const r = await post(s.app, '/v1/ideas', idea(track, { contact: p }));
        assert.equal(r.status, 201);
        ideaIds.push((await json(r)).id);
      }
      const active = await signUp({ shiftIds: [shiftId], contact: p });
      const other = person();
      const waiting = await signUp({ shiftIds: [shiftId], contact: other, joinWaitlist: true });
      assert.equal(waiting.status, 'waitlisted');
      const spaced = encodeURIComponent(`  ${p.email.toUpperCase()} `);

      const ex = await staff(s.app, `/v1/staff/personal-data?email=${spaced}`);
      assert.equal(ex.status, 200, await ex.clone().text());
      const data = await json(ex);
      assert.ok(validate(PersonalDataExportSchema, data).ok);
      assert.deepEqual(data.ideas.map((i: { id: string }) => i.id).sort(), [...ideaIds].sort());
      assert.deepEqual(
        data.signups.map((x: { id: string }) => x.id),
        [active.id],
      );
      for (const i of data.ideas) assert.ok(validate(IdeaRecordSchema, i).ok);
      assert.ok(validate(SignupRecordSchema, data.signups[0]).ok);
      assert.equal(data.signups[0].contact.name, p.name);
      assert.equal((await staff(s.app, '/v1/staff/personal-data?email=not-an-address')).status, 400);
      assert.equal((await s.app.request(`/v1/staff/personal-data?email=${spaced}`)).status, 401, 'staff only');

      const er = await staff(s.app, '/v1/staff/personal-data/erase', { method: 'POST', body: { email: p.email } });
      assert.equal(er.status, 200, await er.clone().text());
      assert.deepEqual(await json(er), { ideas: 2, signups: 1, cancelledSignups: 1 });
      for (const id of ideaIds) {
        const row = await ideaRow(id);
        for (const needle of [p.name, p.email, p.phone]) assert.ok(!rowHolds(row, needle));
        assert.ok(row.erased_at);
      }
      const row = await signupRow(active.id);
      assert.equal(row.status, 'cancelled', 'an active signup is cancelled');
      assert.ok(!rowHolds(row, p.email) && !rowHolds(row, p.name));
      assert.equal((await signupRow(waiting.id)).status, 'confirmed', 'its place went to the reserve list');
      assert.ok(rowHolds(await signupRow(waiting.id), other.email), "another resident's data is kept");
      const none = await json(await staff(s.app, `/v1/staff/personal-data?email=${spaced}`));
      assert.deepEqual([none.ideas.length, none.signups.length], [0, 0]);

      // Audited: who, and the address only as its SHA-256.
      const digest = createHash('sha256').update(p.email.toLowerCase(), 'utf8').digest('hex');
      for (const action of ['personal-data.export', 'personal-data.erase']) {
        const mine = (await audits(action)).filter((e) => e.detail?.includes(digest));
        assert.ok(mine.length >= 1, `${action} audited`);
        assert.equal(mine[0]!.actor_label, 'ADMIN_TOKEN');
      }
      const leaked = await s.db
        .selectFrom('audit_log')
        .select('id')
        .where((eb) =>
          eb.or(
            (['actor_label', 'target_id', 'before', 'after', 'detail'] as const).map((c) =>
              eb(sql`lower(coalesce(${sql.ref(c)}, ''))`, 'like', `%${p.email.toLowerCase()}%`),
            ),
          ),
        )
        .execute();
      assert.deepEqual(leaked, [], 'no audit entry holds the address in the clear');
    });

    it('no table holds a plaintext cancel token or cancel code; a replay still answers them', async () => {
      const key = randomUUID();
      const body = signup({ shiftIds: [await newShift(3)] });
      const r = await post(s.app, '/v1/volunteer-signups', body, { key });
      assert.equal(r.status, 201);
      const receipt = await json(r);
      assert.ok(receipt.cancelToken && receipt.cancelCode);
      const replay = await post(s.app, '/v1/volunteer-signups', body, { key });
      assert.equal(replay.headers.get('idempotency-replayed'), 'true');
      assert.deepEqual(await json(replay), receipt, 'the sealed answer opens with the same key');
      const needles = [receipt.cancelToken as string, receipt.cancelCode as string, key];

      if (dialect === 'sqlite') {
        await sql`pragma wal_checkpoint(TRUNCATE)`.execute(s.db);
        const files = [s.config.databasePath, `${s.config.databasePath}-wal`].filter((f) => existsSync(f));
        const bytes = Buffer.concat(files.map((f) => readFileSync(f)));
        assert.ok(bytes.length > 0);
        for (const n of needles) {
          for (const enc of ['utf8', 'utf16le'] as const)
            assert.equal(bytes.indexOf(Buffer.from(n, enc)), -1, `${n} is not in the database file (${enc})`);
        }
        // The test can fail: the receipt's reference is in the file.
        assert.notEqual(bytes.indexOf(Buffer.from(receipt.reference as string, 'utf8')), -1);
      } else {
        const cols = await sql<{ table_name: string; column_name: string }>`
          select table_name, column_name from information_schema.columns
          where table_schema = current_schema() and data_type in ('text', 'character varying', 'character', 'json', 'jsonb')`.execute(
          s.db,
        );
        assert.ok(cols.rows.length > 20);
        let seen = 0;
        for (const { table_name, column_name } of cols.rows) {
          for (const n of [...needles, receipt.reference as string]) {
            const hit = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table_name)}
              where position(${n} in ${sql.ref(column_name)}::text) > 0`.execute(s.db);
            const found = Number(hit.rows[0]!.n);
            if (n === receipt.reference) seen += found;
            else assert.equal(found, 0, `${table_name}.${column_name} holds ${n}`);
          }
        }
        assert.ok(seen > 0, 'the search can find what is there (the reference)');
      }
    });

    it('migration 005 seals the answers an older version stored in the clear', async () => {
      const key = randomUUID();
      const scoped = scopedKey('POST', '/v1/volunteer-signups', key);
      const answer = JSON.stringify({ id: 'signup-old', cancelToken: 'old-plain-token' });
      const now = Date.now();
      await s.db.deleteFrom('idempotency_keys').execute();
      await s.db
        .insertInto('idempotency_keys')
        .values({
          key: scoped,
          body_hash: createHash('sha256').update('x').digest('hex'),
          status: 201,
          response: answer,
          created_at: new Date(now).toISOString(),
          expires_at: new Date(now + 3600_000).toISOString(),
        } satisfies Database['idempotency_keys'])
        .execute();
      await MIGRATIONS['005_sealed_idempotency_answers']!.up(s.db as never);
      const rows = await s.db.selectFrom('idempotency_keys').selectAll().execute();
      assert.equal(rows.length, 1);
      assert.equal(rows[0]!.key, storedKey(scoped));
      assert.ok(!rows[0]!.response!.includes('old-plain-token'));
      assert.equal(openAnswer(scoped, rows[0]!.response!), answer);
      assert.equal(openAnswer(scopedKey('POST', '/v1/volunteer-signups', randomUUID()), rows[0]!.response!), null);
    });
  });
}
