import { expect, fixture, html } from '@open-wc/testing';
import '../../fixtures/civic-test-form.js';
import type { CivicTestForm } from '../../fixtures/civic-test-form.js';

// Global CSS a CMS theme might carry. Only inherited properties and rules on the host can reach a widget.
const HOSTILE = `
  * { margin: 3em; padding: 2em; color: red; text-transform: uppercase; letter-spacing: .3em; word-spacing: 1em;
      line-height: 3; text-align: center; white-space: nowrap; font-style: italic; text-indent: 4em; box-sizing: content-box; }
  input, select, textarea { display: block; width: 100%; }
  button { all: unset; }
  label { display: none; }
`;

describe('building blocks on a page with hostile global CSS', () => {
  let style: HTMLStyleElement;
  before(() => {
    style = document.createElement('style');
    style.textContent = HOSTILE;
    document.head.append(style);
  });
  after(() => style.remove());

  it('keeps its own text styles and layout inside the shadow root', async () => {
    const el = await fixture<CivicTestForm>(html`<civic-test-form></civic-test-form>`);
    const root = el.shadowRoot!;
    const label = root.querySelector('label[for="f-name"]')!;
    const cs = getComputedStyle(label);
    expect(cs.display).to.equal('block');
    expect(cs.textTransform).to.equal('none');
    expect(cs.letterSpacing).to.equal('normal');
    expect(cs.whiteSpace).to.equal('normal');
    expect(cs.textAlign).to.equal('start');
    expect(cs.fontStyle).to.equal('normal');
    expect(getComputedStyle(label).color).to.equal('rgb(27, 27, 27)');
    const button = root.querySelector<HTMLElement>('button[type=submit]')!;
    const bs = getComputedStyle(button);
    expect(bs.display).to.equal('inline-flex');
    expect(bs.backgroundColor).to.equal('rgb(29, 79, 145)');
    expect(button.getBoundingClientRect().height).to.be.at.least(44); // a target big enough to touch
    const radio = root.querySelector<HTMLElement>('#f-colour-0')!;
    expect(radio.getBoundingClientRect().width).to.be.below(40); // not stretched to 100%
    const p = root.querySelector('p')!;
    expect(getComputedStyle(p).marginTop).to.equal('0px');
    await expect(el).to.be.accessible();
  });

  it('still shows the error summary and messages readably', async () => {
    const el = await fixture<CivicTestForm>(html`<civic-test-form></civic-test-form>`);
    el.shadowRoot!.querySelector<HTMLElement>('button[type=submit]')!.click();
    await el.updateComplete;
    const summary = el.shadowRoot!.querySelector<HTMLElement>('[part~="error-summary"]')!;
    expect(getComputedStyle(summary).textTransform).to.equal('none');
    expect(summary.getBoundingClientRect().width).to.be.above(100);
    await expect(el).to.be.accessible();
  });
});
