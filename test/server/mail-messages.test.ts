/**
 * What the server e-mails, end to end against a real SMTP server (test/server/fixtures/smtp-sink.ts,
 * messages parsed with mailparser), on SQLite and PostgreSQL, in nl, fr and en: an idea (the
 * resident's receipt, an immediate staff note), a signup and a waitlisted signup promoted when the
 * first cancels by following the link from their e-mail, a status reply, a reminder (once), the
 * daily digest (once); each exactly one message to the right address with the right reference,
 * language and links. Flagged submissions and a server with mail off send nothing.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Locale } from '../../src/schema/index.js';
import { createLogger } from '../../server/config.js';
import { MAIL_STRINGS } from '../../server/mail/messages/strings.js';
import { startMailWorker, type MailWorker } from '../../server/services/mail.js';
import { enqueueDigests, enqueueDueReminders } from '../../server/services/reminders.js';
import { startSmtpSink, type ReceivedMail, type SmtpSink } from './fixtures/smtp-sink.js';
import { count, dialects, idea, json, post, setup, signup, staffHeaders, type TestServer } from './helpers.js';

const LOCALES: readonly Locale[] = ['nl', 'fr', 'en'];
const VOLUNTEER_PAGE = 'https://www.example.org/vrijwilligers?lang=x';
const IDEAS_PAGE = 'https://www.example.org/ideeen';
const DAY = 86_400_000;

/** The line of the plain-text part that is an address starting with `prefix`, as a URL. */
function linkIn(mail: ReceivedMail, prefix: string): URL {
  const line = (mail.parsed.text ?? '').split('\n').find((l) => l.trim().startsWith(prefix));
  assert.ok(line, `a link to ${prefix} in:\n${mail.parsed.text}`);
  const url = new URL(line.trim());
  // The HTML part links the same address, visibly.
  const html = typeof mail.parsed.html === 'string' ? mail.parsed.html : '';
  const escaped = url.href.replace(/&/g, '&amp;');
  assert.ok(html.includes(`<a href="${escaped}">${escaped}</a>`), 'the HTML part has the same link, shown');
  return url;
}

/** Checks the parts every message has: to, language, the municipality, its contact. */
function common(mail: ReceivedMail, to: string, locale: Locale): void {
  assert.deepEqual(mail.to, [to]);
  const html = typeof mail.parsed.html === 'string' ? mail.parsed.html : '';
  assert.ok(html.includes(`<html lang="${locale}">`), `lang ${locale}`);
  assert.ok(!/<img|<table/i.test(html), 'no images, no layout tables');
  assert.ok(mail.parsed.text?.includes('participatie@example.org'), 'the municipality’s contact');
  assert.ok(mail.parsed.text?.includes('Voorbeeldgemeente'), 'the municipality’s name');
}

for (const dialect of dialects()) {
  describe(`mail messages (${dialect})`, () => {
    let s: TestServer;
    let sink: SmtpSink;
    let worker: MailWorker;
    const to = (what: string, locale: Locale) => `${what}-${locale}-${dialect}@example.org`;
    const mailsTo = (address: string) => sink.messages.filter((m) => m.to.includes(address));
    /** Waits until the outbox is empty (everything enqueued was sent). */
    const drained = async () => {
      for (let i = 0; i < 600 && (await count(s.db, 'mail_outbox')) > 0; i++)
        await new Promise((r) => setTimeout(r, 50));
      assert.equal(await count(s.db, 'mail_outbox'), 0, 'the outbox is empty');
    };

    before(async () => {
      sink = await startSmtpSink();
      s = await setup(dialect, { SMTP_URL: sink.url, MAIL_FROM: 'Voorbeeldgemeente <noreply@example.org>' });
      await s.db
        .updateTable('site')
        .set({ volunteer_page_url: VOLUNTEER_PAGE, ideas_page_url: IDEAS_PAGE })
        .where('id', '=', 1)
        .execute();
      worker = startMailWorker({ db: s.db, dialect, mail: s.config.mail!, log: createLogger('error') });
    });
    after(async () => {
      await worker.stop();
      await s.close();
      await sink.close();
    });

    it('GET /v1/site says that e-mail is sent (email: true)', async () => {
      const site = await json(await s.app.request('/v1/site'));
      assert.equal(site.email, true);
    });

    for (const locale of LOCALES) {
      it(`${locale}: an idea → one receipt to the resident, one note to an immediate staff account`, async () => {
        const staffAddress = to('staff', locale);
        const h = await staffHeaders(s, 'moderator', staffAddress);
        const pref = await s.app.request('/v1/staff/session/preferences', {
          method: 'PATCH',
          headers: { ...h, 'Content-Type': 'application/json' },
          body: JSON.stringify({ notifyIdeas: 'immediate' }),
        });
        assert.equal(pref.status, 200, await pref.clone().text());
        assert.deepEqual(await pref.json(), { notifyIdeas: 'immediate' });

        const address = to('idea', locale);
        const r = await post(s.app, '/v1/ideas', idea('create', { contact: { name: 'Bewoner', email: address } }), {
          headers: { 'Accept-Language': locale },
        });
        assert.equal(r.status, 201, await r.clone().text());
        const receipt = await json(r);
        const mail = await sink.waitFor((m) => m.to.includes(address));
        common(mail, address, locale);
        assert.equal(mail.parsed.subject, MAIL_STRINGS[locale].ideaReceivedSubject(receipt.reference));
        assert.ok(mail.parsed.text?.includes(receipt.reference));
        assert.equal(linkIn(mail, IDEAS_PAGE).href, IDEAS_PAGE);

        const note = await sink.waitFor((m) => m.to.includes(staffAddress));
        assert.ok(note.parsed.subject?.includes(receipt.reference));
        assert.ok(!note.parsed.text?.includes(address), 'staff notes carry no resident address');
        await drained();
        assert.equal(mailsTo(address).length, 1);
        assert.equal(mailsTo(staffAddress).length, 1);
        // Only new ideas: the next locale's account gets its own; this one back to off.
        await s.app.request('/v1/staff/session/preferences', {
          method: 'PATCH',
          headers: { ...h, 'Content-Type': 'application/json' },
          body: JSON.stringify({ notifyIdeas: 'off' }),
        });
      });

      it(`${locale}: a status reply → one message with the reply and the status in words`, async () => {
        const address = to('reply', locale);
        const r = await post(s.app, '/v1/ideas', idea('create', { contact: { name: 'Bewoner', email: address } }), {
          headers: { 'Accept-Language': locale },
        });
        const receipt = await json(r);
        await sink.waitFor((m) => m.to.includes(address));
        const h = await staffHeaders(s, 'moderator');
        const patch = await s.app.request(`/v1/staff/ideas/${receipt.id}`, {
          method: 'PATCH',
          headers: { ...h, 'Content-Type': 'application/json' },
          body: JSON.stringify({ status: 'accepted' }),
        });
        assert.equal(patch.status, 200, await patch.clone().text());
        const text = `Reply <b>${locale}</b> & thanks`;
        const rep = await s.app.request(`/v1/staff/ideas/${receipt.id}/reply`, {
          method: 'PUT',
          headers: { ...h, 'Content-Type': 'application/json' },
          body: JSON.stringify({ text }),
        });
        assert.equal(rep.status, 200, await rep.clone().text());
        const mail = await sink.waitFor(
          (m) =>
            m.to.includes(address) && m.parsed.subject === MAIL_STRINGS[locale].ideaReplySubject(receipt.reference),
        );
        common(mail, address, locale);
        assert.ok(mail.parsed.text?.includes(text), 'the reply as written, in the text part');
        assert.ok(String(mail.parsed.html).includes('Reply &lt;b&gt;'), 'escaped in the HTML part');
        assert.ok(mail.parsed.text?.includes(MAIL_STRINGS[locale].statusWords.accepted));
        await drained();
        assert.equal(mailsTo(address).length, 2, 'the receipt and the reply; the status change alone sends nothing');
      });

      it(`${locale}: signup, a waitlisted signup, the first cancels by the link from the e-mail → the second moves up; a reminder once`, async () => {
        const shiftId = `mail-${locale}`;
        const start = new Date(Date.now() + 10 * DAY);
        await s.db
          .insertInto('shifts')
          .values({
            id: shiftId,
            role_id: 'zaal-onthaal',
            start_at: start.toISOString(),
            end_at: new Date(start.getTime() + 3 * 3_600_000).toISOString(),
            capacity: 1,
            places_left: 1,
            active: 1,
          })
          .execute();
        const first = to('first', locale);
        const second = to('second', locale);
        const lang = { headers: { 'Accept-Language': locale } };
        const a = await json(
          await post(
            s.app,
            '/v1/volunteer-signups',
            signup({ shiftIds: [shiftId], contact: { name: 'Eerste Vrijwilliger', email: first } }),
            lang,
          ),
        );
        assert.equal(a.status, 'confirmed');
        const b = await json(
          await post(
            s.app,
            '/v1/volunteer-signups',
            signup({
              shiftIds: [shiftId],
              joinWaitlist: true,
              contact: { name: 'Tweede Vrijwilliger', email: second },
            }),
            lang,
          ),
        );
        assert.equal(b.status, 'waitlisted');

        const confirmed = await sink.waitFor((m) => m.to.includes(first));
        common(confirmed, first, locale);
        const t = MAIL_STRINGS[locale];
        assert.equal(confirmed.parsed.subject, t.signupConfirmedSubject(a.reference));
        const body = confirmed.parsed.text ?? '';
        assert.ok(body.includes(`${a.cancelCode.slice(0, 4)}-${a.cancelCode.slice(4)}`), 'the short cancel code');
        assert.ok(body.includes(t.infoNote('demo-1')), 'the information note');
        const waitlisted = await sink.waitFor((m) => m.to.includes(second));
        assert.equal(waitlisted.parsed.subject, t.signupWaitlistedSubject(b.reference));

        // Follow the link: the page's address and parameters, the signup id and token from `cancel`.
        const link = linkIn(confirmed, VOLUNTEER_PAGE.split('?')[0]!);
        assert.equal(link.origin + link.pathname, VOLUNTEER_PAGE.split('?')[0]);
        assert.equal(link.searchParams.get('lang'), 'x', 'the page’s own parameters are kept');
        assert.equal(link.searchParams.get('reference'), a.reference);
        assert.deepEqual([...link.searchParams.keys()].sort(), ['cancel', 'lang', 'reference']);
        const code = link.searchParams.get('cancel')!;
        const dot = code.indexOf('.');
        assert.equal(code.slice(0, dot), a.id);
        const del = await s.app.request(`/v1/volunteer-signups/${code.slice(0, dot)}`, {
          method: 'DELETE',
          headers: { 'X-Cancel-Token': code.slice(dot + 1) },
        });
        assert.equal(del.status, 200, await del.clone().text());

        const cancelled = await sink.waitFor(
          (m) => m.to.includes(first) && m.parsed.subject === t.signupCancelledSubject(a.reference),
        );
        common(cancelled, first, locale);
        const promoted = await sink.waitFor(
          (m) => m.to.includes(second) && m.parsed.subject === t.promotedSubject(b.reference),
        );
        common(promoted, second, locale);

        // The reminder: 47 h before the start, once (a second run, and a second instance, add nothing).
        const at = new Date(start.getTime() - 47 * 3_600_000);
        assert.equal(await enqueueDueReminders(s.db, 48, at), 1, 'one confirmed place in the window');
        assert.equal(await enqueueDueReminders(s.db, 48, at), 0);
        assert.equal(await enqueueDueReminders(s.db, 48, new Date(at.getTime() + 3_600_000)), 0);
        const reminder = await sink.waitFor(
          (m) => m.to.includes(second) && m.parsed.subject === t.reminderSubject(b.reference),
        );
        common(reminder, second, locale);
        assert.ok(reminder.parsed.text?.includes(b.reference));
        await drained();
        assert.equal(mailsTo(first).length, 2, 'confirmed, cancelled');
        assert.equal(mailsTo(second).length, 3, 'waitlisted, promoted, reminder');
      });
    }

    it('the daily digest: once per account and day, listing the previous day’s ideas', async () => {
      const address = `digest-${dialect}@example.org`;
      const h = await staffHeaders(s, 'moderator', address);
      const pref = await s.app.request('/v1/staff/session/preferences', {
        method: 'PATCH',
        headers: { ...h, 'Content-Type': 'application/json' },
        body: JSON.stringify({ notifyIdeas: 'daily' }),
      });
      assert.equal(pref.status, 200);
      const ideas = await s.db.selectFrom('ideas').select(['reference']).where('flagged', '=', 0).execute();
      // The day after today IN BRUSSELS (where the ideas above were received today), at 10:00 UTC = 11:00
      // or 12:00 there: after 08:00. (Today's UTC date is the day before in Brussels from 22:00/23:00 UTC.)
      const brusselsToday = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' }).format(new Date());
      const tomorrow = new Date(Date.parse(`${brusselsToday}T10:00:00Z`) + DAY);
      const early = new Date(tomorrow.getTime() - 5 * 3_600_000); // 05:00 UTC: before 08:00 in Brussels
      assert.equal(await enqueueDigests(s.db, 8, early), 0, 'not before the hour');
      assert.equal(await enqueueDigests(s.db, 8, tomorrow), 1);
      assert.equal(await enqueueDigests(s.db, 8, tomorrow), 0, 'once a day');
      const mail = await sink.waitFor((m) => m.to.includes(address));
      for (const i of ideas) assert.ok(mail.parsed.text?.includes(i.reference), `lists ${i.reference}`);
      await drained();
      assert.equal(mailsTo(address).length, 1);
    });

    it('staff cancel a signup → cancelled to the volunteer, promoted to who moves up; a personal-data erase → promoted only', async () => {
      const shiftId = `staff-mail-${dialect}`;
      const start = new Date(Date.now() + 12 * DAY);
      await s.db
        .insertInto('shifts')
        .values({
          id: shiftId,
          role_id: 'zaal-onthaal',
          start_at: start.toISOString(),
          end_at: new Date(start.getTime() + 3 * 3_600_000).toISOString(),
          capacity: 1,
          places_left: 1,
          active: 1,
        })
        .execute();
      const [first, second, third] = ['staff-a', 'staff-b', 'staff-c'].map((w) => to(w, 'fr'));
      const lang = { headers: { 'Accept-Language': 'fr' } };
      const join = async (email: string, joinWaitlist: boolean) =>
        json(
          await post(
            s.app,
            '/v1/volunteer-signups',
            signup({ shiftIds: [shiftId], joinWaitlist, contact: { name: 'Bénévole Test', email } }),
            lang,
          ),
        );
      const a = await join(first, false);
      const b = await join(second, true);
      assert.deepEqual([a.status, b.status], ['confirmed', 'waitlisted']);
      const t = MAIL_STRINGS.fr;

      // Staff cancel A (the volunteer phoned): A is told, B moves up and is told.
      const mod = await staffHeaders(s, 'moderator');
      const r = await s.app.request(`/v1/staff/signups/${a.id}/cancel`, { method: 'POST', headers: mod });
      assert.equal(r.status, 200, await r.clone().text());
      const cancelled = await sink.waitFor(
        (m) => m.to.includes(first) && m.parsed.subject === t.signupCancelledSubject(a.reference),
      );
      common(cancelled, first, 'fr');
      const promoted = await sink.waitFor(
        (m) => m.to.includes(second) && m.parsed.subject === t.promotedSubject(b.reference),
      );
      common(promoted, second, 'fr');
      assert.ok(promoted.parsed.text?.includes(b.reference));

      // C joins the reserve list; B asks to be erased: B's place goes to C, who is told; B gets nothing.
      const c = await join(third, true);
      assert.equal(c.status, 'waitlisted');
      const er = await s.app.request('/v1/staff/personal-data/erase', {
        method: 'POST',
        headers: { ...mod, 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: second }),
      });
      assert.equal(er.status, 200, await er.clone().text());
      assert.deepEqual(await json(er), { ideas: 0, signups: 1, cancelledSignups: 1 });
      const moved = await sink.waitFor(
        (m) => m.to.includes(third) && m.parsed.subject === t.promotedSubject(c.reference),
      );
      common(moved, third, 'fr');
      await drained();
      assert.deepEqual(
        mailsTo(first).map((m) => m.parsed.subject),
        [t.signupConfirmedSubject(a.reference), t.signupCancelledSubject(a.reference)],
      );
      assert.deepEqual(
        mailsTo(second).map((m) => m.parsed.subject),
        [t.signupWaitlistedSubject(b.reference), t.promotedSubject(b.reference)],
        'nothing to the erased address after the erasure',
      );
      assert.deepEqual(
        mailsTo(third).map((m) => m.parsed.subject),
        [t.signupWaitlistedSubject(c.reference), t.promotedSubject(c.reference)],
      );
    });

    it('staff change a shift’s time, then cancel it: each volunteer on it (confirmed or reserve) is told once, in their language', async () => {
      const shiftId = `shift-mail-${dialect}`;
      const start = new Date(Date.now() + 20 * DAY);
      await s.db
        .insertInto('shifts')
        .values({
          id: shiftId,
          role_id: 'zaal-onthaal',
          start_at: start.toISOString(),
          end_at: new Date(start.getTime() + 3 * 3_600_000).toISOString(),
          capacity: 1,
          places_left: 1,
          active: 1,
        })
        .execute();
      const people = [
        { email: to('shift-a', 'nl'), locale: 'nl' as const, joinWaitlist: false },
        { email: to('shift-b', 'en'), locale: 'en' as const, joinWaitlist: true },
      ];
      const receipts: { status: string; reference: string }[] = [];
      for (const p of people) {
        const r = await post(
          s.app,
          '/v1/volunteer-signups',
          signup({
            shiftIds: [shiftId],
            joinWaitlist: p.joinWaitlist,
            contact: { name: 'Test Vrijwilliger', email: p.email },
          }),
          { headers: { 'Accept-Language': p.locale } },
        );
        receipts.push(await json(r));
      }
      assert.deepEqual(
        receipts.map((r) => r.status),
        ['confirmed', 'waitlisted'],
      );
      const mod = await staffHeaders(s, 'moderator');
      const path = `/v1/staff/volunteer-roles/zaal-onthaal/shifts/${shiftId}`;
      const later = new Date(start.getTime() + 3_600_000);
      const changed = await s.app.request(path, {
        method: 'PATCH',
        headers: { ...mod, 'Content-Type': 'application/json' },
        body: JSON.stringify({
          start: later.toISOString(),
          end: new Date(later.getTime() + 3 * 3_600_000).toISOString(),
        }),
      });
      assert.equal(changed.status, 200, await changed.clone().text());
      const cancelled = await s.app.request(path, { method: 'DELETE', headers: mod });
      assert.equal(cancelled.status, 200, await cancelled.clone().text());
      await drained();
      people.forEach((p, i) => {
        const t = MAIL_STRINGS[p.locale];
        const ref = receipts[i]!.reference;
        const first = p.joinWaitlist ? t.signupWaitlistedSubject(ref) : t.signupConfirmedSubject(ref);
        const mails = mailsTo(p.email);
        assert.deepEqual(
          mails.map((m) => m.parsed.subject),
          [first, t.shiftChangedSubject(ref), t.shiftCancelledSubject(ref)],
        );
        for (const m of mails) common(m, p.email, p.locale);
      });
    });

    it('a flagged idea and a flagged signup get no e-mail', async () => {
      const address = to('flagged', 'nl');
      await post(s.app, '/v1/ideas', idea('create', { honeypot: 'x', contact: { name: 'Bot Robot', email: address } }));
      await post(
        s.app,
        '/v1/volunteer-signups',
        signup({ fillMs: 10, contact: { name: 'Bot Robot', email: address } }),
      );
      assert.equal(await count(s.db, 'mail_outbox'), 0, 'nothing enqueued');
      await drained();
      assert.equal(mailsTo(address).length, 0);
    });
  });

  describe(`mail off (${dialect})`, () => {
    let s: TestServer;
    before(async () => {
      s = await setup(dialect);
    });
    after(() => s.close());
    it('nothing is enqueued, and /v1/site says email: false', async () => {
      assert.equal(s.config.mail, null);
      assert.equal((await post(s.app, '/v1/ideas', idea())).status, 201);
      assert.equal((await post(s.app, '/v1/volunteer-signups', signup())).status, 201);
      assert.equal(await count(s.db, 'mail_outbox'), 0);
      assert.equal((await json(await s.app.request('/v1/site'))).email, false);
    });
  });
}
