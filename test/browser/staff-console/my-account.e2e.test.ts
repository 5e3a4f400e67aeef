/**
 * The console's "My account" screen, in Chromium against the REAL reference server, by keyboard:
 * a moderator sees who is signed in, chooses "a daily digest" and the server stores it (read back as
 * admin through GET /v1/staff/accounts); an admin sees the choice the server has; a password change
 * with two different new passwords is caught before sending, a wrong current password shows the
 * server's 422 on that field, then the change goes through (fields emptied each time) and signing in
 * with the new password works while the old one fails; axe on the screen in nl, fr and en.
 */
import { expect, fixtureCleanup, waitUntil } from '@open-wc/testing';
import type { CivicStaffConsole } from '../../../src/components/staff-console/staff-console.js';
import type { StaffAccount } from '../../../src/schema/staff/accounts.js';
import { $, find } from '../../fixtures/query.js';
import { account, asAdmin, endSession, focused, mountConsole, press, signIn, status, tabTo, type } from './helpers.js';

async function openMyAccount(el: CivicStaffConsole): Promise<void> {
  await tabTo(el, 'nav a[href="#my-account"]');
  await press('Enter');
  await waitUntil(() => find(el, '#f-myaccount-current'), 'the my-account screen did not load', { timeout: 15_000 });
  expect(focused(el)?.id, 'focus on the screen heading').to.equal('screen-heading');
}

const radio = (el: CivicStaffConsole, i: number) => $(el, `#f-myaccount-notify-${i}`) as HTMLInputElement;
const input = (el: CivicStaffConsole, id: string) => $(el, `#f-myaccount-${id}`) as HTMLInputElement;
const empty = (el: CivicStaffConsole) => ['current', 'new', 'repeat'].every((id) => input(el, id).value === '');

async function stored(email: string): Promise<StaffAccount> {
  const list = (await asAdmin('GET', '/v1/staff/accounts')) as { items: StaffAccount[] };
  const mine = list.items.find((a) => a.email === email);
  expect(mine, email).to.not.equal(undefined);
  return mine!;
}

/** Fills the password form by keyboard (from wherever focus is) and presses Enter. */
async function changePassword(el: CivicStaffConsole, current: string, next: string, repeat: string): Promise<void> {
  await tabTo(el, '#f-myaccount-current');
  await type(current);
  await tabTo(el, '#f-myaccount-new');
  await type(next);
  await tabTo(el, '#f-myaccount-repeat');
  await type(repeat);
  await press('Enter');
}

describe('<civic-staff-console> My account against the reference server', function () {
  // Sign-in costs a scrypt hash each; a shared 2-core machine.
  this.timeout(120_000);
  beforeEach(() => endSession());
  afterEach(() => fixtureCleanup());

  it('a moderator sees their current choice, chooses a daily digest by keyboard and the server stores it', async () => {
    const who = await account('moderator');
    const el = await mountConsole();
    await signIn(el, who);
    await openMyAccount(el);
    const record = $(el, '#myaccount-record').textContent ?? '';
    expect(record).to.contain(who.email);
    expect(record).to.contain('moderator');
    // The current choice comes with the session: a new account hears nothing by e-mail.
    expect([0, 1, 2].map((i) => radio(el, i).checked)).to.deep.equal([false, false, true]);

    await tabTo(el, '#f-myaccount-notify-2');
    await press('ArrowUp');
    expect(radio(el, 1).checked, 'daily').to.equal(true);
    expect(radio(el, 1).value).to.equal('daily');
    await press('Enter');
    await waitUntil(() => status(el).includes('dagelijks overzicht'), `status: ${status(el)}`, { timeout: 15_000 });
    expect((await stored(who.email)).notifyIdeas).to.equal('daily');
    expect($(el, '#f-myaccount-notify-hint').textContent).to.contain('Nu gekozen: een dagelijks overzicht');
  });

  it('an admin sees the choice the server has', async () => {
    const who = await account('admin');
    const me = await stored(who.email);
    await asAdmin('PATCH', `/v1/staff/accounts/${me.id}`, { notifyIdeas: 'immediate' });
    const el = await mountConsole();
    await signIn(el, who);
    await openMyAccount(el);
    await waitUntil(() => radio(el, 0).checked, 'the stored choice is not selected', { timeout: 15_000 });
    expect(radio(el, 0).value).to.equal('immediate');
    expect($(el, '#myaccount-record').textContent).to.contain('beheerder');
  });

  it('changes the password by keyboard: a mismatch is caught, a wrong current one shown on its field', async () => {
    const who = await account('moderator');
    const next = `${who.password} new`;
    const el = await mountConsole();
    await signIn(el, who);
    await openMyAccount(el);

    // Two different new passwords: nothing is sent (else the later change with the old one would fail).
    await changePassword(el, who.password, next, `${next}x`);
    await waitUntil(() => input(el, 'repeat').getAttribute('aria-invalid') === 'true', 'no mismatch error');
    expect($(el, '#f-myaccount-repeat-error').textContent).to.contain('niet gelijk');
    expect(focused(el)?.matches('[part~="error-summary"]'), 'focus on the summary').to.equal(true);
    await tabTo(el, '#f-myaccount-current');
    for (const id of ['current', 'new', 'repeat']) {
      (find(el, `#f-myaccount-${id}`) as HTMLInputElement).select();
      await press('Backspace');
      await press('Tab');
    }

    // A wrong current password: the server's 422 on the field; the fields are emptied.
    await changePassword(el, 'not the password at all', next, next);
    await waitUntil(() => input(el, 'current').getAttribute('aria-invalid') === 'true', 'no error on the field', {
      timeout: 15_000,
    });
    expect($(el, '#f-myaccount-current-error').textContent).to.contain('klopt niet');
    expect(status(el)).to.contain('niet gewijzigd');
    expect(empty(el), 'fields emptied after sending').to.equal(true);

    await changePassword(el, who.password, next, next);
    await waitUntil(() => status(el).includes('is gewijzigd'), `status: ${status(el)}`, { timeout: 15_000 });
    expect(empty(el), 'fields emptied after sending').to.equal(true);
    expect(find(el, '#f-myaccount-current-error'), 'no error left').to.equal(null);

    // Signing in anew: the new password works, the old one no longer does.
    await endSession();
    fixtureCleanup();
    const old = await fetch('/v1/staff/session', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: who.email, password: who.password }),
    });
    expect(old.status, 'the old password').to.equal(401);
    const again = await mountConsole();
    // signIn waits for the nav: it fails when the new password is refused.
    await signIn(again, { email: who.email, password: next });
    expect($(again, 'nav')).to.not.equal(null);
  });

  for (const lang of ['nl', 'fr', 'en']) {
    it(`is accessible in ${lang} (also with errors shown)`, async () => {
      const who = await account('moderator');
      const el = await mountConsole(lang);
      await signIn(el, who);
      await openMyAccount(el);
      await expect(el, `${lang} my-account`).to.be.accessible();
      ($(el, 'form[aria-labelledby="myaccount-password-heading"] [part~="submit-button"]') as HTMLElement).click();
      await waitUntil(() => find(el, '[part~="error-summary"]'), 'no error summary');
      expect(input(el, 'current').getAttribute('aria-invalid')).to.equal('true');
      await expect(el, `${lang} my-account with errors`).to.be.accessible();
    });
  }
});
