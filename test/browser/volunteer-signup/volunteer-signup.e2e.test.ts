// End to end against the REAL reference server (scripts/test.mjs starts it with a fresh demo
// database): what the widget sends lands in the database with every field (checked through the
// staff API), the last place goes to exactly one of two racing residents, cancelling frees the
// place, and ten rapid clicks make one signup.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import {
  clearStorage,
  cancelledSignup,
  click,
  fill,
  mount,
  outcome,
  placesLeft,
  roles,
  server,
  staffSignups,
  type,
  uniqueEmail,
  type El,
} from './helpers.js';
import type { CivicSubmittedEvent } from '../../../src/events/index.js';
import type { SignupReceipt } from '../../../src/schema/volunteer.js';
import { $, root } from '../../fixtures/query.js';

describe('<civic-volunteer-signup> against the reference server', () => {
  afterEach(clearStorage);

  it('a signup for a shift lands with all fields, and cancelling with its token frees the place', async () => {
    const all = await roles();
    const role = all.find((r) => r.shifts.some((s) => s.placesLeft >= 2) && r.requirements.minimumAge !== null);
    expect(role, 'a role with an open shift and a minimum age').to.exist;
    const shift = role!.shifts.find((s) => s.placesLeft >= 2)!;
    const before = shift.placesLeft;
    const email = uniqueEmail('shift');
    const el = await mount();
    const submitted: SignupReceipt[] = [];
    el.addEventListener('civic-submitted', (e) => submitted.push((e as CivicSubmittedEvent<SignupReceipt>).result));
    await fill(el, {
      role: role!.id,
      shifts: [shift.id],
      email,
      name: 'Test Vrijwilliger',
      phone: '016 12 34 56',
      age: true,
    });
    await click(el, '[part~="submit-button"]');
    const panel = await outcome(el, 'confirmed');
    expect(panel.textContent).to.contain('Je bent ingeschreven');
    expect(submitted).to.have.length(1);
    const receipt = submitted[0];
    expect(panel.textContent).to.contain(receipt.reference);
    // The test server sends e-mail (GET /v1/site says email: true): the panel says where it went.
    expect(panel.querySelector('.email-sent')?.textContent).to.equal(
      `We stuurden een bevestiging naar ${email}, met een link om je uit te schrijven.`,
    );
    // The receipt names the role and gives the reference and the short code to keep (not the long token).
    expect($(el, '.role-done').textContent).to.contain(role!.title);
    expect(receipt.cancelCode, 'the server gives a short code').to.match(/^[A-Z2-9]{8}$/);
    expect($(el, '#cancel-code').textContent).to.equal(
      `${receipt.cancelCode!.slice(0, 4)}-${receipt.cancelCode!.slice(4)}`,
    );
    expect(panel.textContent).not.to.contain(receipt.cancelToken);
    expect(await placesLeft(shift.id)).to.equal(before - 1);

    const [stored] = await staffSignups(email);
    const site = await (await fetch(`${server().endpoint}/v1/site`)).json();
    expect(stored, 'the signup is in the database').to.exist;
    expect(stored).to.deep.include({
      id: receipt.id,
      reference: receipt.reference,
      roleId: role!.id,
      status: 'confirmed',
      availability: null,
      ageConfirmed: true,
      joinWaitlist: false,
      honeypot: '',
      flagged: false,
    });
    expect(stored.shifts).to.deep.equal([{ shiftId: shift.id, status: 'confirmed' }]);
    expect(stored.contact).to.deep.equal({ name: 'Test Vrijwilliger', email, phone: '016 12 34 56' });
    expect(stored.acknowledgement).to.deep.equal({ informationNote: true, noteVersion: site.volunteerInfo.version });
    expect(stored.consent).to.deep.equal({ privacy: true, noticeVersion: site.privacyNotice.version });
    expect(stored.fillMs).to.be.a('number').and.to.be.greaterThan(0);

    // Cancel: first press asks, second press cancels.
    await click(el, '[part~="cancel-button"]');
    expect(root(el).textContent).to.contain('Weet je het zeker?');
    expect(await placesLeft(shift.id), 'nothing cancelled after the first press').to.equal(before - 1);
    await click(el, '[part~="cancel-button"]');
    await outcome(el, 'cancelled');
    expect(await placesLeft(shift.id), 'the place is free again').to.equal(before);
    expect(await staffSignups(email), 'nothing is found by the e-mail any more').to.deep.equal([]);
    const cancelled = await cancelledSignup(receipt.id);
    expect(cancelled?.status).to.equal('cancelled');
    expect(cancelled?.contact, 'name and e-mail erased at once').to.deep.equal({ name: '', email: '', phone: null });
  });

  /** Signs up for an open shift in a widget of its own; answers the receipt and the shift. */
  async function signUp(tag: string): Promise<{ receipt: SignupReceipt; shiftId: string; email: string }> {
    const role = (await roles()).find((r) => r.shifts.some((s) => s.placesLeft >= 1))!;
    const shift = role.shifts.find((s) => s.placesLeft >= 1)!;
    const email = uniqueEmail(tag);
    const el = await mount();
    let receipt: SignupReceipt | undefined;
    el.addEventListener('civic-submitted', (e) => (receipt = (e as CivicSubmittedEvent<SignupReceipt>).result));
    await fill(el, { role: role.id, shifts: [shift.id], email, age: role.requirements.minimumAge !== null });
    await click(el, '[part~="submit-button"]');
    await outcome(el, 'confirmed');
    el.parentElement!.remove();
    return { receipt: receipt!, shiftId: shift.id, email };
  }

  /** A new widget (the resident comes back later): opens "cancel a signup" from under the form. */
  async function openCancelForm(lang = 'nl'): Promise<El> {
    const el = await mount('', lang);
    const open = $(el, '.cancel-open');
    expect(open.textContent!.trim()).to.equal(
      { nl: 'Al ingeschreven en wil je je uitschrijven?', en: 'Already signed up and want to cancel?' }[lang],
    );
    open.focus();
    await click(el, '.cancel-open');
    await waitUntil(() => root(el).querySelector('#f-cancelCode'), 'the cancel form');
    expect(root(el).activeElement, 'focus on the cancel form heading').to.equal($(el, '#cancel-form-title'));
    return el;
  }

  it('cancel with the reference and the short code typed (lower case, no dash): the place is freed', async () => {
    const { receipt, shiftId, email } = await signUp('code');
    const before = await placesLeft(shiftId);
    const el = await openCancelForm();
    await expect(el).to.be.accessible();
    await type(el, 'f-reference', receipt.reference.toLowerCase());
    await type(el, 'f-cancelCode', receipt.cancelCode!.toLowerCase());
    await click(el, '[part~="submit-button"]');
    const panel = await outcome(el, 'cancelled');
    expect(panel.textContent).to.contain(`Inschrijving ${receipt.reference} is geannuleerd.`);
    expect(root(el).activeElement, 'focus on the outcome').to.equal(panel);
    expect(await placesLeft(shiftId), 'the place is free again').to.equal(before + 1);
    expect(await staffSignups(email), 'nothing is found by the e-mail any more').to.deep.equal([]);
    expect((await cancelledSignup(receipt.id))?.status).to.equal('cancelled');
  });

  it('a wrong code: "does not match this reference" on the code field, nothing cancelled; then the right one works', async () => {
    const { receipt, shiftId, email } = await signUp('wrong-code');
    const before = await placesLeft(shiftId);
    const el = await openCancelForm();
    // Empty: both fields said, summary focused, nothing sent.
    await click(el, '[part~="submit-button"]');
    const summary = $(el, '[part~="error-summary"]');
    expect(root(el).activeElement).to.equal(summary);
    expect([...summary.querySelectorAll('a')].map((a) => a.textContent!.trim())).to.deep.equal([
      'Vul de referentie van je inschrijving in',
      'Vul de annuleringscode in',
    ]);
    // A code that is not of the receipt's form is said before anything is sent.
    await type(el, 'f-reference', receipt.reference);
    await type(el, 'f-cancelCode', 'K7MP');
    expect($(el, '#f-cancelCode-error').textContent).to.contain('8 letters en cijfers');
    // A code of the right form that is not this signup's.
    const wrong = [...'23456789ABCDEFGH'].find((c) => c !== receipt.cancelCode![0])! + receipt.cancelCode!.slice(1);
    await type(el, 'f-cancelCode', wrong);
    await click(el, '[part~="submit-button"]');
    await waitUntil(
      () =>
        root(el)
          .querySelector('#f-cancelCode-error')
          ?.textContent?.includes('Deze code hoort niet bij deze referentie'),
      'the mismatch error',
      { timeout: 10_000 },
    );
    expect($(el, '#f-cancelCode').getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#f-cancelCode').getAttribute('aria-describedby')).to.contain('f-cancelCode-error');
    expect(root(el).activeElement).to.equal($(el, '[part~="error-summary"]'));
    expect(root(el).querySelector('[part~="result"]'), 'no outcome').to.equal(null);
    expect(await placesLeft(shiftId), 'nothing cancelled').to.equal(before);
    expect((await staffSignups(email))[0].status).to.equal('confirmed');
    await expect(el).to.be.accessible();
    // The right code, with a space instead of a dash: cancelled.
    await type(el, 'f-cancelCode', `${receipt.cancelCode!.slice(0, 4)} ${receipt.cancelCode!.slice(4)}`);
    expect(root(el).querySelector('#f-cancelCode-error'), 'the error goes as the resident types').to.equal(null);
    await click(el, '[part~="submit-button"]');
    await outcome(el, 'cancelled');
    expect(await placesLeft(shiftId)).to.equal(before + 1);
  });

  it('after ten wrong codes the code is locked: the form says to use the link or contact the municipality', async () => {
    const { receipt, email } = await signUp('locked');
    const wrong = receipt.cancelCode![0] === '2' ? '3'.repeat(8) : '2'.repeat(8);
    for (let i = 0; i < 10; i++) {
      const res = await fetch(`${server().endpoint}/v1/volunteer-signups/cancel`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ reference: receipt.reference, cancelCode: wrong }),
      });
      expect(res.status).to.equal(403);
    }
    const el = await openCancelForm('en');
    await type(el, 'f-reference', receipt.reference);
    await type(el, 'f-cancelCode', receipt.cancelCode!);
    await click(el, '[part~="submit-button"]');
    await waitUntil(() => root(el).querySelector('.cancel-error'), 'the locked message', { timeout: 10_000 });
    expect($(el, '.cancel-error').textContent).to.contain('Use the link in your e-mail or contact the municipality');
    expect(root(el).activeElement).to.equal($(el, '.cancel-error'));
    expect((await staffSignups(email))[0].status).to.equal('confirmed');
    // "Back to the signup form": the form again, focus on the button that opened the cancel form.
    $(el, '.cancel-back').focus();
    await click(el, '.cancel-back');
    await el.updateComplete;
    expect(root(el).querySelector('form #f-contact-email')).to.exist;
    expect(root(el).activeElement).to.equal($(el, '.cancel-open'));
  });

  it('the cancel link names the reference; a wrong token says the link does not work', async () => {
    const { receipt, shiftId } = await signUp('link');
    const before = await placesLeft(shiftId);
    const search = location.search;
    try {
      // A token that is not this signup's: 403, said as such (not "something went wrong at the server").
      let el = await mount(`signup-id="${receipt.id}" cancel-token="${'x'.repeat(40)}"`);
      expect($(el, '[data-status="cancel"]').textContent).to.contain('Wil je je inschrijving annuleren?');
      await click(el, '[part~="cancel-button"]');
      await click(el, '[part~="cancel-button"]');
      await waitUntil(() => root(el).querySelector('.cancel [role="alert"]'), 'the refusal', { timeout: 10_000 });
      expect($(el, '.cancel [role="alert"]').textContent).to.contain('Deze annuleringslink werkt niet');
      expect(await placesLeft(shiftId)).to.equal(before);
      el.parentElement!.remove();
      // The link the receipt gives (read-url): the panel names the reference, not the internal id.
      history.replaceState(
        null,
        '',
        `?cancel=${encodeURIComponent(`${receipt.id}.${receipt.cancelToken}`)}&reference=${receipt.reference}`,
      );
      el = await mount('read-url');
      const panel = $(el, '[data-status="cancel"]');
      expect(panel.textContent).to.contain(`Wil je inschrijving ${receipt.reference} annuleren?`);
      expect(panel.textContent).not.to.contain(receipt.id);
      await click(el, '[part~="cancel-button"]');
      await click(el, '[part~="cancel-button"]');
      const done = await outcome(el, 'cancelled');
      expect(done.textContent).to.contain(receipt.reference);
      expect(await placesLeft(shiftId)).to.equal(before + 1);
    } finally {
      history.replaceState(null, '', location.pathname + search);
    }
  });

  it('a signup with availability (a role without shifts) lands with all fields', async () => {
    const role = (await roles()).find((r) => r.shifts.length === 0);
    expect(role, 'a role without shifts').to.exist;
    const email = uniqueEmail('availability');
    const el = await mount(`role-id="${role!.id}"`);
    // Preselected by the role-id attribute.
    expect($<HTMLInputElement>(el, `#f-roleId input[value="${role!.id}"]`).checked).to.equal(true);
    expect(root(el).querySelector('#f-shiftIds')).to.equal(null);
    await fill(el, {
      role: role!.id,
      availability: 'Woensdagnamiddag en soms op zaterdag',
      email,
      name: 'Samir El Amrani',
    });
    await click(el, '[part~="submit-button"]');
    await outcome(el, 'confirmed');
    const [stored] = await staffSignups(email);
    expect(stored).to.deep.include({
      roleId: role!.id,
      status: 'confirmed',
      availability: 'Woensdagnamiddag en soms op zaterdag',
      ageConfirmed: role!.requirements.minimumAge === null ? null : true,
      joinWaitlist: false,
    });
    expect(stored.shifts).to.deep.equal([]);
    expect(stored.contact).to.deep.equal({ name: 'Samir El Amrani', email, phone: null });
  });

  it('two residents racing for the last place: one is confirmed, the other is offered the reserve list and joins it', async () => {
    const role = (await roles()).find((r) => r.shifts.some((s) => s.placesLeft === 1));
    expect(role, 'a shift with one place left').to.exist;
    const shift = role!.shifts.find((s) => s.placesLeft === 1)!;
    const wrapper = await fixture<HTMLElement>(html`<div></div>`);
    const { endpoint } = server();
    wrapper.innerHTML = `<civic-volunteer-signup id="a" endpoint="${endpoint}"></civic-volunteer-signup>
      <civic-volunteer-signup id="b" endpoint="${endpoint}"></civic-volunteer-signup>`;
    const [a, b] = [...wrapper.querySelectorAll('civic-volunteer-signup')] as El[];
    for (const el of [a, b]) await waitUntil(() => el.shadowRoot?.querySelector('form'), 'form', { timeout: 10_000 });
    const emails = [uniqueEmail('race-a'), uniqueEmail('race-b')];
    await fill(a, { role: role!.id, shifts: [shift.id], email: emails[0], age: true });
    await fill(b, { role: role!.id, shifts: [shift.id], email: emails[1], age: true });
    // Both press send in the same moment.
    $(a, '[part~="submit-button"]').click();
    $(b, '[part~="submit-button"]').click();
    await waitUntil(
      () =>
        [a, b].some((el) => el.shadowRoot!.querySelector('[data-status="confirmed"]')) &&
        [a, b].some((el) => el.shadowRoot!.querySelector('.taken')),
      'one confirmed, one told the place is gone',
      { timeout: 15_000 },
    );
    const loser = a.shadowRoot!.querySelector('.taken') ? a : b;
    const loserEmail = loser === a ? emails[0] : emails[1];
    const taken = $(loser, '.taken');
    expect(taken.textContent).to.contain('De laatste plaats is intussen weg');
    expect(loser.shadowRoot!.activeElement).to.equal(taken);
    // Nothing typed is lost.
    expect($<HTMLInputElement>(loser, '#f-contact-email').value).to.equal(loserEmail);
    expect($<HTMLInputElement>(loser, `#f-shiftIds input[value="${shift.id}"]`).checked).to.equal(true);
    expect($<HTMLInputElement>(loser, '#f-consent').checked).to.equal(true);
    // The shift now reads as full.
    expect($(loser, '#f-shiftIds').textContent).to.contain('reservelijst');
    // One click: on the reserve list.
    await click(loser, '.taken button');
    const panel = await outcome(loser, 'waitlisted');
    expect(panel.textContent).to.contain('Je staat op de reservelijst');
    expect(await placesLeft(shift.id)).to.equal(0);
    const winnerEmail = loser === a ? emails[1] : emails[0];
    expect((await staffSignups(winnerEmail)).map((s) => s.status)).to.deep.equal(['confirmed']);
    expect((await staffSignups(loserEmail)).map((s) => s.status)).to.deep.equal(['waitlisted']);
  });

  it('ten rapid clicks on send make exactly one signup', async () => {
    const role = (await roles()).find((r) => r.shifts.length === 0)!;
    const email = uniqueEmail('rapid');
    const el = await mount();
    let submits = 0;
    el.addEventListener('civic-submit', () => submits++);
    await fill(el, { role: role.id, availability: 'Elke eerste zondag van de maand', email });
    const button = $(el, '[part~="submit-button"]');
    for (let i = 0; i < 10; i++) button.click();
    await outcome(el, 'confirmed');
    expect(submits).to.equal(1);
    expect(await staffSignups(email)).to.have.length(1);
  });
});
