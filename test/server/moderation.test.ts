/**
 * Moderation through the staff API, on SQLite and PostgreSQL: the idea status transition table
 * (every move allowed or refused with 409), a reason for declining, the reply, publishing only an
 * accepted idea, the history naming who did each step in order; and the audit entries of
 * initiative, role and shift writes, with a cancelled shift keeping its volunteers.
 * Staff act as moderators signed in with real accounts (staffHeaders), and as the ADMIN_TOKEN.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { listAudit } from '../../server/db/audit.js';
import {
  dialects,
  expectProblem,
  idea,
  json,
  post,
  setup,
  signup,
  staff,
  staffHeaders,
  type TestServer,
} from './helpers.js';

type Status = 'received' | 'under-review' | 'accepted' | 'declined' | 'published';
const STATUSES: Status[] = ['received', 'under-review', 'accepted', 'declined', 'published'];

/** The moves the issue allows through PATCH (written out here, not imported, so the test can fail). */
const ALLOWED: Record<Status, Status[]> = {
  received: ['under-review', 'accepted', 'declined'],
  'under-review': ['accepted', 'declined', 'received'],
  accepted: ['under-review', 'declined'],
  declined: ['under-review'],
  published: [],
};

for (const dialect of dialects()) {
  describe(`moderation (${dialect})`, () => {
    let s: TestServer;
    let modA: Record<string, string> & { email: string };
    let modB: Record<string, string> & { email: string };
    before(async () => {
      s = await setup(dialect);
      modA = await staffHeaders(s, 'moderator');
      modB = await staffHeaders(s, 'moderator');
    });
    after(() => s.close());

    const newIdea = async (title = 'Bankjes op het plein'): Promise<string> => {
      const r = await post(s.app, '/v1/ideas', idea('create', { title }));
      assert.equal(r.status, 201, await r.clone().text());
      return (await json(r)).id as string;
    };
    const move = (id: string, status: Status, reason?: string, headers: Record<string, string> = modA) =>
      staff(s.app, `/v1/staff/ideas/${id}`, {
        method: 'PATCH',
        body: reason === undefined ? { status } : { status, reason },
        headers,
      });
    /** An idea brought to `status` through allowed steps. */
    const ideaIn = async (status: Status): Promise<string> => {
      const id = await newIdea();
      const path: Record<Status, Status[]> = {
        received: [],
        'under-review': ['under-review'],
        accepted: ['accepted'],
        declined: ['declined'],
        published: ['accepted'],
      };
      for (const st of path[status]) assert.equal((await move(id, st, 'Omdat het kan.')).status, 200);
      if (status === 'published')
        assert.equal(
          (await staff(s.app, `/v1/staff/ideas/${id}/publish`, { method: 'POST', headers: modA })).status,
          201,
        );
      return id;
    };

    it('the transition table: every allowed move is done (200), every other is refused (409)', async () => {
      for (const from of STATUSES)
        for (const to of STATUSES) {
          const id = await ideaIn(from);
          const r = await move(id, to, 'Een reden.');
          if (ALLOWED[from].includes(to)) {
            assert.equal(r.status, 200, `${from} → ${to}: ${await r.clone().text()}`);
            assert.equal((await json(r)).status, to);
          } else {
            const p = await expectProblem(r, 409);
            assert.match(String(p['title']), /cannot be moved|already|published through|Nothing/, `${from} → ${to}`);
            const now = await json(await staff(s.app, `/v1/staff/ideas/${id}`, { headers: modA }));
            assert.equal(now.status, from, `${from} → ${to} left it as it was`);
          }
        }
    });

    it('declining needs a reason (422 required at reason); the reason and who/when are stored', async () => {
      const id = await newIdea();
      const p = await expectProblem(await move(id, 'declined'), 422);
      assert.deepEqual(p['errors'], [{ path: 'reason', code: 'required' }]);
      await expectProblem(await move(id, 'declined', '   '), 422);
      const r = await json(await move(id, 'declined', 'Valt buiten de bevoegdheid van de gemeente.'));
      assert.equal(r.status, 'declined');
      assert.equal(r.statusReason, 'Valt buiten de bevoegdheid van de gemeente.');
      assert.equal(r.statusChangedBy, modA.email);
      assert.ok(Date.parse(r.statusChangedAt) > 0);
      const back = await json(await move(id, 'under-review', undefined, modB));
      assert.equal(back.statusReason, null, 'a move without a reason clears the old one');
      assert.equal(back.statusChangedBy, modB.email);
    });

    it('a reply is stored with who and when (422 empty, 404 unknown)', async () => {
      const id = await newIdea();
      const put = (text: unknown, target = id) =>
        staff(s.app, `/v1/staff/ideas/${target}/reply`, { method: 'PUT', body: { text }, headers: modB });
      await expectProblem(await put(''), 422);
      await expectProblem(await put('x'.repeat(5001)), 422);
      await expectProblem(await put('Dank u.', 'idea-nope'), 404);
      const r = await json(await put('Dank u, we bekijken het idee.'));
      assert.equal(r.reply.text, 'Dank u, we bekijken het idee.');
      assert.equal(r.reply.by, modB.email);
      const again = await json(await staff(s.app, `/v1/staff/ideas/${id}`, { headers: modA }));
      assert.deepEqual(again.reply, r.reply);
      assert.equal(again.status, 'received', 'a reply does not move the status');
    });

    it('only an accepted idea is published (409 otherwise), once', async () => {
      const id = await newIdea('Een bloementuin');
      const pub = () => staff(s.app, `/v1/staff/ideas/${id}/publish`, { method: 'POST', headers: modA });
      assert.match(String((await expectProblem(await pub(), 409))['title']), /accepted/);
      await move(id, 'under-review');
      await expectProblem(await pub(), 409);
      await move(id, 'accepted');
      const r = await pub();
      assert.equal(r.status, 201);
      const { idea: rec, initiative } = await json(r);
      assert.equal(rec.status, 'published');
      assert.equal(rec.statusChangedBy, modA.email);
      assert.equal(initiative.title, 'Een bloementuin');
      assert.match(String((await expectProblem(await pub(), 409))['title']), /already published/);
    });

    it("an idea's history names who did each step, oldest first; the list filters by area", async () => {
      const id = await newIdea('Een speelstraat');
      assert.equal((await move(id, 'under-review', undefined, modA)).status, 200);
      assert.equal((await move(id, 'accepted', 'Goed plan.', modB)).status, 200);
      const reply = { method: 'PUT', body: { text: 'Aanvaard: we nemen contact op.' }, headers: modB };
      assert.equal((await staff(s.app, `/v1/staff/ideas/${id}/reply`, reply)).status, 200);
      assert.equal((await staff(s.app, `/v1/staff/ideas/${id}/publish`, { method: 'POST' })).status, 201);
      const rec = await json(await staff(s.app, `/v1/staff/ideas/${id}`, { headers: modA }));
      assert.deepEqual(
        rec.history.map((h: Record<string, unknown>) => [h['action'], h['by'], h['from'], h['to'], h['reason']]),
        [
          ['idea.status', modA.email, 'received', 'under-review', undefined],
          ['idea.status', modB.email, 'under-review', 'accepted', 'Goed plan.'],
          ['idea.reply', modB.email, undefined, undefined, undefined],
          ['idea.publish', 'ADMIN_TOKEN', 'accepted', 'published', undefined],
        ],
      );
      const ats = rec.history.map((h: { at: string }) => h.at);
      assert.deepEqual([...ats].sort(), ats, 'oldest first');
      assert.equal(new Set(ats).size, ats.length, 'each step its own time');
      assert.equal(rec.locale, 'nl');
      assert.equal(rec.erasedAt, null);

      const area = rec.areaId as string;
      const listed = await json(await staff(s.app, `/v1/staff/ideas?areaId=${area}&limit=100`, { headers: modA }));
      assert.ok(listed.items.length > 0 && listed.items.every((i: { areaId: string }) => i.areaId === area));
      assert.deepEqual(listed.items.find((i: { id: string }) => i.id === id).history, rec.history);
      assert.equal((await json(await staff(s.app, '/v1/staff/ideas?areaId=nowhere', { headers: modA }))).total, 0);
      const csv = await (await staff(s.app, '/v1/staff/ideas.csv', { headers: modA })).text();
      assert.ok(csv.includes('Aanvaard: we nemen contact op.') && csv.includes(modB.email));
    });

    it('initiative, role and shift writes are audited with who did them; a cancelled shift keeps its volunteers', async () => {
      const ini = {
        id: 'audit-plein',
        title: { nl: 'Plein' },
        summary: { nl: 'Samen.' },
        description: { nl: '' },
        areaId: 'centrum',
        themeIds: [],
        rung: 2,
        coproduction: 'co-creation',
        status: 'idea',
        organiser: 'both',
        needsVolunteers: true,
      };
      const w = async (path: string, method: string, body?: unknown, status = 200) => {
        const r = await staff(s.app, path, { method, body, headers: modA });
        assert.equal(r.status, status, `${method} ${path}: ${await r.clone().text()}`);
        return json(r);
      };
      await w('/v1/staff/initiatives', 'POST', ini, 201);
      await w('/v1/staff/initiatives/audit-plein', 'PATCH', { status: 'running' });
      const role = {
        id: 'audit-rol',
        initiativeId: 'audit-plein',
        title: { nl: 'Helper' },
        description: { nl: 'Helpen.' },
        timeAsked: { nl: 'Een uur' },
        gives: { guidance: null, insurance: null, expenses: null },
        requirements: { minimumAge: null, training: null },
      };
      await w('/v1/staff/volunteer-roles', 'POST', role, 201);
      await w('/v1/staff/volunteer-roles/audit-rol', 'PATCH', { title: { nl: 'Helper op het plein' } });
      const shiftPath = '/v1/staff/volunteer-roles/audit-rol/shifts';
      await w(
        shiftPath,
        'POST',
        { id: 'audit-s1', start: '2030-03-01T10:00:00Z', end: '2030-03-01T12:00:00Z', capacity: 1 },
        201,
      );
      await w(`${shiftPath}/audit-s1`, 'PATCH', { capacity: 2 });
      const su = await post(
        s.app,
        '/v1/volunteer-signups',
        signup({ roleId: 'audit-rol', shiftIds: ['audit-s1'], ageConfirmed: undefined }),
      );
      assert.equal(su.status, 201, await su.clone().text());
      const cancelled = await w(`${shiftPath}/audit-s1`, 'DELETE');
      assert.equal(cancelled.active, false);
      assert.ok(Date.parse(cancelled.cancelledAt) > 0);
      await expectProblem(await staff(s.app, `${shiftPath}/audit-s1`, { method: 'DELETE', headers: modA }), 409);
      await expectProblem(
        await staff(s.app, `${shiftPath}/audit-s1`, { method: 'PATCH', body: { capacity: 3 }, headers: modA }),
        409,
      );
      await expectProblem(await staff(s.app, `${shiftPath}/nope`, { method: 'DELETE', headers: modA }), 404);
      const pub = await json(await s.app.request('/v1/volunteer-roles?initiative=audit-plein'));
      assert.deepEqual(
        pub.items.find((r: { id: string }) => r.id === 'audit-rol').shifts,
        [],
        'residents no longer see it',
      );
      const kept = await json(await staff(s.app, '/v1/staff/signups?shiftId=audit-s1', { headers: modA }));
      assert.equal(kept.total, 1, 'its volunteer stays listed for staff');
      assert.deepEqual(kept.items[0].shifts, [{ shiftId: 'audit-s1', status: 'confirmed' }]);
      await w('/v1/staff/volunteer-roles/audit-rol', 'DELETE');
      await w('/v1/staff/initiatives/audit-plein', 'DELETE');

      const log = (await listAudit(s.db, { actorId: undefined, limit: 500 })).filter(
        (e) => e.actor.label === modA.email,
      );
      const got = log
        .filter((e) => ['initiative', 'role', 'shift'].includes(e.target.type))
        .map((e) => `${e.action} ${e.target.id}`)
        .sort();
      // (Sorted: steps of different targets within one millisecond have no order between them.)
      assert.deepEqual(
        got,
        [
          'initiative.create audit-plein',
          'initiative.update audit-plein',
          'role.create audit-rol',
          'role.update audit-rol',
          'shift.create audit-s1',
          'shift.update audit-s1',
          'shift.cancel audit-s1',
          'role.unpublish audit-rol',
          'initiative.unpublish audit-plein',
        ].sort(),
      );
      const cancel = log.find((e) => e.action === 'shift.cancel');
      assert.deepEqual(cancel?.detail, { roleId: 'audit-rol', volunteers: 1 });
      assert.deepEqual(log.find((e) => e.action === 'initiative.update')?.after, { status: 'running' });
      assert.ok(log.every((e) => e.actor.kind === 'account'));
    });
  });
}
