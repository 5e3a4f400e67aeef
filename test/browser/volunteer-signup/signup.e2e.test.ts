// End to end against the REAL reference server (scripts/test.mjs starts it with a fresh demo
// database): what the widget sends lands in the database with every field (checked through the
// staff API), the last place goes to exactly one of two racing residents, cancelling frees the
// place, and ten rapid clicks make one signup.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import {
  $,
  clearStorage,
  click,
  fill,
  mount,
  outcome,
  placesLeft,
  roles,
  root,
  server,
  staffSignups,
  uniqueEmail,
  type El,
} from './helpers.js';
import type { CivicSubmittedEvent } from '../../../src/internal/events.js';
import type { SignupReceipt } from '../../../src/schema/volunteer.js';

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
    expect($(el, '#cancel-code').textContent).to.equal(`${receipt.id}.${receipt.cancelToken}`);
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
    expect((await staffSignups(email))[0].status).to.equal('cancelled');
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
