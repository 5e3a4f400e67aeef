/**
 * The staff console end to end, in Chromium against the REAL reference server (nothing mocked), by
 * keyboard only: an admin signs in through the element; a resident's idea sent with
 * <civic-idea-form> is in the inbox; the admin opens it, accepts it with a reason, writes the reply,
 * publishes it with a rung named in the ladder's words; <civic-initiative-list> lists it. A moderator
 * sees only the screens of their role. Signing out drops the session.
 */
import { expect, fixture, fixtureCleanup, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define/idea-form.js';
import '../../../src/define/initiative-list.js';
import type { CivicIdeaForm } from '../../../src/components/idea-form/idea-form.js';
import type { CivicInitiativeList } from '../../../src/components/initiative-list/initiative-list.js';
import { SCREENS } from '../../../src/components/staff-console/screens/index.js';
import type { Site } from '../../../src/schema/site.js';
import { fillAll, loaded, submit } from '../idea-form/helpers.js';
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

async function residentSendsIdea(title: string): Promise<{ id: string; reference: string }> {
  const site = (await (await fetch(`${endpoint()}/v1/site`, { headers: { 'Accept-Language': 'nl' } })).json()) as Site;
  const form = await fixture<CivicIdeaForm>(html`<civic-idea-form endpoint=${endpoint()}></civic-idea-form>`);
  await loaded(form);
  await fillAll(form, site, 'create', title);
  const submitted = oneEvent(form, 'civic-submitted');
  await submit(form);
  const receipt = ((await submitted) as unknown as { result: { id: string; reference: string } }).result;
  form.remove();
  return receipt;
}

describe('<civic-staff-console> against the reference server', () => {
  beforeEach(() => endSession());
  afterEach(() => {
    fixtureCleanup();
    // The list keeps its search in the page address (url-state.ts): start the next test without it.
    history.replaceState(null, '', location.pathname);
    localStorage.clear();
    sessionStorage.clear();
  });

  for (const role of ['admin', 'moderator'] as const)
    it(`keyboard only, as ${role}: sign in, find the idea in the inbox, accept it, reply, publish; the list shows it`, async () => {
      const admin = await account(role);
      const receipt = await residentSendsIdea(`console ${run} ${role}`);

      const el = await mountConsole();
      await signIn(el, admin);
      // Signed in: the password is gone from the form and from storage.
      expect(JSON.stringify({ ...localStorage, ...sessionStorage })).to.not.contain(admin.password);
      expect(find(el, 'nav a[aria-current="page"]')?.textContent?.trim()).to.equal('Ideeën');
      await waitUntil(() => find(el, 'table'), 'no inbox table', { timeout: 10_000 });
      // A real table with column headers; the newest idea first.
      expect($$(el, 'thead th[scope="col"]').map((th) => th.textContent?.trim())).to.deep.equal([
        'Referentie',
        'Titel',
        'Wijk',
        'Soort idee',
        'Status',
        'Ontvangen',
      ]);
      expect($(el, 'tbody tr th[scope="row"]').textContent?.trim()).to.equal(receipt.reference);

      // Filter on "received" by keyboard, then open the idea.
      await tabTo(el, '#f-inbox-status');
      await press('ArrowDown'); // received
      await tabTo(el, 'button[type="submit"]');
      await press('Enter');
      await waitUntil(() => status(el).includes('getoond'), 'the filtered list was not announced');
      await tabTo(el, '#idea-link-0');
      expect(focused(el)?.textContent?.trim()).to.equal(receipt.reference);
      await press('Enter');
      await waitUntil(() => find(el, '#f-status'), 'the idea did not open', { timeout: 10_000 });
      expect(focused(el)?.id, 'focus on the screen heading').to.equal('screen-heading');
      expect(focused(el)?.textContent).to.contain(receipt.reference);
      expect(find(el, 'nav a[aria-current="page"]')?.textContent?.trim(), 'the inbox stays current').to.equal('Ideeën');
      expect($(el, 'dl.record').textContent).to.contain(`console ${run} ${role}`);

      // Declining without a reason: the error summary, linked to the reason field.
      await tabTo(el, '#f-status-0');
      await press('ArrowDown'); // accepted
      await press('ArrowDown'); // declined
      await tabTo(el, 'button[type="submit"]');
      await press('Enter');
      await waitUntil(() => find(el, '.error-summary'), 'no error summary');
      expect(focused(el)?.matches('.error-summary')).to.equal(true);
      expect($(el, '.error-summary').textContent).to.contain('Vul de reden in');
      // Accept instead, with a reason.
      await tabTo(el, '#f-status-0, #f-status-1, #f-status-2', true);
      await press('ArrowUp'); // accepted
      await tabTo(el, '#f-reason');
      await type('Past in het wijkplan.');
      await tabTo(el, 'button[type="submit"]');
      await press('Enter');
      await waitUntil(() => status(el).includes('aanvaard'), 'the status change was not announced', {
        timeout: 10_000,
      });
      expect(status(el)).to.equal(`Idee ${receipt.reference}: aanvaard.`);

      // The reply.
      await tabTo(el, '#f-reply');
      await type('Dank je! We nemen contact op.');
      await tabTo(el, 'button[type="submit"]');
      expect(focused(el)?.textContent?.trim()).to.equal('Antwoord bewaren');
      await press('Enter');
      await waitUntil(() => status(el).includes('Antwoord'), 'the reply was not announced', { timeout: 10_000 });

      // Publish on rung 3, named in the ladder's words.
      await waitUntil(() => find(el, '#f-rung-0'), 'no publish form');
      expect($(el, 'label[for="f-rung-2"]').textContent).to.contain('Trede 3').and.contain('delegerende stijl');
      await tabTo(el, '#f-rung-0');
      await press('ArrowDown');
      await press('ArrowDown'); // rung 3
      await tabTo(el, 'button[type="submit"]:not([aria-disabled="true"])');
      while (focused(el)?.textContent?.trim() !== 'Publiceren') await press('Tab');
      await press('Enter');
      await waitUntil(() => status(el).includes('gepubliceerd'), 'publishing was not announced', { timeout: 10_000 });

      const idea = (await asAdmin('GET', `/v1/staff/ideas/${receipt.id}`)) as {
        status: string;
        reply: { text: string; by: string };
        initiativeId: string;
        history: { action: string; by: string }[];
      };
      expect(idea.status).to.equal('published');
      expect(idea.reply).to.include({ text: 'Dank je! We nemen contact op.', by: admin.email });
      expect(idea.history.map((h) => [h.action, h.by])).to.deep.equal([
        ['idea.status', admin.email],
        ['idea.reply', admin.email],
        ['idea.publish', admin.email],
      ]);
      const initiative = (await asAdmin('GET', `/v1/staff/initiatives/${idea.initiativeId}`)) as { rung: number };
      expect(initiative.rung).to.equal(3);

      // A resident finds it in the list.
      const list = await fixture<CivicInitiativeList>(
        html`<civic-initiative-list endpoint=${endpoint()} page-size="100"></civic-initiative-list>`,
      );
      await waitUntil(() => find(list, '#f-q'), 'the search field did not render', { timeout: 10_000 });
      $(list, '#f-q').focus();
      await sendKeys({ type: `console ${run} ${role}` });
      await waitUntil(
        () => list.shadowRoot!.querySelector(`#t-${CSS.escape(idea.initiativeId)}`),
        'the published initiative was not listed',
        { timeout: 10_000 },
      );

      // Signing out ends the session.
      await tabTo(el, '.bar button', true);
      await press('Enter');
      await waitUntil(() => find(el, '#f-email'), 'no sign-in form after signing out');
      expect(status(el)).to.equal('Je bent afgemeld.');
      expect((await fetch('/v1/staff/session')).status).to.equal(401);
    });

  it('a moderator sees only the screens of their role; an admin sees every screen', async () => {
    const moderator = await account('moderator');
    const el = await mountConsole();
    await signIn(el, moderator);
    const navOf = () => $$(el, 'nav a').map((a) => a.getAttribute('href'));
    const forModerators = SCREENS.filter((s) => s.nav && s.role === 'moderator').map((s) => `#${s.id}`);
    expect(navOf()).to.deep.equal(forModerators);
    expect($(el, '.who').textContent).to.contain('moderator');
    fixtureCleanup();
    await endSession();

    const admin = await account('admin');
    const second = await mountConsole();
    await signIn(second, admin);
    expect($$(second, 'nav a').map((a) => a.getAttribute('href'))).to.deep.equal(
      SCREENS.filter((s) => s.nav).map((s) => `#${s.id}`),
    );
  });

  it('a wrong password: one message in the error summary, the password field emptied', async () => {
    const admin = await account('admin');
    const el = await mountConsole();
    (find(el, '#f-email') as HTMLInputElement).focus();
    await type(admin.email);
    await tabTo(el, '#f-password');
    await type('not the password at all');
    await press('Enter');
    await waitUntil(() => find(el, '.error-summary'), 'no error summary');
    expect($(el, '.error-summary').textContent).to.contain('Het e-mailadres of het wachtwoord klopt niet.');
    expect(($(el, '#f-password') as HTMLInputElement).value).to.equal('');
    expect(($(el, '#f-email') as HTMLInputElement).value).to.equal(admin.email);
  });
});
