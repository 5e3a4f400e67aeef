/**
 * <civic-idea-form> end to end, in Chromium against the REAL reference server that scripts/test.mjs
 * starts (window.CIVIC_TEST_ENDPOINT). What was stored is read back through the staff API. Without an
 * endpoint these tests fail, they never skip. The only stand-in is a labelled fetch wrapper that makes
 * requests fail while the test plays "offline".
 */
import { expect, fixture, fixtureCleanup, html, oneEvent } from '@open-wc/testing';
import '../../../src/define/idea-form.js';
import type { CivicIdeaForm } from '../../../src/components/idea-form/idea-form.js';
import type { Site } from '../../../src/schema/site.js';
import { fillAll, fillAllJoin, loaded, pick, submit, type } from './helpers.js';
import { $, root } from '../../fixtures/query.js';

const w = window as unknown as { CIVIC_TEST_ENDPOINT?: string; CIVIC_TEST_ADMIN_TOKEN?: string };
const endpoint = () => {
  if (!w.CIVIC_TEST_ENDPOINT)
    throw new Error('CIVIC_TEST_ENDPOINT is empty: run through `node scripts/test.mjs browser` (starts the server)');
  return w.CIVIC_TEST_ENDPOINT;
};

const originalFetch = window.fetch.bind(window);

type StaffIdea = Record<string, unknown> & { reference: string; title: string; flagged?: boolean };

async function staffIdeas(): Promise<StaffIdea[]> {
  const r = await originalFetch(`${endpoint()}/v1/staff/ideas?limit=100&flagged=any`, {
    headers: { Authorization: `Bearer ${w.CIVIC_TEST_ADMIN_TOKEN}` },
  });
  expect(r.status, 'staff API').to.equal(200);
  return ((await r.json()) as { items: StaffIdea[] }).items;
}

async function site(): Promise<Site> {
  const r = await fetch(`${endpoint()}/v1/site`, { headers: { 'Accept-Language': 'nl' } });
  expect(r.status).to.equal(200);
  return (await r.json()) as Site;
}

async function mount(): Promise<CivicIdeaForm> {
  const el = await fixture<CivicIdeaForm>(html`<civic-idea-form endpoint=${endpoint()}></civic-idea-form>`);
  await loaded(el);
  return el;
}

const run = Math.random().toString(36).slice(2, 7);

describe('<civic-idea-form> against the real reference server', () => {
  afterEach(() => {
    fixtureCleanup();
    localStorage.clear();
  });

  for (const lang of ['nl', 'fr'] as const) {
    it(`asks /v1/site as it connects, before Lit makes its shadow root, styles and first render, and only once (${lang}; a recording fetch wrapper, passing every request on)`, async () => {
      const realFetch = window.fetch;
      const el = document.createElement('civic-idea-form');
      el.setAttribute('endpoint', endpoint());
      const asked: { shadowRoot: boolean; lang: string | null }[] = [];
      // Records each /v1/site request, its language and whether the form had its shadow root yet when it
      // left; the request itself goes to the real server. A fetch of its own, so no answer kept from an
      // earlier test counts.
      window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
        if (String(input instanceof Request ? input.url : input).endsWith('/v1/site')) {
          const headers = new Headers(init?.headers);
          asked.push({ shadowRoot: !!el.shadowRoot, lang: headers.get('Accept-Language') });
        }
        return realFetch(input, init);
      };
      try {
        // The language comes from the page around the form, as on a CMS page.
        const host = await fixture<HTMLDivElement>(html`<div lang=${lang}></div>`);
        host.append(el);
        await loaded(el);
        // One request (the load task joined the early one: same endpoint and language), sent before Lit's own
        // connect work (shadow root, styles, controllers) and so before the first render.
        expect(asked).to.deep.equal([{ shadowRoot: false, lang }]);
      } finally {
        window.fetch = realFetch;
      }
    });
  }

  it('a form removed before /v1/site answers cancels its early request; the next form loads', async () => {
    const realFetch = window.fetch;
    const signals: AbortSignal[] = [];
    // Records the signal of each /v1/site request and passes it on to the real server; a fetch of its own,
    // so the request is not one kept from an earlier test.
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      if (String(input instanceof Request ? input.url : input).endsWith('/v1/site') && init?.signal) {
        signals.push(init.signal);
      }
      return realFetch(input, init);
    };
    try {
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      const gone = document.createElement('civic-idea-form');
      gone.setAttribute('endpoint', endpoint());
      host.append(gone);
      gone.remove();
      const el = document.createElement('civic-idea-form');
      el.setAttribute('endpoint', endpoint());
      host.append(el);
      await loaded(el);
      expect(signals.length, 'the removed form asked, then the next one').to.be.greaterThan(1);
      expect(signals[0]!.aborted, 'the removed form no longer waits for its answer').to.equal(true);
      expect(signals.at(-1)!.aborted).to.equal(false);
      expect(root(el).querySelector('[part~=error]')).to.equal(null);
    } finally {
      window.fetch = realFetch;
    }
  });

  for (const track of ['create', 'experiment'] as const) {
    it(`a complete "${track}" submission lands with every field and is listed by the staff API`, async () => {
      const s = await site();
      expect(s.tracks, 'the seeded site has this track open').to.include(track);
      const el = await mount();
      const tag = `${track}-${run}`;
      const f = await fillAll(el, s, track, tag);
      const submitted = oneEvent(el, 'civic-submitted');
      await submit(el);
      const receipt = ((await submitted) as unknown as { result: { reference: string } }).result;
      await el.updateComplete;
      expect($(el, '.panel.success').textContent).to.contain(receipt.reference);
      // The test server sends e-mail (GET /v1/site says email: true), so the panel says where it went.
      expect(s.email).to.equal(true);
      expect($(el, '.panel.success .email-sent').textContent).to.equal(
        'We stuurden een bevestiging naar bewoner@example.org.',
      );
      const stored = (await staffIdeas()).find((i) => i.reference === receipt.reference);
      expect(stored, 'listed by the staff API').to.exist;
      expect(stored).to.deep.include({
        track,
        title: f.title,
        summary: f.summary,
        description: f.description,
        areaId: f.areaId,
        neighbours: 3,
      });
      expect(stored!.themeIds).to.deep.equal(f.themeIds);
      expect(stored!.location).to.deep.equal({ address: f.address });
      expect(stored!.contact).to.deep.include({
        name: 'Voorbeeld Bewoner',
        email: 'bewoner@example.org',
        phone: '016 12 34 56',
      });
      expect((stored!.consent as { noticeVersion: string }).noticeVersion).to.equal(s.privacyNotice.version);
      expect(stored!.fillMs).to.be.a('number');
      expect(stored!.flagged).to.equal(false);
      if (track === 'experiment') expect(stored!.testPeriod).to.deep.equal(f.testPeriod);
      else expect(stored!.testPeriod ?? null).to.equal(null);
      expect(stored!.offerId ?? null).to.equal(null);
    });
  }

  /** Sends the form and reads back what the staff API lists under the receipt's reference. */
  async function sendAndRead(el: CivicIdeaForm): Promise<StaffIdea> {
    const submitted = oneEvent(el, 'civic-submitted');
    await submit(el);
    const receipt = ((await submitted) as unknown as { result: { reference: string } }).result;
    await el.updateComplete;
    expect($(el, '.panel.success').textContent).to.contain(receipt.reference);
    const stored = (await staffIdeas()).find((i) => i.reference === receipt.reference);
    expect(stored, 'listed by the staff API').to.exist;
    return stored!;
  }

  it('a minimal "join" (offer, name, e-mail, consent) lands with the offer\'s area and a title derived from the offer', async () => {
    const s = await site();
    expect(s.tracks, 'the seeded site has join open').to.include('join');
    const offer = s.offers.find((o) => o.areaId !== null);
    expect(offer, 'the seeded site has an offer in one area').to.exist;
    const el = await mount();
    await pick(el, 'track', 'join');
    await pick(el, 'offerId', offer!.id);
    expect(root(el).querySelector('#f-areaId'), 'no area asked for an offer in one area').to.equal(null);
    await type(el, 'contact.name', 'Voorbeeld Bewoner');
    await type(el, 'contact.email', `join-${run}@example.org`);
    $(el, '#f-consent-privacy').click();
    await el.updateComplete;
    const stored = await sendAndRead(el);
    expect(stored).to.deep.include({
      track: 'join',
      offerId: offer!.id,
      areaId: offer!.areaId,
      title: `Doe mee: ${offer!.title}`,
      neighbours: 0,
    });
    expect(stored.themeIds).to.deep.equal([]);
    expect(stored.location ?? null).to.equal(null);
    expect(stored.contact).to.deep.include({ name: 'Voorbeeld Bewoner', email: `join-${run}@example.org` });
    expect(stored.flagged).to.equal(false);
  });

  it('a "join" for an offer that runs everywhere lands in the area chosen, with address, note and a phone written 016/12.34.56', async () => {
    const s = await site();
    const offer = s.offers.find((o) => o.areaId === null);
    expect(offer, 'the seeded site has an offer that runs everywhere').to.exist;
    const el = await mount();
    const f = await fillAllJoin(el, s, offer!.id, run);
    expect(f.areaId, 'an area was asked').to.be.a('string');
    await type(el, 'contact.phone', '016/12.34.56');
    const stored = await sendAndRead(el);
    expect(stored).to.deep.include({
      track: 'join',
      offerId: offer!.id,
      areaId: f.areaId,
      title: `Doe mee: ${offer!.title}`,
      description: f.description,
    });
    expect(stored.location).to.deep.equal({ address: f.address });
    expect(stored.contact).to.deep.include({ phone: '016 12 34 56' });
  });

  it('ten rapid clicks on send store one idea', async () => {
    const s = await site();
    const el = await mount();
    const f = await fillAll(el, s, 'create', `clicks-${run}`);
    const button = $(el, '[part~="submit-button"]');
    const submitted = oneEvent(el, 'civic-submitted');
    for (let i = 0; i < 10; i++) button.click();
    await submitted;
    const same = (await staffIdeas()).filter((i) => i.title === f.title);
    expect(same).to.have.length(1);
  });

  it('offline (a labelled fetch wrapper that fails), then back online: exactly one idea stored', async () => {
    const s = await site();
    const el = await mount();
    const f = await fillAll(el, s, 'experiment', `offline-${run}`);
    const realFetch = window.fetch;
    let offline = true;
    // TEST STAND-IN for a lost connection: requests to the server fail like a dropped network.
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) =>
      offline && String(input instanceof Request ? input.url : input).startsWith(endpoint())
        ? Promise.reject(new TypeError('Failed to fetch'))
        : realFetch(input, init);
    try {
      const failed = oneEvent(el, 'civic-submit-error');
      await submit(el);
      expect(((await failed) as unknown as { queued: boolean }).queued).to.equal(true);
      await el.updateComplete;
      expect($(el, '.panel[role=status]').textContent).to.contain('bewaard op dit toestel');
      expect((await staffIdeas()).filter((i) => i.title === f.title)).to.have.length(0);
      offline = false;
      const sent = oneEvent(el, 'civic-submitted');
      window.dispatchEvent(new Event('online'));
      window.dispatchEvent(new Event('online'));
      await sent;
      await el.updateComplete;
      expect(root(el).querySelector('.panel.success')).to.exist;
      expect((await staffIdeas()).filter((i) => i.title === f.title)).to.have.length(1);
    } finally {
      window.fetch = realFetch;
    }
  }).timeout(40_000);
});
