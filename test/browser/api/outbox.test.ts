// The outbox and drafts. Every test uses a MOCK FETCH (no server) and a MOCK STORAGE (an in-memory
// Storage, so tests do not touch the page's localStorage); the clock is injected where time matters.
import { expect } from '@open-wc/testing';
import { ApiClient } from '../../../src/api/client.js';
import { flushOutbox, submitWithOutbox, watchOutbox } from '../../../src/api/outbox.js';
import type { CivicOutboxSentEvent } from '../../../src/events/civic-outbox-sent.js';
import { clearDraft, loadDraft, saveDraft } from '../../../src/storage/drafts.js';
import { Outbox, OUTBOX_PREFIX } from '../../../src/storage/outbox-store.js';
import { KEEP_MS } from '../../../src/storage/safe-store.js';
import { IdeaReceiptSchema } from '../../../src/schema/idea.js';
import { exampleIdeaCreate } from '../../../src/schema/examples.js';
import { trackedTimers } from '../../fixtures/tracked-timers.js';

/** A mock Storage over a Map, optionally refusing writes like a full or disabled localStorage. */
class MockStorage implements Storage {
  map = new Map<string, string>();
  constructor(public refuse = false) {}
  get length() {
    return this.map.size;
  }
  key(i: number) {
    return [...this.map.keys()][i] ?? null;
  }
  getItem(k: string) {
    return this.map.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    if (this.refuse) throw new DOMException('quota', 'QuotaExceededError');
    this.map.set(k, v);
  }
  removeItem(k: string) {
    this.map.delete(k);
  }
  clear() {
    this.map.clear();
  }
}

/** The receipt schemas a page with the idea form knows (the outbox flushes only those kinds). */
const receipts = { idea: IdeaReceiptSchema };

const receipt = {
  id: 'i1',
  reference: 'IDEE-2026-00042',
  status: 'received',
  receivedAt: '2026-03-01T09:30:00Z',
};
const ok = () =>
  new Response(JSON.stringify(receipt), {
    status: 201,
    headers: { 'content-type': 'application/json' },
  });
const problem = (status: number, extra = {}) =>
  new Response(JSON.stringify({ type: 'urn:x', title: 'x', status, ...extra }), {
    status,
    headers: { 'content-type': 'application/problem+json' },
  });

let n = 0;
/** A fresh endpoint per test, so page-wide flush and watch state never leaks between tests. */
const newEndpoint = () => `https://api${++n}.example.test`;

/** A mock fetch whose behaviour a test can switch (offline / online / custom) at any time. */
function mockNetwork(endpoint: string) {
  const posts: { key: string | null; body: string }[] = [];
  let mode: 'offline' | 'online' | ((init: RequestInit) => Response | Promise<Response>) = 'online';
  const fetch: typeof globalThis.fetch = async (_url, init = {}) => {
    await new Promise((r) => setTimeout(r, 1));
    if (mode === 'offline') throw new TypeError('Failed to fetch');
    posts.push({
      key: new Headers(init.headers).get('idempotency-key'),
      body: String(init.body),
    });
    return typeof mode === 'function' ? mode(init) : ok();
  };
  const factory = (ep: string) => new ApiClient({ endpoint: ep, lang: 'nl', fetch, sleep: async () => {} });
  return {
    posts,
    client: factory(endpoint),
    factory,
    set: (m: typeof mode) => void (mode = m),
  };
}

const submit = (client: ApiClient, storage: Storage, key?: string) =>
  submitWithOutbox(client, {
    kind: 'idea',
    path: '/v1/ideas',
    body: exampleIdeaCreate,
    schema: IdeaReceiptSchema,
    storage,
    key,
  });

const until = async (cond: () => boolean, ms = 3000) => {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 5));
  }
};

describe('Outbox (mock fetch, mock storage)', () => {
  it('stores the submission before the first attempt', async () => {
    const storage = new MockStorage();
    const endpoint = newEndpoint();
    const net = mockNetwork(endpoint);
    let seen: unknown[] = [];
    net.set((init) => {
      seen = new Outbox({ storage }).list(endpoint);
      expect(seen).to.have.length(1);
      expect((seen[0] as { key: string }).key).to.equal(new Headers(init.headers).get('idempotency-key'));
      return ok();
    });
    const outcome = await submit(net.client, storage);
    expect(outcome.status).to.equal('sent');
    expect(seen).to.have.length(1);
    expect(seen[0]).to.deep.include({
      endpoint,
      path: '/v1/ideas',
      kind: 'idea',
      body: exampleIdeaCreate,
    });
  });

  it('is gone after a confirmed success', async () => {
    const storage = new MockStorage();
    const net = mockNetwork(newEndpoint());
    const outcome = await submit(net.client, storage);
    expect(outcome.status).to.equal('sent');
    if (outcome.status === 'sent') expect(outcome.result.reference).to.equal('IDEE-2026-00042');
    expect(storage.length).to.equal(0);
  });

  it('is kept after a network failure (queued) and after a 503', async () => {
    const storage = new MockStorage();
    const endpoint = newEndpoint();
    const net = mockNetwork(endpoint);
    net.set('offline');
    const a = await submit(net.client, storage);
    expect(a.status).to.equal('queued');
    if (a.status === 'queued') expect(a.error.code).to.equal('unreachable');
    net.set(() => problem(503));
    const b = await submit(net.client, storage);
    expect(b.status).to.equal('queued');
    const keys = new Outbox({ storage }).list(endpoint).map((e) => e.key);
    expect(keys).to.have.members([a.key, b.key]);
  });

  it('is kept after an unreadable answer (the outcome is unknown), with the reason stored for a reload', async () => {
    const storage = new MockStorage();
    const endpoint = newEndpoint();
    const net = mockNetwork(endpoint);
    net.set(() => new Response('<html>Bad gateway</html>', { status: 200, headers: { 'content-type': 'text/html' } }));
    const outcome = await submit(net.client, storage);
    expect(outcome.status).to.equal('queued');
    if (outcome.status === 'queued') expect(outcome.error.code).to.equal('invalid-response');
    // The client asked again with the same key before giving up.
    expect(new Set(net.posts.map((p) => p.key)).size).to.equal(1);
    expect(net.posts.length).to.be.greaterThan(1);
    const [entry] = new Outbox({ storage }).list(endpoint);
    expect(entry.key).to.equal(outcome.key);
    expect(entry.lastError).to.equal('invalid-response');
  });

  it('waits through one timeout only: the resident is told at once, the watch sends it later', async () => {
    const storage = new MockStorage();
    const endpoint = newEndpoint();
    let calls = 0;
    const fetch: typeof globalThis.fetch = (_url, init = {}) => {
      calls++;
      return new Promise((_, reject) =>
        init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
      );
    };
    const client = new ApiClient({ endpoint, lang: 'nl', fetch, timeoutMs: 20, sleep: async () => {} });
    const outcome = await submit(client, storage);
    expect(outcome.status).to.equal('queued');
    if (outcome.status === 'queued') expect(outcome.error.code).to.equal('timeout');
    expect(calls).to.equal(1);
    expect(new Outbox({ storage }).list(endpoint)).to.have.length(1);
  });

  it('is removed after a 422, and the field errors come back', async () => {
    const storage = new MockStorage();
    const net = mockNetwork(newEndpoint());
    net.set(() => problem(422, { errors: [{ path: 'title', code: 'too-short' }] }));
    const outcome = await submit(net.client, storage);
    expect(outcome.status).to.equal('rejected');
    if (outcome.status === 'rejected')
      expect(outcome.error.fieldErrors).to.deep.equal([{ path: 'title', code: 'too-short' }]);
    expect(storage.length).to.equal(0);
  });

  it('survives a reload and is sent with the same key and body, announcing civic-outbox-sent', async () => {
    const storage = new MockStorage();
    const endpoint = newEndpoint();
    const before = mockNetwork(endpoint);
    before.set('offline');
    const queued = await submit(before.client, storage);
    expect(queued.status).to.equal('queued');

    // "Reload": new instances over the same storage, a new client.
    const after = mockNetwork(endpoint);
    expect(new Outbox({ storage }).list(endpoint).map((e) => e.key)).to.deep.equal([queued.key]);
    const events: CivicOutboxSentEvent[] = [];
    const onSent = (e: CivicOutboxSentEvent) => events.push(e);
    window.addEventListener('civic-outbox-sent', onSent);
    try {
      const report = await flushOutbox(after.factory, endpoint, { storage, receipts });
      expect(report).to.deep.equal({ sent: 1, queued: 0, rejected: 0 });
    } finally {
      window.removeEventListener('civic-outbox-sent', onSent);
    }
    expect(after.posts).to.deep.equal([{ key: queued.key, body: JSON.stringify(exampleIdeaCreate) }]);
    expect(events).to.have.length(1);
    expect(events[0]).to.deep.include({ key: queued.key, kind: 'idea' });
    expect((events[0].result as { reference: string }).reference).to.equal('IDEE-2026-00042');
    expect(new Outbox({ storage }).list()).to.have.length(0);
  });

  it('is sent exactly once when several online events fire quickly', async () => {
    const storage = new MockStorage();
    const endpoint = newEndpoint();
    const net = mockNetwork(endpoint);
    net.set('offline');
    const queued = await submit(net.client, storage);
    // Two widgets watch the same endpoint; the first flush (page load) fails: still offline.
    const stopA = watchOutbox(endpoint, net.factory, { storage, receipts });
    const stopB = watchOutbox(endpoint, net.factory, { storage, receipts });
    await new Promise((r) => setTimeout(r, 50));
    expect(net.posts).to.have.length(0);
    net.set('online');
    for (let i = 0; i < 5; i++) window.dispatchEvent(new Event('online'));
    await until(() => new Outbox({ storage }).list(endpoint).length === 0);
    await new Promise((r) => setTimeout(r, 100));
    stopA();
    stopB();
    expect(net.posts.map((p) => p.key)).to.deep.equal([queued.key]);
    // Stopped: another online event sends nothing more.
    await submit(mockNetwork(endpoint).client, storage).then(() => undefined);
    window.dispatchEvent(new Event('online'));
    await new Promise((r) => setTimeout(r, 50));
    expect(net.posts).to.have.length(1);
  });

  it('concurrent flushes from different clients send each entry once', async () => {
    const storage = new MockStorage();
    const endpoint = newEndpoint();
    const net = mockNetwork(endpoint);
    const outbox = new Outbox({ storage });
    for (let i = 0; i < 3; i++)
      outbox.add({
        key: crypto.randomUUID(),
        endpoint,
        path: '/v1/ideas',
        body: exampleIdeaCreate,
        kind: 'idea',
      });
    await Promise.all([
      flushOutbox(net.factory, endpoint, { storage, receipts }),
      flushOutbox(net.factory, endpoint, { storage, receipts }),
      flushOutbox(net.client, endpoint, { storage, receipts }),
    ]);
    expect(net.posts).to.have.length(3);
    expect(new Set(net.posts.map((p) => p.key)).size).to.equal(3);
  });

  it('a flush leaves other endpoints alone and removes an entry the server rejects', async () => {
    const storage = new MockStorage();
    const endpoint = newEndpoint();
    const net = mockNetwork(endpoint);
    const outbox = new Outbox({ storage });
    outbox.add({
      key: 'other',
      endpoint: 'https://elsewhere.example.test',
      path: '/v1/ideas',
      body: {},
      kind: 'idea',
    });
    outbox.add({
      key: 'bad',
      endpoint,
      path: '/v1/ideas',
      body: {},
      kind: 'idea',
    });
    net.set(() => problem(409));
    const report = await flushOutbox(net.factory, endpoint, { storage, receipts });
    expect(report).to.deep.equal({ sent: 0, queued: 0, rejected: 1 });
    expect(outbox.list().map((e) => e.key)).to.deep.equal(['other']);
  });

  it('expires after 7 days (injected clock)', () => {
    const storage = new MockStorage();
    let now = Date.UTC(2026, 2, 1);
    const outbox = new Outbox({ storage, now: () => now });
    outbox.add({
      key: 'k',
      endpoint: 'https://a.test',
      path: '/v1/ideas',
      body: {},
      kind: 'idea',
    });
    now += KEEP_MS;
    expect(outbox.list()).to.have.length(1);
    now += 1;
    expect(outbox.purgeExpired()).to.equal(1);
    expect(outbox.list()).to.have.length(0);
    expect(storage.getItem(`${OUTBOX_PREFIX}k`)).to.equal(null);
  });

  it('drops unreadable entries instead of failing', () => {
    const storage = new MockStorage();
    storage.setItem(`${OUTBOX_PREFIX}junk`, '{not json');
    storage.setItem(`${OUTBOX_PREFIX}odd`, '42');
    const outbox = new Outbox({ storage });
    expect(outbox.list()).to.deep.equal([]);
    expect(storage.length).to.equal(0);
  });

  it('works in memory when storage refuses writes, and says so', async () => {
    const storage = new MockStorage(true);
    const endpoint = newEndpoint();
    const net = mockNetwork(endpoint);
    net.set('offline');
    const queued = await submit(net.client, storage);
    expect(queued.status).to.equal('queued');
    const outbox = new Outbox({ storage });
    expect(outbox.inMemory).to.equal(true);
    expect(outbox.list(endpoint).map((e) => e.key)).to.deep.equal([queued.key]);
    net.set('online');
    expect((await flushOutbox(net.factory, endpoint, { storage, receipts })).sent).to.equal(1);
    expect(outbox.list(endpoint)).to.have.length(0);
  });

  it('works when storage itself throws on every call', () => {
    const broken = new Proxy(new MockStorage(), {
      get() {
        throw new DOMException('denied', 'SecurityError');
      },
    });
    const outbox = new Outbox({ storage: broken });
    outbox.add({
      key: 'k',
      endpoint: 'https://a.test',
      path: '/v1/ideas',
      body: {},
      kind: 'idea',
    });
    expect(outbox.list().map((e) => e.key)).to.deep.equal(['k']);
    expect(outbox.inMemory).to.equal(true);
  });
});

describe('Drafts (mock storage)', () => {
  it('saves, loads and clears a draft', () => {
    const storage = new MockStorage();
    const now = () => 1_000;
    expect(loadDraft('idea-form', { storage })).to.equal(null);
    saveDraft('idea-form', { title: 'Bankjes' }, { storage, now });
    expect(storage.getItem('civic-widgets:draft:idea-form')).to.be.a('string');
    expect(loadDraft('idea-form', { storage, now })).to.deep.equal({
      values: { title: 'Bankjes' },
      savedAt: 1_000,
    });
    clearDraft('idea-form', { storage });
    expect(loadDraft('idea-form', { storage, now })).to.equal(null);
    expect(storage.length).to.equal(0);
  });

  it('expires after 7 days', () => {
    const storage = new MockStorage();
    let t = 0;
    const now = () => t;
    saveDraft('signup', { name: 'An' }, { storage, now });
    t = KEEP_MS;
    expect(loadDraft('signup', { storage, now })).to.not.equal(null);
    t = KEEP_MS + 1;
    expect(loadDraft('signup', { storage, now })).to.equal(null);
    expect(storage.length).to.equal(0);
  });

  it('survives storage that refuses writes and unreadable drafts', () => {
    const storage = new MockStorage(true);
    saveDraft('x', { a: 1 }, { storage });
    expect(loadDraft<{ a: number }>('x', { storage })?.values).to.deep.equal({
      a: 1,
    });
    const ok = new MockStorage();
    ok.setItem('civic-widgets:draft:y', '{oops');
    expect(loadDraft('y', { storage: ok })).to.equal(null);
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    expect(() => saveDraft('z', circular, { storage: ok })).not.to.throw();
  });
});

describe('outbox kinds', () => {
  it('leaves an entry whose kind this page does not know for a page that does (mock fetch, mock storage)', async () => {
    const storage = new MockStorage();
    const endpoint = 'https://api.example.test';
    const outbox = new Outbox({ storage });
    outbox.add({
      key: crypto.randomUUID(),
      endpoint,
      path: '/v1/volunteer-signups',
      body: {},
      kind: 'volunteer-signup',
    });
    let calls = 0;
    const client = new ApiClient({
      endpoint,
      lang: 'nl',
      fetch: async () => {
        calls++;
        return new Response('{}', { status: 500 });
      },
    });
    const report = await flushOutbox(client, endpoint, { storage, receipts });
    expect(calls).to.equal(0);
    expect(report).to.deep.equal({ sent: 0, queued: 0, rejected: 0 });
    expect(outbox.list(endpoint)).to.have.length(1);
  });
});

/** A fake timer that never fires by itself: the test reads the delay and fires it. */
function manualTimers() {
  const pending = new Map<number, { fn: () => void; ms: number }>();
  let id = 0;
  return {
    pending,
    setTimer: (fn: () => void, ms: number): unknown => {
      pending.set(++id, { fn, ms });
      return id;
    },
    clearTimer: (h: unknown) => void pending.delete(h as number),
    /** The one pending timer (the watch never keeps more than one). */
    only() {
      expect(pending.size).to.equal(1);
      return [...pending.entries()][0];
    },
    fire() {
      const [h, t] = this.only();
      pending.delete(h);
      t.fn();
    },
  };
}

describe('outbox periodic retry while online (MOCK fetch, mock storage)', () => {
  let onlineEvents = 0;
  const countOnline = () => void onlineEvents++;
  beforeEach(() => {
    onlineEvents = 0;
    window.addEventListener('online', countOnline);
  });
  afterEach(() => window.removeEventListener('online', countOnline));

  it('sends a submission queued after a 503 once, without an online event, then stops retrying', async () => {
    const storage = new MockStorage();
    const endpoint = newEndpoint();
    const net = mockNetwork(endpoint);
    const timers = trackedTimers();
    const stop = watchOutbox(endpoint, net.factory, { storage, receipts, retryMs: 30, ...timers });
    try {
      await new Promise((r) => setTimeout(r, 20));
      expect(timers.live.size, 'no timer while the outbox is empty').to.equal(0);
      net.set(() => problem(503));
      const queued = await submit(net.client, storage);
      expect(queued.status).to.equal('queued');
      const before = net.posts.length;
      expect(timers.live.size, 'a retry is planned').to.equal(1);
      net.set('online');
      await until(() => new Outbox({ storage }).list(endpoint).length === 0);
      expect(net.posts.slice(before).map((p) => p.key)).to.deep.equal([queued.key]);
      // Sent: no timer is left and nothing more is requested.
      await new Promise((r) => setTimeout(r, 200));
      expect(net.posts.length).to.equal(before + 1);
      expect(timers.live.size).to.equal(0);
      expect(onlineEvents).to.equal(0);
    } finally {
      stop();
    }
  });

  it('backs off while the backend keeps failing and resets after a success', async () => {
    const storage = new MockStorage();
    const endpoint = newEndpoint();
    const net = mockNetwork(endpoint);
    const timers = manualTimers();
    const stop = watchOutbox(endpoint, net.factory, { storage, receipts, retryMs: 100, maxRetryMs: 350, ...timers });
    try {
      net.set(() => problem(503));
      expect((await submit(net.client, storage)).status).to.equal('queued');
      expect(timers.only()[1].ms).to.equal(100);
      const seen: number[] = [];
      for (let i = 0; i < 3; i++) {
        const posts = net.posts.length;
        timers.fire();
        await until(() => net.posts.length > posts && timers.pending.size === 1);
        seen.push(timers.only()[1].ms);
      }
      expect(seen).to.deep.equal([200, 350, 350]);
      net.set('online');
      timers.fire();
      await until(() => new Outbox({ storage }).list(endpoint).length === 0);
      await new Promise((r) => setTimeout(r, 20));
      expect(timers.pending.size).to.equal(0);
      // A new failure starts from the first wait again.
      net.set(() => problem(503));
      expect((await submit(net.client, storage)).status).to.equal('queued');
      expect(timers.only()[1].ms).to.equal(100);
    } finally {
      stop();
    }
    expect(timers.pending.size).to.equal(0);
  });

  it('clears the timer when the watch stops: nothing is requested after stop', async () => {
    const storage = new MockStorage();
    const endpoint = newEndpoint();
    const net = mockNetwork(endpoint);
    const timers = trackedTimers();
    const stopA = watchOutbox(endpoint, net.factory, { storage, receipts, retryMs: 30, ...timers });
    const stopB = watchOutbox(endpoint, net.factory, { storage, receipts });
    net.set(() => problem(503));
    expect((await submit(net.client, storage)).status).to.equal('queued');
    expect(timers.live.size).to.equal(1);
    stopA();
    expect(timers.live.size, 'another widget still watches').to.equal(1);
    stopB();
    expect(timers.live.size).to.equal(0);
    const posts = net.posts.length;
    net.set('online');
    await new Promise((r) => setTimeout(r, 200));
    expect(net.posts.length).to.equal(posts);
    expect(new Outbox({ storage }).list(endpoint)).to.have.length(1);
  });

  it('stopping during a retry in flight plans no new timer', async () => {
    const storage = new MockStorage();
    const endpoint = newEndpoint();
    const net = mockNetwork(endpoint);
    const timers = manualTimers();
    const stop = watchOutbox(endpoint, net.factory, { storage, receipts, retryMs: 30, ...timers });
    net.set(() => problem(503));
    expect((await submit(net.client, storage)).status).to.equal('queued');
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    net.set(async () => {
      await gate;
      return problem(503);
    });
    const posts = net.posts.length;
    timers.fire();
    await until(() => net.posts.length > posts);
    stop();
    release();
    await new Promise((r) => setTimeout(r, 50));
    expect(timers.pending.size).to.equal(0);
  });

  it('waits as long as a 429 Retry-After asks before the next retry', async () => {
    const storage = new MockStorage();
    const endpoint = newEndpoint();
    const net = mockNetwork(endpoint);
    const timers = manualTimers();
    const stop = watchOutbox(endpoint, net.factory, { storage, receipts, retryMs: 30, ...timers });
    try {
      const tooMany = () => {
        const res = problem(429);
        res.headers.set('retry-after', '60');
        return res;
      };
      net.set(tooMany);
      const queued = await submit(net.client, storage);
      expect(queued.status).to.equal('queued');
      if (queued.status === 'queued') expect(queued.error.code).to.equal('rate-limited');
      // 60 s, not the 30 ms backoff; and nothing is sent before it fires.
      expect(timers.only()[1].ms).to.equal(60_000);
      const posts = net.posts.length;
      await new Promise((r) => setTimeout(r, 50));
      expect(net.posts.length).to.equal(posts);
      // The retry itself is refused with Retry-After again: the next wait honours it too.
      timers.fire();
      await until(() => net.posts.length > posts && timers.pending.size === 1);
      expect(timers.only()[1].ms).to.equal(60_000);
      net.set('online');
      timers.fire();
      await until(() => new Outbox({ storage }).list(endpoint).length === 0);
      expect(net.posts.at(-1)?.key).to.equal(queued.key);
    } finally {
      stop();
    }
    expect(timers.pending.size).to.equal(0);
  });

  it('retries when the page becomes visible again', async () => {
    const storage = new MockStorage();
    const endpoint = newEndpoint();
    const net = mockNetwork(endpoint);
    const timers = manualTimers();
    const stop = watchOutbox(endpoint, net.factory, { storage, receipts, ...timers });
    try {
      net.set(() => problem(503));
      const queued = await submit(net.client, storage);
      net.set('online');
      const posts = net.posts.length;
      // The test page is visible: a visibilitychange sends at once, before the timer.
      document.dispatchEvent(new Event('visibilitychange'));
      await until(() => new Outbox({ storage }).list(endpoint).length === 0);
      expect(net.posts.slice(posts).map((p) => p.key)).to.deep.equal([queued.key]);
      await new Promise((r) => setTimeout(r, 20));
      expect(timers.pending.size).to.equal(0);
    } finally {
      stop();
    }
  });
});
