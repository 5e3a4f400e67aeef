/**
 * The mail worker across processes (issue 15), with real server processes (test/server/processes.ts)
 * and a real SMTP server (fixtures/smtp-sink.ts):
 * - killed mid-send (SIGKILL while the SMTP server holds its reply to DATA, so no 250 reached the
 *   sender) and started again: the message arrives once, with the Message-ID of the interrupted
 *   attempt, after the dead process's lease (MAIL_LEASE_SECONDS=3) ran out. SQLite and PostgreSQL.
 *   (A kill after the 250 and before the row's delete would send it twice, with the same
 *   Message-ID: the documented window of server/services/mail.ts; not produced here.)
 * - two server processes on one PostgreSQL database send 50 messages: each arrives exactly once.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { enqueueMail } from '../../server/db/mail-outbox.js';
import { startSmtpSink, type SmtpSink } from './fixtures/smtp-sink.js';
import { dialects } from './helpers.js';
import { sharedDatabase, startChild, type Child, type SharedDb } from './processes.js';

const FROM = 'Voorbeeldgemeente <noreply@gemeente.example>';

async function until<T>(check: () => Promise<T | undefined | null | false> | T, what: string, ms = 60_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await check();
    if (v) return v as T;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const message = (to: string) => ({
  kind: 'test',
  to,
  locale: 'nl' as const,
  subject: `Bericht voor ${to}`,
  text: `Dag ${to}`,
  html: `<p>Dag ${to}</p>`,
});

for (const dialect of dialects()) {
  describe(`mail worker killed mid-send (${dialect})`, () => {
    let shared: SharedDb;
    let sink: SmtpSink;
    const children: Child[] = [];
    before(async () => {
      shared = await sharedDatabase(dialect);
      sink = await startSmtpSink();
    });
    after(async () => {
      for (const c of children) await c.kill9();
      await sink.close();
      await shared.drop();
    });

    it('the message arrives once, after a restart, with the Message-ID of the interrupted attempt', async () => {
      const env = { ...shared.env, SMTP_URL: sink.url, MAIL_FROM: FROM, MAIL_LEASE_SECONDS: '3' };
      const first = await startChild(env);
      children.push(first);
      const held = sink.holdNext();
      const h = shared.open();
      const to = `killed.${dialect}@example.org`;
      try {
        await h.db.transaction().execute((trx) => enqueueMail(trx, message(to)));
        await held.arrived; // the whole message is at the SMTP server, which has not answered yet
        await first.kill9();
        const interrupted = await until(() => sink.dropped[0], 'the interrupted message at the sink');
        assert.equal(sink.messages.length, 0, 'no 250 was given');
        const [row] = await h.db.selectFrom('mail_outbox').selectAll().execute();
        assert.equal(row?.status, 'sending', 'the row stays claimed by the dead process');
        assert.equal(row.attempts, 1);

        const second = await startChild(env);
        children.push(second);
        const [m] = await sink.waitForCount(1, 60_000);
        assert.deepEqual(m!.to, [to]);
        assert.equal(m!.messageId, interrupted.messageId, 'the same Message-ID as the interrupted attempt');
        assert.equal(m!.messageId, `<${row.id}@gemeente.example>`);
        await until(
          async () => (await h.db.selectFrom('mail_outbox').select('id').execute()).length === 0,
          'the row to be deleted',
        );
        // Nothing more can be sent: the row is gone. The count stays one.
        assert.equal(sink.messages.filter((x) => x.to.includes(to)).length, 1);
        await second.stop();
      } finally {
        await h.close();
      }
    });
  });
}

if (dialects().includes('postgres')) {
  describe('two server processes on one PostgreSQL database', () => {
    let shared: SharedDb;
    let sink: SmtpSink;
    const children: Child[] = [];
    before(async () => {
      shared = await sharedDatabase('postgres');
      sink = await startSmtpSink();
    });
    after(async () => {
      for (const c of children) await c.kill9();
      await sink.close();
      await shared.drop();
    });

    it('50 messages: each arrives exactly once', async () => {
      const env = { ...shared.env, SMTP_URL: sink.url, MAIL_FROM: FROM };
      children.push(await startChild(env), await startChild(env));
      const h = shared.open();
      try {
        const all = Array.from({ length: 50 }, (_, i) => `two.${i}@example.org`);
        // In five transactions, so both processes find work while the rest is still being written.
        for (let i = 0; i < 50; i += 10) {
          await h.db.transaction().execute(async (trx) => {
            for (const to of all.slice(i, i + 10)) await enqueueMail(trx, message(to));
          });
        }
        await sink.waitForCount(50, 120_000);
        await until(
          async () => (await h.db.selectFrom('mail_outbox').select('id').execute()).length === 0,
          'the outbox to be empty',
        );
        const got = sink.messages.flatMap((m) => m.to).sort();
        assert.deepEqual(got, [...all].sort(), 'each address once, no more, no less');
        assert.equal(new Set(sink.messages.map((m) => m.messageId)).size, 50);
        for (const c of children) await c.stop();
        children.length = 0;
      } finally {
        await h.close();
      }
    });
  });
}
