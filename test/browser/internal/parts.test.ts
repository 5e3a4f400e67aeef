/**
 * One vocabulary of CSS part names: every `[part]` a widget renders, in its main states, against the
 * REAL reference server (window.CIVIC_TEST_ENDPOINT), is a name of src/internal/parts.ts; and the
 * names this test sees in each widget are the ones docs/parts.md ticks for it (checked here by the
 * outcome names that were renamed in issue 18). test/node/parts.test.ts checks the JSDoc and sources.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/define/idea-form.js';
import '../../../src/define/initiative-list.js';
import '../../../src/define/participation-ladder.js';
import '../../../src/define/volunteer-signup.js';
import { PART_NAMES } from '../../../src/internal/parts.js';
import type { CivicIdeaForm } from '../../../src/components/idea-form/idea-form.js';
import type { Site } from '../../../src/schema/site.js';
import { $, $$, find, root } from '../../fixtures/query.js';
import { fillAll, loaded, submit } from '../idea-form/helpers.js';
import { fill, roles, uniqueEmail, mount as mountSignup, outcome } from '../volunteer-signup/helpers.js';

const w = window as unknown as { CIVIC_TEST_ENDPOINT?: string };
const endpoint = (): string => {
  if (!w.CIVIC_TEST_ENDPOINT)
    throw new Error('CIVIC_TEST_ENDPOINT is empty: run through `node scripts/test.mjs browser`');
  return w.CIVIC_TEST_ENDPOINT;
};
const known = new Set<string>(PART_NAMES);

/** Every part name rendered now in the widget's shadow root, added to `into`. */
function collect(el: Element, into: Set<string>): Set<string> {
  for (const node of $$(el, '[part]')) {
    for (const name of node.getAttribute('part')!.split(/\s+/).filter(Boolean)) into.add(name);
  }
  return into;
}

function expectKnown(widget: string, seen: Set<string>): void {
  const unknown = [...seen].filter((n) => !known.has(n));
  expect(unknown, `${widget} renders parts outside the vocabulary`).to.deep.equal([]);
}

const settle = async (el: Element & { updateComplete: Promise<unknown> }) => {
  await el.updateComplete;
  await new Promise((r) => requestAnimationFrame(r));
};

describe('part names: one vocabulary', () => {
  beforeEach(() => {
    localStorage.clear();
    document.documentElement.lang = 'nl';
  });

  it('not configured: every widget shows its problem as `error`', async () => {
    for (const tag of ['civic-idea-form', 'civic-initiative-list', 'civic-volunteer-signup']) {
      const wrapper = await fixture<HTMLElement>(html`<div></div>`);
      wrapper.innerHTML = `<${tag}></${tag}>`;
      const el = wrapper.firstElementChild!;
      await waitUntil(() => find(el, '[part~="error"]'), `${tag}: the not-configured panel is part="error"`, {
        timeout: 5000,
      });
      const seen = collect(el, new Set());
      expectKnown(tag, seen);
      expect(seen.has('status'), `${tag}: "not configured" is no status line`).to.equal(false);
    }
  });

  it('idea form: form with errors, then the outcome is `result`', async () => {
    const el = await fixture<CivicIdeaForm>(html`<civic-idea-form endpoint=${endpoint()}></civic-idea-form>`);
    await loaded(el);
    const seen = collect(el, new Set());
    $(el, 'input[value="create"]').click();
    await settle(el);
    await submit(el);
    await waitUntil(() => find(el, '[part~="error-summary"]'), 'the error summary');
    collect(el, seen);
    const site = (await (await fetch(`${endpoint()}/v1/site`)).json()) as Site;
    await fillAll(el, site, 'experiment', 'parts');
    collect(el, seen);
    await submit(el);
    await waitUntil(() => find(el, '[part~="result"]'), 'the sent panel is part="result"', { timeout: 10_000 });
    collect(el, seen);
    expectKnown('idea form', seen);
    for (const n of ['form', 'error-summary', 'field', 'label', 'hint', 'error-message', 'input', 'fieldset']) {
      expect(seen.has(n), `idea form renders ${n}`).to.equal(true);
    }
    expect(seen.has('status'), 'the idea form has no status line').to.equal(false);
  });

  it('initiative list: the result count is `status`, a card’s rung is `rung-name`', async () => {
    const el = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(
      html`<civic-initiative-list endpoint=${endpoint()}></civic-initiative-list>`,
    );
    await waitUntil(() => find(el, '[part~="item"]'), 'the cards', { timeout: 10_000 });
    const seen = collect(el, new Set());
    $(el, '[part~="details-button"]').click();
    await settle(el);
    collect(el, seen);
    expectKnown('list', seen);
    expect(find(el, '[part~="status"]')?.getAttribute('role')).to.equal('status');
    expect(seen.has('rung-name')).to.equal(true);
    expect(seen.has('rung'), 'a rung of the ladder is not on a card').to.equal(false);
  });

  it('participation ladder: rungs are `item rung`, the self-check answers with `result`', async () => {
    const el = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(
      html`<civic-participation-ladder endpoint=${endpoint()}></civic-participation-ladder>`,
    );
    await settle(el);
    const seen = collect(el, new Set());
    $(el, '[part~="rung-button"]').click();
    $(el, '.check-button').click();
    await settle(el);
    $(el, '[part="submit-button"]').click(); // nothing answered: error messages
    await settle(el);
    collect(el, seen);
    for (const group of $$(el, '[part~="self-check"] fieldset'))
      group.querySelector<HTMLInputElement>('input')!.click();
    $(el, '[part="submit-button"]').click();
    await waitUntil(() => !find(el, '#check-result')?.hidden, 'the self-check result');
    collect(el, seen);
    for (const li of $$(el, 'li[part~="rung"]')) expect(li.getAttribute('part')).to.equal('item rung');
    expect(find(el, '#check-result')?.getAttribute('part')).to.equal('result');
    const compact = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(
      html`<civic-participation-ladder variant="compact" rung="2"></civic-participation-ladder>`,
    );
    await settle(compact);
    collect(compact, seen);
    expectKnown('ladder', seen);
    for (const n of ['list', 'item', 'rung', 'field', 'error-message', 'result', 'toggle']) {
      expect(seen.has(n), `ladder renders ${n}`).to.equal(true);
    }
    expect(seen.has('status')).to.equal(false);
  });

  it('volunteer signup: form with errors, then the outcome is `result` and "Copied" is `status`', async () => {
    const role = (await roles()).find((r) => r.shifts.length === 0 && r.requirements.minimumAge == null);
    expect(role, 'a role without shifts is served').to.exist;
    const el = await mountSignup();
    const seen = collect(el, new Set());
    $(el, '[part~="submit-button"]').click();
    await waitUntil(() => find(el, '[part~="error-summary"]'), 'the error summary');
    collect(el, seen);
    await fill(el, { role: role!.id, availability: 'Op zaterdag', email: uniqueEmail('parts') });
    collect(el, seen);
    $(el, '[part~="submit-button"]').click();
    const panel = await outcome(el, 'confirmed');
    collect(el, seen);
    // The "Copied" line is there, empty, from the start: a live region must exist before it speaks.
    expect(panel.querySelector('[part~="status"]')?.getAttribute('role')).to.equal('status');
    expectKnown('signup', seen);
    for (const n of [
      'form',
      'error-summary',
      'field',
      'label',
      'error-message',
      'input',
      'result',
      'status',
      'cancel-button',
    ]) {
      expect(seen.has(n), `signup renders ${n}`).to.equal(true);
    }
    expect(
      root(el).querySelector('[part~="result"]')?.getAttribute('role'),
      'no outcome panel is a live region',
    ).to.equal(null);
  });
});
