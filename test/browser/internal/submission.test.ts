// SubmissionController and the outbox's periodic retry, against the MOCK backend (mock fetch):
// a submission queued while the browser stays online (503) is sent without any `online` event,
// and a disconnected widget leaves no timer behind.
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import '../../fixtures/civic-test-form.js';
import type { CivicTestForm } from '../../fixtures/civic-test-form.js';
import { ApiClient } from '../../../src/api/client.js';
import { SubmissionController } from '../../../src/internal/submission.js';
import { IdeaReceiptSchema } from '../../../src/schema/idea.js';
import { exampleIdeaReceipt } from '../../../src/schema/examples.js';
import { json, mockBackend, MOCK_ENDPOINT } from '../../fixtures/mock-backend.js';
import { trackedTimers } from '../../fixtures/tracked-timers.js';

describe('SubmissionController periodic retry (MOCK backend)', () => {
  let stop: () => void = () => {};
  let keys: (string | null)[] = [];
  let down = true;
  let onlineEvents = 0;
  const countOnline = () => void onlineEvents++;
  const client = (endpoint: string) => new ApiClient({ endpoint, lang: 'nl', maxAttempts: 1 });
  /** Real timers, counted, so the test sees what is left pending. */
  const timers = trackedTimers();
  const { live } = timers;
  const retry = { retryMs: 30, setTimer: timers.setTimer, clearTimer: timers.clearTimer };

  beforeEach(() => {
    keys = [];
    down = true;
    onlineEvents = 0;
    live.clear();
    window.addEventListener('online', countOnline);
    stop = mockBackend({
      'POST /v1/ideas': (request) => {
        keys.push(request.headers.get('idempotency-key'));
        return down
          ? json({ type: 'about:blank', title: 'Unavailable', status: 503 }, 503, {
              'content-type': 'application/problem+json',
            })
          : json(exampleIdeaReceipt, 201);
      },
    });
  });
  afterEach(() => {
    fixtureCleanup();
    stop();
    window.removeEventListener('online', countOnline);
    localStorage.clear();
  });

  async function mount(sent: string[]) {
    const el = await fixture<CivicTestForm>(html`<civic-test-form endpoint=${MOCK_ENDPOINT}></civic-test-form>`);
    const submission = new SubmissionController<{ title: string }, typeof IdeaReceiptSchema>(el, {
      kind: 'idea',
      path: '/v1/ideas',
      receipt: IdeaReceiptSchema,
      client,
      onSent: (key) => sent.push(key),
      retry,
    });
    // Let the first flush (page load, empty outbox) finish: no timer then.
    await new Promise((r) => setTimeout(r, 20));
    expect(live.size).to.equal(0);
    return { el, submission };
  }

  it('sends a submission queued after a 503 once while online, and tells the widget', async () => {
    const sent: string[] = [];
    const { submission } = await mount(sent);
    let key = '';
    await submission.send(client(MOCK_ENDPOINT), { title: 'Bankjes' }, async (o) => {
      expect(o.status).to.equal('queued');
      key = o.key;
    });
    expect(keys).to.deep.equal([key]);
    expect(live.size).to.equal(1);
    down = false;
    await waitUntil(() => sent.length === 1, 'sent by the periodic retry', { timeout: 3000 });
    expect(sent).to.deep.equal([key]);
    await new Promise((r) => setTimeout(r, 150));
    expect(keys).to.deep.equal([key, key]);
    expect(live.size).to.equal(0);
    expect(onlineEvents).to.equal(0);
  });

  it('leaves no timer behind once the widget is disconnected', async () => {
    const { el, submission } = await mount([]);
    await submission.send(client(MOCK_ENDPOINT), { title: 'Bankjes' }, async (o) => {
      expect(o.status).to.equal('queued');
    });
    expect(live.size).to.equal(1);
    el.remove();
    expect(live.size).to.equal(0);
    down = false;
    await new Promise((r) => setTimeout(r, 150));
    expect(keys).to.have.length(1);
  });
});
