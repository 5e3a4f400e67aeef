import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../fixtures/civic-test-form.js';
import type { CivicTestForm } from '../../fixtures/civic-test-form.js';

const root = (el: CivicTestForm) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: CivicTestForm, sel: string) => root(el).querySelector<T & HTMLElement>(sel)!;

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
    expect(after).to.contain('Erreur :');
    for (const dutch of ['Er is een probleem', 'Vul je naam in', 'Laden…', 'Fout:', 'Je hebt nog']) {
      expect(after).not.to.contain(dutch);
    }
  });

  it('takes its language from its own lang, then the nearest [lang], then <html lang>', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="en-GB"><civic-test-form></civic-test-form><civic-test-form lang="fr"></civic-test-form></div>`);
    const [inherited, own] = [...wrapper.querySelectorAll('civic-test-form')];
    await (inherited as CivicTestForm).updateComplete;
    expect(inherited.shadowRoot!.textContent).to.contain('Loading…');
    expect(own.shadowRoot!.textContent).to.contain('Chargement…');
    wrapper.lang = 'xx'; // unsupported: passed over, <html lang="nl"> applies
    await nextFrame();
    expect(inherited.shadowRoot!.textContent).to.contain('Laden…');
  });

  it('uses per-instance string overrides from the strings attribute', async () => {
    const el = await fixture<CivicTestForm>(html`<civic-test-form strings='{"loading":"Even geduld"}'></civic-test-form>`);
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
    expect(($(again, '#f-name') as HTMLInputElement).value).to.equal('Ann');
    expect(again.form.restoredAt).to.be.a('number');
    again.form.reset();
    again.remove();
    const fresh = await fixture<CivicTestForm>(html`<civic-test-form keep-draft></civic-test-form>`);
    expect(($(fresh, '#f-name') as HTMLInputElement).value).to.equal('');
  });
});
