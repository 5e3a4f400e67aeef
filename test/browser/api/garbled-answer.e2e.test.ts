/**
 * An answer that cannot be read after a POST the server performed: the outcome is unknown, so the
 * widget keeps the submission and asks again with the same Idempotency-Key (the server replays its
 * first answer). Against the REAL reference server (window.CIVIC_TEST_ENDPOINT, started by
 * scripts/test.mjs). The only stand-in is a labelled PROXY in the page: a fetch wrapper that lets the
 * first POST reach the real server, waits for its real answer, then hands the widget that answer cut
 * off (truncated JSON) or replaced by an HTML page, as a misbehaving proxy would.
 */
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import '../../../src/define/idea-form.js';
import '../../../src/define/volunteer-signup.js';
import type { CivicIdeaForm } from '../../../src/components/idea-form/idea-form.js';
import type { Site } from '../../../src/schema/site.js';
import { fillAll, loaded, submit } from '../idea-form/helpers.js';
import {
  click,
  clearStorage,
  fill,
  mount as mountSignup,
  outcome,
  roles,
  server,
  staffSignups,
  uniqueEmail,
} from '../volunteer-signup/helpers.js';
import { root as ideaRoot } from '../../fixtures/query.js';

const realFetch = window.fetch.bind(window);
type Garble = 'truncated' | 'html';

/**
 * PROXY: installs a window.fetch whose first POST to `path` goes to the real server and comes back
 * garbled; everything else passes through. Returns what the server really answered to each POST.
 */
function garbleFirstPost(
  path: string,
  how: Garble,
): { answers: { key: string | null; body: string }[]; stop: () => void } {
  const answers: { key: string | null; body: string }[] = [];
  window.fetch = async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const res = await realFetch(input, init);
    if (init.method !== 'POST' || !String(input).endsWith(path)) return res;
    const body = await res.text();
    answers.push({ key: new Headers(init.headers).get('idempotency-key'), body });
    if (answers.length > 1) return new Response(body, { status: res.status, headers: res.headers });
    return how === 'truncated'
      ? new Response(body.slice(0, Math.floor(body.length / 2)), { status: res.status, headers: res.headers })
      : new Response('<!doctype html><title>Gateway</title><p>Please wait…</p>', {
          status: 200,
          headers: { 'content-type': 'text/html' },
        });
  };
  return { answers, stop: () => void (window.fetch = realFetch) };
}

async function staffIdeasTitled(title: string): Promise<unknown[]> {
  const { endpoint, token } = server();
  const r = await realFetch(`${endpoint}/v1/staff/ideas?limit=100&flagged=any`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  expect(r.status, 'staff API').to.equal(200);
  return ((await r.json()) as { items: { title: string }[] }).items.filter((i) => i.title === title);
}

describe('an unreadable answer after a POST (real server behind a garbling proxy)', () => {
  afterEach(() => {
    window.fetch = realFetch;
    fixtureCleanup();
    clearStorage();
  });

  for (const how of ['truncated', 'html'] as const) {
    it(`idea form, ${how} answer: one idea stored, and the resident sees the server's reference`, async () => {
      const { endpoint } = server();
      const site = (await (await realFetch(`${endpoint}/v1/site`)).json()) as Site;
      const el = await fixture<CivicIdeaForm>(html`<civic-idea-form endpoint=${endpoint}></civic-idea-form>`);
      await loaded(el);
      const tag = `${how}-${crypto.randomUUID().slice(0, 6)}`;
      const filled = await fillAll(el, site, 'create', tag);
      const proxy = garbleFirstPost('/v1/ideas', how);
      await submit(el);
      await waitUntil(() => ideaRoot(el).querySelector('.reference'), 'the confirmed panel', { timeout: 20_000 });
      proxy.stop();

      expect(proxy.answers.length, 'asked again after the garbled answer').to.be.greaterThan(1);
      expect(new Set(proxy.answers.map((a) => a.key)).size, 'with one key').to.equal(1);
      const first = JSON.parse(proxy.answers[0].body) as { reference: string };
      expect(ideaRoot(el).querySelector('.reference')!.textContent).to.equal(first.reference);
      expect(await staffIdeasTitled(filled.title)).to.have.length(1);
    });

    it(`volunteer signup, ${how} answer: one signup stored, and the resident sees the server's reference`, async () => {
      const role = (await roles()).find((r) => r.shifts.some((s) => s.placesLeft >= 1));
      expect(role, 'a role with a free place').to.exist;
      const shift = role!.shifts.find((s) => s.placesLeft >= 1)!;
      const email = uniqueEmail(`garbled-${how}`);
      const el = await mountSignup();
      await fill(el, { role: role!.id, shifts: [shift.id], email, age: true });
      const proxy = garbleFirstPost('/v1/volunteer-signups', how);
      await click(el, '[part~="submit-button"]');
      const panel = await outcome(el, 'confirmed', 20_000);
      proxy.stop();

      expect(proxy.answers.length, 'asked again after the garbled answer').to.be.greaterThan(1);
      expect(new Set(proxy.answers.map((a) => a.key)).size, 'with one key').to.equal(1);
      const first = JSON.parse(proxy.answers[0].body) as { reference: string };
      expect(panel.textContent).to.contain(first.reference);
      expect(await staffSignups(email)).to.have.length(1);
    });
  }
});
