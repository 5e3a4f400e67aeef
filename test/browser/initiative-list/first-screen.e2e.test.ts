/**
 * How <civic-initiative-list> reaches its first painted card (issue 16), against the REAL reference server:
 * it asks for the site and the initiatives before its first render, draws the first screen's cards first and the
 * rest once those are painted (with the filter bar, which a stand-in of its size holds the place of until then),
 * and does not wait for the site to show them. Requests are watched by a wrapper
 * around `window.fetch` that hands every request to the real fetch; one test holds back the server's real
 * answer to `GET /v1/site` until it has looked at the list (labelled MOCK: the real server cannot be told to
 * answer late).
 */
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import '../../../src/define/initiative-list.js';
import type { CivicInitiativeList } from '../../../src/components/initiative-list/initiative-list.js';
import type { Site } from '../../../src/schema/site.js';

const endpoint = (): string => {
  const e = (window as unknown as { CIVIC_TEST_ENDPOINT?: string }).CIVIC_TEST_ENDPOINT;
  if (!e)
    throw new Error(
      'CIVIC_TEST_ENDPOINT is empty: run through `node scripts/test.mjs browser` so the reference server starts',
    );
  return e;
};

const realFetch = globalThis.fetch;
afterEach(() => {
  globalThis.fetch = realFetch;
  fixtureCleanup();
  history.replaceState(null, '', location.pathname);
});

const items = (el: CivicInitiativeList) => el.shadowRoot!.querySelectorAll('[part~=item]').length;

/** Mounts the list without waiting for its first render (fixture() would). */
function mount(pageSize = 10): CivicInitiativeList {
  const el = document.createElement('civic-initiative-list');
  el.setAttribute('endpoint', endpoint());
  el.setAttribute('page-size', String(pageSize));
  document.body.append(el);
  return el;
}

describe('<civic-initiative-list> first screen', () => {
  it('draws the first screen’s cards in the frame the page arrives, the rest right after, then "load more"', async () => {
    const total = ((await (await realFetch(`${endpoint()}/v1/initiatives?limit=1`)).json()) as { total: number }).total;
    expect(total, 'the demo database holds more than a page').to.be.greaterThan(10);
    const el = mount();
    // In the frame after the page arrived (before anything that runs after that frame's paint).
    const atFirstFrame = await new Promise<{ cards: number; more: boolean }>((done) =>
      el.addEventListener(
        'civic-load',
        () =>
          requestAnimationFrame(() =>
            done({ cards: items(el), more: !!el.shadowRoot!.querySelector('[part~=more-button]') }),
          ),
        { once: true },
      ),
    );
    expect(atFirstFrame).to.deep.equal({ cards: 3, more: false });
    await el.updateComplete; // waits until the rest is drawn
    expect(items(el)).to.equal(10);
    expect(el.shadowRoot!.querySelector('[part~=more-button]')).to.exist;
    expect(el.shadowRoot!.querySelector('[part~=status]')!.textContent).to.contain(String(total));
    el.remove();
  });

  it('asks for the site and the initiatives before its first render', async () => {
    const asked: { path: string; rendered: boolean }[] = [];
    const mounted: { el?: CivicInitiativeList } = {};
    globalThis.fetch = (input, init) => {
      const url = new URL(input instanceof Request ? input.url : String(input));
      if (url.pathname.startsWith('/v1/'))
        asked.push({ path: url.pathname, rendered: !!mounted.el?.shadowRoot?.querySelector('[part~=status]') });
      return realFetch(input, init);
    };
    const el = (mounted.el = mount());
    await el.updateComplete;
    expect(asked.filter((a) => a.path === '/v1/site' || a.path === '/v1/initiatives')).to.have.deep.members([
      { path: '/v1/site', rendered: false },
      { path: '/v1/initiatives', rendered: false },
    ]);
    el.remove();
  });

  it('shows the cards before the site answers, and the area names once it does', async () => {
    // MOCK (timing only): the real server's answer to GET /v1/site is held back until released.
    let release!: () => void;
    const held = new Promise<void>((done) => (release = done));
    globalThis.fetch = async (input, init) => {
      const url = new URL(input instanceof Request ? input.url : String(input));
      const res = await realFetch(input, init);
      if (url.pathname === '/v1/site') await held;
      return res;
    };
    const site = (await (await realFetch(`${endpoint()}/v1/site`)).json()) as Site;
    const el = await fixture<CivicInitiativeList>(
      html`<civic-initiative-list endpoint=${endpoint()} page-size="5" filters="area"></civic-initiative-list>`,
    );
    await waitUntil(() => items(el) === 5, 'cards shown while the site is held back');
    expect(el.shadowRoot!.querySelectorAll('#f-area option').length, 'only "any area" yet').to.equal(1);
    release();
    await waitUntil(
      () => el.shadowRoot!.querySelectorAll('#f-area option').length === site.areas.length + 1,
      'the areas arrive with the site',
    );
    const names = [...el.shadowRoot!.querySelectorAll('[part~=item] .meta dd')].map((d) => d.textContent);
    expect(
      site.areas.some((a) => names.includes(a.name)),
      'an area named on a card',
    ).to.equal(true);
    expect(items(el)).to.equal(5);
  });

  it('draws the filter bar once the first cards are painted, in a stand-in of its size; the URL’s filters apply to the first request', async () => {
    const site = (await (await realFetch(`${endpoint()}/v1/site`)).json()) as Site;
    let area: string | undefined;
    for (const a of site.areas) {
      const page = (await (await realFetch(`${endpoint()}/v1/initiatives?limit=1&area=${a.id}`)).json()) as {
        total: number;
      };
      if (page.total > 0) {
        area = a.id;
        break;
      }
    }
    expect(area, 'an area with initiatives in the demo database').to.be.a('string');
    history.replaceState(null, '', `${location.pathname}?il-area=${area}`);
    const asked: URL[] = [];
    globalThis.fetch = (input, init) => {
      const url = new URL(input instanceof Request ? input.url : String(input));
      if (url.pathname === '/v1/initiatives') asked.push(url);
      return realFetch(input, init);
    };
    const el = mount();
    const root = el.shadowRoot!;
    const height = (sel: string) => root.querySelector(sel)!.getBoundingClientRect().height;
    const atFirstFrame = await new Promise<{ cards: number; form: boolean; space: number; hidden: string | null }>(
      (done) =>
        el.addEventListener(
          'civic-load',
          () =>
            requestAnimationFrame(() =>
              done({
                cards: items(el),
                form: !!root.querySelector('form'),
                space: height('.space'),
                hidden: root.querySelector('.space')!.getAttribute('aria-hidden'),
              }),
            ),
          { once: true },
        ),
    );
    expect(atFirstFrame.cards, 'cards in the first frame').to.be.greaterThan(0);
    expect(atFirstFrame.form, 'no filter bar yet').to.equal(false);
    expect(atFirstFrame.hidden, 'the stand-in is hidden from assistive technology').to.equal('true');
    expect(asked.map((u) => u.searchParams.get('area'))).to.deep.equal([area]);
    await el.updateComplete; // the bar is drawn once the first cards are painted
    expect(root.querySelector('.space'), 'the stand-in is gone').to.equal(null);
    expect(root.querySelector('form[role=search]'), 'the filter bar').to.exist;
    expect(root.querySelector<HTMLSelectElement>('#f-area')!.value).to.equal(area);
    expect(height('form'), 'the bar takes the stand-in’s height: nothing below it moves').to.equal(atFirstFrame.space);
    expect(asked, 'no second request').to.have.length(1);
  });
});
