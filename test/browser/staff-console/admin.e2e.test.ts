/**
 * The console's admin screens and personal data, in Chromium against the REAL reference server:
 * an admin signs in through the element and imports a site file through the site screen (keyboard
 * only; the OS file picker is the one step a test cannot press keys in, so the file is handed to the
 * focused <input type=file>), then the public /v1/site serves it; a missing French text is marked
 * and the server's 422 lands on the field; removing an area in use shows the server's 409; a
 * moderator has no site, account or audit screen; an API token is shown once; a resident's data is
 * found, exported and erased after a confirmation (keyboard only), then nothing is found; axe on
 * each screen in nl, fr and en.
 *
 * The shared test server: the demo site is exported first (GET /v1/staff/site) and PUT back at the
 * end, so other test files find the demo's areas, themes and offers (the imported file keeps them
 * and adds one area). The restored site is no longer flagged `demo` (a site written by staff never is).
 */
import { expect, fixtureCleanup, waitUntil } from '@open-wc/testing';
import type { CivicStaffConsole } from '../../../src/components/staff-console/staff-console.js';
import type { SiteFile } from '../../../src/schema/staff/site.js';
import { exampleIdeaCreate } from '../../../src/schema/examples.js';
import type { Site } from '../../../src/schema/site.js';
import { $, $$, find } from '../../fixtures/query.js';
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

let original: SiteFile;

/** Goes to a screen with the keyboard (its nav link, Enter) and waits for `ready`. */
async function openScreen(el: CivicStaffConsole, id: string, ready: string): Promise<void> {
  await tabTo(el, `nav a[href="#${id}"]`);
  await press('Enter');
  await waitUntil(() => find(el, ready), `the ${id} screen did not load`, { timeout: 15_000 });
  expect(focused(el)?.id, 'focus on the screen heading').to.equal('screen-heading');
}

/** Hands a file to the focused file input, as the OS picker would. */
function chooseFile(input: HTMLInputElement, name: string, content: string): void {
  const dt = new DataTransfer();
  dt.items.add(new File([content], name, { type: 'application/json' }));
  input.files = dt.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

async function publicSite(lang = 'nl'): Promise<Site> {
  return (await (await fetch(`${endpoint()}/v1/site`, { headers: { 'Accept-Language': lang } })).json()) as Site;
}

/** An idea sent by a resident with this e-mail address. */
async function ideaFrom(email: string, title: string): Promise<void> {
  const site = await publicSite();
  const r = await fetch(`${endpoint()}/v1/ideas`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() },
    body: JSON.stringify({
      ...exampleIdeaCreate,
      title,
      areaId: site.areas[0]!.id,
      themeIds: [site.themes[0]!.id],
      contact: { ...exampleIdeaCreate.contact, email },
      consent: { privacy: true, noticeVersion: site.privacyNotice.version },
    }),
  });
  expect(r.status, await r.clone().text()).to.equal(201);
}

describe('<civic-staff-console> admin screens against the reference server', function () {
  // Long flows with axe on a big form, on a shared 2-core machine: more than mocha's 20 s each.
  this.timeout(120_000);
  before(async () => {
    original = (await asAdmin('GET', '/v1/staff/site')) as SiteFile;
  });
  after(async () => {
    // Back to the demo's areas, themes and offers for the test files that run after this one.
    await asAdmin('PUT', '/v1/staff/site', original);
  });
  beforeEach(() => endSession());
  afterEach(() => {
    fixtureCleanup();
    sessionStorage.clear();
  });

  it('keyboard only: an admin signs in, imports a site file (after seeing what changes), /v1/site serves it', async () => {
    const admin = await account('admin');
    const el = await mountConsole();
    await signIn(el, admin);
    await openScreen(el, 'site', '#f-site-import');
    await waitUntil(() => find(el, '#site-export'), 'no export link for the demo site');
    // The export is the saved file.
    const exported = (await (await fetch($(el, '#site-export').getAttribute('href')!)).json()) as SiteFile;
    expect(exported.areas.map((a) => a.id)).to.deep.equal(original.areas.map((a) => a.id));
    expect($(el, '#site-export').getAttribute('download')).to.equal('site.json');
    await expect(el).to.be.accessible();

    const imported: SiteFile = {
      ...original,
      municipality: { nl: `Gemeente ${run}`, fr: `Commune ${run}`, en: `Municipality ${run}` },
      areas: [
        ...original.areas,
        { id: `area-${run}`, name: { nl: `Wijk ${run}`, fr: `Quartier ${run}`, en: `Area ${run}` } },
      ],
    };
    await tabTo(el, '#f-site-import');
    chooseFile(focused(el) as HTMLInputElement, 'site.json', JSON.stringify(imported));
    await waitUntil(() => focused(el)?.id === 'site-import-heading', 'the import was not shown for confirmation');
    const panel = $(el, '.panel.confirm').textContent!.replace(/\s+/g, ' ');
    expect(panel)
      .to.contain('Importeren: site.json')
      .and.contain(`Wijken erbij: area-${run}`)
      .and.contain('3 andere teksten of instellingen');
    expect((await publicSite()).municipality, 'nothing saved before the confirmation').to.not.equal(`Gemeente ${run}`);
    await expect(el).to.be.accessible();

    await tabTo(el, '#site-import-confirm');
    await press('Enter');
    await waitUntil(() => status(el).includes('bewaard'), 'saving was not announced', { timeout: 15_000 });
    expect(status(el)).to.equal('De site is bewaard. De widgets tonen hem meteen.');
    for (const [lang, name] of [
      ['nl', `Gemeente ${run}`],
      ['fr', `Commune ${run}`],
      ['en', `Municipality ${run}`],
    ] as const) {
      const site = await publicSite(lang);
      expect(site.municipality).to.equal(name);
      expect(site.areas.map((a) => a.id)).to.include(`area-${run}`);
    }
    // The form shows what was saved; the audit log has it.
    expect(($(el, '#f-site-municipality-fr') as HTMLInputElement).value).to.equal(`Commune ${run}`);
    const audit = (await asAdmin('GET', '/v1/staff/audit?action=site.replace&limit=1')) as {
      items: { actor: { label: string } }[];
    };
    expect(audit.items[0]!.actor.label).to.equal(admin.email);
  });

  it('a missing French text is marked and counted; the server’s 422 lands on the field; an area in use gives the 409', async () => {
    const admin = await account('admin');
    const el = await mountConsole();
    await signIn(el, admin);
    await openScreen(el, 'site', '#f-site-municipality-fr');
    expect(find(el, '#f-site-municipality-fr-missing')).to.equal(null);
    const fr = $(el, '#f-site-municipality-fr') as HTMLInputElement;
    fr.focus();
    await press('Control+a');
    await press('Backspace');
    await waitUntil(() => find(el, '#f-site-municipality-fr-missing'), 'no missing marker');
    expect($(el, '#f-site-municipality-fr-missing').textContent!.trim()).to.equal('ontbreekt in het Frans');
    expect(fr.getAttribute('aria-describedby')).to.contain('f-site-municipality-fr-missing');
    expect($(el, '#site-missing-count').textContent!.trim()).to.equal('1 tekst ontbreekt: 1 in het Frans.');
    await expect(el).to.be.accessible();

    const before = await publicSite('fr');
    await press('Enter'); // submits the form
    await waitUntil(() => find(el, '.error-summary'), 'no error summary', { timeout: 15_000 });
    expect(focused(el)?.matches('.error-summary'), 'the summary takes focus').to.equal(true);
    expect($(el, '.error-summary').textContent).to.contain('Vul Naam van de gemeente in het Frans in');
    expect($(el, '#f-site-municipality-fr-error').textContent).to.contain('Vul Naam van de gemeente in het Frans in');
    expect(fr.getAttribute('aria-invalid')).to.equal('true');
    expect((await publicSite('fr')).municipality, 'the server changed nothing').to.equal(before.municipality);
    await expect(el).to.be.accessible();
    // The summary's link focuses the field.
    $(el, '.error-summary a').click();
    expect(focused(el)).to.equal(fr);
    await type('Commune rétablie');
    expect(find(el, '#f-site-municipality-fr-error'), 'the error goes as the field is fixed').to.equal(null);

    // Removing the first demo area (initiatives use it): the server's 409 names it.
    const firstArea = original.areas[0]!.id;
    await tabTo(el, '#site-areas-0-remove');
    await press('Enter');
    await waitUntil(() => status(el).includes('verwijderd'), 'removing was not announced');
    // Enter in a field sends the form (the save button is far below, after every text).
    await tabTo(el, 'input.input', true);
    await press('Enter');
    await waitUntil(() => find(el, '.in-use'), 'no in-use message', { timeout: 15_000 });
    expect(focused(el)?.matches('.in-use')).to.equal(true);
    expect($(el, '.in-use').textContent).to.contain('nog gebruikt').and.contain(firstArea);
    expect((await publicSite()).areas.map((a) => a.id)).to.include(firstArea);
  });

  it('a moderator sees no site, account or audit screen, not even by asking for it', async () => {
    const moderator = await account('moderator');
    const el = await mountConsole();
    await signIn(el, moderator);
    const hrefs = $$(el, 'nav a').map((a) => a.getAttribute('href'));
    expect(hrefs).to.include('#personal-data');
    for (const id of ['site', 'accounts', 'audit']) {
      expect(hrefs).to.not.include(`#${id}`);
      // The shell's own way to a screen (what a link or a parameter would reach) refuses it.
      (el as unknown as { go(p: { screen: string }): void }).go({ screen: id });
      await el.updateComplete;
      expect(find(el, '#f-site-import, #accounts-table, #f-audit-action'), id).to.equal(null);
      expect($(el, 'nav a[aria-current="page"]').getAttribute('href')).to.equal('#inbox');
    }
  });

  it('accounts: a token is shown once, works, and is revoked after a confirmation; an invite shows its setup code once', async () => {
    const admin = await account('admin');
    const el = await mountConsole();
    await signIn(el, admin);
    await openScreen(el, 'accounts', '#accounts-table');
    expect($$(el, '#accounts-table thead th').map((th) => th.textContent!.trim())).to.deep.equal([
      'E-mailadres',
      'Naam',
      'Rol',
      'Toestand',
      'Laatst aangemeld',
      'Acties',
    ]);
    expect($(el, '#accounts-table tbody').textContent).to.contain(admin.email);
    await expect(el).to.be.accessible();

    await tabTo(el, '#f-tokens-name');
    await type(`koppeling ${run}`);
    await press('Enter');
    await waitUntil(() => find(el, '#tokens-secret'), 'the token was not shown', { timeout: 15_000 });
    expect(focused(el)?.id).to.equal('tokens-once');
    const token = $(el, '#tokens-secret').textContent!.trim();
    expect(token).to.match(/^cw_/);
    expect($(el, '#tokens-once').textContent).to.contain('maar één keer');
    await expect(el).to.be.accessible();
    const bearer = { Authorization: `Bearer ${token}` };
    expect((await fetch(`${endpoint()}/v1/staff/ideas?limit=1`, { headers: bearer })).status).to.equal(200);
    // Hidden: nowhere on the screen any more.
    await tabTo(el, '#tokens-once button:not(.copy)');
    await press('Enter');
    await waitUntil(() => !find(el, '#tokens-secret'), 'the token stayed');
    expect(el.shadowRoot!.innerHTML).to.not.contain(token);
    expect($(el, '#tokens-table').textContent).to.contain(`koppeling ${run}`);

    // Revoke, with a confirmation.
    const row = $$(el, '#tokens-table tbody tr').find((r) => r.textContent!.includes(`koppeling ${run}`))!;
    row.querySelector('button')!.focus();
    await press('Enter');
    await waitUntil(() => focused(el)?.id === 'tokens-confirm-question', 'no confirmation');
    expect(
      (await fetch(`${endpoint()}/v1/staff/ideas?limit=1`, { headers: bearer })).status,
      'not before confirming',
    ).to.equal(200);
    await tabTo(el, '#tokens-confirm');
    await press('Enter');
    await waitUntil(() => status(el).includes('ingetrokken'), 'revoking was not announced', { timeout: 15_000 });
    expect((await fetch(`${endpoint()}/v1/staff/ideas?limit=1`, { headers: bearer })).status).to.equal(401);

    // An invitation without a password: the setup code, once.
    const invited = `invited-${run}@gemeente.example`;
    await tabTo(el, '#f-accounts-email');
    await type(invited);
    await press('Enter');
    await waitUntil(() => find(el, '#accounts-setup-token'), 'no setup code', { timeout: 15_000 });
    expect($(el, '#accounts-setup-token').textContent!.trim()).to.match(/^[A-Za-z0-9_-]{20,}$/);
    expect($(el, '#accounts-table tbody').textContent).to.contain(invited).and.contain('wacht op een wachtwoord');
  });

  it('personal data, keyboard only: find, export, erase after typing the address, then nothing is found', async () => {
    const email = `bewoner-${run}@example.org`;
    await ideaFrom(email, `eerste ${run}`);
    await ideaFrom(email, `tweede ${run}`);
    const moderator = await account('moderator');
    const el = await mountConsole();
    await signIn(el, moderator);
    await openScreen(el, 'personal-data', '#f-personal-email');
    await tabTo(el, '#f-personal-email');
    await type(email.toUpperCase());
    await press('Enter');
    await waitUntil(() => find(el, '#personal-result'), 'nothing shown', { timeout: 15_000 });
    expect(focused(el)?.id).to.equal('personal-result');
    const rows = $$(el, 'table tbody tr');
    expect(rows.map((r) => r.querySelector('td')!.textContent!.trim()).sort()).to.deep.equal([
      `eerste ${run}`,
      `tweede ${run}`,
    ]);
    const exported = (await (await fetch($(el, '#personal-export').getAttribute('href')!)).json()) as {
      email: string;
      ideas: unknown[];
    };
    expect(exported.email).to.equal(email);
    expect(exported.ideas).to.have.length(2);
    await expect(el).to.be.accessible();

    await tabTo(el, '#personal-erase');
    await press('Enter');
    await waitUntil(() => focused(el)?.id === 'personal-erase-heading', 'no confirmation step');
    expect($(el, '.panel.confirm').textContent).to.contain('Van 2 ideeën');
    expect(find(el, '.error-summary'), 'nothing red before trying').to.equal(null);
    await expect(el).to.be.accessible();
    await tabTo(el, '#f-personal-confirm');
    await type('iemand-anders@example.org');
    await press('Enter');
    await waitUntil(() => find(el, '.error-summary'), 'a wrong address was not refused');
    expect($(el, '.error-summary').textContent).to.contain(`Het getypte adres is niet ${email}`);
    expect(
      ((await asAdmin('GET', `/v1/staff/personal-data?email=${encodeURIComponent(email)}`)) as { ideas: unknown[] })
        .ideas,
    ).to.have.length(2);
    await tabTo(el, '#f-personal-confirm');
    await press('Control+a');
    await type(email);
    await press('Enter');
    await waitUntil(() => find(el, '#personal-erased'), 'the erasure was not reported', { timeout: 15_000 });
    expect(status(el)).to.equal(`Gewist voor ${email}: 2 ideeën en 0 inschrijvingen.`);
    expect($(el, '#personal-result').textContent).to.contain(email);
    expect($(el, '.screen').textContent).to.contain(`Niets gevonden voor ${email}`);
    expect(
      ((await asAdmin('GET', `/v1/staff/personal-data?email=${encodeURIComponent(email)}`)) as { ideas: unknown[] })
        .ideas,
    ).to.have.length(0);
  });

  for (const lang of ['nl', 'fr', 'en']) {
    it(`${lang}: axe finds nothing on the site, accounts, audit and personal data screens`, async () => {
      const admin = await account('admin');
      const el = await mountConsole(lang);
      await signIn(el, admin);
      for (const [id, ready] of [
        ['site', '#f-site-municipality-nl'],
        ['accounts', '#tokens-table, #f-tokens-name'],
        ['audit', 'table.audit'],
        ['personal-data', '#f-personal-email'],
      ] as const) {
        $(el, `nav a[href="#${id}"]`).click();
        await waitUntil(() => find(el, ready), `${lang}: the ${id} screen did not load`, { timeout: 15_000 });
        if (id === 'audit') {
          // before/after open, readable.
          const details = $(el, 'table.audit details') as HTMLDetailsElement;
          details.open = true;
        }
        await expect(el, `${lang} ${id}`).to.be.accessible();
      }
      if (lang !== 'nl') expect($(el, 'nav').textContent).to.not.contain('Persoonsgegevens');
    });
  }
});
