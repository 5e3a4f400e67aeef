/**
 * axe on the staff console's shell, sign-in, inbox and idea screens, in every state they have, in
 * nl, fr and en (and once in forced colours), against the REAL reference server; and the lockout:
 * wrong passwords until the account is locked (429), and the message says for how long.
 */
import { emulateMedia } from '@web/test-runner-commands';
import { expect, fixtureCleanup, waitUntil } from '@open-wc/testing';
import type { CivicStaffConsole } from '../../../src/components/staff-console/staff-console.js';
import { staffShell as en } from '../../../src/i18n/en/staff-console.js';
import { staffShell as fr } from '../../../src/i18n/fr/staff-console.js';
import { staffShell as nl } from '../../../src/i18n/nl/staff-console.js';
import { $, find } from '../../fixtures/query.js';
import { account, asAdmin, endSession, mountConsole, residentIdea, signIn } from './helpers.js';

const SHELL = { nl, fr, en };
const LANGS = ['nl', 'fr', 'en'] as const;

/** Types into a field of the console (the input event its forms listen to). */
function fill(el: CivicStaffConsole, selector: string, value: string): void {
  const input = $<HTMLInputElement>(el, selector);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

/** Sends the form that holds `selector`. */
const send = (el: CivicStaffConsole, selector: string) => $(el, selector).closest('form')!.requestSubmit();

/** axe, with the state named in the failure. */
async function axe(el: CivicStaffConsole, state: string): Promise<void> {
  await el.updateComplete;
  try {
    await expect(el).to.be.accessible();
  } catch (e) {
    throw new Error(`${state}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

describe('<civic-staff-console>: axe on the shell, sign-in, inbox and idea, in nl, fr and en', () => {
  beforeEach(() => endSession());
  afterEach(async () => {
    fixtureCleanup();
    sessionStorage.clear();
    await emulateMedia({ forcedColors: 'none' });
  });

  for (const lang of LANGS) {
    it(`sign-in: empty, error summary, wrong password (${lang})`, async () => {
      const el = await mountConsole(lang);
      await axe(el, 'sign-in');
      send(el, '#f-email');
      await waitUntil(() => find(el, '[part~="error-summary"], .error-summary'), 'no error summary');
      await axe(el, 'sign-in error summary');
      const who = await account('moderator');
      fill(el, '#f-email', who.email);
      fill(el, '#f-password', 'not the password at all');
      send(el, '#f-email');
      await waitUntil(
        () => $(el, '.sign-in').textContent?.includes(SHELL[lang].signInWrong),
        'no wrong-password message',
        {
          timeout: 10_000,
        },
      );
      await axe(el, 'wrong password');
    });

    it(`inbox and idea in every state; an expired session with a kept edit (${lang})`, async () => {
      const admin = await account('admin');
      const idea = await residentIdea(`toegankelijk ${lang} ${Math.random().toString(36).slice(2, 6)}`);
      const el = await mountConsole(lang);
      await signIn(el, admin);
      await waitUntil(() => find(el, `a[href="#idea-${idea.id}"]`), 'the idea is not in the inbox', {
        timeout: 10_000,
      });
      await axe(el, 'inbox (admin)');

      $(el, `a[href="#idea-${idea.id}"]`).click();
      await waitUntil(() => find(el, '#f-reply'), 'the idea did not open', { timeout: 10_000 });
      await axe(el, 'idea (received)');

      // Decline without a reason: the error summary and the field's error.
      $<HTMLInputElement>(el, 'input[name="f-status"][value="declined"]').click();
      send(el, '#f-reason');
      await waitUntil(() => find(el, '#f-reason[aria-invalid="true"]'), 'no reason error', { timeout: 10_000 });
      await axe(el, 'idea: decline without a reason');

      // Accept: the publish form with the ladder's rungs shows.
      $<HTMLInputElement>(el, 'input[name="f-status"][value="accepted"]').click();
      send(el, '#f-reason');
      await waitUntil(() => find(el, '#f-rung'), 'no publish form after accepting', { timeout: 10_000 });
      await axe(el, 'idea: accepted (publish form)');

      // The session ends while a reply is typed: the sign-in form keeps it.
      fill(el, '#f-reply', 'Dank je voor je idee.');
      await endSession();
      send(el, '#f-reply');
      await waitUntil(() => find(el, '#f-email'), 'no sign-in form after the session ended', { timeout: 10_000 });
      expect($(el, '.sign-in').textContent).to.contain(SHELL[lang].sessionExpired);
      await axe(el, 'session expired, edit kept');

      await signIn(el, admin);
      await waitUntil(() => find(el, '#f-reply'), 'the idea screen was not shown again', { timeout: 10_000 });
      await axe(el, 'idea after signing in again');
      type Rec = { reply: unknown; history: { action: string }[] };
      let after: Rec | undefined;
      await waitUntil(
        async () => ((after = (await asAdmin('GET', `/v1/staff/ideas/${idea.id}`)) as Rec), after.reply !== null),
        'the kept reply was not saved',
        { timeout: 10_000 },
      );
      expect(
        after!.history.filter((h) => h.action === 'idea.reply'),
        'saved once',
      ).to.have.length(1);
    });
  }

  it('inbox and idea in forced colours (moderator, nl)', async () => {
    await emulateMedia({ forcedColors: 'active' });
    const moderator = await account('moderator');
    const idea = await residentIdea();
    const el = await mountConsole('nl');
    await signIn(el, moderator);
    await waitUntil(() => find(el, `a[href="#idea-${idea.id}"]`), 'the idea is not in the inbox', { timeout: 10_000 });
    await axe(el, 'inbox (moderator, forced colours)');
    $(el, `a[href="#idea-${idea.id}"]`).click();
    await waitUntil(() => find(el, '#f-reply'), 'the idea did not open', { timeout: 10_000 });
    await axe(el, 'idea (forced colours)');
  });
});

describe('<civic-staff-console>: sign-in lockout (429)', () => {
  beforeEach(() => endSession());
  afterEach(() => fixtureCleanup());

  for (const lang of LANGS) {
    it(`wrong passwords until locked: the message says how long (${lang})`, async () => {
      const who = await account('moderator');
      const el = await mountConsole(lang);
      const shell = SHELL[lang];
      let locked = false;
      // The server locks an account at its 5th wrong password in a row (LOCKOUT_AFTER); try up to 8.
      for (let i = 0; i < 8 && !locked; i++) {
        fill(el, '#f-email', who.email);
        fill(el, '#f-password', `wrong password ${i}`);
        send(el, '#f-email');
        await el.updateComplete; // sent: the form is busy and the last answer's error is gone
        await waitUntil(
          () =>
            find(el, 'form [part~="submit-button"][aria-disabled="false"]') &&
            (find(el, '[role="alert"]') || find(el, '#f-email[aria-invalid="true"]')),
          'no answer to the sign-in',
          { timeout: 10_000 },
        );
        locked = find(el, '[role="alert"]')?.textContent?.includes(shell.signInLocked(1)) ?? false;
        if (!locked) expect($(el, '.sign-in').textContent).to.contain(shell.signInWrong);
      }
      expect(locked, 'locked after repeated wrong passwords, with how long').to.equal(true);
      // The lock is a minute at first: the message says so, in words, and axe is happy with it.
      expect($(el, '[role="alert"]').textContent).to.match(
        lang === 'fr' ? /minute/ : lang === 'nl' ? /minuut/ : /minute/,
      );
      await axe(el, 'locked');
      // Even the right password is refused while locked (the server's 429, not a guess).
      const r = await fetch('/v1/staff/session', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: who.email, password: 'still wrong' }),
      });
      expect(r.status).to.equal(429);
      expect(Number(r.headers.get('Retry-After'))).to.be.within(1, 60);
    });
  }
});
