/**
 * One `GET /v1/site` per endpoint and language for the whole page, against the REAL reference server.
 * Requests are counted by a wrapper around `window.fetch` that hands every request to the real fetch
 * (installed before the widgets ask, so they send through it); only the failure test changes an answer
 * (labelled MOCK: the real server does not garble its answers on demand).
 */
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import '../../../src/all.js';
import { getSite } from '../../../src/api/calls.js';
import { ApiClient } from '../../../src/api/client.js';
import { ApiError } from '../../../src/api/errors.js';
import type { CivicLoadEvent } from '../../../src/events/civic-load.js';
import type { CivicIdeaForm } from '../../../src/components/idea-form/idea-form.js';
import type { CivicInitiativeList } from '../../../src/components/initiative-list/initiative-list.js';
import type { CivicVolunteerSignup } from '../../../src/components/volunteer-signup/volunteer-signup.js';
import type { Site } from '../../../src/schema/site.js';
import { root } from '../../fixtures/query.js';
import { loaded } from '../idea-form/helpers.js';

const endpoint = (): string => {
  const e = (window as unknown as { CIVIC_TEST_ENDPOINT?: string }).CIVIC_TEST_ENDPOINT;
  if (!e)
    throw new Error(
      'CIVIC_TEST_ENDPOINT is empty: run through `node scripts/test.mjs browser` so the reference server starts',
    );
  return e;
};

const realFetch = globalThis.fetch;

/**
 * Counts the `GET /v1/site` requests sent from now on (their Accept-Language and signal); `answer` may
 * answer one itself (MOCK) instead of the real server.
 */
function countSiteRequests(answer?: (n: number, request: Request) => Promise<Response> | Response | undefined): {
  languages: (string | null)[];
  signals: AbortSignal[];
  caches: RequestCache[];
} {
  const languages: (string | null)[] = [];
  const signals: AbortSignal[] = [];
  const caches: RequestCache[] = [];
  globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    if (request.method === 'GET' && new URL(request.url).pathname.endsWith('/v1/site')) {
      languages.push(request.headers.get('Accept-Language'));
      signals.push(request.signal);
      caches.push(request.cache);
      const replaced = answer?.(languages.length, request);
      if (replaced) return Promise.resolve(replaced);
    }
    return realFetch(input, init);
  };
  return { languages, signals, caches };
}

/** MOCK: an answer that never comes (until the request is aborted). */
const hang = (request: Request) =>
  new Promise<Response>((_, reject) =>
    request.signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
  );

async function siteOf(lang: string): Promise<Site> {
  return (await (await realFetch(`${endpoint()}/v1/site`, { headers: { 'Accept-Language': lang } })).json()) as Site;
}

/** The list shows an area name from /v1/site on a card (so its own site request has been answered). */
async function listHasSite(list: CivicInitiativeList, site: Site): Promise<void> {
  const names = site.areas.map((a) => a.name);
  await waitUntil(
    () => [...root(list).querySelectorAll('[part~=item]')].some((c) => names.some((n) => c.textContent?.includes(n))),
    'the list did not show area names from /v1/site',
    { timeout: 10_000 },
  );
}

/** The signup shows its roles (it loads /v1/site with them). */
const signupLoaded = (el: CivicVolunteerSignup) =>
  waitUntil(() => root(el).querySelector('form') && !root(el).querySelector('.loading'), 'the signup did not load', {
    timeout: 10_000,
  });

describe('one /v1/site request per endpoint and language on a page', () => {
  afterEach(() => {
    fixtureCleanup();
    globalThis.fetch = realFetch;
    history.replaceState(null, '', location.pathname);
  });

  it('a page with all four widgets asks for /v1/site once', async () => {
    const site = await siteOf('nl');
    const sent = countSiteRequests();
    const page = await fixture<HTMLElement>(html`<div lang="nl">
      <civic-idea-form endpoint=${endpoint()}></civic-idea-form>
      <civic-initiative-list endpoint=${endpoint()}></civic-initiative-list>
      <civic-participation-ladder endpoint=${endpoint()}></civic-participation-ladder>
      <civic-volunteer-signup endpoint=${endpoint()}></civic-volunteer-signup>
    </div>`);
    await loaded(page.querySelector<CivicIdeaForm>('civic-idea-form')!);
    await listHasSite(page.querySelector<CivicInitiativeList>('civic-initiative-list')!, site);
    await signupLoaded(page.querySelector<CivicVolunteerSignup>('civic-volunteer-signup')!);
    expect(sent.languages).to.deep.equal(['nl']);

    // A widget added later gets the answer that arrived.
    const later = await fixture<CivicIdeaForm>(html`<civic-idea-form endpoint=${endpoint()}></civic-idea-form>`);
    await loaded(later);
    expect(sent.languages).to.deep.equal(['nl']);
  });

  it('two languages on one page: one request each, each widget with the site in its language', async () => {
    const [nl, fr] = await Promise.all([siteOf('nl'), siteOf('fr')]);
    const sent = countSiteRequests();
    const sites = new Map<string, unknown>();
    const onLoad = (e: Event): void => {
      const { what, data } = e as CivicLoadEvent;
      if (what === 'site') sites.set((e.target as HTMLElement).lang, data);
    };
    document.addEventListener('civic-load', onLoad);
    try {
      const page = await fixture<HTMLElement>(html`<div>
        <civic-idea-form lang="nl" endpoint=${endpoint()}></civic-idea-form>
        <civic-idea-form lang="fr" endpoint=${endpoint()}></civic-idea-form>
        <civic-initiative-list lang="fr" endpoint=${endpoint()}></civic-initiative-list>
        <civic-volunteer-signup lang="nl" endpoint=${endpoint()}></civic-volunteer-signup>
      </div>`);
      for (const form of page.querySelectorAll<CivicIdeaForm>('civic-idea-form')) await loaded(form);
      await listHasSite(page.querySelector<CivicInitiativeList>('civic-initiative-list')!, fr);
      await signupLoaded(page.querySelector<CivicVolunteerSignup>('civic-volunteer-signup')!);
    } finally {
      document.removeEventListener('civic-load', onLoad);
    }
    expect([...sent.languages].sort()).to.deep.equal(['fr', 'nl']);
    expect(sites.get('nl')).to.deep.equal(nl);
    expect(sites.get('fr')).to.deep.equal(fr);
  });

  it('MOCK (a garbled first answer): the failure is shared, a retry asks again, and its answer is kept', async () => {
    const sent = countSiteRequests((n) => (n === 1 ? new Response('{not json', { status: 200 }) : undefined));
    const page = await fixture<HTMLElement>(html`<div lang="nl">
      <civic-idea-form endpoint=${endpoint()}></civic-idea-form>
      <civic-volunteer-signup endpoint=${endpoint()}></civic-volunteer-signup>
    </div>`);
    const form = page.querySelector<CivicIdeaForm>('civic-idea-form')!;
    const signup = page.querySelector<CivicVolunteerSignup>('civic-volunteer-signup')!;
    await waitUntil(() => root(form).querySelector('[role=alert] button'), 'the form shows no load error', {
      timeout: 10_000,
    });
    await waitUntil(() => root(signup).querySelector('.load-error button'), 'the signup shows no load error', {
      timeout: 10_000,
    });
    expect(sent.languages).to.have.length(1);

    root(form).querySelector<HTMLButtonElement>('[role=alert] button')!.click();
    await loaded(form);
    expect(sent.languages).to.have.length(2);
    root(signup).querySelector<HTMLButtonElement>('.load-error button')!.click();
    await signupLoaded(signup);
    expect(sent.languages).to.have.length(2);
  });

  it('a caller that leaves does not cancel the others; the request is cancelled when all have left; fresh asks again', async () => {
    const sent = countSiteRequests();
    const client = () => new ApiClient({ endpoint: endpoint(), lang: 'en' });
    const leaving = new AbortController();
    const first = getSite(client(), leaving.signal);
    const second = getSite(client(), new AbortController().signal);
    leaving.abort();
    const error = await first.then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).to.be.instanceOf(ApiError);
    expect((error as ApiError).code).to.equal('aborted');
    expect((await second).areas.length).to.be.greaterThan(0);
    expect(sent.languages).to.deep.equal(['en']);

    // Kept: no new request; `fresh` asks again (the staff console, after saving the site).
    await getSite(client());
    expect(sent.languages).to.deep.equal(['en']);
    await getSite(client(), undefined, { fresh: true });
    expect(sent.languages).to.deep.equal(['en', 'en']);
    expect(sent.caches, 'fresh: past the HTTP cache').to.deep.equal(['default', 'no-cache']);

    // Everyone leaves (MOCK: the answer is held back until then): the request is aborted and forgotten.
    const held = countSiteRequests((n, request) => (n <= 2 ? hang(request) : undefined));
    const gone = [new AbortController(), new AbortController()];
    const waits = gone.map((c) => getSite(client(), c.signal, { fresh: true }).catch((e: unknown) => e));
    // (both ask `fresh`: the second replaces the first's request, so each leaves a request of its own)
    await waitUntil(() => held.signals.length === 2, 'the requests were not sent');
    gone[0]!.abort();
    expect((await waits[0]) as ApiError).to.have.property('code', 'aborted');
    expect(held.signals[0]!.aborted).to.equal(true);
    expect(held.signals[1]!.aborted).to.equal(false);
    const joined = new AbortController();
    const join = getSite(client(), joined.signal).catch((e: unknown) => e); // waits for the second request
    gone[1]!.abort();
    expect(held.signals[1]!.aborted, 'one caller still waits').to.equal(false);
    joined.abort();
    for (const e of await Promise.all([waits[1], join])) expect(e as ApiError).to.have.property('code', 'aborted');
    expect(held.signals[1]!.aborted).to.equal(true);
    expect((await getSite(client())).areas.length).to.be.greaterThan(0);
    expect(held.languages).to.deep.equal(['en', 'en', 'en']);
  });
});
