/**
 * The console's polish, in Chromium against the REAL reference server:
 * - a wide table scrolls in its own region, which is a tab stop only while it overflows (360 px yes,
 *   1280 px no): the helper alone, then the accounts table of a signed-in admin;
 * - an invited account (made by an admin without a password, through the staff API with the test
 *   server's ADMIN_TOKEN) chooses its password on the sign-in screen with its one-time setup code,
 *   keyboard only, and is signed in; the mismatch and a wrong code are said on their fields; axe on
 *   that form in nl, fr and en;
 * - after the site screen saves (imports) a site file, the console's copy of /v1/site is the new one:
 *   the inbox's area filter offers the new area without signing in again.
 * The shared test server's site is put back at the end.
 */
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { render } from 'lit';
import type { CivicStaffConsole } from '../../../src/components/staff-console/staff-console.js';
import { tableRegion } from '../../../src/components/staff-console/table-region.js';
import type { SiteFile } from '../../../src/schema/staff/site.js';
import { $, $$, find } from '../../fixtures/query.js';
import {
  account,
  asAdmin,
  endSession,
  focused,
  mountConsole,
  press,
  run,
  signIn,
  status,
  tabTo,
  type,
} from './helpers.js';

/** A table of `columns` columns of a long word each (wider than 360 px from about 4 columns on). */
const wideTable = (columns: number) =>
  html`<table>
    <caption id="t-caption">Proeftabel</caption>
    <thead>
      <tr>
        ${Array.from({ length: columns }, (_, i) => html`<th scope="col">Kolomtitel${i}</th>`)}
      </tr>
    </thead>
    <tbody>
      <tr>
        ${Array.from({ length: columns }, () => html`<td>Voorbeeldwaarde</td>`)}
      </tr>
    </tbody>
  </table>`;

const region = (el: Element, table: string): HTMLElement => {
  const wrap = $(el, `${table}`).closest<HTMLElement>('.table-wrap');
  if (!wrap) throw new Error(`${table} is not in a table region`);
  return wrap;
};

async function openScreen(el: CivicStaffConsole, id: string, ready: string): Promise<void> {
  await tabTo(el, `nav a[href="#${id}"]`);
  await press('Enter');
  await waitUntil(() => find(el, ready), `the ${id} screen did not load`, { timeout: 15_000 });
}

describe('<civic-staff-console> polish against the reference server', function () {
  this.timeout(120_000);
  let original: SiteFile;
  before(async () => {
    original = (await asAdmin('GET', '/v1/staff/site')) as SiteFile;
  });
  after(async () => {
    await asAdmin('PUT', '/v1/staff/site', original);
    await setViewport({ width: 800, height: 600 });
  });
  beforeEach(() => endSession());
  afterEach(async () => {
    fixtureCleanup();
    sessionStorage.clear();
    await setViewport({ width: 1280, height: 800 });
  });

  it('a table region is a tab stop only while its table is wider than it', async () => {
    const box = await fixture<HTMLDivElement>(html`<div style="inline-size: 320px"></div>`);
    const wrapStyle = document.createElement('style');
    wrapStyle.textContent = '.table-wrap { overflow-x: auto; max-inline-size: 100%; }';
    box.before(wrapStyle);
    render(tableRegion('t-caption', wideTable(8)), box);
    const wrap = box.querySelector<HTMLElement>('.table-wrap')!;
    expect(wrap.getAttribute('role')).to.equal('region');
    expect(wrap.getAttribute('aria-labelledby')).to.equal('t-caption');
    await waitUntil(() => wrap.getAttribute('tabindex') === '0', 'an overflowing region is not focusable');
    box.style.inlineSize = '2000px';
    await waitUntil(() => !wrap.hasAttribute('tabindex'), 'a region whose table fits is still a tab stop');
    // Fewer columns in a narrow box: fits, no stop; more columns again: a stop.
    box.style.inlineSize = '320px';
    render(tableRegion('t-caption', wideTable(1)), box);
    await waitUntil(() => !wrap.hasAttribute('tabindex'), 'a one-column table is not wider than 320 px');
    render(tableRegion('t-caption', wideTable(8)), box);
    await waitUntil(() => wrap.getAttribute('tabindex') === '0', 'more columns did not make it a tab stop');
    wrapStyle.remove();
  });

  it('the accounts table: a tab stop at 360 px, scrolling in its region and not the page; none at 1280 px', async () => {
    const admin = await account('admin');
    await setViewport({ width: 1280, height: 800 });
    const el = await mountConsole();
    await signIn(el, admin);
    await openScreen(el, 'accounts', '#accounts-table');
    const wrap = () => region(el, '#accounts-table');
    await waitUntil(() => wrap().getBoundingClientRect().width > 0);
    // Let the observer run, then: no stop at 1280 px.
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    expect(wrap().scrollWidth, 'the table fits at 1280 px').to.be.at.most(wrap().clientWidth + 1);
    expect(wrap().hasAttribute('tabindex')).to.equal(false);
    await setViewport({ width: 360, height: 800 });
    await waitUntil(() => wrap().getAttribute('tabindex') === '0', 'the accounts region is not a tab stop at 360 px');
    expect(wrap().scrollWidth).to.be.greaterThan(wrap().clientWidth);
    const wide = [...document.querySelectorAll('body *'), ...$$(el, '*')]
      .filter((x) => x.getBoundingClientRect().right > 361)
      .map((x) => `${x.localName}.${x.className}#${x.id}:${Math.round(x.getBoundingClientRect().right)}`);
    expect(
      document.documentElement.scrollWidth,
      `the page does not scroll sideways (${wide.slice(0, 12).join(' ')})`,
    ).to.be.at.most(360);
    // Reached with Tab, named by its caption.
    await tabTo(el, '.table-wrap[aria-labelledby="accounts-caption"]');
    expect($(el, '#accounts-caption').textContent).to.contain('account');
    await expect(el).to.be.accessible();
    await setViewport({ width: 1280, height: 800 });
    await waitUntil(() => !wrap().hasAttribute('tabindex'), 'still a tab stop back at 1280 px');
  });

  it('keyboard only: an invited account chooses its password with the one-time code and is signed in', async () => {
    const email = `invited-${run}@example.org`;
    const created = (await asAdmin('POST', '/v1/staff/accounts', { email, role: 'moderator' }, 201)) as {
      setupToken: string;
      account: { id: string; passwordSet: boolean };
    };
    expect(created.account.passwordSet).to.equal(false);
    const password = `een zin van woorden ${run}`;
    const el = await mountConsole('nl');
    await tabTo(el, '#sign-in-setup');
    expect(focused(el)?.textContent?.trim()).to.equal('Ik heb een eenmalige code');
    await press('Enter');
    await waitUntil(() => focused(el)?.id === 'screen-heading', 'focus did not move to the heading');
    expect(focused(el)?.textContent?.trim()).to.equal('Wachtwoord kiezen');

    // The repeat differs: said on its field, nothing sent.
    await tabTo(el, '#f-setup-email');
    await type(email);
    await tabTo(el, '#f-setup-token');
    await type('verkeerde-code');
    await tabTo(el, '#f-setup-password');
    await type(password);
    await tabTo(el, '#f-setup-repeat');
    await type(`${password}x`);
    await press('Enter');
    await waitUntil(() => find(el, '#f-setup-repeat-error'), 'the mismatch was not said');
    expect($(el, '#f-setup-repeat-error').textContent).to.contain('De twee wachtwoorden zijn niet gelijk');
    expect(($(el, '#f-setup-password') as HTMLInputElement).value, 'passwords stay until sent').to.equal(password);

    // A wrong code: the server's 422 lands on the code; both passwords are cleared.
    await tabTo(el, '#f-setup-repeat'); // Tab selects what the field holds
    await press('End');
    await press('Backspace');
    await press('Enter');
    await waitUntil(() => find(el, '#f-setup-token-error'), 'the wrong code was not said', { timeout: 15_000 }).catch(
      (e: Error) => {
        throw new Error(`${e.message}: ${$(el, '.sign-in').textContent!.replace(/\s+/g, ' ')}`);
      },
    );
    expect($(el, '#f-setup-token-error').textContent).to.contain('De code klopt niet of is verlopen');
    expect(($(el, '#f-setup-password') as HTMLInputElement).value).to.equal('');
    expect(($(el, '#f-setup-repeat') as HTMLInputElement).value).to.equal('');
    await expect(el).to.be.accessible();

    // The right code.
    const token = $<HTMLInputElement>(el, '#f-setup-token');
    token.focus();
    token.select();
    await type(created.setupToken);
    await tabTo(el, '#f-setup-password');
    await type(password);
    await tabTo(el, '#f-setup-repeat');
    await type(password);
    await press('Enter');
    await waitUntil(() => find(el, 'nav'), 'not signed in after choosing a password', { timeout: 15_000 });
    expect($(el, '.who').textContent).to.contain(email);
    const accounts = (await asAdmin('GET', '/v1/staff/accounts')) as {
      items: { email: string; passwordSet: boolean }[];
    };
    expect(accounts.items.find((a) => a.email === email)?.passwordSet).to.equal(true);
    // The code worked once; the password signs in on its own.
    await endSession();
    fixtureCleanup();
    const again = await mountConsole('nl');
    await signIn(again, { email, password });
    expect($(again, '.who').textContent).to.contain(email);
  });

  for (const [lang, link, heading] of [
    ['nl', 'Ik heb een eenmalige code', 'Wachtwoord kiezen'],
    ['fr', 'J’ai un code à usage unique', 'Choisir un mot de passe'],
    ['en', 'I have a one-time code', 'Choose a password'],
  ] as const) {
    it(`${lang}: axe finds nothing on the one-time code form, empty and with errors; back to signing in`, async () => {
      const el = await mountConsole(lang);
      await waitUntil(() => find(el, '#sign-in-setup')?.textContent?.trim() === link, 'no translated link');
      $(el, '#sign-in-setup').click();
      await waitUntil(() => find(el, '#f-setup-token'), 'no setup form');
      expect($(el, '#screen-heading').textContent?.trim()).to.equal(heading);
      await expect(el).to.be.accessible();
      $<HTMLInputElement>(el, '#f-setup-password').focus();
      await type('kort');
      $<HTMLButtonElement>(el, '.sign-in form button[type="submit"]').click();
      await waitUntil(() => find(el, '.error-summary, [part~="error-summary"]'), 'no error summary');
      expect($$(el, '.error-message').length, 'email, code, too short, repeat').to.equal(4);
      expect($(el, '#f-setup-password-error').textContent).to.contain('12');
      await expect(el).to.be.accessible();
      $(el, '#sign-in-back').click();
      await waitUntil(() => find(el, '#f-password'), 'not back on the sign-in form');
    });
  }

  it('after the site screen saves a site file, the inbox filter offers its new area without signing in again', async () => {
    const admin = await account('admin');
    const el = await mountConsole();
    await signIn(el, admin);
    await waitUntil(() => find(el, '#f-inbox-area option[value]'), 'the inbox has no areas');
    const areaId = `area-polish-${run}`;
    expect($$(el, '#f-inbox-area option').map((o) => o.getAttribute('value'))).to.not.include(areaId);
    await openScreen(el, 'site', '#f-site-import');
    const file: SiteFile = {
      ...original,
      areas: [...original.areas, { id: areaId, name: { nl: `Wijk ${run}`, fr: `Quartier ${run}`, en: `Area ${run}` } }],
    };
    await tabTo(el, '#f-site-import');
    const input = focused(el) as HTMLInputElement;
    const dt = new DataTransfer();
    dt.items.add(new File([JSON.stringify(file)], 'site.json', { type: 'application/json' }));
    input.files = dt.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await waitUntil(() => find(el, '#site-import-confirm'), 'the import was not shown for confirmation');
    await tabTo(el, '#site-import-confirm');
    await press('Enter');
    await waitUntil(() => status(el).includes('bewaard'), 'saving was not announced', { timeout: 15_000 });
    $(el, 'nav a[href="#inbox"]').click();
    await waitUntil(() => find(el, '#f-inbox-area'), 'the inbox did not open');
    await waitUntil(
      () => $$(el, '#f-inbox-area option').some((o) => o.getAttribute('value') === areaId),
      'the inbox still offers the areas from before the save',
      { timeout: 10_000 },
    );
    expect($$(el, '#f-inbox-area option').find((o) => o.getAttribute('value') === areaId)?.textContent).to.contain(
      `Wijk ${run}`,
    );
  });
});
