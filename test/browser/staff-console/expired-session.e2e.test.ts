/**
 * An expired session during an edit, against the REAL reference server: a moderator types a reply;
 * the session ends meanwhile (signed out in another tab: the cookie is shared, no waiting); sending
 * the reply shows the sign-in form, which says the reply is kept; after signing in again the reply is
 * saved once (one idea.reply in the idea's history) and the screen shows it. Also a reload while
 * signed out: the kept write survives in sessionStorage and is saved after signing in.
 */
import { expect, fixtureCleanup, waitUntil } from '@open-wc/testing';
import { $, find } from '../../fixtures/query.js';
import {
  account,
  asAdmin,
  endSession,
  mountConsole,
  residentIdea,
  press,
  signIn,
  status,
  tabTo,
  type,
} from './helpers.js';

describe('<civic-staff-console>: a session that expires during an edit', () => {
  beforeEach(() => endSession());
  afterEach(() => {
    fixtureCleanup();
    sessionStorage.clear();
  });

  it('keeps the typed reply, asks to sign in again, and saves it once', async () => {
    const moderator = await account('moderator');
    const idea = await residentIdea();
    const el = await mountConsole();
    await signIn(el, moderator);
    el.shadowRoot!.querySelector<HTMLElement>('nav a')!.focus();
    // Open the idea (the newest is first).
    await waitUntil(() => find(el, `a[href="#idea-${idea.id}"]`), 'the idea is not in the inbox', { timeout: 10_000 });
    $(el, `a[href="#idea-${idea.id}"]`).focus();
    await press('Enter');
    await waitUntil(() => find(el, '#f-reply'), 'the idea did not open', { timeout: 10_000 });
    $(el, '#f-reply').focus();
    const text = 'We bekijken je idee volgende week.';
    await type(text);

    await endSession(); // "signed out in another tab"
    await tabTo(el, 'button[type="submit"]');
    await press('Enter');
    await waitUntil(() => find(el, '#f-email'), 'no sign-in form after the session ended', { timeout: 10_000 });
    expect($(el, '.sign-in').textContent).to.contain('Je sessie is verlopen').and.contain('Antwoord bewaren');
    expect(sessionStorage.length, 'kept in sessionStorage').to.equal(1);
    expect(JSON.stringify({ ...sessionStorage })).to.contain(text);
    const before = (await asAdmin('GET', `/v1/staff/ideas/${idea.id}`)) as { reply: unknown };
    expect(before.reply, 'nothing saved yet').to.equal(null);

    await signIn(el, moderator);
    await waitUntil(() => status(el).includes('Antwoord op idee'), 'the kept reply was not saved', { timeout: 10_000 });
    expect(($(el, '#f-reply') as HTMLTextAreaElement).value).to.equal(text);
    expect(sessionStorage.length, 'nothing left waiting').to.equal(0);
    const after = (await asAdmin('GET', `/v1/staff/ideas/${idea.id}`)) as {
      reply: { text: string };
      history: { action: string }[];
    };
    expect(after.reply.text).to.equal(text);
    expect(after.history.filter((h) => h.action === 'idea.reply')).to.have.length(1);
  });

  it('a kept change survives a reload of the page and is saved once after signing in', async () => {
    const moderator = await account('moderator');
    const idea = await residentIdea();
    const first = await mountConsole();
    await signIn(first, moderator);
    await waitUntil(() => find(first, `a[href="#idea-${idea.id}"]`), 'not in the inbox', { timeout: 10_000 });
    $(first, `a[href="#idea-${idea.id}"]`).click();
    await waitUntil(() => find(first, '#f-status-0'), 'the idea did not open', { timeout: 10_000 });
    $(first, '#f-status-0').click(); // under review
    await endSession();
    $(first, '#f-status-0').closest('form')!.requestSubmit();
    await waitUntil(() => find(first, '#f-email'), 'no sign-in form', { timeout: 10_000 });
    fixtureCleanup(); // the tab reloads: the screen is gone, sessionStorage stays

    const second = await mountConsole();
    expect($(second, '.sign-in').textContent).to.contain('wordt bewaard');
    await signIn(second, moderator);
    await waitUntil(() => status(second).includes('Bewaard na opnieuw aanmelden'), 'not saved', { timeout: 10_000 });
    const after = (await asAdmin('GET', `/v1/staff/ideas/${idea.id}`)) as {
      status: string;
      history: { action: string }[];
    };
    expect(after.status).to.equal('under-review');
    expect(after.history.filter((h) => h.action === 'idea.status')).to.have.length(1);
    await waitUntil(() => find(second, '#f-status'), 'the idea screen was not shown again', { timeout: 10_000 });
  });
});
