/**
 * The staff console's initiatives and volunteers screens end to end, in Chromium against the REAL
 * reference server (nothing mocked): a shift filled by signups made through the public API shows its
 * confirmed and reserve lists; cancelling a volunteer's signup from the console (keyboard only, with
 * its confirmation step) moves the first on the reserve list up, the lists update and the status
 * line says so; editing an initiative's title shows in the public list; axe finds nothing on each
 * screen and state in nl, fr and en.
 */
import { expect, fixtureCleanup, waitUntil } from '@open-wc/testing';
import type { CivicStaffConsole } from '../../../src/components/staff-console/staff-console.js';
import type { Site } from '../../../src/schema/site.js';
import { $$, find } from '../../fixtures/query.js';
import {
  account,
  asAdmin,
  endSession,
  endpoint,
  focused,
  mountConsole,
  press,
  run,
  signIn,
  status,
  tabTo,
  type,
} from './helpers.js';

interface Receipt {
  id: string;
  reference: string;
  status: string;
}

/** A shift of one place on the demo role `zaal-onthaal`, and its initiative. */
async function newShift(): Promise<{ shiftId: string; initiativeId: string }> {
  const start = new Date(Date.now() + 30 * 86_400_000);
  start.setUTCHours(16, 0, 0, 0);
  const shift = (await asAdmin(
    'POST',
    '/v1/staff/volunteer-roles/zaal-onthaal/shifts',
    { start: start.toISOString(), end: new Date(start.getTime() + 3 * 3_600_000).toISOString(), capacity: 1 },
    201,
  )) as { id: string };
  const role = (await asAdmin('GET', '/v1/staff/volunteer-roles/zaal-onthaal')) as { initiativeId: string };
  return { shiftId: shift.id, initiativeId: role.initiativeId };
}

/** A resident signs up for the shift through the public API (`POST /v1/volunteer-signups`). */
async function residentSignsUp(shiftId: string, name: string, joinWaitlist: boolean): Promise<Receipt> {
  const site = (await (await fetch(`${endpoint()}/v1/site`)).json()) as Site;
  const r = await fetch(`${endpoint()}/v1/volunteer-signups`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() },
    body: JSON.stringify({
      roleId: 'zaal-onthaal',
      shiftIds: [shiftId],
      contact: { name, email: `${name.replace(/\W+/g, '.').toLowerCase()}@example.org` },
      ageConfirmed: true,
      acknowledgement: { informationNote: true, noteVersion: site.volunteerInfo.version },
      consent: { privacy: true, noticeVersion: site.privacyNotice.version },
      joinWaitlist,
      honeypot: '',
      fillMs: 60_000,
    }),
  });
  const text = await r.text();
  expect(r.status, text).to.equal(201);
  return JSON.parse(text) as Receipt;
}

/** Goes to a screen through its nav link. */
async function go(el: CivicStaffConsole, label: string): Promise<void> {
  const link = $$(el, 'nav a').find((a) => a.textContent?.trim() === label) as HTMLAnchorElement | undefined;
  expect(link, `nav link ${label}`).to.exist;
  link!.click();
  await waitUntil(() => focused(el)?.id === 'screen-heading', `${label} did not open`, { timeout: 10_000 });
}

/** Chooses the initiative on the volunteers screen and shows the lists of the shift. */
async function showShift(el: CivicStaffConsole, initiativeId: string, shiftId: string): Promise<void> {
  await waitUntil(
    () => find(el, `#f-volunteers-initiative option[value="${initiativeId}"]`),
    'no initiatives to choose',
    {
      timeout: 10_000,
    },
  );
  const select = find(el, '#f-volunteers-initiative') as HTMLSelectElement;
  select.value = initiativeId;
  (find(el, 'form.filters button[type="submit"]') as HTMLButtonElement).click();
  await waitUntil(() => find(el, `#shift-lists-${shiftId}`), 'the shift is not listed', { timeout: 10_000 });
  (find(el, `#shift-lists-${shiftId}`) as HTMLButtonElement).click();
  await waitUntil(() => find(el, 'table.signups.confirmed'), 'no lists', { timeout: 10_000 });
}

const refs = (el: CivicStaffConsole, which: 'confirmed' | 'waitlisted'): string[] =>
  $$(el, `table.signups.${which} tbody th[scope="row"]`).map((th) => th.textContent?.trim() ?? '');

describe('<civic-staff-console> initiatives and volunteers against the reference server', () => {
  beforeEach(() => endSession());
  afterEach(() => {
    fixtureCleanup();
    sessionStorage.clear();
  });

  it('a full shift shows its confirmed and reserve lists; cancelling a signup by keyboard moves the reserve list up', async () => {
    const moderator = await account('moderator');
    const { shiftId, initiativeId } = await newShift();
    const a = await residentSignsUp(shiftId, `Eerste ${run}`, false);
    const b = await residentSignsUp(shiftId, `Tweede ${run}`, true);
    const c = await residentSignsUp(shiftId, `Derde ${run}`, true);
    expect([a.status, b.status, c.status]).to.deep.equal(['confirmed', 'waitlisted', 'waitlisted']);

    const el = await mountConsole();
    await signIn(el, moderator);
    await go(el, 'Vrijwilligers');
    await showShift(el, initiativeId, shiftId);
    expect(refs(el, 'confirmed')).to.deep.equal([a.reference]);
    expect(refs(el, 'waitlisted'), 'the reserve list in the order places are given').to.deep.equal([
      b.reference,
      c.reference,
    ]);
    expect(find(el, '.lists')?.textContent).to.match(/1 plaatsen, 0 vrij/);
    await expect(el).to.be.accessible();

    // Keyboard only: the cancel button of A, the confirmation, then yes.
    (find(el, '#f-volunteers-initiative') as HTMLElement).focus();
    await tabTo(el, `#signup-cancel-${a.id}`);
    await press('Enter');
    await waitUntil(() => focused(el)?.id === 'volunteers-confirm-q', 'the question did not take focus');
    expect(find(el, '#volunteers-confirm-q')?.textContent).to.contain(a.reference);
    await expect(el).to.be.accessible();
    // "Do not cancel" goes back to the button, nothing changed.
    await tabTo(el, '#volunteers-confirm-no');
    await press('Enter');
    await waitUntil(() => focused(el)?.id === `signup-cancel-${a.id}`, 'focus did not return to the button');
    expect(refs(el, 'confirmed')).to.deep.equal([a.reference]);
    await press('Enter');
    await waitUntil(() => focused(el)?.id === 'volunteers-confirm-q', 'the question did not take focus again');
    await tabTo(el, '#volunteers-confirm-yes');
    await press('Enter');

    await waitUntil(() => status(el).includes(b.reference), `the status line did not say who moved up: ${status(el)}`, {
      timeout: 10_000,
    });
    expect(status(el)).to.contain(`Inschrijving ${a.reference} geannuleerd`);
    expect(status(el)).to.contain('schuift door');
    await waitUntil(() => refs(el, 'confirmed')[0] === b.reference, 'the lists did not update');
    expect(refs(el, 'confirmed')).to.deep.equal([b.reference]);
    expect(refs(el, 'waitlisted')).to.deep.equal([c.reference]);
    expect(focused(el)?.id).to.equal('volunteers-lists');
    await expect(el).to.be.accessible();

    // The server agrees.
    const confirmed = (await asAdmin('GET', `/v1/staff/signups?shiftId=${shiftId}&status=confirmed`)) as {
      items: { id: string }[];
    };
    expect(confirmed.items.map((x) => x.id)).to.deep.equal([b.id]);
  });

  it('editing an initiative’s title shows in the public list; an empty Dutch title is refused with the error summary', async () => {
    const moderator = await account('moderator');
    const el = await mountConsole();
    await signIn(el, moderator);
    await go(el, 'Initiatieven');
    await waitUntil(() => find(el, '#initiative-link-0'), 'no initiatives table', { timeout: 10_000 });
    expect($$(el, 'thead th[scope="col"]').map((th) => th.textContent?.trim())).to.deep.equal([
      'Titel',
      'Wijk',
      'Trede',
      'Stand',
      'Gepubliceerd',
      'Zoekt vrijwilligers',
      'Wie organiseert het?',
    ]);
    // The rung in the ladder's words.
    expect(
      $$(el, 'tbody td').some((td) =>
        /^\d\. (initiatiefnemer|samenwerkingspartner|medebeslisser|adviseur)/.test(td.textContent?.trim() ?? ''),
      ),
    ).to.equal(true);
    await expect(el).to.be.accessible();

    // A published one (the public list must show it).
    const pub = (await (await fetch(`${endpoint()}/v1/initiatives?limit=1`)).json()) as { items: { id: string }[] };
    const id = pub.items[0]!.id;
    const link = $$(el, 'tbody a').find((x) => x.getAttribute('href') === `#initiative-${id}`) as HTMLAnchorElement;
    link.click();
    await waitUntil(() => find(el, '#f-title-nl'), 'the edit form did not open', { timeout: 10_000 });
    await expect(el).to.be.accessible();

    const title = find(el, '#f-title-nl') as HTMLInputElement;
    title.focus();
    title.select();
    await press('Backspace');
    await tabTo(el, 'button[type="submit"]');
    await press('Enter');
    await waitUntil(() => find(el, '[part~="error-summary"]'), 'no error summary');
    expect(find(el, '[part~="error-summary"]')?.textContent).to.contain('titel');
    await expect(el).to.be.accessible();

    const newTitle = `Nieuwe titel ${run}`;
    title.focus();
    await type(newTitle);
    await tabTo(el, 'button[type="submit"]');
    await press('Enter');
    await waitUntil(() => status(el).includes(newTitle), `not saved: ${status(el)}`, { timeout: 10_000 });
    const list = (await (
      await fetch(`${endpoint()}/v1/initiatives?limit=100`, { headers: { 'Accept-Language': 'nl' } })
    ).json()) as {
      items: { id: string; title: string }[];
    };
    expect(list.items.find((x) => x.id === id)?.title).to.equal(newTitle);
  });

  for (const [lang, initiativesNav, volunteersNav] of [
    ['nl', 'Initiatieven', 'Vrijwilligers'],
    ['fr', 'Initiatives', 'Bénévoles'],
    ['en', 'Initiatives', 'Volunteers'],
  ] as const) {
    it(`axe: every screen and state in ${lang}`, async () => {
      const moderator = await account('moderator');
      const { shiftId, initiativeId } = await newShift();
      const a = await residentSignsUp(shiftId, `Axe ${lang} ${run}`, false);
      await residentSignsUp(shiftId, `Reserve ${lang} ${run}`, true);
      const el = await mountConsole(lang);
      await signIn(el, moderator);
      await go(el, initiativesNav);
      await waitUntil(() => find(el, '#initiative-link-0'), 'no initiatives table', { timeout: 10_000 });
      await expect(el, `${lang} list`).to.be.accessible();
      (find(el, '#initiative-link-0') as HTMLAnchorElement).click();
      await waitUntil(() => find(el, '#f-title-nl'), 'no edit form', { timeout: 10_000 });
      await expect(el, `${lang} edit`).to.be.accessible();
      (find(el, '#initiative-unpublish, #initiative-republish') as HTMLButtonElement).click();
      await el.updateComplete;
      await expect(el, `${lang} unpublish question`).to.be.accessible();

      await go(el, volunteersNav);
      await expect(el, `${lang} volunteers, nothing chosen`).to.be.accessible();
      await showShift(el, initiativeId, shiftId);
      await expect(el, `${lang} lists`).to.be.accessible();
      (find(el, `#signup-cancel-${a.id}`) as HTMLButtonElement).click();
      await waitUntil(() => find(el, '#volunteers-confirm-q'), 'no question');
      await expect(el, `${lang} cancel question`).to.be.accessible();
      (find(el, '#volunteers-confirm-no') as HTMLButtonElement).click();
      (find(el, `#shift-cancel-${shiftId}`) as HTMLButtonElement).click();
      await waitUntil(() => find(el, '#volunteers-confirm-q'), 'no shift question');
      await expect(el, `${lang} cancel shift question`).to.be.accessible();
      (find(el, '#volunteers-confirm-no') as HTMLButtonElement).click();
      (find(el, '#volunteers-new-role') as HTMLButtonElement).click();
      await waitUntil(() => find(el, '#f-role-title-nl'), 'no role form');
      (
        find(
          el,
          '#volunteers-form-h ~ form button[type="submit"], .panel form button[type="submit"]',
        ) as HTMLButtonElement
      ).click();
      await waitUntil(() => find(el, '.panel [part~="error-summary"]'), 'no role error summary');
      await expect(el, `${lang} role form with errors`).to.be.accessible();
    });
  }
});
