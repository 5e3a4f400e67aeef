// ApiClient under fault injection. Every test here uses a MOCK FETCH (no server): it records the
// requests and answers with scripted responses, errors or hangs. Waits go through an injected sleep
// that records them and returns at once, so the tests run fast.
import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import { ApiClient, type ApiClientOptions } from '../../../src/api/client.js';
import { ApiError } from '../../../src/api/errors.js';
import { ENDPOINT_META_NAME, resolveEndpoint } from '../../../src/api/endpoint.js';
import { exampleIdeaCreate, exampleSite } from '../../../src/schema/examples.js';
import { cancelSignup, getInitiative, getSite, listInitiatives, listVolunteerRoles } from '../../../src/api/calls.js';
import { postIdea } from '../../fixtures/post-idea.js';

const ENDPOINT = 'https://api.example.test/civic';
type Step = Response | Error | 'hang' | ((init: RequestInit) => Response | Promise<Response>);
interface Call {
  url: string;
  init: RequestInit;
  headers: Headers;
}

/**
 * A mock fetch that plays `steps` in order (the last one repeats). The client's `no-cors` probe after
 * a failed fetch is recorded apart, in `probes`, and answers as `probe` says: the host answers (so the
 * browser withheld the answer: CORS) or cannot be reached.
 */
function mockFetch(steps: Step[], probe: 'answers' | 'fails' = 'fails') {
  const calls: Call[] = [];
  const probes: string[] = [];
  const fetch: typeof globalThis.fetch = async (input: RequestInfo | URL, init: RequestInit = {}) => {
    if (init.mode === 'no-cors') {
      probes.push(String(input));
      if (probe === 'fails') throw new TypeError('Failed to fetch');
      return new Response(null, { status: 200 });
    }
    calls.push({
      url: String(input),
      init,
      headers: new Headers(init.headers),
    });
    const step = steps[Math.min(calls.length - 1, steps.length - 1)];
    if (step === 'hang') {
      return new Promise<Response>((_, reject) => {
        init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      });
    }
    if (step instanceof Error) throw step;
    if (typeof step === 'function') return step(init);
    return step.clone();
  };
  return { fetch, calls, probes };
}

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(typeof body === 'string' ? body : JSON.stringify(body), {
    status,
    headers: {
      'content-type': status >= 400 ? 'application/problem+json' : 'application/json',
      ...headers,
    },
  });
const problem = (status: number, headers: Record<string, string> = {}) =>
  json({ type: 'urn:civic-widgets:problem:x', title: 'x', status }, status, headers);
const receipt = {
  id: 'i1',
  reference: 'IDEE-2026-00042',
  status: 'received',
  receivedAt: '2026-03-01T09:30:00Z',
};

function client(steps: Step[], options: Partial<ApiClientOptions> = {}, probe: 'answers' | 'fails' = 'fails') {
  const mock = mockFetch(steps, probe);
  const waits: number[] = [];
  const api = new ApiClient({
    endpoint: ENDPOINT,
    lang: 'fr',
    fetch: mock.fetch,
    random: () => 0.5,
    sleep: async (ms) => void waits.push(ms),
    ...options,
  });
  return { api, calls: mock.calls, probes: mock.probes, waits };
}

/** Runs `fn` while the browser says it is offline (a MOCK of navigator.onLine). */
async function whileOffline<T>(fn: () => Promise<T>): Promise<T> {
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
  try {
    return await fn();
  } finally {
    delete (navigator as { onLine?: boolean }).onLine;
  }
}

/** Runs `fn` with console.error recorded instead of printed. */
async function consoleErrors(fn: () => Promise<unknown>): Promise<string[]> {
  const seen: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => void seen.push(args.map(String).join(' '));
  try {
    await fn();
  } finally {
    console.error = original;
  }
  return seen;
}

async function rejection(p: Promise<unknown>): Promise<ApiError> {
  try {
    await p;
  } catch (e) {
    expect(e).to.be.instanceOf(ApiError);
    return e as ApiError;
  }
  throw new Error('expected the request to fail');
}

describe('ApiClient (mock fetch)', () => {
  it('sends credentials: omit, mode cors, Accept and Accept-Language, to the endpoint only', async () => {
    const { api, calls } = client([json(exampleSite)]);
    const site = await getSite(api);
    expect(site.municipality).to.equal(exampleSite.municipality);
    expect(calls).to.have.length(1);
    const [call] = calls;
    expect(call.url).to.equal(`${ENDPOINT}/v1/site`);
    expect(call.init.method).to.equal('GET');
    expect(call.init.credentials).to.equal('omit');
    expect(call.init.mode).to.equal('cors');
    expect(call.headers.get('accept')).to.contain('application/json');
    expect(call.headers.get('accept-language')).to.equal('fr');
    expect(call.headers.has('content-type')).to.equal(false);
  });

  it('builds query strings from defined values only and encodes ids', async () => {
    const page = { items: [], total: 0, nextCursor: null };
    const { api, calls } = client([json(page)]);
    await listInitiatives(api, {
      q: 'a b&c',
      area: undefined,
      rung: 3,
      needsVolunteers: true,
      limit: 10,
    });
    expect(calls[0].url).to.equal(`${ENDPOINT}/v1/initiatives?q=a+b%26c&rung=3&needsVolunteers=true&limit=10`);
    const { api: api2, calls: calls2 } = client([problem(404)]);
    expect((await rejection(getInitiative(api2, '../x?y'))).code).to.equal('not-found');
    expect(calls2[0].url).to.equal(`${ENDPOINT}/v1/initiatives/..%2Fx%3Fy`);
  });

  it('unreachable: fetch rejects and the host does not answer a probe: retried maxAttempts times, then "unreachable"', async () => {
    const { api, calls, probes, waits } = client([new TypeError('Failed to fetch')]);
    const e = await rejection(getSite(api));
    expect(e.code).to.equal('unreachable');
    expect(e.retryable).to.equal(true);
    expect(calls).to.have.length(4);
    expect(probes).to.deep.equal(Array(4).fill(`${ENDPOINT}/v1/site`));
    expect(waits).to.have.length(3);
    for (const w of waits) expect(w).to.be.within(500, 5000);
  });

  it('offline: when the browser says so, "offline", without a probe', async () => {
    const { api, probes } = client([new TypeError('Failed to fetch')], { maxAttempts: 1 });
    const e = await whileOffline(() => rejection(getSite(api)));
    expect(e.code).to.equal('offline');
    expect(e.retryable).to.equal(true);
    expect(probes).to.have.length(0);
  });

  it('blocked (CORS): the host answers a no-cors probe: "blocked" once retries fail too, and the console names CORS_ORIGINS', async () => {
    const endpoint = 'https://cors.example.test/api';
    const { api, calls, probes } = client([new TypeError('Failed to fetch')], { endpoint, maxAttempts: 2 }, 'answers');
    let e!: ApiError;
    const errors = await consoleErrors(async () => {
      e = await rejection(getSite(api));
      await rejection(getSite(api));
    });
    expect(e.code).to.equal('blocked');
    expect(e.retryable, 'a dropped connection looks the same: retried').to.equal(true);
    expect(e.outcomeUnknown).to.equal(true);
    expect(calls).to.have.length(4);
    expect(probes).to.have.length(4);
    expect(errors).to.have.length(1);
    expect(errors[0]).to.contain('CORS_ORIGINS').and.contain(location.origin);
  });

  it('a hang past the timeout becomes "timeout" and is retried', async () => {
    const { api, calls } = client(['hang', 'hang', json(exampleSite)], {
      timeoutMs: 30,
    });
    const started = performance.now();
    const site = await getSite(api);
    expect(site.demo).to.equal(exampleSite.demo);
    expect(calls).to.have.length(3);
    expect(calls[0].init.signal?.aborted).to.equal(true);
    expect(performance.now() - started).to.be.below(2000);
  });

  it('a hang on every attempt gives "timeout"', async () => {
    const { api, calls } = client(['hang'], { timeoutMs: 20, maxAttempts: 2 });
    expect((await rejection(getSite(api))).code).to.equal('timeout');
    expect(calls).to.have.length(2);
  });

  it('a fetch that ignores the abort signal still times out', async () => {
    const { api } = client([() => new Promise<Response>(() => {})], {
      timeoutMs: 20,
      maxAttempts: 1,
    });
    expect((await rejection(getSite(api))).code).to.equal('timeout');
  });

  it('500, 502, 503 then success: retried with growing backoff between 0.5 s and 5 s', async () => {
    const { api, calls, waits } = client([problem(500), problem(502), problem(503), json(exampleSite)]);
    await getSite(api);
    expect(calls).to.have.length(4);
    // random() = 0.5: halfway between 0.5 s and min(5 s, 0.5 s * 2^attempt)
    expect(waits).to.deep.equal([750, 1250, 2250]);
  });

  it('gives up after maxAttempts of 503 with "server"', async () => {
    const { api, calls } = client([problem(503)]);
    const e = await rejection(getSite(api));
    expect(e.code).to.equal('server');
    expect(e.status).to.equal(503);
    expect(calls).to.have.length(4);
  });

  it('408 is retried; 400, 404, 409, 422 are not', async () => {
    const { api, calls } = client([problem(408), json(exampleSite)]);
    await getSite(api);
    expect(calls).to.have.length(2);
    for (const [status, code] of [
      [400, 'server'],
      [404, 'not-found'],
      [409, 'conflict'],
      [422, 'validation'],
    ] as const) {
      const c = client([problem(status), json(exampleSite)]);
      expect((await rejection(getSite(c.api))).code).to.equal(code);
      expect(c.calls).to.have.length(1);
    }
  });

  it('429 with Retry-After: waits exactly that long (seconds and HTTP date)', async () => {
    const { api, waits, calls } = client([problem(429, { 'retry-after': '3' }), json(exampleSite)]);
    await getSite(api);
    expect(calls).to.have.length(2);
    expect(waits).to.deep.equal([3000]);
    const date = new Date(Date.now() + 4000).toUTCString();
    const c = client([problem(429, { 'retry-after': date }), json(exampleSite)]);
    await getSite(c.api);
    expect(c.waits[0]).to.be.within(2000, 4000);
  });

  it('429 with a Retry-After beyond the cap is not waited for: "rate-limited" with retryAfterMs', async () => {
    const { api, waits, calls } = client([problem(429, { 'retry-after': '3600' }), json(exampleSite)]);
    const e = await rejection(getSite(api));
    expect(e.code).to.equal('rate-limited');
    expect(e.retryAfterMs).to.equal(3_600_000);
    expect(waits).to.have.length(0);
    expect(calls).to.have.length(1);
  });

  it('a 200 with an HTML body is "invalid-response", not retried', async () => {
    const html = new Response('<!doctype html><title>Maintenance</title>', {
      headers: { 'content-type': 'text/html' },
    });
    const { api, calls } = client([html]);
    expect((await rejection(getSite(api))).code).to.equal('invalid-response');
    expect(calls).to.have.length(1);
  });

  it('truncated JSON is "invalid-response"', async () => {
    const { api } = client([json(JSON.stringify(exampleSite).slice(0, 40))]);
    expect((await rejection(getSite(api))).code).to.equal('invalid-response');
  });

  it('a wrong shape is "invalid-response"', async () => {
    const { api } = client([json({ ...exampleSite, areas: 'none' })]);
    const e = await rejection(getSite(api));
    expect(e.code).to.equal('invalid-response');
    expect(e.message).to.contain('areas');
  });

  it('caller abort gives "aborted" at once and no retry', async () => {
    const controller = new AbortController();
    const { api, calls, waits } = client(['hang'], { timeoutMs: 10_000 });
    const pending = getSite(api, controller.signal);
    await new Promise((r) => setTimeout(r, 10));
    controller.abort();
    const e = await rejection(pending);
    expect(e.code).to.equal('aborted');
    expect(calls).to.have.length(1);
    expect(waits).to.have.length(0);
  });

  it('an already aborted signal sends nothing', async () => {
    const { api, calls } = client([json(exampleSite)]);
    expect((await rejection(getSite(api, AbortSignal.abort()))).code).to.equal('aborted');
    expect(calls).to.have.length(0);
  });

  it('abort during the wait between attempts gives "aborted" and no further attempt', async () => {
    const controller = new AbortController();
    const { api, calls } = client([problem(503)], {
      sleep: async () => controller.abort(),
    });
    expect((await rejection(getSite(api, controller.signal))).code).to.equal('aborted');
    expect(calls).to.have.length(1);
  });

  it('POST is retried with the same Idempotency-Key and body', async () => {
    const key = crypto.randomUUID();
    const { api, calls } = client([new TypeError('Failed to fetch'), problem(502), json(receipt, 201)]);
    const result = await postIdea(api, exampleIdeaCreate, key);
    expect(result.reference).to.equal('IDEE-2026-00042');
    expect(calls).to.have.length(3);
    for (const call of calls) {
      expect(call.init.method).to.equal('POST');
      expect(call.headers.get('idempotency-key')).to.equal(key);
      expect(call.headers.get('content-type')).to.equal('application/json');
      expect(call.init.body).to.equal(JSON.stringify(exampleIdeaCreate));
      expect(call.init.credentials).to.equal('omit');
    }
  });

  it('an unreadable answer to a POST with its key is asked again with the same key (the outcome is unknown)', async () => {
    const key = crypto.randomUUID();
    const truncated = new Response('{"id":"i1","refer', {
      status: 201,
      headers: { 'content-type': 'application/json' },
    });
    const html = new Response('<html>proxy</html>', { status: 200, headers: { 'content-type': 'text/html' } });
    const { api, calls } = client([truncated, html, json(receipt, 201)]);
    const result = await postIdea(api, exampleIdeaCreate, key);
    expect(result.reference).to.equal('IDEE-2026-00042');
    expect(calls.map((c) => c.headers.get('idempotency-key'))).to.deep.equal([key, key, key]);
  });

  it('an unreadable answer to a GET is not asked again', async () => {
    const { api, calls } = client([new Response('<html>', { status: 200, headers: { 'content-type': 'text/html' } })]);
    expect((await rejection(getSite(api))).code).to.equal('invalid-response');
    expect(calls).to.have.length(1);
  });

  it('retryTimeouts: false gives up at the first timeout', async () => {
    const { api, calls } = client(['hang', json(receipt, 201)], { timeoutMs: 20 });
    const e = await rejection(
      api.request('POST', '/v1/ideas', { body: {}, schema: z.unknown(), idempotencyKey: 'k', retryTimeouts: false }),
    );
    expect(e.code).to.equal('timeout');
    expect(calls).to.have.length(1);
  });

  it('a POST without an Idempotency-Key is never retried', async () => {
    const { api, calls } = client([problem(503), json(receipt, 201)]);
    const e = await rejection(api.request('POST', '/v1/ideas', { body: {}, schema: z.unknown() }));
    expect(e.code).to.equal('server');
    expect(calls).to.have.length(1);
  });

  it('cancelSignup sends DELETE with X-Cancel-Token', async () => {
    const { api, calls } = client([json({ id: 's1', status: 'cancelled' })]);
    const r = await cancelSignup(api, 's1', 'token-0123456789abcdef0123456789abcdef');
    expect(r.status).to.equal('cancelled');
    expect(calls[0].init.method).to.equal('DELETE');
    expect(calls[0].url).to.equal(`${ENDPOINT}/v1/volunteer-signups/s1`);
    expect(calls[0].headers.get('x-cancel-token')).to.equal('token-0123456789abcdef0123456789abcdef');
  });

  it('requests no host but the endpoint, whatever the path', async () => {
    const { api, calls } = client([json(exampleSite)]);
    expect((await rejection(api.request('GET', '//evil.example/v1/site', { schema: z.unknown() }))).code).to.equal(
      'misconfigured',
    );
    expect((await rejection(api.request('GET', 'https://evil.example/', { schema: z.unknown() }))).code).to.equal(
      'misconfigured',
    );
    await getSite(api);
    await listVolunteerRoles(api, { initiative: 'x' }).catch(() => {});
    expect(calls.length).to.be.greaterThan(0);
    for (const call of calls) expect(new URL(call.url).origin).to.equal(new URL(ENDPOINT).origin);
    for (const call of calls) expect(call.url.startsWith(`${ENDPOINT}/v1/`)).to.equal(true);
  });

  it('uses the real fetch by default, bound to window (no Illegal invocation)', async () => {
    const api = new ApiClient({
      endpoint: 'http://127.0.0.1:9',
      lang: 'nl',
      maxAttempts: 1,
      timeoutMs: 2000,
    });
    const e = await rejection(getSite(api));
    expect(['unreachable', 'timeout']).to.include(e.code);
  });
});

describe('resolveEndpoint', () => {
  const errors: unknown[][] = [];
  const original = console.error;
  let meta: HTMLMetaElement | null = null;
  beforeEach(() => {
    errors.length = 0;
    console.error = (...args: unknown[]) => void errors.push(args);
  });
  afterEach(() => {
    console.error = original;
    meta?.remove();
    meta = null;
  });
  const el = (endpoint?: string) => {
    const e = document.createElement('civic-test-widget');
    if (endpoint !== undefined) e.setAttribute('endpoint', endpoint);
    return e;
  };
  const setMeta = (content: string) => {
    meta = document.createElement('meta');
    meta.name = ENDPOINT_META_NAME;
    meta.content = content;
    document.head.append(meta);
  };

  it('takes the endpoint attribute, absolute or a path, without trailing slash', () => {
    expect(resolveEndpoint(el('https://participatie.example.be/api/'))).to.equal('https://participatie.example.be/api');
    expect(resolveEndpoint(el('/civic/'))).to.equal(`${location.origin}/civic`);
    expect(resolveEndpoint(el('http://127.0.0.1:8080'))).to.equal('http://127.0.0.1:8080');
    expect(errors).to.have.length(0);
  });

  it('falls back to <meta name="civic-widgets-endpoint">; the attribute wins', () => {
    setMeta('https://gemeente.example.be/participatie');
    expect(resolveEndpoint(el())).to.equal('https://gemeente.example.be/participatie');
    expect(resolveEndpoint(el('https://other.example.be'))).to.equal('https://other.example.be');
  });

  it('missing or invalid: "misconfigured" and one console.error per element with example markup', () => {
    for (const bad of [
      undefined,
      '',
      'api.example.be',
      '//evil.example',
      'javascript:alert(1)',
      'ftp://x.example',
      'https://x.example/?a=1',
      'https://u:p@x.example',
    ]) {
      errors.length = 0;
      const e = el(bad);
      const result = resolveEndpoint(e);
      expect(result, String(bad)).to.be.instanceOf(ApiError);
      expect((result as ApiError).code).to.equal('misconfigured');
      resolveEndpoint(e);
      expect(errors, String(bad)).to.have.length(1);
      expect(String(errors[0][0])).to.contain('endpoint="https://');
      expect(String(errors[0][0])).to.contain(`<meta name="${ENDPOINT_META_NAME}"`);
    }
  });
});
