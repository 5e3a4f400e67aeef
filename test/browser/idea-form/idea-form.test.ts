/**
 * <civic-idea-form>: behaviour, accessibility and languages. These tests run against the MOCK backend
 * (test/fixtures/mock-backend.ts) because they need states a real server cannot produce on demand (a slow
 * site, garbage, offline); every test name says MOCK. The real-server tests are in idea-form.e2e.test.ts.
 */
import { aTimeout, expect, fixture, fixtureCleanup, html, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define/idea-form.js';
import type { CivicIdeaForm } from '../../../src/components/idea-form/idea-form.js';
import { delayed, json, mockBackend, MOCK_ENDPOINT, offline, type MockRoute } from '../../fixtures/mock-backend.js';
import { exampleIdeaReceipt, exampleSite } from '../../../src/schema/examples.js';
import type { Site } from '../../../src/schema/site.js';
import type { FieldErrorCode } from '../../../src/schema/problem.js';
import type { IdeaFormField } from '../../../src/i18n/types.js';
import { common as nlCommon, ideaForm as nlIdea } from '../../../src/i18n/nl.js';
import { fillAll, fillAllJoin, isoDay, loaded, pick, submit, type } from './helpers.js';
import { $, $$, root } from '../../fixtures/query.js';

/** The Dutch message for a field error, from the catalogue (its wording is tested with the translations). */
const nlError = (code: FieldErrorCode, field: IdeaFormField, limit?: number) =>
  nlCommon.fieldError(code, nlIdea.ideaNoun(field), limit);
const summaryItems = (el: CivicIdeaForm) => $$(el, '[part~="error-summary"] a').map((a) => a.textContent!.trim());

const LANGS = ['nl', 'fr', 'en'] as const;
let bodies: unknown[] = [];
let stop: () => void = () => {};

function backend(ideas: MockRoute = () => json(exampleIdeaReceipt, 201), site: Site = exampleSite) {
  bodies = [];
  stop = mockBackend({
    'GET /v1/site': () => json(site),
    'POST /v1/ideas': async (req, url) => {
      bodies.push(await req.clone().json());
      return ideas(req, url);
    },
  });
}

async function mount(attrs = ''): Promise<CivicIdeaForm> {
  const el = await fixture<CivicIdeaForm>(html`<civic-idea-form endpoint=${MOCK_ENDPOINT}></civic-idea-form>`);
  for (const a of attrs.split(' ').filter(Boolean)) el.setAttribute(a.split('=')[0]!, a.split('=')[1] ?? '');
  await loaded(el);
  return el;
}

async function accessibleInEveryLanguage(el: CivicIdeaForm) {
  for (const lang of LANGS) {
    el.lang = lang;
    await aTimeout(0);
    await el.updateComplete;
    await expect(el, `axe in ${lang}`).to.be.accessible();
  }
  el.lang = 'nl';
  await el.updateComplete;
}

describe('<civic-idea-form> (MOCK backend)', () => {
  afterEach(() => {
    fixtureCleanup(); // first: a removed form writes its pending draft
    stop();
    localStorage.clear();
    document.documentElement.lang = 'nl';
  });

  it('MOCK: keeps its space while /v1/site loads, then shows the open tracks only, each explained', async () => {
    stop = mockBackend({
      'GET /v1/site': delayed(400, () => json({ ...exampleSite, tracks: ['create', 'experiment', 'join'] })),
    });
    const el = await fixture<CivicIdeaForm>(html`<civic-idea-form endpoint=${MOCK_ENDPOINT}></civic-idea-form>`);
    expect($(el, 'form').getAttribute('aria-busy')).to.equal('true');
    expect($(el, '[role=status]').textContent).to.contain('Laden');
    const before = el.getBoundingClientRect().height;
    await loaded(el);
    await nextFrame();
    expect(el.getBoundingClientRect().height).to.be.closeTo(before, 1);
    expect($(el, 'form').getAttribute('aria-busy')).to.equal('false');
    const labels = $$(el, '#f-track .choice-label').map((l) => l.textContent!.trim());
    expect(labels).to.deep.equal(['Creëer', 'Experimenteer', 'Doe mee']);
    expect($$(el, '#f-track .choice-hint')).to.have.length(3);
    expect(root(el).querySelector('#f-title')).to.equal(null, 'nothing but the tracks before one is chosen');
    await accessibleInEveryLanguage(el);
  });

  it('MOCK: offers only the tracks the site says are open; preselects track and area from attributes', async () => {
    backend(undefined, { ...exampleSite, tracks: ['create', 'join'] });
    const el = await fixture<CivicIdeaForm>(
      html`<civic-idea-form endpoint=${MOCK_ENDPOINT} track="join" area="noord" heading-level="3"></civic-idea-form>`,
    );
    await loaded(el);
    expect($$(el, 'input[name="f-track"]').map((i) => (i as HTMLInputElement).value)).to.deep.equal(['create', 'join']);
    expect(($(el, 'input[value="join"]') as HTMLInputElement).checked).to.equal(true);
    expect(root(el).querySelector('h3')!.textContent).to.contain('Een idee voor je wijk');
    // "join": offers narrowed to the area (noord) plus the ones that run everywhere
    expect(($(el, '#f-offerArea') as HTMLSelectElement).value).to.equal('noord');
    expect($$(el, 'input[name="f-offerId"]')).to.have.length(2);
    // An offer in one area asks no area (the server takes the offer's); one that runs everywhere asks
    // it, preset to the page's area.
    expect(root(el).querySelector('#f-areaId')).to.equal(null);
    await pick(el, 'offerId', 'boekentil');
    expect(($(el, '#f-areaId') as HTMLSelectElement).value).to.equal('noord');
    expect($(el, '#f-areaId-hint').textContent).to.contain('hele gemeente');
    await pick(el, 'offerId', 'buurtmoestuin');
    expect(root(el).querySelector('#f-areaId')).to.equal(null);
  });

  it('MOCK: a track set by the page after the resident chose another one switches the form (the Storybook control)', async () => {
    backend();
    const el = await mount();
    await pick(el, 'track', 'create');
    await type(el, 'title', 'Bankjes op het plein');
    el.track = 'join';
    await el.updateComplete;
    expect(($(el, 'input[name="f-track"][value="join"]') as HTMLInputElement).checked).to.equal(true);
    expect(root(el).querySelector('#f-offerId')).to.exist;
    expect(root(el).querySelector('#f-title')).to.equal(null);
    el.setAttribute('track', 'experiment');
    await el.updateComplete;
    expect(root(el).querySelector('#f-testPeriod-start')).to.exist;
    expect(($(el, '#f-title') as HTMLInputElement).value, 'what was typed stays').to.equal('Bankjes op het plein');
    // The resident can still choose for themself afterwards.
    await pick(el, 'track', 'create');
    expect(root(el).querySelector('#f-testPeriod-start')).to.equal(null);
  });

  it('MOCK: join narrows offers by area', async () => {
    backend();
    const el = await mount();
    await pick(el, 'track', 'join');
    expect($$(el, 'input[name="f-offerId"]')).to.have.length(2);
    const s = $(el, '#f-offerArea') as HTMLSelectElement;
    s.value = 'centrum';
    s.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const offers = $$(el, 'input[name="f-offerId"]').map((i) => (i as HTMLInputElement).value);
    expect(offers).to.deep.equal(['boekentil']);
    expect($(el, '#f-offerId-0-hint').textContent).to.contain('In de hele gemeente');
  });

  it('MOCK: joining an offer asks only what the offer needs: an empty send names the offer, name, e-mail and consent (axe nl/fr/en)', async () => {
    backend();
    const el = await mount();
    await pick(el, 'track', 'join');
    for (const gone of ['title', 'summary', 'areaId', 'themeIds-0', 'neighbours', 'testPeriod-start'])
      expect(root(el).querySelector(`#f-${gone}`), gone).to.equal(null);
    expect($(el, 'label[for="f-description"]').textContent).to.contain('Opmerking').and.contain('optioneel');
    expect($(el, 'label[for="f-location-address"]').textContent).to.contain('optioneel');
    await submit(el);
    await nextFrame();
    expect(root(el).activeElement).to.equal($(el, '[part~="error-summary"]'));
    const items = summaryItems(el);
    expect(items).to.have.length(4);
    expect(items.slice(0, 3)).to.deep.equal([
      'Kies een aanbod',
      nlError('required', 'name'),
      nlError('required', 'email'),
    ]);
    expect(items[3]).to.match(/^Geef toestemming/);
    await accessibleInEveryLanguage(el);
    // An offer that runs everywhere also asks in which area.
    await pick(el, 'offerId', 'boekentil');
    expect(summaryItems(el)).to.include('Kies een wijk');
    expect($(el, '#f-areaId').getAttribute('aria-describedby')).to.contain('f-areaId-hint');
    expect(bodies).to.have.length(0);
  });

  it('MOCK: a minimal join sends the offer, contact and consent only; an offer that runs everywhere sends the area chosen', async () => {
    backend();
    const el = await mount();
    await pick(el, 'track', 'join');
    await pick(el, 'offerId', 'buurtmoestuin');
    await type(el, 'contact.name', 'Voorbeeld Bewoner');
    await type(el, 'contact.email', 'bewoner@example.org');
    $(el, '#f-consent-privacy').click();
    await el.updateComplete;
    const submitted = oneEvent(el, 'civic-submitted');
    await submit(el);
    await submitted;
    expect(bodies).to.have.length(1);
    const body = bodies[0] as Record<string, unknown>;
    expect(body).to.deep.include({ track: 'join', offerId: 'buurtmoestuin' });
    for (const absent of [
      'title',
      'summary',
      'description',
      'areaId',
      'themeIds',
      'neighbours',
      'location',
      'testPeriod',
    ])
      expect(body, absent).to.not.have.property(absent);
    expect(body.contact).to.deep.equal({ name: 'Voorbeeld Bewoner', email: 'bewoner@example.org' });

    const again = await mount();
    const f = await fillAllJoin(again, exampleSite, 'boekentil');
    const sent = oneEvent(again, 'civic-submitted');
    await submit(again);
    await sent;
    expect(bodies[1]).to.deep.include({
      track: 'join',
      offerId: 'boekentil',
      areaId: f.areaId,
      description: f.description,
      location: { address: f.address },
    });
  });

  it('MOCK: join with the keyboard: offer, note, contact, consent, send', async () => {
    backend();
    const el = await mount();
    const tab = async (expected: string) => {
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      expect(root(el).activeElement?.id || root(el).activeElement?.tagName).to.equal(expected);
    };
    $(el, '#f-track-2').focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(($(el, '#f-track-2') as HTMLInputElement).value).to.equal('join');
    await tab('f-offerArea');
    await tab('f-offerId-0');
    await sendKeys({ press: 'Space' });
    await tab('f-location-address');
    await tab('f-description');
    await sendKeys({ type: 'Ik heb op woensdag tijd.' });
    await tab('f-contact-name');
    await sendKeys({ type: 'Voorbeeld Bewoner' });
    await tab('f-contact-email');
    await sendKeys({ type: 'bewoner@example.org' });
    await tab('f-contact-phone');
    await tab('A');
    await tab('f-consent-privacy');
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement?.getAttribute('part')).to.equal('submit-button');
    const submitted = oneEvent(el, 'civic-submitted');
    await sendKeys({ press: 'Enter' });
    await submitted;
    expect(bodies[0]).to.deep.include({
      track: 'join',
      offerId: 'buurtmoestuin',
      description: 'Ik heb op woensdag tijd.',
    });
  });

  it('MOCK: the test period: no example date in the hints, a start before today and more than 12 months each get their own message (nl/fr/en)', async () => {
    backend();
    const el = await mount();
    await pick(el, 'track', 'experiment');
    expect($(el, '#period-hint').textContent).to.contain('hoogstens 12 maanden');
    expect($(el, '#f-testPeriod-start-hint').textContent!.trim()).to.equal('Vandaag of later.');
    expect($(el, 'fieldset[aria-describedby="period-hint"]').textContent).to.not.match(/\d{4}-\d{2}-\d{2}/);
    expect(root(el).querySelector('#f-testPeriod-end-hint')).to.equal(
      null,
      'the 12 months are said once, on the group',
    );
    await type(el, 'testPeriod.start', isoDay(-1));
    await type(el, 'testPeriod.end', isoDay(30));
    await submit(el);
    expect($(el, '#f-testPeriod-start-error').textContent).to.contain('De begindatum ligt in het verleden');
    expect(root(el).querySelector('#f-testPeriod-end-error')).to.equal(null);
    const start = isoDay(0);
    const [y, m, d] = start.split('-').map(Number) as [number, number, number];
    await type(el, 'testPeriod.start', start);
    expect(root(el).querySelector('#f-testPeriod-start-error'), 'today is fine').to.equal(null);
    await type(el, 'testPeriod.end', isoDay(0, new Date(y, m - 1 + 13, d)));
    expect($(el, '#f-testPeriod-end-error').textContent).to.contain('Een test duurt hoogstens 12 maanden');
    expect(summaryItems(el)).to.include('Een test duurt hoogstens 12 maanden. Kies een vroegere einddatum.');
    await type(el, 'testPeriod.start', isoDay(-3));
    const expected = {
      fr: ['date de début est passée', '12 mois au maximum'],
      en: ['start date is in the past', 'at most 12 months'],
    };
    for (const [lang, [past, long]] of Object.entries(expected)) {
      el.lang = lang;
      await aTimeout(0);
      await el.updateComplete;
      expect($(el, '#f-testPeriod-start-error').textContent, lang).to.contain(past);
      expect($(el, '#f-testPeriod-end-error').textContent, lang).to.contain(long);
    }
    expect(bodies).to.have.length(0);
  });

  it('MOCK: Belgian phone notation is accepted and sent normalised; letters are refused', async () => {
    backend();
    const el = await mount();
    await fillAll(el, exampleSite, 'create');
    await type(el, 'contact.phone', '016/12.34.56');
    await submit(el);
    await waitUntil(() => bodies.length === 1, 'sent');
    expect((bodies[0] as { contact: { phone: string } }).contact.phone).to.equal('016 12 34 56');

    // Other notations, checked live after a first send (nothing else filled in, so nothing is sent).
    const again = await mount();
    await pick(again, 'track', 'create');
    await submit(again);
    for (const ok of ['+32 16 12 34 56', '0032 (0)16-12-34-56', '0470/12.34.56']) {
      await type(again, 'contact.phone', ok);
      expect(root(again).querySelector('#f-contact-phone-error'), ok).to.equal(null);
    }
    await type(again, 'contact.phone', '016 12 34 ab');
    expect($(again, '#f-contact-phone-error').textContent).to.contain(nlError('invalid-phone', 'phone'));
  });

  it('MOCK: nothing red before submit; then an error summary that takes focus, inline errors re-checked live (axe nl/fr/en)', async () => {
    backend();
    const el = await mount();
    expect(root(el).querySelector('[part~="submit-button"]')).to.equal(null, 'first the track, then the rest');
    await pick(el, 'track', 'experiment');
    expect(root(el).querySelectorAll('[aria-invalid="true"], [part~="error-message"]')).to.have.length(0);
    await submit(el);
    await nextFrame();
    const summary = $(el, '[part~="error-summary"]');
    expect(root(el).activeElement).to.equal(summary);
    const items = summaryItems(el);
    expect(items).to.include.members([
      nlError('required', 'title'),
      'Kies een wijk',
      'Vul het aantal buren in',
      'Vul je e-mailadres in',
    ]);
    expect(items.some((i) => i.startsWith('Geef toestemming'))).to.equal(true);
    expect(items, JSON.stringify(items)).to.include('Vul de begindatum in');
    expect($(el, '#f-title').getAttribute('aria-invalid')).to.equal('true');
    await type(el, 'title', 'Kort');
    expect($(el, '#f-title-error').textContent).to.contain('minstens 5 tekens');
    await type(el, 'title', 'Lang genoeg');
    expect(root(el).querySelector('#f-title-error')).to.equal(null);
    expect($(el, '#f-title-count').textContent).to.contain('nog 109 tekens');
    await type(el, 'testPeriod.start', isoDay(30));
    await type(el, 'testPeriod.end', isoDay(29));
    expect($(el, '#f-testPeriod-end-error').textContent).to.contain('na de begindatum');
    expect(bodies).to.have.length(0);
    await accessibleInEveryLanguage(el);
    el.lang = 'fr';
    await aTimeout(0);
    await el.updateComplete;
    expect($(el, '#f-contact-email-error').textContent).to.contain('Indiquez votre adresse e-mail');
  });

  it('MOCK: sends one idea with every field, fires cancelable civic-submit, then success with reference and focus (axe nl/fr/en)', async () => {
    backend();
    const el = await mount();
    const f = await fillAll(el, exampleSite, 'experiment');
    // cancelled: nothing is sent
    el.addEventListener('civic-submit', (e) => e.preventDefault(), { once: true });
    await submit(el);
    await aTimeout(50);
    expect(bodies).to.have.length(0);
    const submitted = oneEvent(el, 'civic-submitted');
    await submit(el);
    const ev = await submitted;
    expect((ev as unknown as { result: { reference: string } }).result.reference).to.equal('IDEE-2026-00042');
    expect(bodies).to.have.length(1);
    const body = bodies[0] as Record<string, unknown>;
    expect(body).to.deep.include({
      track: 'experiment',
      title: f.title,
      summary: f.summary,
      description: f.description,
      areaId: f.areaId,
      neighbours: 3,
      honeypot: '',
    });
    expect(body.themeIds).to.deep.equal(f.themeIds);
    expect(body.location).to.deep.equal({ address: 'Marktplein 1' });
    expect(body.testPeriod).to.deep.equal(f.testPeriod);
    expect(body.contact).to.deep.equal({
      name: 'Voorbeeld Bewoner',
      email: 'bewoner@example.org',
      phone: '016 12 34 56',
    });
    expect(body.consent).to.deep.equal({ privacy: true, noticeVersion: exampleSite.privacyNotice.version });
    expect(body.fillMs).to.be.a('number').and.greaterThan(0);
    await el.updateComplete;
    const panel = $(el, '.panel.success');
    expect(root(el).activeElement).to.equal(panel);
    expect(panel.textContent).to.contain('IDEE-2026-00042');
    expect(panel.textContent).to.contain('Wat gebeurt er nu?');
    expect(Object.keys(localStorage).filter((k) => k.includes('draft'))).to.deep.equal(
      [],
      'draft deleted after success',
    );
    await accessibleInEveryLanguage(el);
  });

  it('MOCK: ten rapid clicks send one idea; the button is busy (aria-disabled) meanwhile', async () => {
    backend(delayed(300, () => json(exampleIdeaReceipt, 201)));
    const el = await mount();
    await fillAll(el, exampleSite, 'create');
    const button = $(el, '[part~="submit-button"]');
    for (let i = 0; i < 10; i++) button.click();
    await waitUntil(() => button.getAttribute('aria-disabled') === 'true', 'button not busy');
    expect(button.textContent).to.contain('Bezig met versturen');
    await waitUntil(() => root(el).querySelector('.panel.success'));
    expect(bodies).to.have.length(1);
  });

  it('MOCK: 422 field errors from the server land on the same fields', async () => {
    backend(() =>
      json(
        {
          type: 'urn:civic-widgets:problem:validation',
          title: 'Invalid',
          status: 422,
          errors: [
            { path: 'contact.email', code: 'invalid-email' },
            { path: 'location', code: 'invalid' },
          ],
        },
        422,
      ),
    );
    const el = await mount();
    await fillAll(el, exampleSite, 'create');
    await submit(el);
    await waitUntil(() => root(el).querySelector('[part~="error-summary"]'));
    expect($(el, '#f-contact-email-error').textContent).to.contain('e-mailadres in zoals');
    expect($(el, '#f-location-address-error')).to.exist;
    expect(root(el).activeElement).to.equal($(el, '[part~="error-summary"]'));
  });

  it('MOCK: a backend answering garbage to the POST: the outcome is unknown, so it is kept and confirmation is awaited', async () => {
    backend(() => new Response('<html>oops</html>', { status: 200, headers: { 'Content-Type': 'text/html' } }));
    const el = await mount();
    const f = await fillAll(el, exampleSite, 'create');
    const failed = oneEvent(el, 'civic-submit-error');
    await submit(el);
    const ev = (await failed) as unknown as { queued: boolean; error: { code: string } };
    expect(ev.queued).to.equal(true);
    expect(ev.error.code).to.equal('invalid-response');
    await el.updateComplete;
    expect($(el, '.panel[role=status]').textContent).to.contain('de bevestiging dat ze is aangekomen, ontbreekt nog');
    expect(new Set(bodies.map((b) => JSON.stringify(b))).size, 'the same submission asked again').to.equal(1);
    const draft = Object.entries(localStorage).find(([k]) => k.startsWith('civic-widgets:draft:idea-form:'));
    expect(draft?.[1]).to.contain(f.title);
  });

  it('MOCK: offline → saved on this device (axe nl/fr/en), back online → sent once and success', async () => {
    let down = true;
    backend(() => (down ? offline() : json(exampleIdeaReceipt, 201)));
    // the client retries with backoff before it gives up; keep it short here
    const el = await mount();
    await fillAllJoin(el, exampleSite);
    const failed = oneEvent(el, 'civic-submit-error');
    await submit(el);
    expect(((await failed) as unknown as { queued: boolean }).queued).to.equal(true);
    await el.updateComplete;
    const panel = $(el, '.panel[role=status]');
    expect(panel.textContent).to.contain('bewaard op dit toestel');
    expect(root(el).activeElement).to.equal(panel);
    await accessibleInEveryLanguage(el);
    const attemptsOffline = bodies.length;
    // The resident has moved on to something else on the page meanwhile.
    const elsewhere = document.createElement('input');
    elsewhere.setAttribute('aria-label', 'elsewhere');
    document.body.append(elsewhere);
    elsewhere.focus();
    down = false;
    const sent = oneEvent(el, 'civic-submitted');
    window.dispatchEvent(new Event('online'));
    await sent;
    await el.updateComplete;
    expect($(el, '.panel.success').textContent).to.contain('IDEE-2026-00042');
    expect(bodies.length).to.equal(attemptsOffline + 1);
    // The confirmation arrived in the background: it does not pull focus from where the resident is.
    expect(document.activeElement).to.equal(elsewhere);
    elsewhere.remove();
  }).timeout(30_000);

  it('MOCK: an idea saved offline and refused when sent later comes back in the form, with the errors', async () => {
    let answer: 'offline' | 'refuse' = 'offline';
    backend(() =>
      answer === 'offline'
        ? offline()
        : json(
            {
              type: 'urn:civic-widgets:problem:validation',
              title: 'Invalid',
              status: 422,
              errors: [{ path: 'contact.email', code: 'invalid-email' }],
            },
            422,
          ),
    );
    const el = await mount();
    const f = await fillAll(el, exampleSite, 'create');
    const failed = oneEvent(el, 'civic-submit-error');
    await submit(el);
    await failed;
    await el.updateComplete;
    expect($(el, '.panel[role=status]').textContent).to.contain('bewaard op dit toestel');
    answer = 'refuse';
    window.dispatchEvent(new Event('online'));
    await waitUntil(() => root(el).querySelector('[part~="error-summary"]'), 'the form comes back with its errors', {
      timeout: 20_000,
    });
    expect(($(el, '#f-title') as HTMLInputElement).value).to.equal(f.title);
    expect($(el, '#f-contact-email-error').textContent).to.contain('e-mailadres in zoals');
  }).timeout(30_000);

  it('MOCK: keeps a draft while typing and offers it back after a reload, with start over', async () => {
    backend();
    const el = await mount();
    await pick(el, 'track', 'create');
    await type(el, 'title', 'Mijn onafgewerkt idee');
    await aTimeout(500);
    el.remove();
    const again = await mount();
    await waitUntil(() => root(again).querySelector('#f-title'));
    expect(($(again, '#f-title') as HTMLInputElement).value).to.equal('Mijn onafgewerkt idee');
    expect($(again, '.notice').textContent).to.contain('hersteld');
    await expect(again).to.be.accessible();
    ($(again, '.notice button') as HTMLButtonElement).click();
    await again.updateComplete;
    expect(root(again).querySelector('#f-title')).to.equal(null);
    expect(Object.keys(localStorage).some((k) => k.startsWith('civic-widgets:draft:idea-form:'))).to.equal(false);
  });

  it('MOCK: the honeypot is out of reach of people, assistive technology and the keyboard', async () => {
    backend();
    const el = await mount();
    await pick(el, 'track', 'create');
    const hp = $(el, '#f-website') as HTMLInputElement;
    expect(hp.tabIndex).to.equal(-1);
    expect(hp.autocomplete).to.equal('off');
    expect(hp.closest('[aria-hidden="true"]')).to.exist;
    const r = hp.getBoundingClientRect();
    expect(r.right <= 0 || r.width <= 1).to.equal(true);
    // Tabbing from the consent checkbox goes straight to the send button.
    $(el, '#f-consent-privacy').focus();
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement).to.equal($(el, '[part~="submit-button"]'));
  });

  it('MOCK: the whole form can be completed with the keyboard alone', async () => {
    backend();
    const el = await mount();
    const tab = async (expected: string) => {
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      expect(root(el).activeElement?.id || root(el).activeElement?.tagName).to.equal(expected);
    };
    $(el, '#f-track-0').focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    await tab('f-title');
    await sendKeys({ type: 'Bankjes op het plein' });
    await tab('f-summary');
    await sendKeys({ type: 'Een paar bankjes zodat buren samen kunnen zitten.' });
    await tab('f-description');
    await sendKeys({ type: 'We plaatsen ze met vijf buren.' });
    await tab('f-areaId');
    // Type-ahead picks an option without opening the list (ArrowDown may open it in headless Chromium).
    await sendKeys({ type: 'C' });
    await el.updateComplete;
    expect(($(el, '#f-areaId') as HTMLSelectElement).value).to.equal('centrum');
    await tab('f-themeIds-0');
    await sendKeys({ press: 'Space' });
    await tab('f-themeIds-1');
    await tab('f-themeIds-2');
    await tab('f-location-address');
    await sendKeys({ type: 'Markt 1' });
    await tab('f-neighbours');
    await sendKeys({ type: '4' });
    await tab('f-contact-name');
    await sendKeys({ type: 'Voorbeeld Bewoner' });
    await tab('f-contact-email');
    await sendKeys({ type: 'bewoner@example.org' });
    await tab('f-contact-phone');
    await tab('A'); // the privacy notice
    await tab('f-consent-privacy');
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement?.getAttribute('part')).to.equal('submit-button');
    const submitted = oneEvent(el, 'civic-submitted');
    await sendKeys({ press: 'Enter' });
    await submitted;
    expect(bodies).to.have.length(1);
    expect(bodies[0]).to.deep.include({
      track: 'create',
      title: 'Bankjes op het plein',
      neighbours: 4,
      areaId: 'centrum',
    });
  });

  it('MOCK: when /v1/site fails, a translated message and a retry that works; without endpoint, not configured', async () => {
    let fail = true;
    stop = mockBackend({
      'GET /v1/site': () => (fail ? json({ type: 'about:blank', title: 'x', status: 503 }, 503) : json(exampleSite)),
    });
    const el = await fixture<CivicIdeaForm>(
      html`<civic-idea-form endpoint=${MOCK_ENDPOINT} lang="fr"></civic-idea-form>`,
    );
    await waitUntil(() => root(el).querySelector('[role=alert]'), 'no error', { timeout: 15_000 });
    expect($(el, '[role=alert]').textContent).to.contain('Le formulaire n’a pas pu être chargé');
    await expect(el).to.be.accessible();
    fail = false;
    ($(el, '[role=alert] button') as HTMLButtonElement).click();
    await loaded(el);
    // Not configured: two such panels on a page are told apart by the widget's heading.
    const none = await fixture<CivicIdeaForm>(html`<civic-idea-form heading-level="3"></civic-idea-form>`);
    await waitUntil(() => root(none).textContent?.includes('nog niet ingesteld'));
    expect(root(none).querySelector('h3')?.textContent).to.contain('Een idee voor je wijk');
    await expect(none).to.be.accessible();
  }).timeout(30_000);

  it('MOCK: keeps its layout under hostile page CSS', async () => {
    backend();
    const style = document.createElement('style');
    style.textContent =
      '* {margin:3em; color:red; text-transform:uppercase; letter-spacing:.3em} input{display:block;width:100%} button{all:unset}';
    document.head.append(style);
    try {
      const el = await mount();
      await pick(el, 'track', 'create');
      const label = $(el, 'label[for="f-title"]');
      const cs = getComputedStyle(label);
      expect(cs.textTransform).to.equal('none');
      expect(cs.letterSpacing).to.equal('normal');
      expect(cs.color).to.not.equal('rgb(255, 0, 0)');
      const radio = $(el, '#f-track-0').getBoundingClientRect();
      expect(radio.width).to.be.lessThan(40);
      const button = getComputedStyle($(el, '[part~="submit-button"]'));
      expect(button.backgroundColor).to.equal('rgb(29, 79, 145)');
      await expect(el).to.be.accessible();
    } finally {
      style.remove();
    }
  });
});
