// End to end against the REAL reference server (started by scripts/test.mjs; its URL is in
// window.CIVIC_TEST_ENDPOINT). The only thing faked is the loss of one response: a fetch wrapper
// lets the real POST reach the server, waits for its real answer, then throws a TypeError as if the
// connection had dropped. The client must retry with the same Idempotency-Key, and the server must
// keep exactly one idea (counted with flagged=any, so a flagged duplicate cannot hide).
import { expect } from '@open-wc/testing';
import { ApiClient } from '../../../src/api/client.js';
import { ApiError } from '../../../src/api/errors.js';
import type { IdeaSubmissionInput } from '../../../src/schema/idea.js';
import { PROBLEM_TYPES } from '../../../src/schema/problem.js';
import { getSite } from '../../../src/api/calls.js';
import { postIdea } from '../../fixtures/post-idea.js';

declare global {
  interface Window {
    CIVIC_TEST_ENDPOINT?: string;
    CIVIC_TEST_ADMIN_TOKEN?: string;
  }
}

function server(): { endpoint: string; token: string } {
  const endpoint = window.CIVIC_TEST_ENDPOINT ?? '';
  if (!endpoint) {
    throw new Error(
      'window.CIVIC_TEST_ENDPOINT is empty: this end-to-end test needs the reference server. ' +
        'Run it with `node scripts/test.mjs browser -- test/browser/api/lost-response.e2e.test.ts` (not --no-server).',
    );
  }
  return { endpoint, token: window.CIVIC_TEST_ADMIN_TOKEN ?? '' };
}

/** A valid idea for this server's site (area, theme, open track and notice version from GET /v1/site). */
async function ideaFor(endpoint: string, title: string): Promise<IdeaSubmissionInput> {
  const site = await getSite(new ApiClient({ endpoint, lang: 'nl' }));
  expect(site.areas.length, 'the demo site has areas').to.be.greaterThan(0);
  const track = site.tracks.includes('create') ? 'create' : 'experiment';
  return {
    track,
    title,
    summary: 'A test idea whose response gets lost on the way back to the browser.',
    description: 'Sent once by the resident; the client retries after the connection drops.',
    areaId: site.areas[0].id,
    themeIds: site.themes.slice(0, 1).map((t) => t.id),
    neighbours: 3,
    ...(track === 'experiment' ? { testPeriod: { start: '2030-05-01', end: '2030-06-30' } } : {}),
    contact: { name: 'Test Resident', email: 'resident@example.org' },
    consent: { privacy: true, noticeVersion: site.privacyNotice.version },
    honeypot: '',
    fillMs: 60_000,
  };
}

/** Ideas with this title as staff see them. */
async function staffIdeasTitled(
  endpoint: string,
  token: string,
  title: string,
): Promise<{ id?: string; title: string }[]> {
  const res = await fetch(`${endpoint}/v1/staff/ideas?limit=100&flagged=any`, {
    headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' },
    credentials: 'omit',
  });
  expect(res.status, 'GET /v1/staff/ideas').to.equal(200);
  const page = (await res.json()) as {
    items: { id?: string; title: string }[];
  };
  return page.items.filter((i) => i.title === title);
}

describe('lost response after a POST the server performed (real reference server)', () => {
  it('retries with the same Idempotency-Key and the backend keeps exactly one idea', async () => {
    const { endpoint, token } = server();
    const title = `Lost response ${crypto.randomUUID().slice(0, 8)}`;
    const body = await ideaFor(endpoint, title);

    const posts: { key: string | null; status?: number }[] = [];
    // Real fetch; the first POST's response is dropped after the server has answered.
    const lossyFetch: typeof fetch = async (input, init = {}) => {
      const isPost = init.method === 'POST';
      const res = await fetch(input, init);
      if (!isPost) return res;
      posts.push({
        key: new Headers(init.headers).get('idempotency-key'),
        status: res.status,
      });
      if (posts.length === 1) {
        await res.arrayBuffer(); // the server has finished its work
        throw new TypeError('Failed to fetch (simulated: connection dropped before the response arrived)');
      }
      return res;
    };
    const client = new ApiClient({
      endpoint,
      lang: 'nl',
      fetch: lossyFetch,
      sleep: (ms) => new Promise((r) => setTimeout(r, Math.min(ms, 50))),
    });
    const key = crypto.randomUUID();
    const receipt = await postIdea(client, body, key);

    expect(posts).to.have.length(2);
    expect(posts[0].status).to.equal(201);
    expect(posts.map((p) => p.key)).to.deep.equal([key, key]);
    expect(receipt.status).to.equal('received');
    expect(receipt.reference).to.match(/^IDEE-\d{4}-\d{5}$/);

    const found = await staffIdeasTitled(endpoint, token, title);
    expect(found, `ideas titled "${title}"`).to.have.length(1);
    if (found[0].id !== undefined) expect(found[0].id).to.equal(receipt.id);

    // Sending the same key again (e.g. from the outbox after a reload) returns the first result.
    const again = await postIdea(new ApiClient({ endpoint, lang: 'nl' }), body, key);
    expect(again).to.deep.equal(receipt);
    expect(await staffIdeasTitled(endpoint, token, title)).to.have.length(1);
  });

  it('the same key with another body is refused as a conflict, not stored', async () => {
    const { endpoint, token } = server();
    const title = `Key reuse ${crypto.randomUUID().slice(0, 8)}`;
    const body = await ideaFor(endpoint, title);
    const client = new ApiClient({ endpoint, lang: 'nl' });
    const key = crypto.randomUUID();
    await postIdea(client, body, key);
    const changed = { ...body, title: `${title} changed` };
    let error: unknown;
    try {
      await postIdea(client, changed, key);
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(ApiError);
    expect((error as ApiError).code).to.equal('conflict');
    expect((error as ApiError).problem?.type).to.equal(PROBLEM_TYPES.idempotencyConflict);
    expect(await staffIdeasTitled(endpoint, token, `${title} changed`)).to.have.length(0);
  });
});
