/**
 * Idempotency survives a crash (issue 12): a server process under a write load of idea and signup
 * POSTs, each with its own Idempotency-Key, is killed with SIGKILL mid-run and restarted on the
 * same database; every request whose answer did not arrive is retried with its key and body.
 * Then every 201 has its record, no request has two records, and no key is left pending.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, it } from 'node:test';
import { dialects, idea, signup } from './helpers.js';
import { postJson, sharedDatabase, startChild } from './processes.js';

interface Req {
  readonly path: '/v1/ideas' | '/v1/volunteer-signups';
  readonly body: Record<string, unknown>;
  readonly key: string;
  readonly email: string;
  answer?: { status: number; text: string; replayed: boolean } | null;
}

const TOTAL = 160;
const IN_FLIGHT = 8;
/** The process is killed once this many answers arrived (the others are in flight or unsent). */
const KILL_AFTER = 50;

for (const dialect of dialects()) {
  describe(`crash during writes (${dialect})`, () => {
    it('after kill -9 and a restart, retries with the same key give one record each', async (t) => {
      const shared = await sharedDatabase(dialect);
      t.after(() => shared.drop());
      const reqs: Req[] = Array.from({ length: TOTAL }, (_, i) => {
        const email = `crash-${i}@example.org`;
        const contact = { name: `Crash ${i}`, email };
        return i % 2 === 0
          ? { path: '/v1/ideas', body: idea('create', { contact }), key: randomUUID(), email }
          : {
              path: '/v1/volunteer-signups',
              body: signup({ contact, joinWaitlist: true }),
              key: randomUUID(),
              email,
            };
      });

      let child = await startChild(shared.env);
      t.after(() => child.stop());
      // The load: IN_FLIGHT workers take the next request; the process is killed mid-run.
      let next = 0;
      let answered = 0;
      let killed: Promise<void> | null = null;
      const worker = async () => {
        while (next < reqs.length && !killed) {
          const r = reqs[next++]!;
          r.answer = await postJson(child.base, r.path, r.body, r.key);
          if (r.answer) answered++;
          if (answered >= KILL_AFTER && !killed) killed = child.kill9();
        }
      };
      await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
      await killed;
      const lost = reqs.filter((r) => !r.answer);
      assert.ok(lost.length > 0, 'some requests were cut off by the crash');
      assert.ok(
        reqs.some((r) => r.answer),
        'some requests were answered before the crash',
      );
      for (const r of reqs) if (r.answer) assert.equal(r.answer.status, 201, r.answer.text);

      child = await startChild(shared.env);
      // Every request without an answer (in flight at the crash, or never sent) is retried.
      for (const r of lost) {
        r.answer = await postJson(child.base, r.path, r.body, r.key);
        assert.ok(r.answer, 'the restarted server answers');
        assert.equal(r.answer.status, 201, r.answer.text);
      }
      // An answered request retried is replayed with the same record.
      const first = reqs.find((r) => !lost.includes(r))!;
      const again = await postJson(child.base, first.path, first.body, first.key);
      assert.equal(again?.status, 201);
      assert.equal(again.replayed, true);
      assert.equal(JSON.parse(again.text).id, JSON.parse(first.answer!.text).id);
      await child.stop();

      const h = shared.open();
      try {
        const ideas = await h.db.selectFrom('ideas').select(['id', 'contact_email']).execute();
        const signups = await h.db.selectFrom('signups').select(['id', 'contact_email']).execute();
        const byEmail = new Map<string, string[]>();
        for (const row of [...ideas, ...signups]) {
          if (!row.contact_email.startsWith('crash-')) continue;
          byEmail.set(row.contact_email, [...(byEmail.get(row.contact_email) ?? []), row.id]);
        }
        for (const r of reqs) {
          const ids = byEmail.get(r.email) ?? [];
          assert.equal(ids.length, 1, `${r.email}: ${ids.length} records`);
          assert.equal(ids[0], JSON.parse(r.answer!.text).id, `${r.email}: the 201 names its record`);
        }
        const pending = await h.db.selectFrom('idempotency_keys').select('key').where('status', 'is', null).execute();
        assert.deepEqual(pending, [], 'no key is left pending');
        t.diagnostic(`${dialect}: ${TOTAL - lost.length} answered before the crash, ${lost.length} retried after it`);
      } finally {
        await h.close();
      }
    });
  });
}
