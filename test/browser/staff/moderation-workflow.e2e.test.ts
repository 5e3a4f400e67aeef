/**
 * The moderation workflow end to end, in Chromium against the REAL reference server that
 * scripts/test.mjs starts (window.CIVIC_TEST_ENDPOINT): a resident sends an idea with
 * <civic-idea-form>; a moderator's named API token (made by the admin through the staff API)
 * reviews it, accepts it with a reply and publishes it, all through the staff API with fetch from
 * this page (bearer token, no cookies: the test page's origin is in the server's CORS_ORIGINS);
 * then <civic-initiative-list> finds the new initiative by its title, and the audit log (read by
 * the admin) and the idea's history name the token for each step. Nothing is mocked.
 */
import { expect, fixture, fixtureCleanup, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define/idea-form.js';
import '../../../src/define/initiative-list.js';
import type { CivicIdeaForm } from '../../../src/components/idea-form/idea-form.js';
import type { CivicInitiativeList } from '../../../src/components/initiative-list/initiative-list.js';
import type { Site } from '../../../src/schema/site.js';
import { fillAll, loaded, submit } from '../idea-form/helpers.js';
import { $, find } from '../../fixtures/query.js';

const w = window as unknown as { CIVIC_TEST_ENDPOINT?: string; CIVIC_TEST_ADMIN_TOKEN?: string };
const endpoint = (): string => {
  if (!w.CIVIC_TEST_ENDPOINT)
    throw new Error('CIVIC_TEST_ENDPOINT is empty: run through `node scripts/test.mjs browser` (starts the server)');
  return w.CIVIC_TEST_ENDPOINT;
};

type Json = Record<string, unknown>;

/** A staff API call with a bearer token; fails the test on an unexpected status. */
async function staffApi(token: string, method: string, path: string, body?: unknown, status = 200): Promise<Json> {
  const headers: Record<string, string> = { Authorization: `Bearer ${token}` };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const r = await fetch(`${endpoint()}${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await r.text();
  expect(r.status, `${method} ${path}: ${text}`).to.equal(status);
  return JSON.parse(text) as Json;
}

const run = Math.random().toString(36).slice(2, 8);

describe('moderation workflow: idea form → staff API → initiative list, audited', () => {
  afterEach(() => {
    fixtureCleanup();
    localStorage.clear();
    history.replaceState(null, '', location.pathname);
  });

  it('a resident’s idea is reviewed, accepted with a reply, published, listed, and every step names the moderator', async () => {
    const admin = w.CIVIC_TEST_ADMIN_TOKEN ?? '';
    expect(admin, 'CIVIC_TEST_ADMIN_TOKEN').to.not.equal('');

    // The admin gives a moderator integration its own named token.
    const tokenName = `e2e moderator ${run}`;
    const created = await staffApi(admin, 'POST', '/v1/staff/api-tokens', { name: tokenName, role: 'moderator' }, 201);
    const moderator = created['token'] as string;
    expect(moderator).to.be.a('string').and.not.equal('');

    // A resident sends an idea.
    const siteRes = await fetch(`${endpoint()}/v1/site`, { headers: { 'Accept-Language': 'nl' } });
    const site = (await siteRes.json()) as Site;
    const form = await fixture<CivicIdeaForm>(html`<civic-idea-form endpoint=${endpoint()}></civic-idea-form>`);
    await loaded(form);
    const filled = await fillAll(form, site, 'create', `moderatie ${run}`);
    const submitted = oneEvent(form, 'civic-submitted');
    await submit(form);
    const receipt = ((await submitted) as unknown as { result: { id: string; reference: string } }).result;
    await form.updateComplete;
    expect($(form, '.panel.success').textContent).to.contain(receipt.reference);
    const ideaPath = `/v1/staff/ideas/${receipt.id}`;
    expect((await staffApi(moderator, 'GET', ideaPath))['status']).to.equal('received');

    // The moderator reviews it, accepts it with a reply, publishes it.
    expect((await staffApi(moderator, 'PATCH', ideaPath, { status: 'under-review' }))['status']).to.equal(
      'under-review',
    );
    const accepted = await staffApi(moderator, 'PATCH', ideaPath, { status: 'accepted', reason: 'Past in het plan.' });
    expect(accepted['statusChangedBy']).to.equal(tokenName);
    const replyText = 'Dank u! We plaatsen de zitbanken samen met u.';
    const replied = await staffApi(moderator, 'PUT', `${ideaPath}/reply`, { text: replyText });
    expect(replied['reply']).to.deep.include({ text: replyText, by: tokenName });
    const published = await staffApi(moderator, 'POST', `${ideaPath}/publish`, { rung: 3 }, 201);
    const initiativeId = (published['initiative'] as Json)['id'] as string;
    expect((published['idea'] as Json)['status']).to.equal('published');

    // The new initiative shows in <civic-initiative-list> when a resident searches for its title.
    const list = await fixture<CivicInitiativeList>(
      html`<civic-initiative-list endpoint=${endpoint()} page-size="100"></civic-initiative-list>`,
    );
    await waitUntil(() => find(list, '#f-q'), 'the search field did not render', { timeout: 10_000 });
    $(list, '#f-q').focus();
    await sendKeys({ type: filled.title });
    await waitUntil(
      () => list.shadowRoot!.querySelector(`[part~=item] #t-${CSS.escape(initiativeId)}`),
      'the published initiative was not listed',
      { timeout: 10_000 },
    );
    expect(list.shadowRoot!.querySelector(`#t-${CSS.escape(initiativeId)}`)!.textContent).to.contain(filled.title);

    // The audit log (admins only) and the idea's history name the token for each step, in order.
    const audit = await staffApi(admin, 'GET', `/v1/staff/audit?targetType=idea&targetId=${receipt.id}&limit=50`);
    const steps = (audit['items'] as { action: string; actor: { label: string }; after: Json | null }[])
      .slice()
      .reverse()
      .map((e) => [e.action, e.actor.label, e.after?.['status'] ?? null]);
    expect(steps).to.deep.equal([
      ['idea.status', tokenName, 'under-review'],
      ['idea.status', tokenName, 'accepted'],
      ['idea.reply', tokenName, null],
      ['idea.publish', tokenName, 'published'],
    ]);
    const idea = await staffApi(moderator, 'GET', ideaPath);
    expect((idea['history'] as { by: string; action: string }[]).map((h) => [h.action, h.by])).to.deep.equal([
      ['idea.status', tokenName],
      ['idea.status', tokenName],
      ['idea.reply', tokenName],
      ['idea.publish', tokenName],
    ]);
    // A moderator may not read the audit log.
    const forbidden = await fetch(`${endpoint()}/v1/staff/audit`, {
      headers: { Authorization: `Bearer ${moderator}` },
    });
    expect(forbidden.status).to.equal(403);
  });
});
