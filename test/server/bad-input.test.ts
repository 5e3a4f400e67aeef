/**
 * Bad input on every POST (and the cancel DELETE): malformed JSON, wrong types, missing and
 * unknown fields, huge bodies, SQL metacharacters, long unicode, wrong methods and content types.
 * Each gets the right status and problem+json, and nothing is stored.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { PROBLEM_TYPES } from '../../src/schema/index.js';
import {
  dialects,
  expectProblem,
  idea,
  json,
  post,
  setup,
  signup,
  staff,
  writeCounts,
  type TestServer,
} from './helpers.js';

const ENDPOINTS = [
  { path: '/v1/ideas', valid: () => idea('create') },
  { path: '/v1/volunteer-signups', valid: () => signup() },
] as const;

for (const dialect of dialects()) {
  describe(`bad input (${dialect})`, () => {
    let s: TestServer;
    before(async () => {
      s = await setup(dialect, { BODY_LIMIT_BYTES: '32768' });
    });
    after(() => s.close());

    /** Runs `fn`, and checks that no row was written. */
    const nothingStored = async (fn: () => Promise<void>) => {
      const before = await writeCounts(s.db);
      await fn();
      assert.deepEqual(await writeCounts(s.db), before);
    };
    const raw = (path: string, body: BodyInit | null, headers: Record<string, string>, method = 'POST') =>
      s.app.request(path, { method, headers: { 'Idempotency-Key': randomUUID(), ...headers }, body });

    for (const ep of ENDPOINTS) {
      describe(ep.path, () => {
        it('malformed JSON, invalid UTF-8, empty body → 400 malformed', () =>
          nothingStored(async () => {
            for (const body of ['{', '{"title": }', "{'a':1}", '', 'undefined', '{"a":1}}']) {
              await expectProblem(
                await raw(ep.path, body, { 'Content-Type': 'application/json' }),
                400,
                PROBLEM_TYPES.malformed,
              );
            }
            await expectProblem(
              await raw(ep.path, new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]), { 'Content-Type': 'application/json' }),
              400,
              PROBLEM_TYPES.malformed,
            );
          }));

        it('JSON that is not an object → 422', () =>
          nothingStored(async () => {
            for (const body of ['null', '[]', '"text"', '42', 'true']) {
              await expectProblem(
                await raw(ep.path, body, { 'Content-Type': 'application/json' }),
                422,
                PROBLEM_TYPES.validation,
              );
            }
          }));

        it('wrong types → 422 invalid-type at the path', () =>
          nothingStored(async () => {
            const body = { ...ep.valid(), contact: { name: 42, email: ['x'] }, fillMs: 'fast', honeypot: null };
            const p = await expectProblem(await post(s.app, ep.path, body), 422);
            const paths = (p.errors as { path: string; code: string }[]).map((e) => `${e.path}:${e.code}`);
            for (const want of [
              'contact.name:invalid-type',
              'contact.email:invalid-type',
              'fillMs:invalid-type',
              'honeypot:invalid-type',
            ]) {
              assert.ok(paths.includes(want), `${want} in ${paths.join()}`);
            }
          }));

        it('missing fields → 422 required; unknown fields → 422 unknown-field', () =>
          nothingStored(async () => {
            const missing = ep.valid() as Record<string, unknown>;
            delete missing.contact;
            delete missing.consent;
            const p = await expectProblem(await post(s.app, ep.path, missing), 422);
            const errs = p.errors as { path: string; code: string }[];
            assert.ok(errs.some((e) => e.path === 'contact' && e.code === 'required'));
            const p2 = await expectProblem(
              await post(s.app, ep.path, {
                ...ep.valid(),
                isAdmin: true,
                contact: { name: 'Ann', email: 'a@example.org', role: 'x' },
              }),
              422,
            );
            assert.deepEqual(
              (p2.errors as { path: string; code: string }[])
                .filter((e) => e.code === 'unknown-field')
                .map((e) => e.path)
                .sort(),
              ['contact.role', 'isAdmin'],
            );
            await expectProblem(await post(s.app, ep.path, {}), 422);
          }));

        it('a huge body → 413, by Content-Length and while reading (chunked, no length)', () =>
          nothingStored(async () => {
            const big = JSON.stringify({ ...ep.valid(), honeypot: 'x'.repeat(40_000) });
            await expectProblem(await post(s.app, ep.path, big), 413, PROBLEM_TYPES.tooLarge);
            await expectProblem(
              await raw(ep.path, big, { 'Content-Type': 'application/json', 'Content-Length': String(big.length) }),
              413,
            );
            const stream = new ReadableStream<Uint8Array>({
              start(c) {
                for (let i = 0; i < 100; i++) c.enqueue(new TextEncoder().encode('x'.repeat(1000)));
                c.close();
              },
            });
            const r = await s.app.request(ep.path, {
              method: 'POST',
              headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID() },
              body: stream,
              duplex: 'half',
            } as RequestInit);
            await expectProblem(r, 413);
          }));

        it('wrong content types → 415', () =>
          nothingStored(async () => {
            const body = JSON.stringify(ep.valid());
            for (const ct of [
              'text/plain',
              'application/x-www-form-urlencoded',
              'multipart/form-data; boundary=x',
              'application/json; charset=latin1',
              'application/jsonx',
            ]) {
              await expectProblem(
                await raw(ep.path, body, { 'Content-Type': ct }),
                415,
                PROBLEM_TYPES.unsupportedMediaType,
              );
            }
            await expectProblem(await raw(ep.path, body, {}), 415);
          }));

        it('wrong methods → 405 problem with Allow', async () => {
          for (const method of ['PUT', 'PATCH', 'GET']) {
            if (method === 'GET' && ep.path === '/v1/ideas') continue;
            const r = await s.app.request(ep.path, { method });
            const p = await expectProblem(r, 405, PROBLEM_TYPES.methodNotAllowed);
            assert.match(r.headers.get('allow') ?? '', /POST/);
            assert.ok(p.detail);
          }
        });
      });
    }

    it('GET /v1/ideas and DELETE /v1/site → 405 with Allow', async () => {
      const r = await s.app.request('/v1/ideas');
      await expectProblem(r, 405);
      assert.equal(r.headers.get('allow'), 'OPTIONS, POST');
      const r2 = await s.app.request('/v1/site', { method: 'DELETE' });
      await expectProblem(r2, 405);
      assert.equal(r2.headers.get('allow'), 'GET, HEAD, OPTIONS');
      await expectProblem(await s.app.request('/v1/nothing-here'), 404, PROBLEM_TYPES.notFound);
      await expectProblem(await s.app.request('/v1/nothing-here', { method: 'POST' }), 404);
    });

    it('SQL metacharacters are stored literally', async () => {
      const evil = `Robert'); DROP TABLE ideas;-- "x" \\ % _ ; /* */`;
      const r = await post(
        s.app,
        '/v1/ideas',
        idea('create', {
          title: evil.slice(0, 120),
          summary: `${evil} ${evil}`,
          contact: { name: evil.slice(0, 100), email: 'o.reilly@example.org' },
        }),
      );
      assert.equal(r.status, 201);
      const { id } = await json(r);
      const rec = await json(await staff(s.app, `/v1/staff/ideas/${id}`));
      assert.equal(rec.title, evil.slice(0, 120).trim());
      assert.equal(rec.summary, `${evil} ${evil}`);
      const found = await json(await staff(s.app, `/v1/staff/ideas?q=${encodeURIComponent('DROP TABLE ideas;--')}`));
      assert.equal(found.total, 1);
      const sig = await post(
        s.app,
        '/v1/volunteer-signups',
        signup({ roleId: 'bermmeester', shiftIds: undefined, availability: evil }),
      );
      assert.equal(sig.status, 201);
    });

    it('long unicode (emoji, RTL, combining marks) within the limits is stored exactly; beyond → 422 too-long', async () => {
      const emoji = '👩🏽‍🌾🌱';
      const rtl = 'مرحبا بالجيران';
      const combining = 'e\u0301e\u0301 Z\u0351\u0352a\u0353l\u0354g\u0355o';
      const title = `${emoji} ${rtl}`.slice(0, 60);
      const summary = `${combining} ${rtl} ${emoji} `.repeat(10).trim().slice(0, 490);
      const r = await post(s.app, '/v1/ideas', idea('create', { title, summary }));
      assert.equal(r.status, 201, await r.clone().text());
      const rec = await json(await staff(s.app, `/v1/staff/ideas/${(await json(r)).id}`));
      assert.equal(rec.title, title.trim());
      assert.equal(rec.summary, summary);
      await nothingStored(async () => {
        const p = await expectProblem(
          await post(s.app, '/v1/ideas', idea('create', { title: '🌱'.repeat(200), summary: 'ש'.repeat(600) })),
          422,
        );
        const codes = (p.errors as { path: string; code: string }[]).map((e) => `${e.path}:${e.code}`);
        assert.ok(codes.includes('title:too-long') && codes.includes('summary:too-long'), codes.join());
        const p2 = await expectProblem(
          await post(
            s.app,
            '/v1/volunteer-signups',
            signup({ roleId: 'bermmeester', shiftIds: undefined, availability: '\u0301'.repeat(501) }),
          ),
          422,
        );
        assert.ok((p2.errors as { path: string }[]).some((e) => e.path === 'availability'));
      });
    });

    it('DELETE /v1/volunteer-signups/{id}: wrong content type 415, malformed body 400, unknown field 422', async () => {
      const rec = await json(
        await post(
          s.app,
          '/v1/volunteer-signups',
          signup({ roleId: 'bermmeester', shiftIds: undefined, availability: 'Op zondag' }),
        ),
      );
      const del = (body: string, ct?: string) =>
        s.app.request(`/v1/volunteer-signups/${rec.id}`, {
          method: 'DELETE',
          headers: ct ? { 'Content-Type': ct } : {},
          body,
        });
      await expectProblem(await del('token=x', 'text/plain'), 415);
      await expectProblem(await del('{"cancelToken":', 'application/json'), 400);
      await expectProblem(
        await del(JSON.stringify({ cancelToken: rec.cancelToken, more: 1 }), 'application/json'),
        422,
      );
      const status = await s.db
        .selectFrom('signups')
        .select('status')
        .where('id', '=', rec.id)
        .executeTakeFirstOrThrow();
      assert.equal(status.status, 'confirmed');
    });
  });
}
