// Two flows on the DEMO PAGE itself, as a person trying the demo gets it (`npm start`): the reference
// server as its own process with the demo page on, the demo seed and e-mail on into a local SMTP sink
// (scripts/mail-sink.mjs, parsed with mailparser), on free ports in a temp folder; Debian Chromium
// through playwright-core.
//  1. (issue 15) The cancel link from the received confirmation e-mail opens the demo page, whose
//     <civic-volunteer-signup read-url> cancels after the confirming press; the freed place goes to the
//     first on the reserve list, who gets exactly one "a place came free" e-mail.
//  2. (issue 14) An admin made with the server's `create-admin` signs in to the console at /staff,
//     accepts an idea sent with the demo page's <civic-idea-form>, replies, publishes it; the demo
//     page's <civic-initiative-list> finds it.
// The residents' forms are filled as a person does; a person takes longer than MIN_FILL_MS (3 s) to fill
// a form, so each resident's page clock is moved on before sending (page.clock), never slept.
// Needs dist/cdn (npm run build:cdn; the node suite of scripts/test.mjs builds it first).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { MAIL_STRINGS } from '../../server/mail/messages/strings.js';
import { staffInbox } from '../../src/i18n/nl/staff-inbox.js';
import { staffShell } from '../../src/i18n/nl/staff-console.js';
import { launchChromium } from '../fixtures/page-server.js';
import { startDemoServer, waitFor, type DemoServer, type ReceivedMail } from '../fixtures/demo-server.js';

const DAY = 86_400_000;
/** Longer than the demo's MIN_FILL_MS (3 s): how long a person takes over a form. */
const PERSON_FILLS_FOR_MS = 20_000;
const run = Math.random().toString(36).slice(2, 8);
const mailText = MAIL_STRINGS.nl;

let demo: DemoServer;
let browser: Browser;
let token = '';
const admin = { email: `demo-admin-${run}@demo.example`, password: `demo admin password ${run}` };

before(async () => {
  assert.ok(existsSync('dist/cdn/civic-widgets.js'), 'dist/cdn is not built: run npm run build:cdn');
  demo = await startDemoServer();
  await demo.createAdmin(admin.email, admin.password);
  token = await apiToken();
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await demo?.stop();
});

/** An admin API token, made as the demo admin signed in (session cookie and CSRF token). */
async function apiToken(): Promise<string> {
  const signIn = await fetch(`${demo.api}/v1/staff/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(admin),
  });
  assert.equal(signIn.status, 200, `sign in: ${await signIn.clone().text()}`);
  const { csrfToken } = (await signIn.json()) as { csrfToken: string };
  const cookie = signIn.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const made = await fetch(`${demo.api}/v1/staff/api-tokens`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Cookie: cookie, 'X-CSRF-Token': csrfToken },
    body: JSON.stringify({ name: `demo-page-flows ${run}`, role: 'admin' }),
  });
  assert.equal(made.status, 201, `api token: ${await made.clone().text()}`);
  return ((await made.json()) as { token: string }).token;
}

/** A staff API call with the admin API token; answers the parsed body after checking the status. */
async function staff<T>(method: string, path: string, body?: unknown, status = 200): Promise<T> {
  const res = await fetch(`${demo.api}${path}`, {
    method,
    headers: {
      Authorization: `Bearer ${token}`,
      Accept: 'application/json',
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  assert.equal(res.status, status, `${method} ${path}: ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

interface StaffSignup {
  id: string;
  reference: string;
  status: string;
  flagged: boolean;
  shifts: { shiftId: string; status: string }[];
  contact: { email: string };
}

const signups = async (query = '') =>
  (await staff<{ items: StaffSignup[] }>('GET', `/v1/staff/signups?limit=100&flagged=any${query}`)).items;

interface PublicRole {
  id: string;
  initiativeId: string;
  requirements: { minimumAge: number | null };
  shifts: { id: string; placesLeft: number }[];
}

const publicRoles = async (): Promise<PublicRole[]> =>
  ((await (await fetch(`${demo.api}/v1/volunteer-roles`)).json()) as { items: PublicRole[] }).items;

const placesLeft = async (shiftId: string): Promise<number | undefined> =>
  (await publicRoles()).flatMap((r) => r.shifts).find((s) => s.id === shiftId)?.placesLeft;

/** Waits for the message to `to` with this subject. */
const mailWith = (to: string, subject: string): Promise<ReceivedMail> =>
  waitFor(`an e-mail to ${to}: "${subject}"`, () => demo.mailsTo(to).find((m) => m.subject === subject));

/** Waits until the outbox holds nothing (pending, being sent or given up): every e-mail has arrived. */
const outboxDrained = (): Promise<true> =>
  waitFor('the mail outbox to be empty', async () => {
    const { counts } = await staff<{ counts: Record<string, number> }>('GET', '/v1/staff/mail');
    return counts.pending + counts.sending + counts.failed === 0 ? true : undefined;
  });

/** The links of an HTML part that carry `?cancel=`, parsed by Chromium's DOMParser (not a regex). */
async function cancelLinks(html: string): Promise<{ href: string; text: string }[]> {
  const page = await browser.newPage();
  try {
    return await page.evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, 'text/html');
      return [...doc.querySelectorAll('a[href]')]
        .map((a) => ({ href: a.getAttribute('href') ?? '', text: a.textContent?.trim() ?? '' }))
        .filter((l) => URL.canParse(l.href) && new URL(l.href).searchParams.has('cancel'));
    }, html);
  } finally {
    await page.close();
  }
}

/** A fresh browser context (a person with their own browser) that records page errors. */
async function person(): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  const context = await browser.newContext();
  // A fake clock that runs on by itself: moved on while the person "fills in" a form.
  await context.clock.install();
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  return { context, page, problems };
}

/** Signs up through the demo page's <civic-volunteer-signup>; answers the receipt the server sent. */
async function signUpOnDemoPage(role: PublicRole, shiftId: string, email: string, status: string) {
  const { context, page, problems } = await person();
  try {
    // The page an initiative's "Meedoen" link opens: the signup shows that initiative's roles.
    await page.goto(`${demo.page}/?initiative=${encodeURIComponent(role.initiativeId)}#vrijwilligers`);
    const widget = page.locator('civic-volunteer-signup');
    await widget.locator(`#f-roleId input[value="${role.id}"]`).check();
    await widget.locator(`#f-shiftIds input[value="${shiftId}"]`).check();
    await widget.locator('#f-contact-name').fill('Test Vrijwilliger');
    await widget.locator('#f-contact-email').fill(email);
    if (role.requirements.minimumAge !== null) await widget.locator('#f-ageConfirmed').check();
    await widget.locator('#f-acknowledgement').check();
    await widget.locator('#f-consent').check();
    await page.clock.fastForward(PERSON_FILLS_FOR_MS);
    const answered = page.waitForResponse(
      (r) => r.url().endsWith('/v1/volunteer-signups') && r.request().method() === 'POST',
    );
    await widget.locator('[part~="submit-button"]').click();
    const response = await answered;
    assert.equal(response.status(), 201, `POST /v1/volunteer-signups: ${await response.text()}`);
    const receipt = (await response.json()) as { id: string; reference: string; cancelToken: string };
    const result = widget.locator(`[part~="result"][data-status="${status}"]`);
    await result.waitFor();
    assert.ok(
      (await result.textContent())?.includes(`We stuurden een bevestiging naar ${email}`),
      'the widget names the address',
    );
    assert.deepEqual(problems, []);
    return receipt;
  } finally {
    await context.close();
  }
}

describe('the demo page, as a person trying the demo gets it', () => {
  it('following the cancel link from the received e-mail to the demo page cancels the signup after confirmation, frees the place, and the reserve list moves up (and that person gets their e-mail)', async () => {
    const site = (await (await fetch(`${demo.api}/v1/site`)).json()) as { email?: boolean };
    assert.equal(site.email, true, 'the demo sends e-mail');

    // A shift with one place, made by staff.
    const role = (await publicRoles()).find((r) => r.shifts.length > 0);
    assert.ok(role, 'the demo has a published role with shifts');
    const shiftId = `demo-link-${run}`;
    const start = new Date(Date.now() + 20 * DAY);
    await staff(
      'POST',
      `/v1/staff/volunteer-roles/${role.id}/shifts`,
      {
        id: shiftId,
        start: start.toISOString(),
        end: new Date(start.getTime() + 3 * 3_600_000).toISOString(),
        capacity: 1,
      },
      201,
    );
    assert.equal(await placesLeft(shiftId), 1);

    // A takes the place; B comes later and goes on the reserve list.
    const first = `link-first-${run}@example.org`;
    const second = `link-second-${run}@example.org`;
    const a = await signUpOnDemoPage(role, shiftId, first, 'confirmed');
    assert.equal(await placesLeft(shiftId), 0);
    const b = await signUpOnDemoPage(role, shiftId, second, 'waitlisted');
    const made = await signups();
    assert.deepEqual(
      [a.id, b.id].map((id) => made.find((s) => s.id === id)).map((s) => [s?.status, s?.flagged]),
      [
        ['confirmed', false],
        ['waitlisted', false],
      ],
      'not taken for a bot: a person took their time',
    );

    // A's confirmation e-mail, and the cancel link in its HTML part.
    const confirmation = await mailWith(first, mailText.signupConfirmedSubject(a.reference));
    assert.deepEqual(confirmation.to, [first]);
    const links = await cancelLinks(confirmation.html);
    assert.equal(links.length, 1, 'one cancel link');
    assert.equal(links[0]!.text, links[0]!.href, 'the address is shown');
    assert.ok(confirmation.text.includes(links[0]!.href), 'the plain-text part has the same link');
    const link = new URL(links[0]!.href);
    assert.equal(link.origin, demo.page, 'it opens the demo page of this server');
    assert.equal(link.pathname + link.hash, '/#vrijwilligers');
    assert.equal(link.searchParams.get('cancel'), `${a.id}.${a.cancelToken}`);
    assert.equal(link.searchParams.get('reference'), a.reference);
    assert.ok(!link.href.includes(first) && !link.href.includes(encodeURIComponent(first)), 'no address in the link');

    // A follows the link: the demo page, its signup widget asks, then cancels.
    const { context, page, problems } = await person();
    try {
      await page.goto(link.href);
      const widget = page.locator('civic-volunteer-signup');
      const ask = widget.locator('[data-status="cancel"]');
      await ask.waitFor();
      assert.match((await ask.textContent()) ?? '', new RegExp(`Wil je inschrijving ${a.reference} annuleren\\?`));
      await widget.locator('[part~="cancel-button"]').click();
      await widget.getByText('Weet je het zeker?').waitFor();
      assert.deepEqual(
        (await signups()).filter((s) => s.id === a.id).map((s) => s.status),
        ['confirmed'],
        'the first press cancels nothing',
      );
      await widget.locator('[part~="cancel-button"]').click();
      const done = widget.locator('[part~="result"][data-status="cancelled"]');
      await done.waitFor();
      assert.match((await done.textContent()) ?? '', new RegExp(a.reference));
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }

    // Staff see A cancelled and B moved up into the freed place; the shift stays full.
    assert.equal((await signups('&status=cancelled')).find((s) => s.id === a.id)?.status, 'cancelled');
    const moved = (await signups()).find((s) => s.id === b.id);
    assert.equal(moved?.status, 'confirmed');
    assert.deepEqual(moved?.shifts, [{ shiftId, status: 'confirmed' }]);
    assert.equal(await placesLeft(shiftId), 0);

    // B's e-mail, exactly one; once the outbox is empty nothing more can come.
    const promoted = await mailWith(second, mailText.promotedSubject(b.reference));
    assert.ok(promoted.text.includes(b.reference));
    await mailWith(first, mailText.signupCancelledSubject(a.reference));
    await outboxDrained();
    assert.deepEqual(
      demo.mailsTo(second).map((m) => m.subject),
      [mailText.signupWaitlistedSubject(b.reference), mailText.promotedSubject(b.reference)],
    );
    assert.deepEqual(
      demo.mailsTo(first).map((m) => m.subject),
      [mailText.signupConfirmedSubject(a.reference), mailText.signupCancelledSubject(a.reference)],
    );
  });

  it('an idea sent on the demo page is accepted with a reply and published in the console at /staff, and shows in <civic-initiative-list> on the demo page', async () => {
    const title = `Bankjes aan de speeltuin ${run}`;
    const resident = `idea-${run}@example.org`;

    // A resident sends the idea with the demo page's form: the short path (a new initiative).
    let idea: { id: string; reference: string };
    {
      const { context, page, problems } = await person();
      try {
        await page.goto(`${demo.page}/#idee`);
        const form = page.locator('civic-idea-form');
        await form.locator('input[name="f-track"][value="create"]').check();
        await form.locator('#f-title').fill(title);
        await form.locator('#f-summary').fill('Een paar bankjes zodat ouders kunnen zitten.');
        await form.locator('#f-description').fill('Met de buren zetten we ze zelf en houden we ze proper.');
        await form.locator('#f-areaId').selectOption({ index: 1 });
        await form.locator('#f-neighbours').fill('4');
        await form.locator('#f-contact-name').fill('Voorbeeld Bewoner');
        await form.locator('#f-contact-email').fill(resident);
        await form.locator('#f-consent-privacy').check();
        await page.clock.fastForward(PERSON_FILLS_FOR_MS);
        const answered = page.waitForResponse((r) => r.url().endsWith('/v1/ideas') && r.request().method() === 'POST');
        await form.locator('[part~="submit-button"]').click();
        const response = await answered;
        assert.equal(response.status(), 201, `POST /v1/ideas: ${await response.text()}`);
        idea = (await response.json()) as { id: string; reference: string };
        await form.getByText(idea.reference).first().waitFor();
        assert.deepEqual(problems, []);
      } finally {
        await context.close();
      }
    }
    assert.equal((await staff<{ flagged: boolean }>('GET', `/v1/staff/ideas/${idea.id}`)).flagged, false);

    // The admin signs in to the console at /staff, finds the idea in the inbox and opens it.
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    try {
      await page.goto(`${demo.page}/staff`);
      const console_ = page.locator('civic-staff-console');
      await console_.getByLabel(staffShell.emailLabel).fill(admin.email);
      await console_.getByLabel(staffShell.passwordLabel, { exact: true }).fill(admin.password);
      await console_.getByRole('button', { name: staffShell.signInSubmit }).click();
      const row = console_.locator('tbody tr', { hasText: idea.reference });
      await row.getByRole('link', { name: idea.reference }).click();
      await console_.getByRole('heading', { name: `${idea.reference}: ${title}` }).waitFor();
      await console_.locator('dl.record', { hasText: 'Een paar bankjes zodat ouders kunnen zitten.' }).waitFor();

      // Accepted, with a reason.
      await console_.locator('input[type="radio"][value="accepted"]').check();
      await console_.locator('#f-reason').fill('Past in het speelplan.');
      await console_.getByRole('button', { name: staffInbox.ideaStatusSubmit }).click();
      await console_.getByText(staffInbox.ideaStatusDone(idea.reference, 'accepted')).waitFor();

      // The reply to the resident.
      await console_.locator('#f-reply').fill('Dank je! We nemen contact op.');
      await console_.getByRole('button', { name: staffInbox.ideaReplySubmit }).click();
      await console_.getByText(staffInbox.ideaReplyDone(idea.reference)).waitFor();

      // Published on rung 3, in the ladder's words.
      await console_.getByLabel(staffInbox.ideaRungOption(3)).check();
      await console_.getByRole('button', { name: staffInbox.ideaPublishSubmit }).click();
      await console_.getByText(staffInbox.ideaPublishDone(idea.reference, title)).waitFor();
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }

    const stored = await staff<{ status: string; initiativeId: string; reply: { text: string; by: string } }>(
      'GET',
      `/v1/staff/ideas/${idea.id}`,
    );
    assert.equal(stored.status, 'published');
    assert.equal((await staff<{ rung: number }>('GET', `/v1/staff/initiatives/${stored.initiativeId}`)).rung, 3);
    assert.deepEqual(stored.reply && { text: stored.reply.text, by: stored.reply.by }, {
      text: 'Dank je! We nemen contact op.',
      by: admin.email,
    });

    // The resident got the receipt and the reply by e-mail, once each.
    const reply = await mailWith(resident, mailText.ideaReplySubject(idea.reference));
    assert.ok(reply.text.includes('Dank je! We nemen contact op.'), 'the reply is in the e-mail');
    await outboxDrained();
    assert.deepEqual(
      demo.mailsTo(resident).map((m) => m.subject),
      [mailText.ideaReceivedSubject(idea.reference), mailText.ideaReplySubject(idea.reference)],
    );

    // A resident on the demo page searches the list for its title and finds it.
    {
      const { context: ctx, page: visitor, problems: seen } = await person();
      try {
        await visitor.goto(`${demo.page}/#initiatieven`);
        const list = visitor.locator('civic-initiative-list');
        await list.locator('#f-q').fill(title);
        const item = list.locator(`[id="t-${stored.initiativeId}"]`);
        await item.waitFor();
        assert.equal((await item.textContent())?.trim(), title);
        assert.deepEqual(seen, []);
      } finally {
        await ctx.close();
      }
    }
  });
});
