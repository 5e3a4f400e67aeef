/** Volunteer signups: shifts and availability, rules, cancel, the race for the last place (app and real server). */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { serve } from '@hono/node-server';
import { PROBLEM_TYPES, SignupReceiptSchema, validate } from '../../src/schema/index.js';
import { SignupRecordSchema } from '../../src/schema/staff/index.js';
import {
  count,
  dialects,
  expectProblem,
  json,
  post,
  setup,
  signup,
  staff,
  type TestServer,
  placesLeft as placesLeftIn,
} from './helpers.js';

for (const dialect of dialects()) {
  describe(`volunteers (${dialect})`, () => {
    let s: TestServer;
    before(async () => {
      s = await setup(dialect);
    });
    after(() => s.close());
    const placesLeft = (shiftId: string) => placesLeftIn(s.db, shiftId);
    const cancel = (id: string, token: string | undefined, body?: unknown) =>
      s.app.request(`/v1/volunteer-signups/${id}`, {
        method: 'DELETE',
        headers: {
          ...(token ? { 'X-Cancel-Token': token } : {}),
          ...(body ? { 'Content-Type': 'application/json' } : {}),
        },
        body: body ? JSON.stringify(body) : undefined,
      });

    it('signup for a shift: 201 confirmed, a place taken, every field listed by the staff API', async () => {
      const before = await placesLeft('zaal-1');
      const body = signup({ contact: { name: 'Ann', email: 'ann@example.org', phone: '+32 470 11 22 33' } });
      const r = await post(s.app, '/v1/volunteer-signups', body);
      assert.equal(r.status, 201, await r.clone().text());
      const receipt = await json(r);
      assert.ok(validate(SignupReceiptSchema, receipt).ok);
      assert.equal(receipt.status, 'confirmed');
      assert.deepEqual(receipt.shifts, [{ shiftId: 'zaal-1', status: 'confirmed' }]);
      assert.ok(receipt.cancelToken.length >= 32);
      assert.equal(await placesLeft('zaal-1'), before - 1);
      const list = await json(await staff(s.app, '/v1/staff/signups?shiftId=zaal-1'));
      const rec = list.items.find((x: { id: string }) => x.id === receipt.id);
      assert.ok(validate(SignupRecordSchema, rec).ok);
      assert.deepEqual(rec.contact, { name: 'Ann', email: 'ann@example.org', phone: '+32 470 11 22 33' });
      assert.equal(rec.ageConfirmed, true);
      assert.deepEqual(rec.acknowledgement, { informationNote: true, noteVersion: 'demo-1' });
      const stored = await s.db
        .selectFrom('signups')
        .select('cancel_token_hash')
        .where('id', '=', receipt.id)
        .executeTakeFirstOrThrow();
      assert.notEqual(stored.cancel_token_hash, receipt.cancelToken, 'only the hash is stored');
    });

    it('signup with availability for a role without shifts', async () => {
      const r = await post(
        s.app,
        '/v1/volunteer-signups',
        signup({
          roleId: 'bermmeester',
          shiftIds: undefined,
          ageConfirmed: undefined,
          availability: 'Zaterdagvoormiddag',
        }),
      );
      assert.equal(r.status, 201);
      const receipt = await json(r);
      assert.equal(receipt.status, 'confirmed');
      assert.deepEqual(receipt.shifts, []);
      const rec = (await json(await staff(s.app, '/v1/staff/signups?roleId=bermmeester'))).items[0];
      assert.equal(rec.availability, 'Zaterdagvoormiddag');
    });

    it('rules: unknown role, a shift of another role, missing shifts/availability, minimum age → 422; nothing stored', async () => {
      const n = await count(s.db, 'signups');
      const cases: [Record<string, unknown>, { path: string; code: string }[]][] = [
        [{ roleId: 'astronaut' }, [{ path: 'roleId', code: 'invalid-choice' }]],
        [{ shiftIds: ['zaal-1', 'piloot-1'] }, [{ path: 'shiftIds.1', code: 'invalid-choice' }]],
        [{ shiftIds: undefined, availability: 'Altijd wel eens' }, [{ path: 'shiftIds', code: 'required' }]],
        [
          { roleId: 'bermmeester', shiftIds: ['zaal-1'] },
          [
            { path: 'availability', code: 'required' },
            { path: 'shiftIds.0', code: 'invalid-choice' },
          ],
        ],
        [{ ageConfirmed: false }, [{ path: 'ageConfirmed', code: 'required' }]],
        [{ ageConfirmed: undefined }, [{ path: 'ageConfirmed', code: 'required' }]],
      ];
      for (const [over, errors] of cases) {
        const p = await expectProblem(
          await post(s.app, '/v1/volunteer-signups', signup(over)),
          422,
          PROBLEM_TYPES.validation,
        );
        assert.deepEqual(p.errors, errors, JSON.stringify(over));
      }
      assert.equal(await count(s.db, 'signups'), n);
    });

    it('a full shift: 409 shift-full naming the shift without joinWaitlist; waitlisted with it', async () => {
      const p = await expectProblem(
        await post(s.app, '/v1/volunteer-signups', signup({ roleId: 'fietspiloot', shiftIds: ['piloot-3'] })),
        409,
        PROBLEM_TYPES.shiftFull,
      );
      assert.deepEqual(p.shiftIds, ['piloot-3']);
      const r = await json(
        await post(
          s.app,
          '/v1/volunteer-signups',
          signup({ roleId: 'fietspiloot', shiftIds: ['piloot-3'], joinWaitlist: true }),
        ),
      );
      assert.equal(r.status, 'waitlisted');
      assert.deepEqual(r.shifts, [{ shiftId: 'piloot-3', status: 'waitlisted' }]);
      const mixed = await json(
        await post(
          s.app,
          '/v1/volunteer-signups',
          signup({ roleId: 'fietspiloot', shiftIds: ['piloot-1', 'piloot-3'], joinWaitlist: true }),
        ),
      );
      assert.equal(mixed.status, 'confirmed');
      assert.deepEqual(mixed.shifts, [
        { shiftId: 'piloot-1', status: 'confirmed' },
        { shiftId: 'piloot-3', status: 'waitlisted' },
      ]);
      assert.equal(await placesLeft('piloot-3'), 0);
    });

    it('cancel: the token frees the place; wrong token 403; unknown 404; missing token 400; again is fine', async () => {
      const receipt = await json(await post(s.app, '/v1/volunteer-signups', signup({ shiftIds: ['zaal-2'] })));
      const left = await placesLeft('zaal-2');
      await expectProblem(await cancel(receipt.id, 'x'.repeat(43)), 403);
      await expectProblem(await cancel(receipt.id, undefined), 400);
      await expectProblem(await cancel('signup-nope', receipt.cancelToken), 404);
      const r = await cancel(receipt.id, receipt.cancelToken);
      assert.equal(r.status, 200);
      assert.deepEqual(await json(r), { id: receipt.id, status: 'cancelled', reference: receipt.reference });
      assert.equal(await placesLeft('zaal-2'), left + 1);
      assert.equal((await cancel(receipt.id, receipt.cancelToken)).status, 200);
      assert.equal(await placesLeft('zaal-2'), left + 1, 'a second cancel frees nothing');
      const rec = (await json(await staff(s.app, '/v1/staff/signups?status=cancelled'))).items.find(
        (x: { id: string }) => x.id === receipt.id,
      );
      assert.equal(rec.status, 'cancelled');
    });

    it('cancel with the token in a JSON body; the first waitlisted person moves up', async () => {
      // zaal-3 has capacity 3: fill it, waitlist one, cancel one confirmed.
      const left = await placesLeft('zaal-3');
      const taken = [];
      for (let i = 0; i < left; i++)
        taken.push(await json(await post(s.app, '/v1/volunteer-signups', signup({ shiftIds: ['zaal-3'] }))));
      const waiting = await json(
        await post(s.app, '/v1/volunteer-signups', signup({ shiftIds: ['zaal-3'], joinWaitlist: true })),
      );
      assert.equal(waiting.status, 'waitlisted');
      assert.equal((await cancel(taken[0].id, undefined, { cancelToken: taken[0].cancelToken })).status, 200);
      assert.equal(await placesLeft('zaal-3'), 0, 'the place went to the waitlisted person');
      const rec = (await json(await staff(s.app, '/v1/staff/signups?shiftId=zaal-3&limit=100'))).items.find(
        (x: { id: string }) => x.id === waiting.id,
      );
      assert.equal(rec.status, 'confirmed');
      assert.deepEqual(rec.shifts, [{ shiftId: 'zaal-3', status: 'confirmed' }]);
    });

    it('a flagged signup is answered the same but takes no place', async () => {
      const left = await placesLeft('piloot-2');
      const r = await json(
        await post(
          s.app,
          '/v1/volunteer-signups',
          signup({ roleId: 'fietspiloot', shiftIds: ['piloot-2'], honeypot: 'bot' }),
        ),
      );
      assert.equal(r.status, 'confirmed');
      assert.equal(await placesLeft('piloot-2'), left);
      assert.ok(
        (await json(await staff(s.app, '/v1/staff/signups?flagged=true'))).items.some(
          (x: { id: string }) => x.id === r.id,
        ),
      );
      assert.ok(
        !(await json(await staff(s.app, '/v1/staff/signups?limit=100'))).items.some(
          (x: { id: string }) => x.id === r.id,
        ),
      );
    });

    const race = async (send: (body: unknown) => Promise<Response>, joinWaitlist: boolean) => {
      const shiftId = `race-${randomUUID().slice(0, 8)}`;
      await s.db
        .insertInto('shifts')
        .values({
          id: shiftId,
          role_id: 'zaal-onthaal',
          start_at: '2030-01-01T18:00:00.000Z',
          end_at: '2030-01-01T21:00:00.000Z',
          capacity: 5,
          places_left: 1,
          active: 1,
        })
        .execute();
      const N = 12;
      const answers = await Promise.all(
        Array.from({ length: N }, () => send(signup({ shiftIds: [shiftId], joinWaitlist }))),
      );
      const bodies = await Promise.all(answers.map((r) => r.json() as Promise<{ status?: string; type?: string }>));
      const statuses = answers.map((r) => r.status);
      assert.equal(await placesLeft(shiftId), 0);
      const confirmed = await s.db
        .selectFrom('signup_shifts')
        .select('signup_id')
        .where('shift_id', '=', shiftId)
        .where('status', '=', 'confirmed')
        .execute();
      assert.equal(confirmed.length, 1, 'exactly one confirmed place in the database');
      return { statuses, bodies, N };
    };

    it('race for the last place (concurrent app.request): one confirmed, the others waitlisted', async () => {
      const { statuses, bodies, N } = await race((b) => post(s.app, '/v1/volunteer-signups', b), true);
      assert.ok(statuses.every((x) => x === 201));
      assert.equal(bodies.filter((b) => b.status === 'confirmed').length, 1);
      assert.equal(bodies.filter((b) => b.status === 'waitlisted').length, N - 1);
    });

    it('race for the last place over a real socket: one 201 confirmed, the others 409 shift-full', async () => {
      const server = serve({ fetch: s.app.fetch, port: 0, hostname: '127.0.0.1' }) as Server;
      await new Promise((r) => server.once('listening', r));
      const port = (server.address() as AddressInfo).port;
      try {
        const send = (b: unknown) =>
          fetch(`http://127.0.0.1:${port}/v1/volunteer-signups`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID() },
            body: JSON.stringify(b),
          });
        const { statuses, bodies, N } = await race(send, false);
        assert.equal(statuses.filter((x) => x === 201).length, 1, statuses.join());
        assert.equal(statuses.filter((x) => x === 409).length, N - 1);
        assert.ok(bodies.filter((b) => b.type).every((b) => b.type === PROBLEM_TYPES.shiftFull));
      } finally {
        server.closeAllConnections();
        await new Promise((r) => server.close(r));
      }
    });
  });
}
