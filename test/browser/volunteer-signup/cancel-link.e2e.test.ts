// End to end against the REAL reference server with e-mail on (scripts/test.mjs points it at a local
// SMTP sink that parses every message with mailparser; the `civic-mail` command of
// web-test-runner.config.mjs reads what arrived): a resident follows the cancel link from the
// confirmation e-mail they received to the page with `<civic-volunteer-signup read-url>`, confirms,
// and the signup is cancelled, the place freed and given to the first on the reserve list, who gets
// exactly one "a place came free" e-mail.
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { MAIL_STRINGS } from '../../../server/mail/messages/strings.js';
import type { CivicSubmittedEvent } from '../../../src/events/index.js';
import type { SignupReceipt, VolunteerRole } from '../../../src/schema/volunteer.js';
import { $, root } from '../../fixtures/query.js';
import {
  cancelledSignup,
  clearStorage,
  click,
  fill,
  mount,
  outcome,
  placesLeft,
  roles,
  server,
  staffSignups,
  uniqueEmail,
} from './helpers.js';

/** One message as the sink received it (scripts/mail-sink.mjs), its parts parsed by mailparser. */
interface ReceivedMail {
  id: string;
  to: string[];
  subject: string;
  text: string;
  html: string;
  messageId: string;
}

const DAY = 86_400_000;
const t = MAIL_STRINGS.nl;

const mailsTo = (to: string) => executeServerCommand<ReceivedMail[], { to: string }>('civic-mail', { to });

/** Waits for the message to `to` with this subject; answers it. */
async function mailWith(to: string, subject: string): Promise<ReceivedMail> {
  let found: ReceivedMail | undefined;
  await waitUntil(
    async () => (found = (await mailsTo(to)).find((m) => m.subject === subject)) !== undefined,
    `an e-mail to ${to}: "${subject}"`,
    { timeout: 15_000, interval: 100 },
  );
  return found!;
}

async function staff(path: string, init: RequestInit = {}): Promise<Response> {
  const { endpoint, token } = server();
  return fetch(`${endpoint}${path}`, {
    ...init,
    credentials: 'omit',
    headers: { Authorization: `Bearer ${token}`, Accept: 'application/json', 'Content-Type': 'application/json' },
  });
}

/** Waits until the outbox holds nothing (pending, being sent or given up): every e-mail has arrived. */
async function outboxDrained(): Promise<void> {
  let counts: unknown;
  await waitUntil(
    async () => {
      const res = await staff('/v1/staff/mail');
      expect(res.status, 'GET /v1/staff/mail').to.equal(200);
      counts = ((await res.json()) as { counts: unknown }).counts;
      return JSON.stringify(counts) === JSON.stringify({ pending: 0, sending: 0, failed: 0 });
    },
    'the outbox is empty',
    { timeout: 15_000, interval: 100 },
  );
}

/** Signs up for `shiftId` in a new widget, as a resident does; answers the receipt and the widget. */
async function signUp(role: VolunteerRole, shiftId: string, email: string, status: string) {
  const el = await mount();
  let receipt: SignupReceipt | undefined;
  el.addEventListener('civic-submitted', (e) => (receipt = (e as CivicSubmittedEvent<SignupReceipt>).result));
  await fill(el, { role: role.id, shifts: [shiftId], email, age: role.requirements.minimumAge !== null });
  await click(el, '[part~="submit-button"]');
  const panel = await outcome(el, status);
  expect(receipt, 'civic-submitted').to.exist;
  return { receipt: receipt!, el, panel };
}

describe('<civic-volunteer-signup>: the cancel link from the e-mail', () => {
  const search = location.search;
  afterEach(() => {
    clearStorage();
    history.replaceState(null, '', location.pathname + search);
  });

  it('following the cancel link from the received e-mail to the demo page cancels the signup after confirmation, frees the place, and the reserve list moves up (and that person gets their e-mail)', async () => {
    const site = await (await fetch(`${server().endpoint}/v1/site`)).json();
    expect(site.email, 'the test server sends e-mail').to.equal(true);

    // A shift with one place, made by staff.
    const role = (await roles()).find((r) => r.shifts.length > 0);
    expect(role, 'a published role with shifts').to.exist;
    const shiftId = `mail-link-${crypto.randomUUID().slice(0, 8)}`;
    const start = new Date(Date.now() + 20 * DAY);
    const made = await staff(`/v1/staff/volunteer-roles/${role!.id}/shifts`, {
      method: 'POST',
      body: JSON.stringify({
        id: shiftId,
        start: start.toISOString(),
        end: new Date(start.getTime() + 3 * 3_600_000).toISOString(),
        capacity: 1,
      }),
    });
    expect(made.status, `POST shift: ${await made.clone().text()}`).to.equal(201);
    expect(await placesLeft(shiftId)).to.equal(1);

    // A takes the place; the widget says where the confirmation went.
    const first = uniqueEmail('link-first');
    const a = await signUp(role!, shiftId, first, 'confirmed');
    expect(a.panel.textContent).to.contain(`We stuurden een bevestiging naar ${first}`);
    a.el.parentElement!.remove();
    expect(await placesLeft(shiftId)).to.equal(0);
    // B comes later: the shift is full, so B goes on its reserve list.
    const second = uniqueEmail('link-second');
    const b = await signUp(role!, shiftId, second, 'waitlisted');
    b.el.parentElement!.remove();

    // A's confirmation e-mail, and the cancel link in its HTML part (shown as text too).
    const confirmation = await mailWith(first, t.signupConfirmedSubject(a.receipt.reference));
    expect(confirmation.to).to.deep.equal([first]);
    expect(confirmation.text).to.contain(a.receipt.reference);
    const doc = new DOMParser().parseFromString(confirmation.html, 'text/html');
    const links = [...doc.querySelectorAll('a')].filter((l) => new URL(l.href).searchParams.has('cancel'));
    expect(links, 'one cancel link').to.have.length(1);
    const link = new URL(links[0].href);
    expect(links[0].textContent, 'the address is shown').to.equal(link.href);
    expect(confirmation.text, 'the plain-text part has the same link').to.contain(link.href);
    // It opens the municipality's page (the demo page of this server) and carries only the token and the reference.
    expect(link.port, 'the demo page of this server').to.equal(new URL(server().endpoint).port);
    expect(link.pathname + link.hash).to.equal('/#vrijwilligers');
    expect(link.searchParams.get('cancel')).to.equal(`${a.receipt.id}.${a.receipt.cancelToken}`);
    expect(link.searchParams.get('reference')).to.equal(a.receipt.reference);
    expect(link.href).not.to.contain(encodeURIComponent(first));
    expect(link.href).not.to.contain(first);

    // The page of the link: its query on this page's address, and the widget reading it.
    history.replaceState(null, '', location.pathname + link.search);
    const el = await mount('read-url');
    const panel = $(el, '[data-status="cancel"]');
    expect(panel.textContent).to.contain(`Wil je inschrijving ${a.receipt.reference} annuleren?`);
    // The first press asks; nothing is cancelled yet.
    await click(el, '[part~="cancel-button"]');
    expect(root(el).textContent).to.contain('Weet je het zeker?');
    expect((await staffSignups(first)).map((s) => s.status)).to.deep.equal(['confirmed']);
    // Confirmed: cancelled.
    await click(el, '[part~="cancel-button"]');
    const done = await outcome(el, 'cancelled');
    expect(done.textContent).to.contain(a.receipt.reference);
    expect((await cancelledSignup(a.receipt.id))?.status).to.equal('cancelled');

    // The place went to B, the first on the reserve list: the shift stays full, B is confirmed.
    expect(await placesLeft(shiftId)).to.equal(0);
    const [moved] = await staffSignups(second);
    expect(moved.status).to.equal('confirmed');
    expect(moved.shifts).to.deep.equal([{ shiftId, status: 'confirmed' }]);

    // B's e-mail, exactly one; A's "cancelled" e-mail. Once the outbox is empty nothing more can come.
    const promoted = await mailWith(second, t.promotedSubject(b.receipt.reference));
    expect(promoted.text).to.contain(b.receipt.reference);
    await mailWith(first, t.signupCancelledSubject(a.receipt.reference));
    await outboxDrained();
    expect((await mailsTo(second)).map((m) => m.subject)).to.deep.equal([
      t.signupWaitlistedSubject(b.receipt.reference),
      t.promotedSubject(b.receipt.reference),
    ]);
    expect((await mailsTo(first)).map((m) => m.subject)).to.deep.equal([
      t.signupConfirmedSubject(a.receipt.reference),
      t.signupCancelledSubject(a.receipt.reference),
    ]);
    await expect(el).to.be.accessible();
  });
});
