/** The public GET endpoints: site, initiatives (filters, sort, paging), one initiative, volunteer roles. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  InitiativePageSchema,
  InitiativeSchema,
  PROBLEM_TYPES,
  SiteSchema,
  VolunteerRoleListSchema,
  validate,
} from '../../src/schema/index.js';
import { createInitiative } from '../../server/db/initiatives.js';
import { dialects, expectProblem, json, setup, type TestServer } from './helpers.js';

for (const dialect of dialects()) {
  describe(`public endpoints (${dialect})`, () => {
    let s: TestServer;
    before(async () => {
      s = await setup(dialect);
    });
    after(() => s.close());
    const get = (path: string, lang?: string) =>
      s.app.request(path, { headers: lang ? { 'Accept-Language': lang } : {} });

    it('GET /v1/site answers the contract in nl by default, and fr/en by Accept-Language', async () => {
      for (const [lang, expect, name] of [
        [undefined, 'nl', 'Centrum'],
        ['fr-BE,fr;q=0.9', 'fr', 'Centre'],
        ['de, en;q=0.8', 'en', 'Centre'],
        ['nl;q=0.1, fr;q=0.5', 'fr', 'Centre'],
        ['zz', 'nl', 'Centrum'],
      ] as const) {
        const r = await get('/v1/site', lang);
        assert.equal(r.status, 200);
        assert.equal(r.headers.get('content-language'), expect);
        const body = await json(r);
        assert.ok(validate(SiteSchema, body).ok, JSON.stringify(validate(SiteSchema, body)));
        assert.equal(body.areas[0].name, name);
        assert.equal(body.demo, true);
      }
      const en = await json(await get('/v1/site', 'en'));
      assert.equal(en.municipality, 'Voorbeeldgemeente (demo)');
      assert.deepEqual(en.tracks, ['create', 'experiment', 'join']);
      assert.ok(en.offers.length >= 3);
      assert.ok(en.volunteerInfo.insurance.startsWith('Demo text'));
    });

    it('GET /v1/initiatives: published only, contract shape, total', async () => {
      const r = await get('/v1/initiatives?limit=100');
      assert.equal(r.status, 200);
      const page = await json(r);
      assert.ok(validate(InitiativePageSchema, page).ok);
      assert.equal(page.total, 13);
      assert.equal(page.items.length, 13);
      assert.equal(page.nextCursor, null);
      const rungs = new Set(page.items.map((i: { rung: number }) => i.rung));
      assert.deepEqual([...rungs].sort(), [1, 2, 3, 4, 5, 6, 7]);
    });

    it('filters: q (case- and accent-insensitive, per language, % and _ literal), area, theme, rung, status, needsVolunteers', async () => {
      const q = async (qs: string, lang?: string) => json(await get(`/v1/initiatives?${qs}`, lang));
      assert.deepEqual(
        (await q('q=BERM')).items.map((i: { id: string }) => i.id),
        ['bermmeesters'],
      );
      assert.equal((await q('q=accotement', 'fr')).items[0].id, 'bermmeesters');
      assert.equal((await q('q=accotement', 'nl')).total, 0);
      assert.equal((await q('q=a%C3%A9roport')).total, 0);
      assert.ok((await q('q=gestionnaires%20de%20salle', 'fr')).total === 1);
      assert.equal(
        (await q('q=gerent%20ensemble', 'fr')).items.some((i: { id: string }) => i.id === 'zaalbeheerders'),
        true,
        'accent-insensitive',
      );
      assert.equal((await q('q=%25')).total, 0, '% is literal');
      assert.equal((await q('q=_')).total, 0, '_ is literal');
      const area = await q('area=zuid');
      assert.ok(area.total >= 2 && area.items.every((i: { areaId: string }) => i.areaId === 'zuid'));
      const theme = await q('theme=groen');
      assert.ok(theme.items.every((i: { themeIds: string[] }) => i.themeIds.includes('groen')));
      assert.equal(theme.total, 2);
      assert.deepEqual(
        (await q('rung=7')).items.map((i: { id: string }) => i.id),
        ['trede-7-voorbeeld'],
      );
      const finished = await q('status=finished');
      assert.ok(finished.items.every((i: { status: string }) => i.status === 'finished'));
      const vol = await q('needsVolunteers=true');
      assert.ok(vol.total >= 3 && vol.items.every((i: { needsVolunteers: boolean }) => i.needsVolunteers));
      const no = await q('needsVolunteers=false');
      assert.equal(vol.total + no.total, 13);
      const both = await q('theme=zorg&needsVolunteers=true&rung=2');
      assert.deepEqual(both.items.map((i: { id: string }) => i.id).sort(), [
        'fietsen-zonder-leeftijd',
        'slaatje-praatje',
      ]);
    });

    it('bad query parameters → 400 problem with field errors', async () => {
      for (const qs of [
        'rung=8',
        'limit=0',
        'limit=101',
        'limit=abc',
        'status=closed',
        'sort=random',
        'needsVolunteers=yes',
        'area=%27%3B--',
        'cursor=bm90LW91cnM',
        'q=a%00b',
      ]) {
        const p = await expectProblem(await get(`/v1/initiatives?${qs}`), 400, PROBLEM_TYPES.malformed);
        assert.ok(Array.isArray(p.errors) && p.errors.length > 0, qs);
      }
    });

    for (const sort of ['updated', 'title', 'start'] as const) {
      it(`cursor paging with sort=${sort} visits every item once, in order`, async () => {
        const seen: { id: string; title: string; updatedAt: string }[] = [];
        let cursor: string | null = null;
        let pages = 0;
        do {
          const qs: string = `sort=${sort}&limit=4${cursor ? `&cursor=${cursor}` : ''}`;
          const page = await json(await get(`/v1/initiatives?${qs}`));
          assert.equal(page.total, 13);
          assert.ok(page.items.length <= 4);
          seen.push(...page.items);
          cursor = page.nextCursor;
          pages++;
        } while (cursor && pages < 10);
        assert.equal(pages, 4);
        assert.equal(new Set(seen.map((i) => i.id)).size, 13);
        if (sort === 'updated')
          for (let i = 1; i < seen.length; i++) assert.ok(seen[i - 1]!.updatedAt >= seen[i]!.updatedAt);
        if (sort === 'title') {
          const titles = seen.map((i) => i.title);
          const all = (await json(await get('/v1/initiatives?sort=title&limit=100'))).items.map(
            (i: { title: string }) => i.title,
          );
          assert.deepEqual(titles, all);
        }
      });
    }

    it('paging with a filter keeps the total of the filter', async () => {
      const p1 = await json(await get('/v1/initiatives?needsVolunteers=true&limit=2'));
      assert.equal(p1.items.length, 2);
      const p2 = await json(await get(`/v1/initiatives?needsVolunteers=true&limit=2&cursor=${p1.nextCursor}`));
      assert.equal(p2.total, p1.total);
      assert.ok(p2.items.every((i: { needsVolunteers: boolean }) => i.needsVolunteers));
    });

    it('unpublished initiatives are hidden from the list and by id', async () => {
      await createInitiative(s.db, {
        id: 'verborgen',
        title: { nl: 'Verborgen' },
        summary: { nl: 'x' },
        description: { nl: 'x' },
        areaId: null,
        themeIds: [],
        rung: 1,
        coproduction: 'co-creation',
        status: 'idea',
        organiser: 'residents',
        needsVolunteers: false,
        links: [],
        image: null,
        startDate: null,
        endDate: null,
        published: false,
      });
      assert.equal((await json(await get('/v1/initiatives?limit=100'))).total, 13);
      await expectProblem(await get('/v1/initiatives/verborgen'), 404, PROBLEM_TYPES.notFound);
    });

    it('GET /v1/initiatives/{id} in the requested language; 404 for unknown or malformed ids', async () => {
      const r = await get('/v1/initiatives/fietsen-zonder-leeftijd', 'fr');
      assert.equal(r.status, 200);
      const body = await json(r);
      assert.ok(validate(InitiativeSchema, body).ok);
      assert.equal(body.title, 'À vélo sans âge (démo)');
      await expectProblem(await get('/v1/initiatives/does-not-exist'), 404, PROBLEM_TYPES.notFound);
      await expectProblem(await get('/v1/initiatives/%27%20or%201%3D1'), 404);
    });

    it('GET /v1/volunteer-roles: roles with shifts, places left, and without shifts; filter by initiative', async () => {
      const r = await get('/v1/volunteer-roles', 'en');
      assert.equal(r.status, 200);
      assert.equal(r.headers.get('content-language'), 'en');
      const body = await json(r);
      assert.ok(validate(VolunteerRoleListSchema, body).ok);
      const pilot = body.items.find((x: { id: string }) => x.id === 'fietspiloot');
      assert.equal(pilot.title, 'Trishaw pilot (demo)');
      assert.deepEqual(
        pilot.shifts.map((x: { placesLeft: number }) => x.placesLeft),
        [2, 1, 0],
      );
      assert.equal(body.items.find((x: { id: string }) => x.id === 'bermmeester').shifts.length, 0);
      const one = await json(await get('/v1/volunteer-roles?initiative=zaalbeheerders'));
      assert.deepEqual(
        one.items.map((x: { id: string }) => x.id),
        ['zaal-onthaal'],
      );
      assert.equal((await json(await get('/v1/volunteer-roles?initiative=nope'))).items.length, 0);
      await expectProblem(await get('/v1/volunteer-roles?initiative=%3Cscript%3E'), 400);
    });
  });
}
