/** POST /v1/ideas: every track stored with every field, references, choices checked, flagging, idempotency. */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { IdeaReceiptSchema, PROBLEM_TYPES, validate } from '../../src/schema/index.js';
import { IdeaRecordSchema } from '../../src/schema/staff/index.js';
import { count, dialects, expectProblem, idea, json, post, setup, staff, type TestServer } from './helpers.js';

for (const dialect of dialects()) {
  describe(`POST /v1/ideas (${dialect})`, () => {
    let s: TestServer;
    before(async () => {
      s = await setup(dialect);
    });
    after(() => s.close());

    for (const track of ['create', 'experiment', 'join'] as const) {
      it(`track ${track}: 201 receipt, every field stored and listed by the staff API`, async () => {
        const body = idea(track);
        const r = await post(s.app, '/v1/ideas', body);
        assert.equal(r.status, 201, await r.clone().text());
        const receipt = await json(r);
        assert.ok(validate(IdeaReceiptSchema, receipt).ok);
        assert.match(receipt.reference, new RegExp(`^IDEE-${new Date().getUTCFullYear()}-\\d{5}$`));
        const list = await json(await staff(s.app, `/v1/staff/ideas?track=${track}`));
        const rec = list.items.find((i: { id: string }) => i.id === receipt.id);
        assert.ok(validate(IdeaRecordSchema, rec).ok, JSON.stringify(validate(IdeaRecordSchema, rec)));
        assert.equal(rec.reference, receipt.reference);
        assert.equal(rec.status, 'received');
        assert.equal(rec.flagged, false);
        for (const k of [
          'track',
          'title',
          'summary',
          'areaId',
          'themeIds',
          'location',
          'neighbours',
          'contact',
          'consent',
          'fillMs',
          'honeypot',
        ]) {
          assert.deepEqual(rec[k], body[k], k);
        }
        assert.deepEqual(rec.testPeriod, body.testPeriod ?? null);
        assert.equal(rec.offerId, body.offerId ?? null);
        assert.equal(rec.description, body.description ?? null);
      });
    }

    it('join with only what the offer needs: area and title from the offer, no themes or neighbours', async () => {
      const body = {
        track: 'join',
        offerId: 'buurtmoestuin',
        description: 'Ik kan op zaterdagochtend helpen.',
        contact: { name: 'Test Bewoner', email: 'bewoner@example.org', phone: '016/12.34.56' },
        consent: { privacy: true, noticeVersion: 'demo-1' },
        honeypot: '',
        fillMs: 60000,
      };
      const r = await post(s.app, '/v1/ideas', body);
      assert.equal(r.status, 201, await r.clone().text());
      const receipt = await json(r);
      const rec = await json(await staff(s.app, `/v1/staff/ideas/${receipt.id}`));
      assert.ok(validate(IdeaRecordSchema, rec).ok, JSON.stringify(rec));
      assert.equal(rec.title, 'Doe mee: Buurtmoestuin (demo)');
      assert.equal(rec.summary, '');
      assert.equal(rec.areaId, 'noord');
      assert.deepEqual(rec.themeIds, []);
      assert.equal(rec.neighbours, 0);
      assert.equal(rec.offerId, 'buurtmoestuin');
      assert.equal(rec.description, body.description);
      // The Belgian way of writing a number is accepted and stored normalised.
      assert.equal(rec.contact.phone, '016 12 34 56');
    });

    it('join for an offer that runs everywhere needs an area; with one it is stored there', async () => {
      const {
        title: _t,
        summary: _s,
        areaId: _a,
        themeIds: _th,
        neighbours: _n,
        ...bare
      } = idea('join', {
        offerId: 'boekentil',
      });
      const p = await expectProblem(await post(s.app, '/v1/ideas', bare), 422, PROBLEM_TYPES.validation);
      assert.deepEqual(p.errors, [{ path: 'areaId', code: 'required' }]);
      const r = await post(s.app, '/v1/ideas', { ...bare, areaId: 'centrum' });
      assert.equal(r.status, 201, await r.clone().text());
      const rec = await json(await staff(s.app, `/v1/staff/ideas/${(await json(r)).id}`));
      assert.equal(rec.areaId, 'centrum');
      assert.match(rec.title, /^Doe mee: /);
    });

    it('create without title, summary, area, themes or neighbours → 422 required for each', async () => {
      const { title: _t, summary: _s, areaId: _a, themeIds: _th, neighbours: _n, ...bare } = idea('create');
      const p = await expectProblem(await post(s.app, '/v1/ideas', bare), 422, PROBLEM_TYPES.validation);
      assert.deepEqual((p.errors as { path: string }[]).map((e) => e.path).sort(), [
        'areaId',
        'neighbours',
        'summary',
        'themeIds',
        'title',
      ]);
    });

    it('a test period that starts in the past or lasts over 12 months → 422 at that date', async () => {
      const day = (n: number) => new Date(Date.now() + n * 86400000).toISOString().slice(0, 10);
      const past = idea('experiment', { testPeriod: { start: day(-3), end: day(30) } });
      const p = await expectProblem(await post(s.app, '/v1/ideas', past), 422, PROBLEM_TYPES.validation);
      assert.deepEqual(p.errors, [{ path: 'testPeriod.start', code: 'too-small' }]);
      const long = idea('experiment', { testPeriod: { start: day(2), end: day(2 + 730) } });
      const p2 = await expectProblem(await post(s.app, '/v1/ideas', long), 422, PROBLEM_TYPES.validation);
      assert.deepEqual(p2.errors, [{ path: 'testPeriod.end', code: 'too-big' }]);
      const ok = idea('experiment', { testPeriod: { start: day(1), end: day(90) } });
      assert.equal((await post(s.app, '/v1/ideas', ok)).status, 201);
    });

    it('references count up per year without gaps, also under concurrency', async () => {
      const results = await Promise.all(Array.from({ length: 12 }, () => post(s.app, '/v1/ideas', idea()).then(json)));
      const seqs = results.map((r) => Number(r.reference.slice(-5))).sort((a, b) => a - b);
      assert.equal(new Set(seqs).size, 12);
      assert.equal(seqs[11]! - seqs[0]!, 11);
    });

    it('unknown area, theme or offer → 422 invalid-choice at that path; closed track too; nothing stored', async () => {
      const before = await count(s.db, 'ideas');
      const p = await expectProblem(
        await post(
          s.app,
          '/v1/ideas',
          idea('join', { areaId: 'atlantis', themeIds: ['groen', 'nope'], offerId: 'zwembad' }),
        ),
        422,
        PROBLEM_TYPES.validation,
      );
      assert.deepEqual(p.errors, [
        { path: 'areaId', code: 'invalid-choice' },
        { path: 'themeIds.1', code: 'invalid-choice' },
        { path: 'offerId', code: 'invalid-choice' },
      ]);
      await s.db
        .updateTable('site')
        .set({ tracks: JSON.stringify(['create']) })
        .execute();
      const p2 = await expectProblem(await post(s.app, '/v1/ideas', idea('experiment')), 422);
      assert.deepEqual(p2.errors, [{ path: 'track', code: 'invalid-choice' }]);
      await s.db
        .updateTable('site')
        .set({ tracks: JSON.stringify(['create', 'experiment', 'join']) })
        .execute();
      assert.equal(await count(s.db, 'ideas'), before);
    });

    it('honeypot or too-fast fill: 201 all the same, stored flagged, hidden from the staff list unless asked', async () => {
      const bot1 = await json(await post(s.app, '/v1/ideas', idea('create', { honeypot: 'http://spam.example' })));
      const bot2 = await json(await post(s.app, '/v1/ideas', idea('create', { fillMs: 500 })));
      assert.equal(bot1.status, 'received');
      const normal = await json(await staff(s.app, '/v1/staff/ideas?limit=100'));
      assert.ok(!normal.items.some((i: { id: string }) => i.id === bot1.id || i.id === bot2.id));
      const flagged = await json(await staff(s.app, '/v1/staff/ideas?flagged=true'));
      assert.deepEqual(flagged.items.map((i: { id: string }) => i.id).sort(), [bot1.id, bot2.id].sort());
      assert.ok(flagged.items.every((i: { flagged: boolean }) => i.flagged));
      const any = await json(await staff(s.app, '/v1/staff/ideas?flagged=any&limit=100'));
      assert.equal(any.total, normal.total + 2);
    });

    it('idempotency: same key + same body → the same answer and one record; other body → 409', async () => {
      const key = randomUUID();
      const body = idea();
      const n = await count(s.db, 'ideas');
      const r1 = await post(s.app, '/v1/ideas', body, { key });
      const a1 = await json(r1);
      // The same body with its keys in another order is the same body.
      const reordered = Object.fromEntries(Object.entries(body).reverse());
      const r2 = await post(s.app, '/v1/ideas', reordered, { key });
      assert.equal(r2.status, 201);
      assert.equal(r2.headers.get('idempotency-replayed'), 'true');
      assert.deepEqual(await json(r2), a1);
      assert.equal(await count(s.db, 'ideas'), n + 1);
      await expectProblem(
        await post(s.app, '/v1/ideas', { ...body, title: 'Een ander idee' }, { key }),
        409,
        PROBLEM_TYPES.idempotencyConflict,
      );
      assert.equal(await count(s.db, 'ideas'), n + 1);
    });

    it('idempotency: concurrent requests with one key create one record and all get its answer', async () => {
      const key = randomUUID();
      const n = await count(s.db, 'ideas');
      const answers = await Promise.all(Array.from({ length: 8 }, () => post(s.app, '/v1/ideas', idea(), { key })));
      assert.ok(
        answers.every((r) => r.status === 201),
        answers.map((r) => r.status).join(),
      );
      const ids = new Set(await Promise.all(answers.map(async (r) => (await json(r)).id)));
      assert.equal(ids.size, 1);
      assert.equal(await count(s.db, 'ideas'), n + 1);
    });

    it('a failed request releases its key: a corrected retry with the same key succeeds', async () => {
      const key = randomUUID();
      await expectProblem(await post(s.app, '/v1/ideas', idea('create', { areaId: 'atlantis' }), { key }), 422);
      assert.equal((await post(s.app, '/v1/ideas', idea(), { key })).status, 201);
    });

    it('Idempotency-Key missing or not a UUID v4 → 400, nothing stored', async () => {
      const n = await count(s.db, 'ideas');
      for (const key of [undefined, 'abc', '3f1c9a52-7d4e-1b8a-9c21-5e6f7a8b9c0d']) {
        const r = await s.app.request('/v1/ideas', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', ...(key ? { 'Idempotency-Key': key } : {}) },
          body: JSON.stringify(idea()),
        });
        await expectProblem(r, 400, PROBLEM_TYPES.idempotencyKeyMissing);
      }
      assert.equal(await count(s.db, 'ideas'), n);
    });
  });
}
