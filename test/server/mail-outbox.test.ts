/**
 * The mail outbox and its worker (issue 15), on SQLite and PostgreSQL, against a real SMTP server
 * (test/server/fixtures/smtp-sink.ts; messages parsed with mailparser): a message enqueued in a
 * transaction arrives once with its To, Subject, text, HTML and a Message-ID from its outbox row,
 * and the row is deleted; a rolled-back transaction sends nothing; a repeated dedupe key is
 * ignored; 4xx refusals are retried with backoff (MAIL_RETRY_BASE_MS small, no fixed sleeps) and
 * the message arrives once; after MAIL_MAX_ATTEMPTS, or at once on a 5xx, it is `failed` and
 * listed by GET /v1/staff/mail, where an admin sends it again or deletes it (audited); a lease
 * left by a dead sender is taken over; retention deletes old rows.
 */
import assert from 'node:assert/strict';
import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import { validate } from '../../src/schema/index.js';
import { MailListSchema } from '../../src/schema/staff/index.js';
import { claimMail, enqueueMail, type OutgoingMail } from '../../server/db/mail-outbox.js';
import { backoffMs, MAX_BACKOFF_MS, startMailWorker, type MailWorker } from '../../server/services/mail.js';
import { deleteExpiredOutbox } from '../../server/services/retention.js';
import { startSmtpSink, type SmtpSink } from './fixtures/smtp-sink.js';
import { dialects, json, setup, staffHeaders, type TestServer } from './helpers.js';

const FROM = 'Voorbeeldgemeente <noreply@gemeente.example>';

const mailTo = (to: string, extra: Partial<OutgoingMail> = {}): OutgoingMail => ({
  kind: 'test',
  to,
  locale: 'fr',
  subject: `Votre idée ${to}`,
  text: `Bonjour,\nnous avons bien reçu votre idée (${to}).`,
  html: `<p>Bonjour,</p><p>nous avons bien reçu votre idée (<b>${to}</b>).</p>`,
  ...extra,
});

/** Waits until `check` answers something truthy (polling the database; never a fixed sleep). */
async function until<T>(check: () => Promise<T | undefined | null | false>, what: string, ms = 30_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await check();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

test_backoff();

function test_backoff(): void {
  describe('mail backoff', () => {
    it('doubles from the base, is capped at an hour, and jitters within [0.5, 1) of the full wait', () => {
      assert.equal(backoffMs(30_000, 1, 0), 15_000);
      assert.equal(backoffMs(30_000, 1, 0.999_999), 30_000);
      assert.equal(backoffMs(30_000, 4, 0), 120_000);
      assert.equal(backoffMs(30_000, 20, 0), MAX_BACKOFF_MS / 2);
      assert.ok(backoffMs(30_000, 20, 0.999_999) <= MAX_BACKOFF_MS);
      const spread = new Set(Array.from({ length: 50 }, () => backoffMs(30_000, 3)));
      assert.ok(spread.size > 1, 'jitter varies');
      for (const v of spread) assert.ok(v >= 60_000 && v <= 120_000, String(v));
    });
  });
}

for (const dialect of dialects()) {
  describe(`mail outbox (${dialect})`, () => {
    let s: TestServer;
    let sink: SmtpSink;
    let worker: MailWorker;
    before(async () => {
      sink = await startSmtpSink();
      s = await setup(dialect, {
        SMTP_URL: sink.url,
        MAIL_FROM: FROM,
        MAIL_RETRY_BASE_MS: '20',
        MAIL_MAX_ATTEMPTS: '3',
      });
    });
    after(async () => {
      await s.close();
      await sink.close();
    });
    beforeEach(() => {
      sink.refuse(null);
      worker = startMailWorker({ db: s.db, dialect: s.dialect, mail: s.config.mail!, log: silent });
    });
    afterEach(() => worker.stop());

    const rowsOf = (to: string) => s.db.selectFrom('mail_outbox').selectAll().where('to_address', '=', to).execute();
    const countTo = (to: string) => sink.messages.filter((m) => m.to.includes(to)).length;

    it('a message enqueued in a transaction arrives once, with its To, Subject, text, HTML and Message-ID; its row is deleted', async () => {
      const to = 'resident.one@example.org';
      await s.db.transaction().execute((trx) => enqueueMail(trx, mailTo(to)));
      const [row] = await rowsOf(to);
      assert.ok(row, 'the row is written by the transaction');
      const m = await sink.waitFor((x) => x.to.includes(to));
      assert.deepEqual(m.to, [to]);
      assert.equal(m.parsed.subject, `Votre idée ${to}`);
      assert.equal(m.parsed.text?.trim(), `Bonjour,\nnous avons bien reçu votre idée (${to}).`);
      assert.equal(m.parsed.html, `<p>Bonjour,</p><p>nous avons bien reçu votre idée (<b>${to}</b>).</p>`);
      assert.equal(m.parsed.from?.value[0]?.address, 'noreply@gemeente.example');
      assert.equal(m.messageId, `<${row.id}@gemeente.example>`);
      assert.equal(m.parsed.headers.get('auto-submitted'), 'auto-generated');
      await until(async () => (await rowsOf(to)).length === 0, 'the sent row to be deleted');
      assert.equal(countTo(to), 1);
    });

    it('a rolled-back transaction sends nothing; a repeated dedupe key is ignored', async () => {
      const gone = 'rolled.back@example.org';
      await assert.rejects(
        s.db.transaction().execute(async (trx) => {
          await enqueueMail(trx, mailTo(gone));
          throw new Error('the event failed');
        }),
      );
      const to = 'dedupe@example.org';
      await s.db.transaction().execute(async (trx) => {
        await enqueueMail(trx, mailTo(to, { dedupeKey: 'reminder:s1:sh1' }));
        await enqueueMail(trx, mailTo(to, { dedupeKey: 'reminder:s1:sh1', subject: 'second' }));
      });
      await s.db.transaction().execute((trx) => enqueueMail(trx, mailTo(to, { dedupeKey: 'reminder:s1:sh1' })));
      assert.equal((await rowsOf(to)).length, 1);
      await sink.waitFor((x) => x.to.includes(to));
      await until(async () => (await rowsOf(to)).length === 0, 'the row to be deleted');
      // A later enqueue of the same key after sending is a new message (the key is free again).
      assert.equal(countTo(to), 1);
      assert.equal(countTo(gone), 0);
      assert.equal((await rowsOf(gone)).length, 0);
    });

    it('refused with 451 twice: retried with backoff, arrives once', async () => {
      const to = 'busy.server@example.org';
      // More attempts than the suite's 3, so the refusals cannot use them all up between two polls of
      // the row (the backoff here is 20 ms): the row stays pending between tries until the sink accepts.
      await worker.stop();
      worker = startMailWorker({
        db: s.db,
        dialect: s.dialect,
        mail: { ...s.config.mail!, maxAttempts: 50 },
        log: silent,
      });
      sink.refuse(451);
      const before = sink.rcptAttempts;
      await s.db.transaction().execute((trx) => enqueueMail(trx, mailTo(to)));
      const failedTwice = await until(async () => {
        const [r] = await rowsOf(to);
        return r && r.attempts >= 2 && r.status === 'pending' ? r : undefined;
      }, 'two failed attempts');
      assert.match(failedTwice.last_error ?? '', /451/);
      assert.ok(Date.parse(failedTwice.next_attempt_at) > Date.parse(failedTwice.created_at), 'a later attempt');
      sink.refuse(null);
      await sink.waitFor((x) => x.to.includes(to));
      await until(async () => (await rowsOf(to)).length === 0, 'the row to be deleted');
      assert.equal(countTo(to), 1);
      assert.ok(sink.rcptAttempts - before >= 3, `attempts seen by the server: ${sink.rcptAttempts - before}`);
    });

    it('after MAIL_MAX_ATTEMPTS (3) 4xx refusals: failed, listed for admins (not moderators), sent again on retry, audited', async () => {
      const to = 'never.accepted@example.org';
      sink.refuse(421);
      await s.db.transaction().execute((trx) => enqueueMail(trx, mailTo(to, { kind: 'idea-received' })));
      const row = await until(async () => {
        const [r] = await rowsOf(to);
        return r?.status === 'failed' ? r : undefined;
      }, 'the message to be given up');
      assert.equal(row.attempts, 3);
      assert.match(row.last_error ?? '', /421/);
      assert.equal(countTo(to), 0);

      const admin = await staffHeaders(s, 'admin');
      const list = await s.app.request('/v1/staff/mail?status=failed', { headers: admin });
      assert.equal(list.status, 200);
      const body = validate(MailListSchema, await json(list));
      assert.ok(body.ok, 'the answer matches its schema');
      const item = body.data.items.find((i) => i.id === row.id);
      assert.ok(item, 'the failed message is listed');
      assert.equal(item.to, to);
      assert.equal(item.kind, 'idea-received');
      assert.equal(item.attempts, 3);
      assert.match(item.lastError ?? '', /421/);
      assert.ok(body.data.counts.failed >= 1);
      assert.ok(!('text' in item) && !('html' in item), 'never the body');
      const moderator = await staffHeaders(s, 'moderator');
      assert.equal((await s.app.request('/v1/staff/mail', { headers: moderator })).status, 403);

      sink.refuse(null);
      const retried = await s.app.request(`/v1/staff/mail/${row.id}/retry`, { method: 'POST', headers: admin });
      assert.equal(retried.status, 200, await retried.clone().text());
      await sink.waitFor((x) => x.to.includes(to));
      await until(async () => (await rowsOf(to)).length === 0, 'the retried row to be deleted');
      assert.equal(countTo(to), 1);
      const audit = await s.db.selectFrom('audit_log').selectAll().where('target_id', '=', row.id).execute();
      assert.deepEqual(
        audit.map((a) => a.action),
        ['mail.retry'],
      );
      assert.ok(!audit[0]!.detail?.includes(to), 'the audit entry holds no address');
      assert.equal(
        (await s.app.request(`/v1/staff/mail/${row.id}/retry`, { method: 'POST', headers: admin })).status,
        404,
      );
    });

    it('a 5xx refusal is permanent: failed after one attempt; an admin deletes it (audited)', async () => {
      const to = 'no.such.user@example.org';
      sink.refuse(550);
      await s.db.transaction().execute((trx) => enqueueMail(trx, mailTo(to)));
      const row = await until(async () => {
        const [r] = await rowsOf(to);
        return r?.status === 'failed' ? r : undefined;
      }, 'the message to fail');
      assert.equal(row.attempts, 1);
      assert.match(row.last_error ?? '', /550/);
      const admin = await staffHeaders(s, 'admin');
      const del = await s.app.request(`/v1/staff/mail/${row.id}`, { method: 'DELETE', headers: admin });
      assert.equal(del.status, 204);
      assert.equal((await rowsOf(to)).length, 0);
      const [entry] = await s.db.selectFrom('audit_log').selectAll().where('target_id', '=', row.id).execute();
      assert.equal(entry?.action, 'mail.delete');
    });

    it('a lease left by a dead sender is taken over once it expires; a live lease is not', async () => {
      await worker.stop();
      const to = 'lease@example.org';
      await s.db.transaction().execute((trx) => enqueueMail(trx, mailTo(to)));
      const t0 = new Date();
      const [claimed] = await claimMail(s.db, s.dialect, 'dead-process', t0, new Date(t0.getTime() + 60_000));
      assert.equal(claimed?.to_address, to);
      assert.equal(claimed.attempts, 1);
      const again = await claimMail(s.db, s.dialect, 'other', t0, new Date(t0.getTime() + 60_000), 10);
      assert.equal(again.filter((r) => r.id === claimed.id).length, 0, 'not claimable while the lease runs');
      const later = new Date(t0.getTime() + 61_000);
      const [taken] = await claimMail(s.db, s.dialect, 'new-process', later, new Date(later.getTime() + 60_000), 10);
      assert.equal(taken?.id, claimed.id);
      assert.equal(taken.attempts, 2);
      assert.equal(taken.lease_owner, 'new-process');
      // Put it back as due and let a worker send it.
      await s.db
        .updateTable('mail_outbox')
        .set({ lease_until: t0.toISOString() })
        .where('id', '=', claimed.id)
        .execute();
      worker = startMailWorker({ db: s.db, dialect: s.dialect, mail: s.config.mail!, log: silent });
      await sink.waitFor((x) => x.to.includes(to));
      await until(async () => (await rowsOf(to)).length === 0, 'the row to be deleted');
      assert.equal(countTo(to), 1);
    });

    it('retention deletes failed and unsent rows older than RETENTION_DAYS, not newer ones', async () => {
      await worker.stop();
      const old = 'old@example.org';
      const fresh = 'fresh@example.org';
      const longAgo = new Date(Date.now() - 400 * 86_400_000);
      await s.db.transaction().execute(async (trx) => {
        await enqueueMail(trx, mailTo(old), longAgo);
        await enqueueMail(trx, mailTo(fresh));
      });
      await s.db.updateTable('mail_outbox').set({ status: 'failed' }).where('to_address', 'in', [old, fresh]).execute();
      assert.equal(await deleteExpiredOutbox(s.db, new Date(), 365), 1);
      assert.equal((await rowsOf(old)).length, 0);
      assert.equal((await rowsOf(fresh)).length, 1);
      await s.db.deleteFrom('mail_outbox').where('to_address', '=', fresh).execute();
    });
  });
}

const silent = { info: () => {}, warn: () => {}, error: () => {} };
