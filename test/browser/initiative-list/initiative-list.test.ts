/**
 * <civic-initiative-list> against the MOCK backend (test/fixtures/mock-backend.ts): states, accessibility in
 * nl/fr/en, XSS, the URL, aborting stale requests, details, "load more", hostile page CSS.
 * The end-to-end behaviour against the real reference server is in initiative-list.e2e.test.ts.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define/initiative-list.js';
import type { CivicInitiativeList } from '../../../src/components/initiative-list/initiative-list.js';
import { SEARCH_DEBOUNCE_MS } from '../../../src/components/initiative-list/debounce.js';
import { CHUNK } from '../../../src/components/initiative-list/load-more.js';
import { manualTimers } from '../../fixtures/manual-timers.js';
import type { CivicSelectEvent } from '../../../src/events/index.js';
import { hang, json, mockBackend, MOCK_ENDPOINT } from '../../fixtures/mock-backend.js';
import {
  mockInitiatives,
  mockPage,
  mockRoutes,
  XSS_TITLES,
  xssInitiatives,
} from '../../../stories/initiative-list.stories.js';
import { $, find } from '../../fixtures/query.js';

type El = CivicInitiativeList;
const $$ = (el: El, sel: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(sel)];
const titles = (el: El) => $$(el, '[part~=item] .title').map((h) => h.textContent!.trim());
const status = (el: El) => $(el, '[part~=status]').textContent!.trim();
const loaded = async (el: El) => {
  await waitUntil(
    () => find(el, '[part~=list]') && !$(el, '[part~=list]').classList.contains('stale'),
    'results did not render',
  );
  await el.updateComplete; // the cards below the first screen follow once it is painted
};

async function mount(attrs: Partial<Record<string, string>> = {}): Promise<El> {
  const el = await fixture<El>(html`<civic-initiative-list endpoint=${MOCK_ENDPOINT}></civic-initiative-list>`);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v!);
  await el.updateComplete;
  return el;
}

let restore: () => void = () => {};
afterEach(() => {
  restore();
  document.documentElement.lang = 'nl';
  history.replaceState(null, '', location.pathname);
});

const SIGNUP_URL = '/vrijwilligers?initiative={id}&x=1';

describe('<civic-initiative-list> with a MOCK backend', () => {
  it('[MOCK] shows cards with area, themes, the rung as on the ladder, status and the call to action', async () => {
    restore = mockBackend(mockRoutes());
    const el = await fixture<El>(
      html`<civic-initiative-list endpoint=${MOCK_ENDPOINT} signup-url=${SIGNUP_URL}></civic-initiative-list>`,
    );
    await loaded(el);
    expect(status(el)).to.equal('8 initiatieven gevonden');
    expect($(el, '[part~=status]').getAttribute('role')).to.equal('status');
    expect(titles(el)).to.include('Bermmeesters');
    const card = $$(el, '[part~=item]').find((li) => li.textContent!.includes('Bermmeesters'))!;
    expect(card.textContent).to.contain('Noord'); // area name from /v1/site
    expect(card.textContent).to.contain('Groen');
    expect(card.querySelector('[part~=rung-name]')!.textContent).to.equal('initiatiefnemer (trede 1 van 7)');
    expect(card.textContent).to.contain('Loopt');
    expect(card.querySelector<HTMLAnchorElement>('[part~=call-to-action]')!.getAttribute('href')).to.equal(
      '/vrijwilligers?initiative=bermmeesters&x=1',
    );
    // Only initiatives that need volunteers get the call to action.
    const stelplaats = $$(el, '[part~=item]').find((li) => li.textContent!.includes('STELPLAATS'))!;
    expect(stelplaats.querySelector('[part~=call-to-action]')).to.equal(null);
    // The widget heading is h2, card titles one level below.
    expect($(el, 'h2').textContent).to.equal('Initiatieven');
    expect($$(el, 'h3')).to.have.length(8);
  });

  for (const lang of ['nl', 'fr', 'en'] as const) {
    it(`[MOCK] passes axe with results, loading, error and empty, in ${lang}`, async () => {
      document.documentElement.lang = lang;
      restore = mockBackend(mockRoutes());
      const el = await mount({ layout: 'grid' });
      await loaded(el);
      await expect(el).to.be.accessible();
      const rung = {
        nl: 'medebeslisser (trede 3 van 7)',
        fr: 'codécideur (échelon 3 sur 7)',
        en: 'co-decision-maker (rung 3 of 7)',
      }[lang];
      expect(el.shadowRoot!.textContent).to.contain(rung);

      restore = mockBackend({ 'GET /v1/site': hang, 'GET /v1/initiatives': hang });
      const loading = await mount();
      expect($$(loading, '.skeleton')).to.have.length(3);
      expect(status(loading)).to.equal({ nl: 'Laden…', fr: 'Chargement…', en: 'Loading…' }[lang]);
      await expect(loading).to.be.accessible();

      const garbage = () => new Response('<html>oops</html>', { headers: { 'Content-Type': 'text/html' } });
      restore = mockBackend({ 'GET /v1/site': garbage, 'GET /v1/initiatives': garbage });
      const failed = await mount();
      await waitUntil(() => find(failed, '[part~=retry-button]'), 'no retry button');
      await expect(failed).to.be.accessible();

      restore = mockBackend(mockRoutes());
      const empty = await mount({ status: 'finished', theme: 'jeugd' });
      await waitUntil(() => find(empty, '[part~=clear-button]'), 'no clear button');
      await expect(empty).to.be.accessible();
    });
  }

  it('[MOCK] error: says what went wrong and retries', async () => {
    let fail = true;
    const ok = mockRoutes();
    restore = mockBackend({
      ...ok,
      'GET /v1/initiatives': (r, u) =>
        fail ? json({ type: 'about:blank', title: 'x', status: 400 }, 400) : ok['GET /v1/initiatives']!(r, u),
    });
    const errors: Event[] = [];
    const el = await fixture<El>(
      html`<civic-initiative-list endpoint=${MOCK_ENDPOINT} @civic-load-error=${(e: Event) => errors.push(e)}></civic-initiative-list>`,
    );
    await waitUntil(() => find(el, '[part~=retry-button]'), 'no retry button');
    expect(status(el)).to.equal('Er ging iets mis bij de server.');
    expect(errors).to.have.length(1);
    fail = false;
    $(el, '[part~=retry-button]').click();
    await loaded(el);
    expect(titles(el)).to.have.length(8);
  });

  it('[MOCK] empty: "clear filters" clears what the resident can change, keeps hidden presets', async () => {
    restore = mockBackend(mockRoutes());
    const el = await mount({ filters: 'q status', theme: 'zorg', status: 'finished' });
    await waitUntil(() => find(el, '[part~=clear-button]'), 'no clear button');
    expect(status(el)).to.equal('Geen initiatieven gevonden');
    $(el, '[part~=clear-button]').click();
    await loaded(el);
    expect(titles(el)).to.have.members(['Fietsen Zonder Leeftijd', 'Slaatje Praatje']);
    expect(find(el, '#f-theme')).to.equal(null);
    expect($<HTMLSelectElement>(el, '#f-status').value).to.equal('');
    // The button removed itself: focus went to the result line, not to <body>.
    expect(el.shadowRoot!.activeElement).to.equal(find(el, '[part~=status]'));
  });

  it('[MOCK] not configured: says so, and asks no server', async () => {
    const el = await fixture<El>(html`<civic-initiative-list></civic-initiative-list>`);
    await waitUntil(() => find(el, '[part~=error]')?.textContent?.includes('niet ingesteld'));
    expect(find(el, '[part~=form]')).to.equal(null);
    // Named by its heading, so two unconfigured widgets on one page can be told apart.
    expect(el.shadowRoot!.querySelector('h2')?.textContent).to.equal('Initiatieven');
    await expect(el).to.be.accessible();
  });

  it('[MOCK] renders the XSS corpus as text and follows only http(s) links', async () => {
    (window as unknown as { __xss?: number }).__xss = undefined;
    restore = mockBackend(mockRoutes({ items: xssInitiatives }));
    const el = await fixture<El>(
      html`<civic-initiative-list endpoint=${MOCK_ENDPOINT} signup-url="javascript:window.__xss=10//{id}"></civic-initiative-list>`,
    );
    await loaded(el);
    expect(titles(el)).to.deep.equal(XSS_TITLES);
    for (const b of $$(el, '[part~=details-button]')) b.click();
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 100));
    const root = el.shadowRoot!;
    expect(
      root.querySelectorAll('img, script, svg:not(.rung-glyph), iframe, b, style:not([data-lit]) ~ style'),
    ).to.have.length(0);
    expect(root.textContent).to.contain('<script>window.__xss=8</script>');
    expect(root.querySelector('[part~=call-to-action]')).to.equal(null); // the javascript: template is refused
    for (const a of root.querySelectorAll('a')) expect(a.protocol).to.match(/^https?:$/);
    expect((window as unknown as { __xss?: number }).__xss).to.equal(undefined);
  });

  it('[MOCK] a javascript: link or data: image from the backend is refused at the boundary', async () => {
    const bad = (l: 'nl' | 'fr' | 'en') => [
      { ...mockInitiatives(l)[0]!, links: [{ label: 'x', url: 'javascript:window.__xss=11' }] },
      { ...mockInitiatives(l)[1]!, image: { url: 'data:image/svg+xml,<svg onload=window.__xss=12>', alt: '' } },
    ];
    restore = mockBackend(mockRoutes({ items: bad }));
    const el = await mount();
    await waitUntil(() => find(el, '[part~=retry-button]'), 'no error');
    expect(status(el)).to.equal('De server gaf een antwoord dat we niet begrijpen.');
    expect(el.shadowRoot!.querySelectorAll('a, img')).to.have.length(0);
  });

  it('[MOCK] a signup-url template is URL-encoded, relative or http(s) only', async () => {
    const weird = (l: 'nl' | 'fr' | 'en') => [{ ...mockInitiatives(l)[1]!, id: 'a_b-c' }];
    restore = mockBackend(mockRoutes({ items: weird }));
    for (const [tpl, want] of [
      ['https://example.org/join/{id}?ref=list', 'https://example.org/join/a_b-c?ref=list'],
      ['/v?i={id}', '/v?i=a_b-c'],
      [' JaVa\tScRiPt:alert(1)', null],
      ['data:text/html,{id}', null],
    ] as const) {
      const el = await mount({ 'signup-url': tpl });
      await loaded(el);
      expect(find(el, '[part~=call-to-action]')?.getAttribute('href') ?? null, tpl).to.equal(want);
    }
  });

  it('[MOCK] the filters live in the URL with a per-element prefix; back restores them', async () => {
    restore = mockBackend(mockRoutes());
    history.replaceState(null, '', `${location.pathname}?keep=1&b-area=zuid`);
    const wrapper = await fixture<HTMLElement>(html`<div>
      <civic-initiative-list id="a" endpoint=${MOCK_ENDPOINT}></civic-initiative-list>
      <civic-initiative-list id="b" endpoint=${MOCK_ENDPOINT}></civic-initiative-list>
    </div>`);
    const [a, b] = [...wrapper.querySelectorAll<El>('civic-initiative-list')] as [El, El];
    await loaded(a);
    await loaded(b);
    expect(titles(a)).to.have.length(8);
    expect(titles(b)).to.have.members(['Slaatje Praatje', 'Red de Stoep']);
    expect($<HTMLSelectElement>(b, '#f-area').value).to.equal('zuid');

    const rung = $<HTMLSelectElement>(a, '#f-rung');
    rung.value = '2';
    rung.dispatchEvent(new Event('change'));
    await a.updateComplete;
    expect(new URLSearchParams(location.search).get('a-rung')).to.equal('2');
    expect(new URLSearchParams(location.search).get('b-area')).to.equal('zuid');
    expect(new URLSearchParams(location.search).get('keep')).to.equal('1');
    await loaded(a);
    expect(titles(a)).to.have.members(['Vrijwillige zaalbeheerders', 'Fietsen Zonder Leeftijd']);

    const popped = new Promise((r) => window.addEventListener('popstate', r, { once: true }));
    history.back();
    await popped;
    await a.updateComplete;
    expect(rung.value).to.equal('');
    await loaded(a);
    expect(titles(a)).to.have.length(8);
    expect(titles(b)).to.have.members(['Slaatje Praatje', 'Red de Stoep']);
  });

  it('[MOCK] typing is debounced (one request per settled query), replaces the URL entry, and only the latest answer shows', async () => {
    const seen: string[] = [];
    let aborted = 0;
    let answerB: (() => void) | undefined;
    const all = mockInitiatives('nl');
    restore = mockBackend({
      ...mockRoutes(),
      'GET /v1/initiatives': (req, url) => {
        const q = url.searchParams.get('q') ?? '';
        seen.push(q);
        req.signal.addEventListener('abort', () => aborted++);
        if (q !== 'b') return json(mockPage(all, url));
        // The answer to "b" comes only when the test lets it, after the newer "berm" was asked.
        return new Promise<Response>((resolve, reject) => {
          answerB = () => resolve(json(mockPage(all, url)));
          req.signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
        });
      },
    });
    const el = await mount();
    // The debounce runs on timers the test fires: how fast keys arrive or timers run on a busy machine
    // no longer matters.
    const timers = manualTimers();
    el.searchDebounce.timers = timers;
    await loaded(el);
    expect(seen).to.deep.equal(['']);
    $(el, '#f-q').focus();
    await sendKeys({ type: 'b' });
    expect(timers.delays()).to.deep.equal([SEARCH_DEBOUNCE_MS]);
    expect(seen).to.deep.equal(['']); // nothing is asked while the resident may still type
    timers.fireAll(); // the resident pauses
    await waitUntil(() => seen.length === 2, '"b" was not asked');
    expect(seen).to.deep.equal(['', 'b']);
    await sendKeys({ type: 'erm' });
    expect(timers.delays()).to.deep.equal([SEARCH_DEBOUNCE_MS]); // one timer, restarted by every key
    expect(seen).to.deep.equal(['', 'b']); // "be", "ber" are never asked
    timers.fireAll();
    await waitUntil(() => seen.includes('berm'), 'berm was not asked');
    await loaded(el);
    expect(aborted).to.equal(1); // "b" was cancelled when "berm" was asked
    answerB?.(); // the stale answer arrives now: it must not replace the newer result
    await el.updateComplete;
    expect(seen).to.deep.equal(['', 'b', 'berm']);
    expect(titles(el)).to.deep.equal(['Bermmeesters']);
    expect(new URLSearchParams(location.search).get('il-q')).to.equal('berm');
    // One history entry for the whole burst of typing: back returns to the list before it.
    const popped = new Promise((r) => window.addEventListener('popstate', r, { once: true }));
    history.back();
    await popped;
    await el.updateComplete;
    expect(new URLSearchParams(location.search).get('il-q')).to.equal(null);
    expect($<HTMLInputElement>(el, '#f-q').value).to.equal('');
    await loaded(el);
    expect(titles(el)).to.have.length(8);
    expect(seen).to.deep.equal(['', 'b', 'berm', '']);
  });

  it('[MOCK] a list removed while loading asks nothing more; put back, it loads again', async () => {
    let asked = 0;
    let aborted = 0;
    const ok = mockRoutes();
    let answer = false;
    restore = mockBackend({
      ...ok,
      'GET /v1/initiatives': (req, url) => {
        asked++;
        if (answer) return ok['GET /v1/initiatives']!(req, url);
        req.signal.addEventListener('abort', () => aborted++);
        return hang(req); // without the abort it would time out and be asked again, answering nobody
      },
    });
    const el = await mount();
    await waitUntil(() => asked === 1, 'the list was not asked');
    const parent = el.parentElement!;
    el.remove();
    await waitUntil(() => aborted === 1, 'the request of a removed list was not cancelled');
    answer = true;
    parent.append(el);
    await loaded(el);
    expect(asked).to.equal(2);
    expect(titles(el)).to.have.length(8);
  });

  it('[MOCK] details open in place (aria-expanded), fire civic-select, and load when the list left them out', async () => {
    const full = mockInitiatives('nl')[0]!;
    restore = mockBackend({
      ...mockRoutes({ items: (l) => mockInitiatives(l).map((i) => ({ ...i, description: '' })) }),
      [`GET /v1/initiatives/${full.id}`]: () => json(full),
    });
    const el = await mount();
    await loaded(el);
    const selected: CivicSelectEvent[] = [];
    el.addEventListener('civic-select', (e) => selected.push(e));
    const button = $(el, '[part~=details-button]');
    const panel = $(el, `#${button.getAttribute('aria-controls')}`);
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(panel.hidden).to.equal(true);
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(selected.map((e) => e.id)).to.deep.equal([full.id]);
    await waitUntil(() => panel.textContent!.includes('(MOCK)'), 'details did not load');
    expect(panel.querySelector('a')!.href).to.equal(`https://www.example.org/${full.id}`);
    button.click();
    await el.updateComplete;
    expect(panel.hidden).to.equal(true);
    expect(selected).to.have.length(1); // closing is not a selection
  });

  it('[MOCK] "load more" appends the next page and moves focus to the first new item', async () => {
    restore = mockBackend(mockRoutes({ items: (l) => mockInitiatives(l, 12) }));
    const el = await mount({ 'page-size': '8' });
    await loaded(el);
    expect(status(el)).to.equal('20 initiatieven gevonden. 8 van 20 getoond');
    $(el, '[part~=more-button]').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => titles(el).length === 16, 'no second page');
    await el.updateComplete; // focus moves once the new cards are painted
    expect(el.shadowRoot!.activeElement).to.equal($$(el, '[part~=item] .title')[8]);
    $(el, '[part~=more-button]').click();
    await waitUntil(() => titles(el).length === 20, 'no third page');
    expect(find(el, '[part~=more-button]')).to.equal(null);
    expect(status(el)).to.equal('20 initiatieven gevonden');
  });

  it('[MOCK] "load more" with a large page: announces the whole page at once, draws it over frames, focus on the first new item', async () => {
    restore = mockBackend(mockRoutes({ items: (l) => mockInitiatives(l, 92) })); // 100 initiatives
    const el = await mount({ 'page-size': '45' });
    await loaded(el);
    expect(titles(el)).to.have.length(45);
    const before = $$(el, '[part~=item] .title')[0];
    $(el, '[part~=more-button]').click();
    // Checked every frame: the first frame after the answer draws one chunk (with the item that gets focus)…
    const firstDrawn = await new Promise<number>((done) => {
      const tick = () => (titles(el).length > 45 ? done(titles(el).length) : requestAnimationFrame(tick));
      tick();
    });
    expect(firstDrawn).to.equal(45 + CHUNK);
    // …while the count already says the whole page.
    expect(status(el)).to.equal('100 initiatieven gevonden. 90 van 100 getoond');
    expect($(el, '[part~=more-button]').getAttribute('aria-disabled')).to.equal('true');
    await el.updateComplete;
    expect(titles(el)).to.have.length(90);
    expect(new Set(titles(el)).size).to.equal(90);
    expect($$(el, '[part~=item] .title')[0]).to.equal(before); // the first page's cards stay (keyed)
    expect(el.shadowRoot!.activeElement).to.equal($$(el, '[part~=item] .title')[45]);
    expect($(el, '[part~=more-button]').getAttribute('aria-disabled')).to.equal('false');
    $(el, '[part~=more-button]').click();
    await waitUntil(() => titles(el).length === 100, 'no third page');
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal($$(el, '[part~=item] .title')[90]);
    expect(status(el)).to.equal('100 initiatieven gevonden');
  });

  it('keeps its layout on a page with hostile CSS', async () => {
    restore = mockBackend(mockRoutes());
    const wrapper = await fixture<HTMLElement>(html`<div>
      <style>
        * { margin: 3em; color: red; text-transform: uppercase; letter-spacing: 0.3em; }
        input { display: block; width: 100%; }
        button { all: unset; }
      </style>
      <civic-initiative-list endpoint=${MOCK_ENDPOINT} signup-url="/v?i={id}"></civic-initiative-list>
    </div>`);
    const el = wrapper.querySelector<El>('civic-initiative-list')!;
    await loaded(el);
    const title = getComputedStyle($$(el, '.title')[0]!);
    expect(title.textTransform).to.equal('none');
    expect(title.letterSpacing).to.equal('normal');
    expect(title.color).to.equal('rgb(27, 27, 27)');
    const button = getComputedStyle($(el, '[part~=details-button]'));
    expect(button.display).to.equal('flex'); // inline-flex, blockified in the flex row of actions
    expect(button.paddingLeft).to.equal('16px');
    expect(parseFloat(button.minHeight)).to.be.greaterThan(40);
    const checkbox = $(el, '#f-volunteers').getBoundingClientRect();
    expect(checkbox.width).to.be.lessThan(40);
  });
});
