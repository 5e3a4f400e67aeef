/** The staff API: listing and paging, idea statuses and publishing, CSV with formula protection, content management. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { InitiativeSchema, PROBLEM_TYPES, validate } from '../../src/schema/index.js';
import {
  ADMIN_TOKEN,
  dialects,
  expectProblem,
  idea,
  json,
  post,
  setup,
  signup,
  staff,
  type TestServer,
} from './helpers.js';

for (const dialect of dialects()) {
  describe(`staff API (${dialect})`, () => {
    let s: TestServer;
    before(async () => {
      s = await setup(dialect);
      for (let i = 0; i < 7; i++)
        await post(s.app, '/v1/ideas', idea(i % 2 ? 'create' : 'experiment', { title: `Idee nummer ${i}` }));
    });
    after(() => s.close());

    it('lists ideas newest first with cursor paging, total and filters (status, track, q)', async () => {
      const p1 = await json(await staff(s.app, '/v1/staff/ideas?limit=3'));
      assert.equal(p1.total, 7);
      assert.equal(p1.items.length, 3);
      const p2 = await json(await staff(s.app, `/v1/staff/ideas?limit=3&cursor=${p1.nextCursor}`));
      const p3 = await json(await staff(s.app, `/v1/staff/ideas?limit=3&cursor=${p2.nextCursor}`));
      assert.equal(p3.nextCursor, null);
      const ids = [...p1.items, ...p2.items, ...p3.items].map((i: { id: string }) => i.id);
      assert.equal(new Set(ids).size, 7);
      assert.equal((await json(await staff(s.app, '/v1/staff/ideas?track=experiment'))).total, 4);
      assert.equal((await json(await staff(s.app, '/v1/staff/ideas?q=nummer%203'))).total, 1);
      await expectProblem(await staff(s.app, '/v1/staff/ideas?status=done'), 400);
      await expectProblem(await staff(s.app, '/v1/staff/ideas?cursor=xyz'), 400);
    });

    it('moves an idea through its statuses and publishes it as an initiative', async () => {
      const { id } = (await json(await staff(s.app, '/v1/staff/ideas?track=experiment&limit=1'))).items[0];
      for (const status of ['under-review', 'accepted']) {
        const r = await staff(s.app, `/v1/staff/ideas/${id}`, { method: 'PATCH', body: { status } });
        assert.equal((await json(r)).status, status);
      }
      assert.equal((await json(await staff(s.app, '/v1/staff/ideas?status=accepted'))).total, 1);
      await expectProblem(
        await staff(s.app, `/v1/staff/ideas/${id}`, { method: 'PATCH', body: { status: 'gone' } }),
        422,
      );
      await expectProblem(
        await staff(s.app, '/v1/staff/ideas/nope', {
          method: 'PATCH',
          body: { status: 'declined', reason: 'Buiten bevoegdheid.' },
        }),
        404,
      );
      const pub = await staff(s.app, `/v1/staff/ideas/${id}/publish`, {
        method: 'POST',
        body: { rung: 2, needsVolunteers: true },
      });
      assert.equal(pub.status, 201);
      const { idea: rec, initiative } = await json(pub);
      assert.equal(rec.status, 'published');
      assert.equal(rec.initiativeId, initiative.id);
      assert.equal(initiative.status, 'testing');
      assert.equal(initiative.rung, 2);
      const pubRes = await s.app.request(`/v1/initiatives/${initiative.id}`, { headers: { 'Accept-Language': 'fr' } });
      assert.equal((await json(pubRes)).title, rec.title);
      await expectProblem(await staff(s.app, `/v1/staff/ideas/${id}/publish`, { method: 'POST' }), 409);
    });

    it('CSV exports: text/csv, every row, formula injection neutralised', async () => {
      await post(
        s.app,
        '/v1/ideas',
        idea('create', { title: '=HYPERLINK("http://x")', contact: { name: '+cmd', email: 'a@example.org' } }),
      );
      await post(
        s.app,
        '/v1/volunteer-signups',
        signup({
          roleId: 'bermmeester',
          shiftIds: undefined,
          availability: '@SUM(1+1)',
          contact: { name: '-2+3', email: 'b@example.org' },
        }),
      );
      const r = await staff(s.app, '/v1/staff/ideas.csv');
      assert.match(r.headers.get('content-type') ?? '', /^text\/csv/);
      const text = await r.text();
      const lines = text.trim().split('\r\n');
      assert.equal(lines.length, 1 + 8);
      assert.ok(text.includes(`"'=HYPERLINK(""http://x"")"`));
      assert.ok(text.includes(",'+cmd,"));
      assert.ok(!/,=|,\+|,@/.test(text));
      const sc = await (await staff(s.app, '/v1/staff/signups.csv')).text();
      assert.ok(sc.includes("'@SUM(1+1)") && sc.includes("'-2+3"));
      await expectProblem(await s.app.request('/v1/staff/ideas.csv'), 401);
    });

    it('initiatives: create (translated), update, unpublish; choices checked', async () => {
      const body = {
        id: 'nieuw-plein',
        title: { nl: 'Nieuw plein', fr: 'Nouvelle place', en: 'New square' },
        summary: { nl: 'Samen het plein ontwerpen.' },
        description: { nl: 'Beschrijving.' },
        areaId: 'centrum',
        themeIds: ['ontmoeting'],
        rung: 3,
        coproduction: 'co-decision',
        status: 'idea',
        organiser: 'both',
        needsVolunteers: false,
        links: [{ label: { nl: 'Meer' }, url: 'https://www.example.org/plein' }],
      };
      const r = await staff(s.app, '/v1/staff/initiatives', { method: 'POST', body });
      assert.equal(r.status, 201, await r.clone().text());
      assert.ok(validate(InitiativeSchema, await json(r)).ok);
      const fr = await json(
        await s.app.request('/v1/initiatives/nieuw-plein', { headers: { 'Accept-Language': 'fr' } }),
      );
      assert.equal(fr.title, 'Nouvelle place');
      assert.equal(fr.summary, 'Samen het plein ontwerpen.', 'falls back to Dutch');
      assert.equal(
        (await json(await s.app.request('/v1/initiatives?q=nouvelle', { headers: { 'Accept-Language': 'fr' } }))).total,
        1,
      );
      await expectProblem(await staff(s.app, '/v1/staff/initiatives', { method: 'POST', body }), 409);
      await expectProblem(
        await staff(s.app, '/v1/staff/initiatives', {
          method: 'POST',
          body: { ...body, id: 'x2', areaId: 'atlantis' },
        }),
        422,
      );
      await expectProblem(
        await staff(s.app, '/v1/staff/initiatives', {
          method: 'POST',
          body: { ...body, id: 'x3', links: [{ label: { nl: 'x' }, url: 'javascript:alert(1)' }] },
        }),
        422,
      );
      const up = await json(
        await staff(s.app, '/v1/staff/initiatives/nieuw-plein', {
          method: 'PATCH',
          body: { status: 'running', title: { nl: 'Het nieuwe plein' } },
        }),
      );
      assert.equal(up.status, 'running');
      assert.equal(up.title, 'Het nieuwe plein');
      assert.equal((await staff(s.app, '/v1/staff/initiatives/nieuw-plein', { method: 'DELETE' })).status, 200);
      await expectProblem(await s.app.request('/v1/initiatives/nieuw-plein'), 404);
      assert.equal((await staff(s.app, '/v1/staff/initiatives/nieuw-plein')).status, 200, 'staff still see it');
      await expectProblem(
        await staff(s.app, '/v1/staff/initiatives/nope', { method: 'PATCH', body: { status: 'running' } }),
        404,
      );
    });

    it('volunteer roles and shifts: create, update capacity, take offline', async () => {
      const role = {
        id: 'nieuwe-rol',
        initiativeId: 'zaalbeheerders',
        title: { nl: 'Nieuwe rol' },
        description: { nl: 'Iets doen.' },
        timeAsked: { nl: 'Een uur' },
        gives: { guidance: null, insurance: { nl: 'Verzekerd.' }, expenses: null },
        requirements: { minimumAge: null, training: null },
      };
      assert.equal((await staff(s.app, '/v1/staff/volunteer-roles', { method: 'POST', body: role })).status, 201);
      await expectProblem(
        await staff(s.app, '/v1/staff/volunteer-roles', {
          method: 'POST',
          body: { ...role, id: 'r2', initiativeId: 'nope' },
        }),
        422,
      );
      const shift = await staff(s.app, '/v1/staff/volunteer-roles/nieuwe-rol/shifts', {
        method: 'POST',
        body: { id: 'nr-1', start: '2030-02-01T10:00:00Z', end: '2030-02-01T12:00:00Z', capacity: 1 },
      });
      assert.equal(shift.status, 201);
      assert.equal((await json(shift)).placesLeft, 1);
      await expectProblem(
        await staff(s.app, '/v1/staff/volunteer-roles/nieuwe-rol/shifts', {
          method: 'POST',
          body: { start: '2030-02-01T10:00:00Z', end: '2030-02-01T09:00:00Z', capacity: 1 },
        }),
        422,
      );
      assert.equal(
        (
          await post(
            s.app,
            '/v1/volunteer-signups',
            signup({ roleId: 'nieuwe-rol', shiftIds: ['nr-1'], ageConfirmed: undefined }),
          )
        ).status,
        201,
      );
      const grown = await json(
        await staff(s.app, '/v1/staff/volunteer-roles/nieuwe-rol/shifts/nr-1', {
          method: 'PATCH',
          body: { capacity: 3 },
        }),
      );
      assert.equal(grown.placesLeft, 2);
      await expectProblem(
        await staff(s.app, '/v1/staff/volunteer-roles/nieuwe-rol/shifts/nr-1', {
          method: 'PATCH',
          body: { capacity: 0 },
        }),
        422,
      );
      const shrink = await staff(s.app, '/v1/staff/volunteer-roles/nieuwe-rol/shifts/nr-1', {
        method: 'PATCH',
        body: { capacity: 1 },
      });
      assert.equal((await json(shrink)).placesLeft, 0);
      assert.equal(
        (await staff(s.app, '/v1/staff/volunteer-roles/nieuwe-rol/shifts/nr-1', { method: 'DELETE' })).status,
        200,
      );
      const pub = await json(await s.app.request('/v1/volunteer-roles?initiative=zaalbeheerders'));
      assert.equal(pub.items.find((r: { id: string }) => r.id === 'nieuwe-rol').shifts.length, 0);
      const renamed = await json(
        await staff(s.app, '/v1/staff/volunteer-roles/nieuwe-rol', {
          method: 'PATCH',
          body: { title: { nl: 'Andere rol' } },
        }),
      );
      assert.equal(renamed.title, 'Andere rol');
      assert.equal((await staff(s.app, '/v1/staff/volunteer-roles/nieuwe-rol', { method: 'DELETE' })).status, 200);
      assert.ok(
        !(await json(await s.app.request('/v1/volunteer-roles'))).items.some(
          (r: { id: string }) => r.id === 'nieuwe-rol',
        ),
      );
      await expectProblem(
        await staff(s.app, '/v1/staff/volunteer-roles/nope/shifts', {
          method: 'POST',
          body: { start: '2030-02-01T10:00:00Z', end: '2030-02-01T12:00:00Z', capacity: 1 },
        }),
        404,
      );
    });

    it('staff bodies are checked like public ones (415, 400, 422)', async () => {
      const r = await s.app.request('/v1/staff/initiatives', {
        method: 'POST',
        headers: { Authorization: `Bearer ${ADMIN_TOKEN}`, 'Content-Type': 'text/plain' },
        body: '{}',
      });
      await expectProblem(r, 415, PROBLEM_TYPES.unsupportedMediaType);
      await expectProblem(await staff(s.app, '/v1/staff/initiatives', { method: 'POST', body: {} }), 422);
    });
  });
}
