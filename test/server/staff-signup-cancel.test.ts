/**
 * The staff console's server routes (issue 14): `POST /v1/staff/signups/{id}/cancel` cancels one
 * volunteer's signup as the volunteer's own cancel does (contact erased, place freed, the first on
 * the reserve list moves up, in one transaction), audited as `signup.cancel`; `GET
 * /v1/staff/initiatives` lists every initiative (published or not, paged) with its texts per
 * language; `GET /v1/staff/volunteer-roles?initiativeId=` lists an initiative's roles for staff.
 * Run: node --import tsx --test test/server/staff-signup-cancel.test.ts (with TEST_DATABASE_URL also on PostgreSQL)
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { validate } from '../../src/schema/index.js';
import {
  SignupCancelledByStaffSchema,
  staffPage,
  StaffInitiativeSchema,
  StaffVolunteerRoleListSchema,
} from '../../src/schema/staff/index.js';
import {
  dialects,
  expectProblem,
  json,
  placesLeft,
  post,
  setup,
  signup,
  staff,
  staffHeaders,
  type TestServer,
} from './helpers.js';

for (const dialect of dialects()) {
  describe(`staff console routes (${dialect})`, () => {
    let s: TestServer;
    before(async () => {
      s = await setup(dialect);
    });
    after(() => s.close());

    const newShift = async (places: number): Promise<string> => {
      const id = `sc-${randomUUID().slice(0, 8)}`;
      await s.db
        .insertInto('shifts')
        .values({
          id,
          role_id: 'zaal-onthaal',
          start_at: '2099-01-01T18:00:00.000Z',
          end_at: '2099-01-01T21:00:00.000Z',
          capacity: places,
          places_left: places,
          active: 1,
        })
        .execute();
      return id;
    };
    const signUp = async (shiftId: string, tag: string, joinWaitlist = false) => {
      const r = await post(
        s.app,
        '/v1/volunteer-signups',
        signup({ shiftIds: [shiftId], contact: { name: `Naam ${tag}`, email: `${tag}@example.org` }, joinWaitlist }),
      );
      assert.equal(r.status, 201, await r.clone().text());
      return (await r.json()) as { id: string; reference: string; status: string };
    };
    const statusOf = async (id: string) =>
      (await s.db.selectFrom('signups').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status;

    it('a moderator cancels one signup: the first on the reserve list moves up, the place stays taken, audited', async () => {
      const shiftId = await newShift(1);
      const aTag = `a-${randomUUID().slice(0, 6)}`;
      const a = await signUp(shiftId, aTag);
      const b = await signUp(shiftId, `b-${randomUUID().slice(0, 6)}`, true);
      const c = await signUp(shiftId, `c-${randomUUID().slice(0, 6)}`, true);
      assert.deepEqual([a.status, b.status, c.status], ['confirmed', 'waitlisted', 'waitlisted']);
      const mod = await staffHeaders(s, 'moderator');

      const r = await staff(s.app, `/v1/staff/signups/${a.id}/cancel`, { method: 'POST', headers: mod });
      assert.equal(r.status, 200, await r.clone().text());
      const body = validate(SignupCancelledByStaffSchema, await json(r));
      assert.ok(body.ok, JSON.stringify(body));
      const answer = body.ok ? body.data : undefined;
      assert.equal(answer?.changed, true);
      assert.equal(answer?.reference, a.reference);
      assert.deepEqual(answer?.promoted, [{ signupId: b.id, reference: b.reference, shiftId }]);
      assert.equal(await statusOf(a.id), 'cancelled');
      assert.equal(await statusOf(b.id), 'confirmed');
      assert.equal(await statusOf(c.id), 'waitlisted');
      assert.equal(await placesLeft(s.db, shiftId), 0);
      const row = await s.db.selectFrom('signups').selectAll().where('id', '=', a.id).executeTakeFirstOrThrow();
      assert.equal(row.contact_email, '', 'the cancelled volunteer’s contact is erased');
      assert.ok(row.erased_at);

      // The staff lists agree: b confirmed on the shift, c still on the reserve list.
      const confirmed = await json(
        await staff(s.app, `/v1/staff/signups?shiftId=${shiftId}&status=confirmed`, { headers: mod }),
      );
      assert.deepEqual(
        confirmed.items.map((x: { id: string }) => x.id),
        [b.id],
      );
      const audit = await s.db.selectFrom('audit_log').selectAll().where('action', '=', 'signup.cancel').execute();
      assert.equal(audit.length, 1);
      assert.equal(audit[0]?.target_id, a.id);
      assert.equal(audit[0]?.actor_label, mod.email);
      assert.ok(!JSON.stringify(audit[0]).includes(aTag), 'no name or address of the volunteer in the audit entry');

      // Again: nothing changes, nothing audited.
      const again = await json(
        await staff(s.app, `/v1/staff/signups/${a.id}/cancel`, { method: 'POST', headers: mod }),
      );
      assert.equal(again.changed, false);
      assert.deepEqual(again.promoted, []);
      assert.equal(await statusOf(c.id), 'waitlisted');
      assert.equal(
        (await s.db.selectFrom('audit_log').select('id').where('action', '=', 'signup.cancel').execute()).length,
        1,
      );
    });

    it('cancelling a reserve-list signup frees nothing; unknown 404; no CSRF token 403; signed out 401', async () => {
      const shiftId = await newShift(1);
      const a = await signUp(shiftId, `d-${randomUUID().slice(0, 6)}`);
      const b = await signUp(shiftId, `e-${randomUUID().slice(0, 6)}`, true);
      const mod = await staffHeaders(s, 'moderator');
      const r = await json(await staff(s.app, `/v1/staff/signups/${b.id}/cancel`, { method: 'POST', headers: mod }));
      assert.deepEqual(r.promoted, []);
      assert.equal(await statusOf(a.id), 'confirmed');
      assert.equal(await placesLeft(s.db, shiftId), 0);

      await expectProblem(
        await staff(s.app, '/v1/staff/signups/nope-0000/cancel', { method: 'POST', headers: mod }),
        404,
      );
      await expectProblem(
        await staff(s.app, `/v1/staff/signups/${a.id}/cancel`, { method: 'POST', headers: { cookie: mod.cookie } }),
        403,
      );
      await expectProblem(await staff(s.app, `/v1/staff/signups/${a.id}/cancel`, { method: 'POST', headers: {} }), 401);
      assert.equal(await statusOf(a.id), 'confirmed');
    });

    it('GET /v1/staff/initiatives lists published and unpublished initiatives a page at a time, with texts per language', async () => {
      const mod = await staffHeaders(s, 'moderator');
      const first = await json(await staff(s.app, '/v1/staff/initiatives', { headers: mod }));
      const id = first.items[0].id as string;
      const off = await staff(s.app, `/v1/staff/initiatives/${id}`, { method: 'DELETE', headers: mod });
      assert.equal(off.status, 200);
      const patched = await staff(s.app, `/v1/staff/initiatives/${id}`, {
        method: 'PATCH',
        headers: mod,
        body: { title: { nl: 'Titel nl', fr: 'Titre fr', en: 'Title en' } },
      });
      assert.equal(patched.status, 200, await patched.clone().text());

      const all: { id: string; published: boolean; texts: { title: Record<string, string> } }[] = [];
      let cursor: string | null = null;
      let total = 0;
      do {
        const q: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
        const page = await json(await staff(s.app, `/v1/staff/initiatives?limit=2${q}`, { headers: mod }));
        assert.ok(validate(staffPage(StaffInitiativeSchema), page).ok);
        assert.ok(page.items.length <= 2);
        all.push(...page.items);
        total = page.total;
        cursor = page.nextCursor;
      } while (cursor);
      assert.equal(all.length, total);
      assert.equal(new Set(all.map((x) => x.id)).size, total, 'no initiative twice');
      const it0 = all.find((x) => x.id === id);
      assert.equal(all[0]?.id, id, 'most recently changed first');
      assert.equal(it0?.published, false);
      assert.deepEqual(it0?.texts.title, { nl: 'Titel nl', fr: 'Titre fr', en: 'Title en' });
      const pub = await json(await staff(s.app, '/v1/initiatives?limit=100'));
      assert.ok(!pub.items.some((x: { id: string }) => x.id === id), 'the public list leaves it out');
      const onlyOff = await json(await staff(s.app, '/v1/staff/initiatives?published=false', { headers: mod }));
      assert.ok(onlyOff.items.every((x: { published: boolean }) => !x.published));
      assert.ok(onlyOff.items.some((x: { id: string }) => x.id === id));
      await expectProblem(await staff(s.app, '/v1/staff/initiatives?cursor=bad', { headers: mod }), 400);
      await expectProblem(await staff(s.app, '/v1/staff/initiatives', { headers: {} }), 401);
    });

    it('GET /v1/staff/volunteer-roles?initiativeId= lists its roles with shifts, also unpublished ones; 404 for an unknown initiative', async () => {
      const mod = await staffHeaders(s, 'moderator');
      const role = await s.db
        .selectFrom('volunteer_roles')
        .select(['id', 'initiative_id'])
        .where('id', '=', 'zaal-onthaal')
        .executeTakeFirstOrThrow();
      await staff(s.app, `/v1/staff/volunteer-roles/${role.id}`, { method: 'DELETE', headers: mod });
      const r = await json(
        await staff(s.app, `/v1/staff/volunteer-roles?initiativeId=${role.initiative_id}`, { headers: mod }),
      );
      assert.ok(validate(StaffVolunteerRoleListSchema, r).ok);
      const found = r.items.find((x: { id: string }) => x.id === role.id);
      assert.equal(found?.published, false);
      assert.ok(found.shifts.length > 0);
      assert.equal(typeof found.texts.title.nl, 'string');
      await expectProblem(
        await staff(s.app, '/v1/staff/volunteer-roles?initiativeId=nope-0000', { headers: mod }),
        404,
      );
      await expectProblem(await staff(s.app, '/v1/staff/volunteer-roles', { headers: mod }), 400);
    });
  });
}
