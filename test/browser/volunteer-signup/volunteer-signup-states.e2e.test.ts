// States of <civic-volunteer-signup>: axe in nl, fr and en (initial, error summary, offline-saved,
// confirmed, reserve list), keyboard only from start to end, offline then online, hostile page CSS.
// Against the REAL reference server, except where a test name says MOCK.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  accessibleInAllLanguages,
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
  type El,
} from './helpers.js';
import { MOCK_ENDPOINT, delayed, json, mockBackend, offline, type MockRoute } from '../../fixtures/mock-backend.js';
import {
  exampleCancelToken,
  exampleRoleWithoutShifts,
  exampleSignupReceipt,
  exampleSite,
} from '../../../src/schema/examples.js';
import { $, root } from '../../fixtures/query.js';

const realFetch = window.fetch;

/** Presses Tab until the focused element inside the widget has this id (at most 60 presses). */
async function tabTo(el: El, match: (a: Element) => boolean, what: string): Promise<void> {
  for (let i = 0; i < 60; i++) {
    await sendKeys({ press: 'Tab' });
    const a = root(el).activeElement;
    if (a && match(a)) return;
  }
  throw new Error(`Tab never reached ${what}`);
}
const byId = (id: string) => (a: Element) => a.id === id;

describe('<civic-volunteer-signup> states', () => {
  afterEach(() => {
    window.fetch = realFetch;
    clearStorage();
    document.getElementById('hostile')?.remove();
  });

  it('initial state: roles, the chosen role in full, the information note; axe in nl, fr, en', async () => {
    const el = await mount();
    expect(root(el).querySelector('[part~="error-summary"]')).to.equal(null);
    expect(root(el).querySelectorAll('[aria-invalid="true"]')).to.have.length(0);
    const all = await roles();
    const withShifts = all.find((r) => r.shifts.some((s) => s.placesLeft === 0))!;
    await click(el, `#f-roleId input[value="${withShifts.id}"]`);
    const details = $(el, '[part~="details"]');
    for (const word of [
      'Wat je doet',
      'Tijd die we vragen',
      'Wat je van de gemeente krijgt',
      'Wat we vragen',
      'Je bent minstens 18 jaar oud',
    ]) {
      expect(details.textContent).to.contain(word);
    }
    // A full shift says that ticking it means the reserve list.
    expect($(el, '#f-shiftIds').textContent).to.contain('Als je deze shift aanvinkt, kom je op de reservelijst');
    const note = $(el, '[part~="note"]');
    for (const word of ['Doel', 'Juridisch statuut', 'Verzekering', 'Onkostenvergoeding', 'Discretieplicht'])
      expect(note.textContent).to.contain(word);
    // Consent is its own box, apart from the acknowledgement.
    expect(root(el).querySelector('#f-consent')).to.not.equal(root(el).querySelector('#f-acknowledgement'));
    // The honeypot is hidden from people, assistive technology and the keyboard.
    const hp = $<HTMLInputElement>(el, '#f-website');
    expect(hp.closest('[aria-hidden="true"]')).to.exist;
    expect(hp.tabIndex).to.equal(-1);
    expect(hp.closest('.hp')!.getBoundingClientRect().width).to.be.lessThan(2);
    await accessibleInAllLanguages(el, { nl: 'Word vrijwilliger', fr: 'Devenez volontaire', en: 'Become a volunteer' });
  });

  it('error summary: focused, in screen order, translated; axe in nl, fr, en', async () => {
    const el = await mount();
    const role = (await roles()).find((r) => r.requirements.minimumAge !== null && r.shifts.length > 0)!;
    await click(el, `#f-roleId input[value="${role.id}"]`);
    await click(el, '[part~="submit-button"]');
    const summary = $(el, '[part~="error-summary"]');
    expect(root(el).activeElement).to.equal(summary);
    expect([...summary.querySelectorAll('a')].map((a) => a.textContent!.trim())).to.deep.equal([
      'Kies minstens één shift',
      'Vul je naam in',
      'Vul je e-mailadres in',
      'Bevestig dat je minstens 18 jaar oud bent',
      'Bevestig dat je de informatie hebt gelezen',
      'Geef toestemming om je gegevens te gebruiken, anders kunnen we je inzending niet behandelen',
    ]);
    await accessibleInAllLanguages(el, {
      nl: 'Er is een probleem',
      fr: 'Choisissez au moins un créneau',
      en: 'Choose at least one shift',
    });
  });

  it('keyboard only, start to end: sign up, then cancel; axe in the confirmed state in nl, fr, en', async () => {
    const role = (await roles()).find(
      (r) =>
        r.shifts.some((s) => s.placesLeft >= 1 && s.placesLeft < s.capacity + 1) && r.requirements.minimumAge !== null,
    )!;
    const shiftIndex = role.shifts.findIndex((s) => s.placesLeft >= 1);
    const shift = role.shifts[shiftIndex];
    const before = shift.placesLeft;
    const roleIndex = (await roles()).findIndex((r) => r.id === role.id);
    const wrapper = await fixture<HTMLElement>(html`<div><button id="before">before</button></div>`);
    wrapper.insertAdjacentHTML(
      'beforeend',
      `<civic-volunteer-signup endpoint="${server().endpoint}"></civic-volunteer-signup>`,
    );
    const el = wrapper.querySelector('civic-volunteer-signup') as El;
    await waitUntil(() => el.shadowRoot?.querySelector('form'), 'form', { timeout: 10_000 });
    (wrapper.querySelector('#before') as HTMLElement).focus();
    await tabTo(el, byId('f-roleId-0'), 'the first role');
    for (let i = 0; i < roleIndex; i++) await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect($<HTMLInputElement>(el, `#f-roleId-${roleIndex}`).checked).to.equal(true);
    await tabTo(el, byId(`f-shiftIds-${shiftIndex}`), 'the shift');
    await sendKeys({ press: 'Space' });
    await tabTo(el, byId('f-contact-name'), 'the name');
    await sendKeys({ type: 'Test Vrijwilliger' });
    await sendKeys({ press: 'Tab' });
    const email = uniqueEmail('keyboard');
    await sendKeys({ type: email });
    await tabTo(el, byId('f-ageConfirmed'), 'the age confirmation');
    await sendKeys({ press: 'Space' });
    await tabTo(el, byId('f-acknowledgement'), 'the acknowledgement');
    await sendKeys({ press: 'Space' });
    await tabTo(el, byId('f-consent'), 'the consent');
    await sendKeys({ press: 'Space' });
    await tabTo(el, (a) => a.matches('[part~="submit-button"]'), 'the send button');
    await sendKeys({ press: 'Enter' });
    const panel = await outcome(el, 'confirmed');
    expect(root(el).activeElement, 'focus moves to the outcome').to.equal(panel);
    expect((await staffSignups(email)).map((s) => s.status)).to.deep.equal(['confirmed']);
    expect(await placesLeft(shift.id)).to.equal(before - 1);
    await accessibleInAllLanguages(el, {
      nl: 'Je bent ingeschreven',
      fr: 'Référence',
      en: 'You are signed up',
    });
    el.lang = 'nl';
    await waitUntil(() => root(el).textContent!.includes('Je bent ingeschreven'), 'back in Dutch');
    // "No, keep it" pressed with Enter: the button goes, focus goes back to the cancel button (not <body>).
    await tabTo(el, (a) => a.matches('[part~="cancel-button"]'), 'the cancel button');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement?.textContent?.trim()).to.equal('Nee, toch niet');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(root(el).querySelector('#cancel-confirm'), 'the question is gone').to.equal(null);
    expect(root(el).activeElement?.matches('[part~="cancel-button"]'), 'focus on the cancel button').to.equal(true);
    expect(await placesLeft(shift.id), 'nothing cancelled').to.equal(before - 1);
    // Cancel with two presses of Enter on the same button.
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(root(el).activeElement?.matches('[part~="cancel-button"]')).to.equal(true);
    await sendKeys({ press: 'Enter' });
    await outcome(el, 'cancelled');
    expect(await placesLeft(shift.id)).to.equal(before);
  });

  it('reserve list: a full shift, chosen knowingly, gives "on the reserve list"; axe in nl, fr, en', async () => {
    const role = (await roles()).find((r) => r.shifts.some((s) => s.placesLeft === 0))!;
    const full = role.shifts.find((s) => s.placesLeft === 0)!;
    const email = uniqueEmail('reserve');
    const el = await mount();
    await fill(el, { role: role.id, shifts: [full.id], email, age: role.requirements.minimumAge !== null });
    await click(el, '[part~="submit-button"]');
    const panel = await outcome(el, 'waitlisted');
    expect(panel.textContent).to.contain('Je staat op de reservelijst');
    expect(panel.textContent).not.to.contain('intussen weg');
    const [stored] = await staffSignups(email);
    expect(stored).to.deep.include({ status: 'waitlisted', joinWaitlist: true });
    await accessibleInAllLanguages(el, {
      nl: 'Je staat op de reservelijst',
      fr: 'Vous êtes sur la liste de réserve',
      en: 'You are on the reserve list',
    });
  });

  it('offline then online: saved on the device (axe in nl, fr, en), then exactly one signup (network cut by a fetch wrapper)', async () => {
    const role = (await roles()).find((r) => r.shifts.length === 0)!;
    const email = uniqueEmail('offline');
    const el = await mount();
    await fill(el, { role: role.id, availability: 'Op maandagavond', email });
    const errors: boolean[] = [];
    el.addEventListener('civic-submit-error', (e) => errors.push(e.queued));
    window.fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    await click(el, '[part~="submit-button"]');
    await outcome(el, 'queued', 15_000);
    expect(errors).to.deep.equal([true]);
    window.fetch = realFetch;
    expect(await staffSignups(email)).to.have.length(0);
    window.fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    await accessibleInAllLanguages(el, {
      nl: 'bewaard op dit toestel',
      fr: 'enregistré sur cet appareil',
      en: 'saved on this device',
    });
    window.fetch = realFetch;
    window.dispatchEvent(new Event('online'));
    await outcome(el, 'confirmed');
    window.dispatchEvent(new Event('online'));
    await new Promise((r) => setTimeout(r, 300));
    expect(await staffSignups(email)).to.have.length(1);
  });

  it('keeps its layout under hostile page CSS', async () => {
    const style = document.createElement('style');
    style.id = 'hostile';
    style.textContent =
      '* {margin:3em; color:red; text-transform:uppercase; letter-spacing:.3em} input{display:block;width:100%} button{all:unset}';
    document.head.append(style);
    const el = await mount();
    const label = $(el, 'label[for="f-contact-name"]');
    expect(getComputedStyle(label).textTransform).to.equal('none');
    expect(getComputedStyle(label).letterSpacing).to.equal('normal');
    const radio = $(el, '#f-roleId-0');
    expect(radio.getBoundingClientRect().width).to.be.lessThan(40);
    const send = getComputedStyle($(el, '[part~="submit-button"]'));
    expect(send.display).to.match(/flex/);
    expect(send.paddingInlineStart).not.to.equal('0px');
    expect(send.textTransform).to.equal('none');
    await expect(el).to.be.accessible();
  });

  it('not configured: says so, sends nothing', async () => {
    const el = await fixture<El>(html`<civic-volunteer-signup></civic-volunteer-signup>`);
    await waitUntil(() => root(el).querySelector('.panel.error'), 'not configured');
    expect(root(el).textContent).to.contain('Deze module is nog niet ingesteld');
    await expect(el).to.be.accessible();
  });

  it('MOCK: a load error offers retry; a 422 from the server shows on the same field', async () => {
    let attempt = 0;
    const stop = mockBackend({
      'GET /v1/site': () => json(exampleSite),
      'GET /v1/volunteer-roles': () =>
        ++attempt === 1
          ? new Response('<html>oops</html>', { status: 200, headers: { 'Content-Type': 'text/html' } })
          : json({
              items: [
                {
                  id: 'r1',
                  initiativeId: 'i1',
                  title: 'Rol',
                  description: 'Iets doen.',
                  timeAsked: '1 uur',
                  gives: { guidance: null, insurance: null, expenses: null },
                  requirements: { minimumAge: null, training: null },
                  shifts: [],
                },
              ],
            }),
      'POST /v1/volunteer-signups': () =>
        json(
          {
            type: 'urn:civic-widgets:problem:validation',
            title: 'Invalid',
            status: 422,
            errors: [{ path: 'contact.email', code: 'invalid-email' }],
          },
          422,
        ),
    });
    try {
      const el = await fixture<El>(html`<civic-volunteer-signup endpoint=${MOCK_ENDPOINT}></civic-volunteer-signup>`);
      await waitUntil(() => root(el).querySelector('.load-error'), 'load error');
      expect(root(el).textContent).to.contain('De server gaf een antwoord dat we niet begrijpen.');
      await click(el, '.load-error button');
      await waitUntil(() => root(el).querySelector('form'), 'form after retry');
      // The only role is preselected.
      expect($<HTMLInputElement>(el, '#f-roleId-0').checked).to.equal(true);
      await fill(el, { role: 'r1', availability: 'Op zondag', email: 'a@b.be' });
      await click(el, '[part~="submit-button"]');
      await waitUntil(() => root(el).querySelector('#f-contact-email-error'), 'server field error');
      expect($(el, '#f-contact-email-error').textContent).to.contain('Vul een e-mailadres in zoals naam@voorbeeld.be');
      expect(root(el).activeElement).to.equal($(el, '[part~="error-summary"]'));
    } finally {
      stop();
    }
  });
});

describe('<civic-volunteer-signup> MOCK: reload, live regions, focus, heading levels', () => {
  const receipt = { ...exampleSignupReceipt, shifts: [] };
  const code = 'K7MP-2XRA'; // the receipt's short cancel code, as shown
  const post = (answer: MockRoute) =>
    mockBackend({
      'GET /v1/site': () => json(exampleSite),
      'GET /v1/volunteer-roles': () => json({ items: [exampleRoleWithoutShifts] }),
      'POST /v1/volunteer-signups': answer,
      [`DELETE /v1/volunteer-signups/${receipt.id}`]: () => json({ id: receipt.id, status: 'cancelled' }),
    });

  /** Mounts a widget against the MOCK backend; `until` waits for a selector in it (default: the form). */
  async function mountMock(attrs = '', until = 'form'): Promise<El> {
    const wrapper = await fixture<HTMLElement>(html`<div lang="nl"></div>`);
    wrapper.innerHTML = `<civic-volunteer-signup endpoint="${MOCK_ENDPOINT}" ${attrs}></civic-volunteer-signup>`;
    const el = wrapper.firstElementChild as El;
    await waitUntil(() => el.shadowRoot?.querySelector(until), `${until} appears`, { timeout: 10_000 });
    return el;
  }

  /** No outcome panel inside a live region; the live regions left hold short messages only. */
  function noLivePanel(el: El, panel: HTMLElement): void {
    for (const live of root(el).querySelectorAll('[role="status"], [role="alert"], [aria-live]')) {
      expect(live.contains(panel), 'the outcome panel is in a live region').to.equal(false);
      expect(live.textContent!.trim().length, 'a live region holds a short message').to.be.lessThan(40);
    }
  }

  // A widget left by an earlier test writes its draft when the fixture removes it, after afterEach.
  beforeEach(clearStorage);
  afterEach(() => {
    window.fetch = realFetch;
    clearStorage();
  });

  it('queued offline, then the page reloads: the new widget shows it saved, then its receipt; one signup, one key', async () => {
    let down = true;
    const posts: { key: string | null; body: string; answered: boolean }[] = [];
    const stop = post(async (req) => {
      posts.push({ key: req.headers.get('Idempotency-Key'), body: await req.text(), answered: !down });
      return down ? offline() : json(receipt, 201);
    });
    try {
      const first = await mountMock();
      await fill(first, { role: exampleRoleWithoutShifts.id, availability: 'Op zaterdagvoormiddag', email: 'a@b.be' });
      await click(first, '[part~="submit-button"]');
      const saved = await outcome(first, 'queued');
      expect(root(first).activeElement, 'focus on the saved panel').to.equal(saved);
      noLivePanel(first, saved);
      // The page is closed and opened again: a new element, the same storage.
      first.parentElement!.remove();
      const el = await mountMock('', '[part~="result"]');
      const again = await outcome(el, 'queued');
      expect(root(el).querySelector('form'), 'no form to send it a second time').to.equal(null);
      noLivePanel(el, again);
      down = false;
      window.dispatchEvent(new Event('online'));
      const panel = await outcome(el, 'confirmed');
      expect($(el, '#cancel-code').textContent).to.equal(code);
      expect(panel.textContent).to.contain(receipt.reference);
      expect(root(el).activeElement, 'focus on the receipt').to.equal(panel);
      noLivePanel(el, panel);
      expect(root(el).querySelector('[part~="status"][role="status"]'), 'the "copied" live region').to.exist;
      expect(
        posts.filter((p) => p.answered),
        'one signup reached the server',
      ).to.have.length(1);
      expect(new Set(posts.map((p) => p.key)).size, 'one Idempotency-Key').to.equal(1);
      expect(new Set(posts.map((p) => p.body)).size, 'one body').to.equal(1);
      expect(
        Object.keys(localStorage).filter((k) => k.endsWith(':pending')),
        'nothing pending',
      ).to.deep.equal([]);
      // Another load finds nothing queued: the form, empty.
      el.parentElement!.remove();
      const later = await mountMock();
      expect(root(later).querySelector('[part~="result"]')).to.equal(null);
    } finally {
      stop();
    }
  });

  it('a queued signup refused later: back to the form, nothing pending kept', async () => {
    let answer: () => Response | Promise<Response> = offline;
    const stop = post(() => answer());
    try {
      const first = await mountMock();
      await fill(first, { role: exampleRoleWithoutShifts.id, availability: 'Op zaterdagvoormiddag', email: 'a@b.be' });
      await click(first, '[part~="submit-button"]');
      await outcome(first, 'queued');
      first.parentElement!.remove();
      const el = await mountMock('', '[part~="result"]');
      answer = () => json({ type: 'urn:civic-widgets:problem:malformed-request', title: 'Bad', status: 400 }, 400);
      window.dispatchEvent(new Event('online'));
      await waitUntil(() => root(el).querySelector('.send-error'), 'the refusal', { timeout: 15_000 });
      expect($<HTMLInputElement>(el, '#f-contact-email').value, 'the draft is kept').to.equal('a@b.be');
      expect(Object.keys(localStorage).filter((k) => k.endsWith(':pending'))).to.deep.equal([]);
    } finally {
      stop();
    }
  });

  it('load retry pressed with the keyboard: focus goes to the heading, not <body>', async () => {
    let attempt = 0;
    const stop = mockBackend({
      'GET /v1/site': () => json(exampleSite),
      'GET /v1/volunteer-roles': () =>
        ++attempt === 1 ? json({ nope: true }) : json({ items: [exampleRoleWithoutShifts] }),
    });
    try {
      const el = await mountMock('', '.load-error button');
      $(el, '.load-error button').focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => root(el).querySelector('form'), 'form after retry');
      expect(root(el).activeElement, 'focus on the heading').to.equal($(el, '#title'));
      expect($(el, '#title').getAttribute('tabindex')).to.equal('-1');
    } finally {
      stop();
    }
  });

  it('"sign up again" after cancelling: focus goes to the heading, not <body>', async () => {
    const stop = post(() => json(receipt, 201));
    try {
      const el = await mountMock(`signup-id="${receipt.id}" cancel-token="${exampleCancelToken}"`);
      await click(el, '[part~="cancel-button"]');
      await click(el, '[part~="cancel-button"]');
      const cancelled = await outcome(el, 'cancelled');
      cancelled.querySelector('button')!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await waitUntil(() => root(el).activeElement, 'focus stays in the widget', { timeout: 2_000 });
      expect(root(el).activeElement).to.equal($(el, '#title'));
      expect(root(el).querySelector('form')).to.exist;
    } finally {
      stop();
    }
  });

  it('"retry" after a send error: focus goes to the send button while sending, then to the receipt', async () => {
    let n = 0;
    const later = delayed(400, () => json(receipt, 201));
    const stop = post((req, url) =>
      ++n === 1
        ? json({ type: 'urn:civic-widgets:problem:malformed-request', title: 'Bad', status: 400 }, 400)
        : later(req, url),
    );
    try {
      const el = await mountMock();
      await fill(el, { role: exampleRoleWithoutShifts.id, availability: 'Op zaterdagvoormiddag', email: 'a@b.be' });
      await click(el, '[part~="submit-button"]');
      await waitUntil(() => root(el).querySelector('.send-error'), 'send error');
      expect(root(el).activeElement).to.equal($(el, '.send-error'));
      $(el, '.send-error button').focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => !root(el).querySelector('.send-error'), 'the error panel goes');
      await el.updateComplete;
      await waitUntil(() => root(el).activeElement, 'focus stays in the widget', { timeout: 2_000 });
      expect(root(el).activeElement).to.equal($(el, '[part~="submit-button"]'));
      const panel = await outcome(el, 'confirmed');
      expect(root(el).activeElement).to.equal(panel);
    } finally {
      stop();
    }
  });

  it('heading-level="x": the error summary heading gets a level (3), not NaN', async () => {
    const stop = post(() => json(receipt, 201));
    try {
      const el = await mountMock('heading-level="x"');
      await click(el, '[part~="submit-button"]');
      const title = $(el, '[part~="error-summary"] [role="heading"]');
      expect(title.getAttribute('aria-level')).to.equal('3');
      expect($(el, '#title').tagName).to.equal('H2');
    } finally {
      stop();
    }
  });
});
