/**
 * Two server processes on one SQLite file (a rolling restart does this): 10 s of mixed writes
 * through both, then a 30-way race for the last place on a shift. SQLite only: busy timeout plus
 * BEGIN IMMEDIATE (server/db/database.ts) make the processes wait for each other instead of
 * answering 500 "database is locked".
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, it } from 'node:test';
import { ADMIN_TOKEN, idea, signup } from './helpers.js';
import { postJson, sharedDatabase, startChild } from './processes.js';

const LOAD_MS = 10_000;
const IN_FLIGHT = 6;
const RACERS = 30;

const staffPost = (base: string, path: string, body: unknown) =>
  fetch(base + path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${ADMIN_TOKEN}` },
    body: JSON.stringify(body),
  });

describe('two processes on one SQLite file', () => {
  it('mixed writes and a race for one place: no 500, exactly one confirmed', async (t) => {
    const shared = await sharedDatabase('sqlite');
    t.after(() => shared.drop());
    const a = await startChild(shared.env);
    t.after(() => a.stop());
    const b = await startChild(shared.env);
    t.after(() => b.stop());
    const servers = [a.base, b.base];

    // 10 s of mixed writes (ideas, signups, staff status changes) and reads, through both processes.
    const statuses = new Map<number, number>();
    const seen = (s: number) => statuses.set(s, (statuses.get(s) ?? 0) + 1);
    const until = Date.now() + LOAD_MS;
    let n = 0;
    const worker = async () => {
      while (Date.now() < until) {
        const i = n++;
        const base = servers[i % 2]!;
        const contact = { name: `Load ${i}`, email: `load-${i}@example.org` };
        switch (i % 4) {
          case 0:
            seen((await postJson(base, '/v1/ideas', idea('create', { contact }), randomUUID()))?.status ?? 0);
            break;
          case 1:
            seen(
              (await postJson(base, '/v1/volunteer-signups', signup({ contact, joinWaitlist: true }), randomUUID()))
                ?.status ?? 0,
            );
            break;
          case 2:
            seen((await fetch(`${base}/v1/initiatives?limit=5`).then((r) => r.status)) ?? 0);
            break;
          default:
            seen((await postJson(base, '/v1/ideas', idea('experiment', { contact }), randomUUID()))?.status ?? 0);
        }
      }
    };
    await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
    t.diagnostic(`mixed load: ${n} requests, statuses ${JSON.stringify(Object.fromEntries(statuses))}`);
    assert.ok(n > 50, `enough requests to matter (${n})`);
    assert.deepEqual(
      [...statuses.keys()].filter((s) => s !== 200 && s !== 201),
      [],
      'every request answered 200 or 201',
    );

    // A shift with one place, and 30 residents racing for it through both processes.
    const role = {
      id: 'race-role',
      initiativeId: 'zaalbeheerders',
      title: { nl: 'Rol' },
      description: { nl: 'Iets doen.' },
      timeAsked: { nl: 'Een uur' },
      gives: { guidance: null, insurance: null, expenses: null },
      requirements: { minimumAge: null, training: null },
      published: true,
    };
    assert.equal((await staffPost(a.base, '/v1/staff/volunteer-roles', role)).status, 201);
    const shift = { id: 'race-1', start: '2030-03-01T10:00:00Z', end: '2030-03-01T12:00:00Z', capacity: 1 };
    assert.equal((await staffPost(b.base, '/v1/staff/volunteer-roles/race-role/shifts', shift)).status, 201);
    const answers = await Promise.all(
      Array.from({ length: RACERS }, (_, i) =>
        postJson(
          servers[i % 2]!,
          '/v1/volunteer-signups',
          signup({
            roleId: 'race-role',
            shiftIds: ['race-1'],
            contact: { name: `Racer ${i}`, email: `race-${i}@example.org` },
          }),
          randomUUID(),
        ),
      ),
    );
    const race = answers.map((r) => r?.status ?? 0);
    t.diagnostic(`race: ${JSON.stringify(race)}`);
    assert.equal(race.filter((s) => s === 201).length, 1, 'exactly one confirmed');
    assert.equal(race.filter((s) => s === 409).length, RACERS - 1, 'the others: 409 shift-full');
    const won = answers.find((r) => r?.status === 201)!;
    assert.equal(JSON.parse(won.text).status, 'confirmed');
  });
});
