// Live examples on the ladder. The first tests run against the REAL reference server (started by
// scripts/test.mjs; its URL is in window.CIVIC_TEST_ENDPOINT) and fail when it is missing. The tests
// named "MOCK" use test/fixtures/mock-backend.ts for what a real server cannot easily do on cue (fail, hang).
import { expect, fixture, html, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import '../../../src/define/participation-ladder.js';
import '../../../src/define/initiative-list.js';
import type { CivicParticipationLadder } from '../../../src/components/participation-ladder/participation-ladder.js';
import type { CivicInitiativeList } from '../../../src/components/initiative-list/initiative-list.js';
import type { CivicLoadEvent } from '../../../src/events/index.js';
import type { Initiative, InitiativePage } from '../../../src/schema/initiative.js';
import { exampleInitiative } from '../../../src/schema/examples.js';
import { MOCK_ENDPOINT, hang, json, mockBackend } from '../../fixtures/mock-backend.js';
import { $, find } from '../../fixtures/query.js';

declare global {
  interface Window {
    CIVIC_TEST_ENDPOINT?: string;
  }
}

const text = (n: Element | null) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();

function endpoint(): string {
  const e = window.CIVIC_TEST_ENDPOINT ?? '';
  if (!e) {
    throw new Error(
      'window.CIVIC_TEST_ENDPOINT is empty: this end-to-end test needs the reference server. ' +
        'Run `node scripts/test.mjs browser -- test/browser/participation-ladder/participation-ladder.e2e.test.ts` (not --no-server).',
    );
  }
  return e;
}

/** What the server publishes for a rung, asked directly. */
async function published(base: string, rung: number, lang = 'nl'): Promise<InitiativePage> {
  const res = await fetch(`${base}/v1/initiatives?rung=${rung}&limit=3`, {
    headers: { Accept: 'application/json', 'Accept-Language': lang },
  });
  expect(res.status).to.equal(200);
  return (await res.json()) as InitiativePage;
}

/** Opens rung `n` by click and waits for its examples (or their failure). */
async function openRung(
  el: CivicParticipationLadder,
  n: number,
  event: 'civic-load' | 'civic-load-error' = 'civic-load',
) {
  const done = oneEvent(el, event);
  $(el, `#r${n}`).click();
  const ev = await done;
  // the event fires as the answer arrives; the task's result renders a moment later
  await waitUntil(
    () => !text(el.shadowRoot!.querySelector(`#p${n} [part="examples"]`)).includes('…'),
    'examples rendered',
  );
  await el.updateComplete;
  return ev;
}

describe('<civic-participation-ladder> examples', () => {
  let unmock: (() => void) | undefined;
  afterEach(() => {
    unmock?.();
    unmock = undefined;
    document.documentElement.lang = 'nl';
  });

  it('shows exactly each rung’s published initiatives (real server), linking through initiative-url', async () => {
    const base = endpoint();
    const el = await fixture<CivicParticipationLadder>(
      html`<civic-participation-ladder
        endpoint=${base}
        initiative-url="/initiatieven/{id}?from=ladder"
      ></civic-participation-ladder>`,
    );
    let withExamples = 0;
    for (let n = 1; n <= 7; n++) {
      const expected = await published(base, n);
      const ev = (await openRung(el, n)) as unknown as CivicLoadEvent<Initiative[]>;
      const section = $(el, '#p' + n).querySelector('[part="examples"]')!;
      expect(section, `rung ${n} has an examples block`).to.exist;
      const links = [...section.querySelectorAll('a')];
      expect(
        links.map((a) => text(a)),
        `rung ${n}`,
      ).to.deep.equal(expected.items.map((i) => i.title));
      expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(
        expected.items.map((i) => `/initiatieven/${encodeURIComponent(i.id)}?from=ladder`),
      );
      expect(ev.data.map((i) => i.id)).to.deep.equal(expected.items.map((i) => i.id));
      for (const i of ev.data) expect(i.rung).to.equal(n);
      if (expected.items.length) withExamples++;
      else expect(text(section)).to.contain('nog geen voorbeelden');
    }
    expect(withExamples, 'the demo data has initiatives on at least two rungs').to.be.greaterThan(1);
    await expect(el).to.be.accessible();
  });

  it('asks the server in the page’s language (real server, French)', async () => {
    const base = endpoint();
    document.documentElement.lang = 'fr';
    let rung = 0;
    let expected: InitiativePage | undefined;
    for (let n = 1; n <= 7 && !rung; n++) {
      const page = await published(base, n, 'fr');
      if (page.items.length) [rung, expected] = [n, page];
    }
    expect(rung, 'some rung has initiatives').to.be.greaterThan(0);
    const el = await fixture<CivicParticipationLadder>(
      html`<civic-participation-ladder endpoint=${base}></civic-participation-ladder>`,
    );
    await openRung(el, rung);
    const section = $(el, `#p${rung} [part="examples"]`);
    // without initiative-url the titles are plain text, not links
    expect(section.querySelectorAll('a')).to.have.length(0);
    expect([...section.querySelectorAll('strong')].map(text)).to.deep.equal(expected!.items.map((i) => i.title));
    expect(text(section)).to.contain('Exemples à cet échelon');
    await expect(el).to.be.accessible();
  });

  it('MOCK: loads nothing until a rung opens, and says in every language that the examples could not be loaded while the ladder keeps working', async () => {
    const calls: string[] = [];
    let fail = true;
    unmock = mockBackend({
      'GET /v1/initiatives': (_req, url) => {
        calls.push(url.search);
        // A proxy error page with status 200: not JSON, so not retried.
        return fail
          ? new Response('<html>Bad gateway</html>', { status: 200, headers: { 'Content-Type': 'text/html' } })
          : json({ items: [{ ...exampleInitiative, rung: 2 }], total: 1, nextCursor: null });
      },
    });
    const messages = {
      nl: 'De voorbeelden konden niet geladen worden.',
      fr: 'Les exemples n’ont pas pu être chargés.',
      en: 'The examples could not be loaded.',
    };
    for (const lang of ['nl', 'fr', 'en'] as const) {
      document.documentElement.lang = lang;
      const el = await fixture<CivicParticipationLadder>(
        html`<civic-participation-ladder endpoint=${MOCK_ENDPOINT}></civic-participation-ladder>`,
      );
      await el.updateComplete;
      await nextFrame();
      const before = calls.length;
      await openRung(el, 2, 'civic-load-error');
      expect(calls.slice(before)).to.deep.equal(['?rung=2&limit=3']);
      const section = $(el, '#p2 [part="examples"]');
      expect(text(section)).to.contain(messages[lang]);
      expect(section.querySelector('[role="status"]')).to.exist;
      await expect(el).to.be.accessible();
      // the explanation is still there, and other rungs still open
      expect(text(find(el, '#p2 dl')).length).to.be.greaterThan(100);
      $(el, '#r5').click();
      await el.updateComplete;
      expect($(el, '#p5').hidden).to.equal(false);
      expect($(el, '#p2').hidden).to.equal(true);
      // rung 5's request has reached the backend before the next language counts requests
      await waitUntil(() => calls.at(-1) === '?rung=5&limit=3', 'rung 5 asked for its examples');
    }
    // retry after the backend recovers
    document.documentElement.lang = 'nl';
    const el = await fixture<CivicParticipationLadder>(
      html`<civic-participation-ladder endpoint=${MOCK_ENDPOINT}></civic-participation-ladder>`,
    );
    await openRung(el, 2, 'civic-load-error');
    fail = false;
    const loaded = oneEvent(el, 'civic-load');
    $(el, '#p2 .retry').click();
    await loaded;
    await waitUntil(
      () => text(find(el, '#p2 [part="examples"]')).includes(exampleInitiative.title),
      'the examples show after a retry',
    );
  });

  it('MOCK: a server error (503, retried) ends in the same message; the request is aborted when the element leaves the page', async () => {
    let signal: AbortSignal | undefined;
    let mode: 'error' | 'hang' = 'error';
    unmock = mockBackend({
      'GET /v1/initiatives': (req) => {
        signal = req.signal;
        return mode === 'hang' ? hang(req) : json({ type: 'about:blank', title: 'Unavailable', status: 503 }, 503);
      },
    });
    const el = await fixture<CivicParticipationLadder>(
      html`<civic-participation-ladder endpoint=${MOCK_ENDPOINT}></civic-participation-ladder>`,
    );
    await openRung(el, 4, 'civic-load-error');
    expect(text(find(el, '#p4 [part="examples"]'))).to.contain('De voorbeelden konden niet geladen worden.');
    mode = 'hang';
    signal = undefined;
    $(el, '#r6').click();
    await el.updateComplete;
    await waitUntil(() => signal && !signal.aborted, 'the request for rung 6 started');
    expect(text(find(el, '#p6 [part="examples"]'))).to.contain('Laden…');
    const pending = signal!;
    el.remove();
    await waitUntil(() => pending.aborted, 'the request is aborted on disconnect');
  });
});

describe('a ladder example opens its initiative in a <civic-initiative-list> (real server)', () => {
  afterEach(() => {
    history.replaceState(null, '', location.pathname);
    document.documentElement.lang = 'nl';
  });

  /** Mounts a list after the page URL was set to `href` (as a followed link would), with `page-size`. */
  async function listAt(href: string, pageSize: number): Promise<CivicInitiativeList> {
    history.replaceState(null, '', href);
    return fixture<CivicInitiativeList>(
      html`<civic-initiative-list endpoint=${endpoint()} page-size=${pageSize}></civic-initiative-list>`,
    );
  }

  /** Waits until initiative `id` is open in `list`, with its title focused (which scrolls it into view). */
  async function opened(list: CivicInitiativeList, id: string): Promise<HTMLElement> {
    const r = list.shadowRoot!;
    await waitUntil(() => r.querySelector<HTMLElement>(`#d-${id}`)?.hidden === false, `details of ${id} open`, {
      timeout: 8000,
    });
    await waitUntil(() => r.activeElement?.id === `t-${id}`, `title of ${id} focused`, { timeout: 8000 });
    await list.updateComplete;
    const details = r.querySelector<HTMLElement>(`#d-${id}`)!;
    expect(r.querySelector(`[aria-controls="d-${id}"]`)!.getAttribute('aria-expanded')).to.equal('true');
    const rect = r.querySelector(`#t-${id}`)!.getBoundingClientRect();
    expect(rect.top, 'the title is scrolled into view').to.be.at.least(0).and.below(innerHeight);
    return details;
  }

  it('the example link carries <prefix>-open and the list opens that initiative, focused and in view', async () => {
    const base = endpoint();
    let rung = 0;
    let expected: InitiativePage | undefined;
    for (let n = 1; n <= 7 && !rung; n++) {
      const page = await published(base, n);
      if (page.items.length) [rung, expected] = [n, page];
    }
    expect(rung, 'some rung has initiatives').to.be.greaterThan(0);
    const ladder = await fixture<CivicParticipationLadder>(
      html`<civic-participation-ladder endpoint=${base} initiative-url="?il-open={id}#list"></civic-participation-ladder>`,
    );
    await openRung(ladder, rung);
    const item = expected!.items[0]!;
    const link = $(ladder, `#p${rung} [part="examples"] a`);
    expect(link.getAttribute('href')).to.equal(`?il-open=${encodeURIComponent(item.id)}#list`);
    // follow it: the list on the page it leads to reads the parameter
    const list = await listAt(link.getAttribute('href')!, 100);
    const details = await opened(list, item.id);
    // the full initiative: its description when it has one, always the organiser
    const full = (await (
      await fetch(`${base}/v1/initiatives/${item.id}`, { headers: { 'Accept-Language': 'nl' } })
    ).json()) as Initiative;
    if (full.description) expect(text(details)).to.contain(full.description);
    expect(details.querySelector('dl')).to.exist;
    expect(list.shadowRoot!.querySelectorAll('[part~="details"]:not([hidden])')).to.have.length(1);
    await expect(list).to.be.accessible();
  });

  it('an initiative beyond the first page is fetched, shown first and opened; an unknown id opens nothing', async () => {
    const base = endpoint();
    const res = await fetch(`${base}/v1/initiatives?limit=100`, { headers: { 'Accept-Language': 'fr' } });
    const all = ((await res.json()) as InitiativePage).items;
    expect(all.length, 'the demo data has more than one initiative').to.be.greaterThan(1);
    const last = all[all.length - 1]!;
    document.documentElement.lang = 'fr';
    const list = await listAt(`?il-open=${last.id}`, 1);
    await opened(list, last.id);
    const titles = [...list.shadowRoot!.querySelectorAll('[part~="item"] .title')].map((h) => h.id);
    expect(titles[0]).to.equal(`t-${last.id}`);
    expect(text(list.shadowRoot!.querySelector(`#t-${last.id}`))).to.equal(last.title);
    // a list with another prefix ignores it
    history.replaceState(null, '', `?il-open=${last.id}`);
    const other = await fixture<CivicInitiativeList>(
      html`<civic-initiative-list id="other" endpoint=${base} page-size="1"></civic-initiative-list>`,
    );
    const unknown = await listAt('?il-open=no-such-initiative', 1);
    for (const el of [other, unknown]) {
      await waitUntil(() => el.shadowRoot!.querySelector('[part~="item"]'), 'the list rendered', { timeout: 8000 });
      await el.updateComplete;
      expect(el.shadowRoot!.querySelectorAll('[part~="details"]:not([hidden])')).to.have.length(0);
      expect(el.shadowRoot!.querySelectorAll('[part~="item"]')).to.have.length(1);
    }
  });
});
