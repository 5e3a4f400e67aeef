/**
 * Large text on a phone (WCAG 1.4.4 and 1.4.10): at 320 CSS px with text at 200% (the root font size,
 * as a browser's text-size setting does), nothing inside any widget is wider than the viewport and no
 * text is cut off, in every widget's main states. Against the REAL reference server (CIVIC_TEST_ENDPOINT).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../../src/all.js';
import type { CivicIdeaForm } from '../../../src/components/idea-form/idea-form.js';
import type { CivicInitiativeList } from '../../../src/components/initiative-list/initiative-list.js';
import type { CivicParticipationLadder } from '../../../src/components/participation-ladder/participation-ladder.js';
import type { CivicVolunteerSignup } from '../../../src/components/volunteer-signup/volunteer-signup.js';
import type { Site } from '../../../src/schema/site.js';
import { fillAll, loaded, submit } from '../idea-form/helpers.js';
import { clearStorage, roles, server } from '../volunteer-signup/helpers.js';
import { $$, find } from '../../fixtures/query.js';

const name = (el: Element) =>
  `<${el.localName}${el.id ? `#${el.id}` : ''}${typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}>`;

/**
 * Everything in a widget that is wider than the viewport, text cut off in its box, and selects too
 * narrow for their chosen value (measured by letting the select size to its content for a moment).
 */
export function layoutProblems(host: HTMLElement): string[] {
  const vw = document.documentElement.clientWidth;
  const out: string[] = [];
  if (document.documentElement.scrollWidth > vw)
    out.push(`the page scrolls sideways: ${document.documentElement.scrollWidth}px`);
  for (const el of host.shadowRoot!.querySelectorAll('*')) {
    if (el.closest('.visually-hidden')) continue;
    const r = el.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    if (r.right > vw + 0.5 || r.left < -0.5)
      out.push(`${name(el)} spans ${Math.round(r.left)}..${Math.round(r.right)}px`);
    // Text fields scroll what is typed in them by design; everything else must show all it holds.
    const field = el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement;
    if (el instanceof HTMLElement && !field && el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1)
      out.push(
        `${name(el)} cuts its content: ${el.scrollWidth}px in ${el.clientWidth}px ("${el.textContent!.trim().slice(0, 30)}")`,
      );
    if (el instanceof HTMLSelectElement) {
      const width = el.getBoundingClientRect().width;
      const sizing = el.style.getPropertyValue('field-sizing');
      el.style.setProperty('field-sizing', 'content');
      el.style.setProperty('inline-size', 'auto');
      el.style.setProperty('max-inline-size', 'none');
      const needed = el.getBoundingClientRect().width;
      el.style.removeProperty('inline-size');
      el.style.removeProperty('max-inline-size');
      if (sizing) el.style.setProperty('field-sizing', sizing);
      else el.style.removeProperty('field-sizing');
      if (needed > width + 1)
        out.push(`${name(el)} cuts its value "${el.selectedOptions[0]?.text}": needs ${needed}px, has ${width}px`);
    }
  }
  return out;
}

/** Cards out of view are not laid out (content-visibility: auto); lay them all out so all are measured. */
function layOutEverything(el: HTMLElement): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync('* { content-visibility: visible !important; }');
  el.shadowRoot!.adoptedStyleSheets = [...el.shadowRoot!.adoptedStyleSheets, sheet];
}

async function fits(el: HTMLElement, state: string): Promise<void> {
  await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  layOutEverything(el);
  expect(layoutProblems(el), `<${el.localName}> ${state}`).to.deep.equal([]);
}

const site = async (lang: string): Promise<Site> =>
  (await (await fetch(`${server().endpoint}/v1/site`, { headers: { 'Accept-Language': lang } })).json()) as Site;

async function mount<E extends HTMLElement>(tag: string, lang: string, attrs = ''): Promise<E> {
  const wrapper = await fixture<HTMLElement>(html`<div lang=${lang}></div>`);
  wrapper.innerHTML = `<${tag} endpoint="${server().endpoint}" ${attrs}></${tag}>`;
  return wrapper.firstElementChild as E;
}

const LANGS = ['nl', 'fr', 'en'];

// The list keeps its filters in the URL: each test starts from a clean one.
afterEach(() => history.replaceState(null, '', location.pathname));

describe('large text on a phone: 320 px wide, text at 200%', () => {
  before(async () => {
    await setViewport({ width: 320, height: 800 });
    document.documentElement.style.fontSize = '200%';
  });
  after(async () => {
    document.documentElement.style.removeProperty('font-size');
    await setViewport({ width: 800, height: 600 });
  });
  beforeEach(() => clearStorage());

  for (const lang of LANGS) {
    it(`<civic-idea-form> in ${lang}: each track, the error summary, the receipt`, async () => {
      const el = await mount<CivicIdeaForm>('civic-idea-form', lang);
      await loaded(el);
      await fits(el, 'loaded');
      for (const track of ['create', 'experiment', 'join']) {
        find(el, `input[value="${track}"]`)!.click();
        await fits(el, `track ${track}`);
      }
      await submit(el);
      await waitUntil(() => find(el, '[part~="error-summary"]'), 'error summary');
      await fits(el, 'error summary');
      await fillAll(el, await site(lang), 'create', `layout ${lang}`);
      await submit(el);
      await waitUntil(() => find(el, '.reference'), 'receipt', { timeout: 15_000 });
      await fits(el, 'receipt');
    });

    it(`<civic-initiative-list> in ${lang}: list, details, grid, no results`, async () => {
      const el = await mount<CivicInitiativeList>('civic-initiative-list', lang, 'page-size="4"');
      await waitUntil(() => find(el, '[part~="item"]'), 'items', { timeout: 10_000 });
      await fits(el, 'loaded');
      const buttons = $$(el, '[part~="details-button"]');
      for (const b of buttons) b.click();
      await waitUntil(() => $$(el, '.details .meta').length === buttons.length, 'details loaded', { timeout: 10_000 });
      await fits(el, 'details open');
      el.layout = 'grid';
      await fits(el, 'grid layout');
      const q = find<HTMLInputElement>(el, '#f-q')!;
      q.value = 'zzzz-nothing-matches';
      q.dispatchEvent(new Event('input'));
      q.dispatchEvent(new Event('change'));
      await waitUntil(() => find(el, '.empty'), 'no results', { timeout: 10_000 });
      await fits(el, 'no results');
    });

    it(`<civic-participation-ladder> in ${lang}: every rung open, compact, self-check`, async () => {
      const el = await mount<CivicParticipationLadder>('civic-participation-ladder', lang, 'rung="4"');
      await waitUntil(() => find(el, '#r1'), 'rungs');
      await fits(el, 'loaded');
      for (let n = 1; n <= 7; n++) {
        find(el, `#r${n}`)!.click();
        await fits(el, `rung ${n} open`);
      }
      const check = find(el, '.check-button');
      if (check) {
        check.click();
        await fits(el, 'self-check open');
      }
      el.variant = 'compact';
      await fits(el, 'compact');
      find(el, '[part~="toggle"]')!.click();
      await fits(el, 'compact, expanded');
    });

    it(`<civic-volunteer-signup> in ${lang}: roles, a role chosen, the error summary, the outcome`, async () => {
      const el = await mount<CivicVolunteerSignup>('civic-volunteer-signup', lang);
      await waitUntil(() => find(el, '#f-roleId input'), 'roles', { timeout: 10_000 });
      await fits(el, 'loaded');
      const list = await roles();
      for (const role of list) {
        find(el, `#f-roleId input[value="${role.id}"]`)!.click();
        await waitUntil(() => find(el, '[part~="details"]'), 'role details');
        await fits(el, `role ${role.id} chosen`);
      }
      find(el, '[part~="submit-button"]')!.click();
      await waitUntil(() => find(el, '[part~="error-summary"]'), 'error summary');
      await fits(el, 'error summary');
    });
  }

  it('a 32px font on the host page (not the root) fits too', async () => {
    document.documentElement.style.removeProperty('font-size');
    const wrapper = await fixture<HTMLElement>(html`<div style="font-size: 32px"></div>`);
    const e = server().endpoint;
    wrapper.innerHTML = `<civic-participation-ladder endpoint="${e}" rung="2"></civic-participation-ladder>
      <civic-volunteer-signup endpoint="${e}"></civic-volunteer-signup>`;
    const [ladder, signup] = [...wrapper.children] as HTMLElement[];
    await waitUntil(() => find(signup!, '#f-roleId input'), 'roles', { timeout: 10_000 });
    find(signup!, '#f-roleId input')!.click();
    find(ladder!, '#r2')!.click();
    await fits(ladder!, 'rung 2 open');
    await fits(signup!, 'role chosen');
    document.documentElement.style.fontSize = '200%';
  });
});

describe('select values at 360 px with normal text', () => {
  before(() => setViewport({ width: 360, height: 800 }));
  after(() => setViewport({ width: 800, height: 600 }));

  for (const lang of LANGS) {
    it(`no filter of <civic-initiative-list> cuts its value in ${lang}`, async () => {
      const el = await mount<CivicInitiativeList>('civic-initiative-list', lang, 'page-size="2"');
      await waitUntil(() => find(el, '[part~="item"]'), 'items', { timeout: 10_000 });
      // The filter bar is drawn once the first cards are painted; updateComplete waits for it.
      await el.updateComplete;
      for (const sort of ['updated', 'start', 'title']) {
        const s = find<HTMLSelectElement>(el, '#f-sort');
        if (!s) throw new Error('no sort select (#f-sort) in the filter bar');
        s.value = sort;
        await fits(el, `sorted by ${sort}`);
      }
    });
  }
});
