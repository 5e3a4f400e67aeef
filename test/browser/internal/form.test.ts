import { aTimeout, expect, fixture, fixtureCleanup, html, nextFrame, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../fixtures/civic-test-form.js';
import type { CivicTestForm } from '../../fixtures/civic-test-form.js';
import { ApiClient } from '../../../src/api/client.js';
import { SubmissionController } from '../../../src/internal/submission.js';
import type { CivicSubmitErrorEvent } from '../../../src/events/index.js';
import { IdeaReceiptSchema } from '../../../src/schema/idea.js';
import { exampleIdeaReceipt } from '../../../src/schema/examples.js';
import { json, mockBackend, MOCK_ENDPOINT, offline } from '../../fixtures/mock-backend.js';
import { $, find, root } from '../../fixtures/query.js';

/** Fills in every field validly, as code (the typing itself is tested above). */
async function fillValid(el: CivicTestForm) {
  el.form.set('name', 'Ann');
  el.form.set('email', 'an@voorbeeld.be');
  el.form.set('colour', 'red');
  el.form.set('consent', true);
  await el.updateComplete;
}

async function submit(el: CivicTestForm) {
  $(el, 'button[type=submit]').click();
  await el.updateComplete;
  await nextFrame();
}

describe('form building blocks (through <civic-test-form>)', () => {
  afterEach(() => {
    document.documentElement.lang = 'nl';
    localStorage.clear();
  });

  it('is accessible and shows nothing red before the first submit', async () => {
    const el = await fixture<CivicTestForm>(html`<civic-test-form></civic-test-form>`);
    await expect(el).to.be.accessible();
    expect(root(el).querySelector('[part~="error-summary"]')).to.equal(null);
    expect(root(el).querySelectorAll('[aria-invalid="true"]')).to.have.length(0);
    // label, control and hint are wired together
    const input = $(el, '#f-name');
    expect($(el, 'label[for="f-name"]').textContent).to.contain('je naam');
    expect(input.getAttribute('aria-describedby')).to.equal('f-name-count');
  });

  it('on a failed submit shows the error summary, focuses it, and passes axe in the error state', async () => {
    const el = await fixture<CivicTestForm>(html`<civic-test-form></civic-test-form>`);
    await submit(el);
    const summary = $(el, '[part~="error-summary"]');
    expect(summary).to.exist;
    expect(root(el).activeElement).to.equal(summary);
    const links = [...summary.querySelectorAll('a')].map((a) => a.textContent!.trim());
    expect(links).to.deep.equal([
      'Vul je naam in',
      'Vul je e-mailadres in',
      'Kies een kleur',
      'Geef toestemming om je gegevens te gebruiken, anders kunnen we je inzending niet behandelen',
    ]);
    const input = $(el, '#f-name');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(input.getAttribute('aria-describedby')).to.equal('f-name-error f-name-count');
    expect($(el, '#f-name-error').textContent).to.contain('Fout:');
    expect(el.submits).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('moves focus to the field when a summary link is activated with the keyboard', async () => {
    const el = await fixture<CivicTestForm>(html`<civic-test-form></civic-test-form>`);
    await submit(el);
    // Tab from the focused summary to its first link, then to the third (the radio group) and press Enter.
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement?.textContent).to.contain('Vul je naam in');
    await sendKeys({ press: 'Enter' });
    expect(root(el).activeElement?.id).to.equal('f-name');
    $(el, '[part~="error-summary"]').focus();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    expect(root(el).activeElement?.id).to.equal('f-colour-0');
  });

  it('re-checks errors live after the first submit, and submits once valid', async () => {
    const el = await fixture<CivicTestForm>(html`<civic-test-form></civic-test-form>`);
    await submit(el);
    $(el, '#f-name').focus();
    await sendKeys({ type: 'A' });
    await el.updateComplete;
    expect($(el, '#f-name-error').textContent).to.contain('minstens 2 tekens');
    await sendKeys({ type: 'n' });
    await el.updateComplete;
    expect(root(el).querySelector('#f-name-error')).to.equal(null);
    expect($(el, '#f-name-count').textContent).to.contain('Je hebt nog 38 tekens over');
    $(el, '#f-email').focus();
    await sendKeys({ type: 'an@voorbeeld.be' });
    $(el, '#f-colour-1').click();
    $(el, '#f-consent').click();
    await el.updateComplete;
    expect(root(el).querySelector('[part~="error-summary"]')).to.equal(null);
    await submit(el);
    expect(el.submits).to.equal(1);
  });

  it('switching <html lang> from nl to fr re-renders every string', async () => {
    const el = await fixture<CivicTestForm>(html`<civic-test-form></civic-test-form>`);
    await submit(el);
    const before = root(el).textContent!;
    expect(before).to.contain('Er is een probleem');
    document.documentElement.lang = 'fr';
    await nextFrame();
    await el.updateComplete;
    const after = root(el).textContent!;
    expect(after).to.contain('Il y a un problème');
    expect(after).to.contain('Indiquez votre nom');
    expect(after).to.contain('Chargement…');
    expect(after).to.contain('Erreur\u202f:'); // a narrow no-break space before the colon, as French typography wants
    for (const dutch of ['Er is een probleem', 'Vul je naam in', 'Laden…', 'Fout:', 'Je hebt nog']) {
      expect(after).not.to.contain(dutch);
    }
  });

  it('takes its language from its own lang, then the nearest [lang], then <html lang>', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="en-GB"><civic-test-form></civic-test-form><civic-test-form lang="fr"></civic-test-form></div>`,
    );
    const [inherited, own] = [...wrapper.querySelectorAll('civic-test-form')];
    await (inherited as CivicTestForm).updateComplete;
    expect(inherited.shadowRoot!.textContent).to.contain('Loading…');
    expect(own.shadowRoot!.textContent).to.contain('Chargement…');
    wrapper.lang = 'xx'; // unsupported: passed over, <html lang="nl"> applies
    await nextFrame();
    expect(inherited.shadowRoot!.textContent).to.contain('Laden…');
  });

  it('uses per-instance string overrides from the strings attribute', async () => {
    const el = await fixture<CivicTestForm>(
      html`<civic-test-form strings='{"loading":"Even geduld"}'></civic-test-form>`,
    );
    expect(root(el).textContent).to.contain('Even geduld');
    expect(root(el).textContent).not.to.contain('Laden…');
  });

  it('counts characters with plurals and warns when over the limit', async () => {
    const el = await fixture<CivicTestForm>(html`<civic-test-form lang="en"></civic-test-form>`);
    el.form.set('name', 'x'.repeat(39));
    await el.updateComplete;
    expect($(el, '#f-name-count').textContent!.trim()).to.equal('You have 1 character remaining');
    el.form.set('name', 'x'.repeat(42));
    await el.updateComplete;
    expect($(el, '#f-name-count').textContent!.trim()).to.equal('You have 2 characters too many');
    expect($(el, '#f-name-count').classList.contains('over')).to.equal(true);
  });

  it('keeps a draft and offers it back after a reload; reset forgets it', async () => {
    const el = await fixture<CivicTestForm>(html`<civic-test-form keep-draft></civic-test-form>`);
    $(el, '#f-name').focus();
    await sendKeys({ type: 'Ann' });
    el.form.flushDraft();
    el.remove();
    const again = await fixture<CivicTestForm>(html`<civic-test-form keep-draft></civic-test-form>`);
    expect((find(again, '#f-name') as HTMLInputElement).value).to.equal('Ann');
    expect(again.form.restoredAt).to.be.a('number');
    again.form.reset();
    again.remove();
    const fresh = await fixture<CivicTestForm>(html`<civic-test-form keep-draft></civic-test-form>`);
    expect((find(fresh, '#f-name') as HTMLInputElement).value).to.equal('');
  });

  it('says when a draft was put back, and "start over" empties the form and forgets the draft', async () => {
    const el = await fixture<CivicTestForm>(html`<civic-test-form keep-draft></civic-test-form>`);
    expect(root(el).querySelector('.notice')).to.equal(null, 'no notice without a restored draft');
    el.form.set('name', 'Ann');
    el.form.flushDraft();
    el.remove();
    const again = await fixture<CivicTestForm>(html`<civic-test-form keep-draft lang="en"></civic-test-form>`);
    const notice = $(again, '.notice');
    expect(notice.textContent).to.match(/We restored the form you had not finished, from .*20\d\d/);
    await expect(again).to.be.accessible();
    $(again, '.notice button').click();
    await again.updateComplete;
    expect(root(again).querySelector('.notice')).to.equal(null);
    expect((find(again, '#f-name') as HTMLInputElement).value).to.equal('');
    expect(Object.keys(localStorage).filter((k) => k.includes('test-form'))).to.deep.equal([]);
  });

  it('ten synchronous submits send once; busy (aria-disabled) meanwhile, free again after', async () => {
    const el = await fixture<CivicTestForm>(html`<civic-test-form></civic-test-form>`);
    await fillValid(el);
    el.sendMs = 200;
    const button = $(el, 'button[type=submit]');
    for (let i = 0; i < 10; i++) button.click();
    expect(el.submits).to.equal(1);
    expect(el.form.busy).to.equal(true);
    await el.updateComplete;
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    await waitUntil(() => !el.form.busy, 'the send settles');
    await el.updateComplete;
    expect(button.getAttribute('aria-disabled')).to.equal('false');
    expect(el.submits).to.equal(1);
    el.sendMs = 0;
    await submit(el);
    expect(el.submits).to.equal(2, 'a later submit sends again');
  });

  it('an invalid form is never busy and sends nothing, however often it is submitted', async () => {
    const el = await fixture<CivicTestForm>(html`<civic-test-form></civic-test-form>`);
    for (let i = 0; i < 10; i++) $(el, 'button[type=submit]').click();
    expect(el.form.busy).to.equal(false);
    await el.updateComplete;
    await nextFrame();
    expect(el.submits).to.equal(0);
    expect(root(el).activeElement).to.equal(find(el, '[part~="error-summary"]'));
  });

  it('the honeypot is out of reach of people, assistive technology and the keyboard', async () => {
    const el = await fixture<CivicTestForm>(html`<civic-test-form></civic-test-form>`);
    const hp = find(el, '#f-website') as HTMLInputElement;
    expect(hp.tabIndex).to.equal(-1);
    expect(hp.autocomplete).to.equal('off');
    expect(hp.closest('[aria-hidden="true"]'), 'hidden from the accessibility tree').to.exist;
    const box = hp.getBoundingClientRect();
    expect(box.width * box.height).to.be.at.most(1, 'not visible');
    // Tabbing from the last field skips it and reaches the send button.
    $(el, '#f-consent').focus();
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement).to.equal(find(el, 'button[type=submit]'));
    await expect(el).to.be.accessible();
  });

  it('sends the bot signals: an empty honeypot and the time since the first input', async () => {
    const el = await fixture<CivicTestForm>(html`<civic-test-form></civic-test-form>`);
    $(el, '#f-name').focus();
    await sendKeys({ type: 'Ann' });
    await aTimeout(30);
    await fillValid(el);
    await submit(el);
    expect(el.sent).to.have.length(1);
    expect(el.sent[0].honeypot).to.equal('');
    expect(el.sent[0].fillMs).to.be.at.least(30);
    await waitUntil(() => !el.form.busy, 'the first send settles');
    // A bot fills in every field it finds.
    const hp = find(el, '#f-website') as HTMLInputElement;
    hp.value = 'https://spam.example';
    hp.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await submit(el);
    expect(el.sent[1].honeypot).to.equal('https://spam.example');
  });
});

describe('SubmissionController (on <civic-test-form>, against the MOCK backend)', () => {
  let stop: () => void = () => {};
  let posts = 0;
  let down = false;
  const client = (endpoint: string) => new ApiClient({ endpoint, lang: 'nl', maxAttempts: 1 });

  beforeEach(() => {
    posts = 0;
    down = false;
    stop = mockBackend({
      'POST /v1/ideas': () => {
        posts++;
        return down ? offline() : json(exampleIdeaReceipt, 201);
      },
    });
  });
  afterEach(() => {
    fixtureCleanup();
    stop();
    localStorage.clear();
  });

  async function mountWith(later: { sent: string[] }) {
    const el = await fixture<CivicTestForm>(html`<civic-test-form endpoint=${MOCK_ENDPOINT}></civic-test-form>`);
    const submission = new SubmissionController<{ title: string }, typeof IdeaReceiptSchema>(el, {
      kind: 'idea',
      path: '/v1/ideas',
      receipt: IdeaReceiptSchema,
      client,
      onSent: (key) => later.sent.push(key),
    });
    return { el, submission };
  }

  it('fires a cancelable civic-submit with the body; cancelled, nothing is sent', async () => {
    const { el, submission } = await mountWith({ sent: [] });
    const seen: unknown[] = [];
    el.addEventListener('civic-submit', (e) => {
      seen.push(e.body);
      e.preventDefault();
    });
    const shown: string[] = [];
    await submission.send(client(MOCK_ENDPOINT), { title: 'Bankjes' }, async (o) => void shown.push(o.status));
    expect(seen).to.deep.equal([{ title: 'Bankjes' }]);
    expect(shown).to.deep.equal([]);
    expect(posts).to.equal(0);
  });

  it('sent: the outcome with the receipt is shown, and no civic-submit-error', async () => {
    const { el, submission } = await mountWith({ sent: [] });
    const errors: CivicSubmitErrorEvent[] = [];
    el.addEventListener('civic-submit-error', (e) => errors.push(e));
    let reference = '';
    await submission.send(client(MOCK_ENDPOINT), { title: 'Bankjes' }, async (o) => {
      if (o.status === 'sent') reference = o.result.reference;
    });
    expect(reference).to.equal(exampleIdeaReceipt.reference);
    expect(posts).to.equal(1);
    expect(errors).to.have.length(0);
  });

  it('offline: shown as queued, then civic-submit-error (queued); sent by the outbox when back online', async () => {
    const later = { sent: [] as string[] };
    const { el, submission } = await mountWith(later);
    down = true;
    const order: string[] = [];
    let key = '';
    el.addEventListener('civic-submit-error', (e) => order.push(`error queued=${e.queued}`));
    await submission.send(client(MOCK_ENDPOINT), { title: 'Bankjes' }, async (o) => {
      order.push(`shown ${o.status}`);
      key = o.key;
    });
    expect(order).to.deep.equal(['shown queued', 'error queued=true'], 'listeners find the widget already showing it');
    down = false;
    window.dispatchEvent(new Event('online'));
    await waitUntil(() => later.sent.length === 1, 'the outbox sends it later');
    expect(later.sent).to.deep.equal([key]);
  });
});
