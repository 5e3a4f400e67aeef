/**
 * <civic-initiative-list> end to end, against the REAL reference server that scripts/test.mjs starts
 * with the seeded demo database. Expected results are read from the server's API, never hard-coded.
 * Without CIVIC_TEST_ENDPOINT every test fails.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define/initiative-list.js';
import type { CivicInitiativeList } from '../../../src/components/initiative-list/initiative-list.js';
import type { Initiative, InitiativePage } from '../../../src/schema/initiative.js';
import type { Site } from '../../../src/schema/site.js';
import { $, find } from '../../fixtures/query.js';

type El = CivicInitiativeList;
const endpoint = (): string => {
  const e = (window as unknown as { CIVIC_TEST_ENDPOINT?: string }).CIVIC_TEST_ENDPOINT;
  if (!e)
    throw new Error(
      'CIVIC_TEST_ENDPOINT is empty: run through `node scripts/test.mjs browser` so the reference server starts',
    );
  return e;
};
const $$ = (el: El, sel: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(sel)];
const shownIds = (el: El) => $$(el, '[part~=item] .title').map((h) => h.id.slice(2));
const settled = async (el: El) => {
  await waitUntil(
    () =>
      ((find(el, '[part~=list]') && !$(el, '[part~=list]').classList.contains('stale')) || find(el, '.empty')) &&
      !find(el, '.skeletons'),
    'results did not settle',
    { timeout: 8000 },
  );
  await el.updateComplete; // the cards below the first screen follow once it is painted
};

/** Every initiative the API answers for this query (all pages), in order. */
async function api(query: Record<string, string> = {}, lang = 'nl'): Promise<Initiative[]> {
  const out: Initiative[] = [];
  let cursor: string | null = null;
  do {
    const params = new URLSearchParams({ ...query, limit: '100', ...(cursor ? { cursor } : {}) });
    const res = await fetch(`${endpoint()}/v1/initiatives?${params}`, { headers: { 'Accept-Language': lang } });
    const page = (await res.json()) as InitiativePage;
    out.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return out;
}

async function choose(el: El, id: string, value: string | boolean): Promise<void> {
  const control = $<HTMLInputElement & HTMLSelectElement>(el, `#f-${id}`);
  // The areas and themes come with GET /v1/site, which may answer after the first page of initiatives.
  if (control instanceof HTMLSelectElement)
    await waitUntil(() => [...control.options].some((o) => o.value === value), `#f-${id} offers ${String(value)}`);
  if (typeof value === 'boolean') control.checked = value;
  else control.value = value;
  control.dispatchEvent(new Event('change'));
  await el.updateComplete;
  await settled(el);
}

afterEach(() => history.replaceState(null, '', location.pathname));

describe('<civic-initiative-list> against the reference server', () => {
  it('each filter narrows the results to what the database holds', async () => {
    const all = await api();
    expect(all.length, 'seeded initiatives').to.be.greaterThan(3);
    const site = (await (
      await fetch(`${endpoint()}/v1/site`, { headers: { 'Accept-Language': 'nl' } })
    ).json()) as Site;
    const el = await fixture<El>(
      html`<civic-initiative-list endpoint=${endpoint()} page-size="100"></civic-initiative-list>`,
    );
    await settled(el);
    expect(shownIds(el)).to.deep.equal(all.map((i) => i.id));
    expect($(el, '[part~=status]').textContent).to.contain(String(all.length));

    // One value of each filter that the seeded data holds (taken from the data, not hard-coded).
    const withVolunteers = all.find((i) => i.needsVolunteers)!;
    const themed = all.find((i) => i.themeIds.length)!;
    const word = withVolunteers.title.split(/\s+/)[0]!.toLowerCase();
    const cases: [string, string, string | boolean][] = [
      ['area', 'area', all.find((i) => i.areaId)!.areaId!],
      ['theme', 'theme', themed.themeIds[0]!],
      ['rung', 'rung', String(all[1]!.rung)],
      ['status', 'status', all.find((i) => i.status !== 'running')!.status],
      ['needsVolunteers', 'volunteers', true],
      ['q', 'q', word],
    ];
    for (const [param, control, value] of cases) {
      if (control === 'q') {
        $<HTMLInputElement>(el, '#f-q').value = String(value);
        $(el, '#f-q').dispatchEvent(new Event('input'));
        $(el, '#f-q').dispatchEvent(new Event('change'));
        await el.updateComplete;
        await settled(el);
      } else await choose(el, control, value);
      const expected = await api({ [param]: String(value) });
      expect(shownIds(el), `${param}=${value}`).to.deep.equal(expected.map((i) => i.id));
      expect(expected.length, `${param}=${value} narrows`).to.be.lessThan(all.length);
      expect(expected.length, `${param}=${value} finds something`).to.be.greaterThan(0);
      // reset this filter before the next one
      if (control === 'q') {
        $<HTMLInputElement>(el, '#f-q').value = '';
        $(el, '#f-q').dispatchEvent(new Event('input'));
        $(el, '#f-q').dispatchEvent(new Event('change'));
        await el.updateComplete;
        await settled(el);
      } else await choose(el, control, typeof value === 'boolean' ? false : '');
    }
    // Filters combine, and sort follows the server.
    await choose(el, 'theme', themed.themeIds[0]!);
    await choose(el, 'sort', 'title');
    expect(shownIds(el)).to.deep.equal((await api({ theme: themed.themeIds[0]!, sort: 'title' })).map((i) => i.id));
    // Area names on the cards come from /v1/site.
    const card = $$(el, '[part~=item]')[0]!;
    const item = all.find((i) => i.id === shownIds(el)[0])!;
    const area = item.areaId ? site.areas.find((a) => a.id === item.areaId)!.name : 'Hele gemeente';
    expect(card.textContent).to.contain(area);
  });

  it('the URL reflects the filters; restoring the URL restores them; back undoes a change', async () => {
    const el = await fixture<El>(
      html`<civic-initiative-list id="ini" endpoint=${endpoint()} page-size="100"></civic-initiative-list>`,
    );
    await settled(el);
    const all = await api();
    const area = all.find((i) => i.areaId)!.areaId!;
    await choose(el, 'area', area);
    await choose(el, 'volunteers', true);
    const params = new URLSearchParams(location.search);
    expect(params.get('ini-area')).to.equal(area);
    expect(params.get('ini-volunteers')).to.equal('1');
    const shown = shownIds(el);
    expect(shown).to.deep.equal((await api({ area, needsVolunteers: 'true' })).map((i) => i.id));

    // A fresh element on a page with this URL (a bookmark, a shared link) shows the same view.
    el.remove();
    const again = await fixture<El>(
      html`<civic-initiative-list id="ini" endpoint=${endpoint()} page-size="100"></civic-initiative-list>`,
    );
    await settled(again);
    expect($<HTMLSelectElement>(again, '#f-area').value).to.equal(area);
    expect($<HTMLInputElement>(again, '#f-volunteers').checked).to.equal(true);
    expect(shownIds(again)).to.deep.equal(shown);

    // The back button undoes the last change only.
    const popped = new Promise((r) => window.addEventListener('popstate', r, { once: true }));
    history.back();
    await popped;
    await again.updateComplete;
    await settled(again);
    expect($<HTMLInputElement>(again, '#f-volunteers').checked).to.equal(false);
    expect($<HTMLSelectElement>(again, '#f-area').value).to.equal(area);
    expect(shownIds(again)).to.deep.equal((await api({ area })).map((i) => i.id));
  });

  it('fast typing shows only the last query’s result', async () => {
    const el = await fixture<El>(
      html`<civic-initiative-list endpoint=${endpoint()} page-size="100"></civic-initiative-list>`,
    );
    await settled(el);
    const asked: string[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        if (e.name.includes('/v1/initiatives?')) asked.push(new URL(e.name).searchParams.get('q') ?? '');
    });
    observer.observe({ type: 'resource' });
    // A word from the seeded titles, at least 7 letters long.
    const word = (await api()).flatMap((i) => i.title.toLowerCase().split(/[^a-zà-ÿ]+/)).find((w) => w.length >= 7)!;
    $(el, '#f-q').focus();
    // A pause past the debounce after the first letter sends that query; the rest follows at typing speed.
    await sendKeys({ type: word.slice(0, 1) });
    await new Promise((r) => setTimeout(r, 320));
    await sendKeys({ type: word.slice(1, 4) });
    await new Promise((r) => setTimeout(r, 320));
    await sendKeys({ type: word.slice(4) });
    await waitUntil(() => new URLSearchParams(location.search).get('il-q') === word, 'URL not updated');
    await settled(el);
    await new Promise((r) => setTimeout(r, 300));
    observer.disconnect();
    const expected = await api({ q: word });
    expect(expected.length).to.be.greaterThan(0);
    expect(shownIds(el)).to.deep.equal(expected.map((i) => i.id));
    expect($<HTMLInputElement>(el, '#f-q').value).to.equal(word);
    expect(asked).to.not.include(word.slice(0, -1)); // intermediate keystrokes were never sent
    expect(asked.at(-1)).to.equal(word);
  });

  it('keyboard only: filter, open details, load more, follow the call to action', async () => {
    const all = await api({ needsVolunteers: 'true' });
    expect(all.length).to.be.greaterThan(2);
    const wrapper = await fixture<HTMLElement>(html`<div>
      <button id="before">before</button>
      <civic-initiative-list endpoint=${endpoint()} page-size="2" filters="q volunteers" signup-url="/vrijwilligers?initiative={id}"></civic-initiative-list>
    </div>`);
    const el = wrapper.querySelector<El>('civic-initiative-list')!;
    await settled(el);
    const followed: string[] = [];
    const onClick = (e: MouseEvent) => {
      const a = e.composedPath().find((n): n is HTMLAnchorElement => n instanceof HTMLAnchorElement);
      if (a) {
        e.preventDefault();
        followed.push(a.getAttribute('href')!);
      }
    };
    document.addEventListener('click', onClick);
    try {
      wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' }); // the search box
      expect(el.shadowRoot!.activeElement?.id).to.equal('f-q');
      await sendKeys({ press: 'Tab' }); // "needs volunteers"
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      await settled(el);
      expect(shownIds(el)).to.deep.equal(all.slice(0, 2).map((i) => i.id));
      await sendKeys({ press: 'Tab' }); // the first card's call to action
      await sendKeys({ press: 'Tab' }); // its details button
      const details = $(el, '[part~=details-button]');
      expect(el.shadowRoot!.activeElement).to.equal(details);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(details.getAttribute('aria-expanded')).to.equal('true');
      expect($(el, `#${details.getAttribute('aria-controls')}`).hidden).to.equal(false);
      // On to "load more" (past the links in the open details and the second card).
      for (let i = 0; i < 20 && el.shadowRoot!.activeElement?.getAttribute('part') !== 'more-button'; i++)
        await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('more-button');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => shownIds(el).length === Math.min(4, all.length), 'no second page');
      await waitUntil(
        () => el.shadowRoot!.activeElement?.id === `t-${all[2]!.id}`,
        'focus did not move to the first new item',
      );
      await sendKeys({ press: 'Tab' }); // the new item's call to action
      await sendKeys({ press: 'Enter' });
      expect(followed).to.deep.equal([`/vrijwilligers?initiative=${encodeURIComponent(all[2]!.id)}`]);
    } finally {
      document.removeEventListener('click', onClick);
    }
  });

  it('shows the server’s French texts and names the rungs in French', async () => {
    const [first] = await api({ sort: 'title' }, 'fr');
    const el = await fixture<El>(
      html`<civic-initiative-list lang="fr" endpoint=${endpoint()} page-size="1"></civic-initiative-list>`,
    );
    await settled(el);
    await choose(el, 'sort', 'title');
    expect($(el, '.title').textContent).to.equal(first!.title);
    expect($(el, '[part~=status]').textContent).to.match(/initiatives? trouvées?/);
    await expect(el).to.be.accessible();
  });
});
