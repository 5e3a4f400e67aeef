/**
 * <civic-staff-console>'s shell, sign-in, inbox and idea screens in every state, against the MOCK
 * staff API (test/fixtures/mock-staff.ts): no server needed. The other screens have their own story
 * files. Use the toolbar's language switch for nl, fr and en, or the *Language* stories.
 * Exports starting with a lower-case letter are helpers, not stories.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/define/staff-console.js';
import type { CivicStaffConsole } from '../src/components/staff-console/staff-console.js';
import { json } from '../test/fixtures/mock-backend.js';
import {
  MOCK_IDEA_ID,
  MOCK_STAFF_EMAIL,
  MOCK_STAFF_PASSWORD,
  mockStaff,
  type MockStaffOptions,
} from '../test/fixtures/mock-staff.js';
import { afterRender, click, langOf, mockSite, storyEndpoint, until, type L } from './helpers.js';

type Ctx = { id: string };
type Options = {
  /** What the MOCK staff API does (who is signed in, a lockout, an expiring session). */
  staff?: MockStaffOptions;
  lang?: L;
  /** Once the console has rendered, what staff do. */
  then?: (el: CivicStaffConsole) => unknown;
};

/** Types into a field of the console as a person would (the input event the form listens to). */
export async function typeIn(el: CivicStaffConsole, selector: string, value: string): Promise<void> {
  const input = await until<HTMLInputElement | HTMLTextAreaElement>(el, selector);
  if (!input) return;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

/** Signs in with `password` on the sign-in form. */
export const signInWith = (password: string) => async (el: CivicStaffConsole) => {
  await typeIn(el, '#f-email', MOCK_STAFF_EMAIL.admin);
  await typeIn(el, '#f-password', password);
  await click(el, 'form [part~="submit-button"]');
};

/** Opens the idea with a history from the inbox. */
export const openIdea = async (el: CivicStaffConsole) => {
  await click(el, '#idea-link-0');
  await until(el, '#f-reply');
};

/** The console against this story's own MOCK staff API (fresh state per render). */
const consoleOf = (ctx: Ctx, o: Options = {}) => {
  const { routes } = mockStaff(o.staff);
  // The public site in the language the console asks for (names of areas, themes, offers).
  routes['GET /v1/site'] = (req) => json(mockSite(langOf(req)));
  try {
    sessionStorage.clear(); // no write kept by an earlier story
  } catch {
    /* storage unreachable */
  }
  return html`<civic-staff-console
    endpoint=${storyEndpoint(ctx.id, routes)}
    lang=${ifDefined(o.lang)}
    ${o.then ? afterRender<CivicStaffConsole>(o.then) : nothing}
  ></civic-staff-console>`;
};

const meta: Meta = {
  title: 'Staff/Staff console',
  component: 'civic-staff-console',
  excludeStories: /^[a-z]/,
  parameters: {
    docs: {
      description: {
        component: `The staff console: sign in, then the inbox of ideas and one idea (status with a reason, the reply, publish as an initiative). MOCK staff API: no server needed. The MOCK password is \`${MOCK_STAFF_PASSWORD}\`. On a real server the console runs at \`/staff\` (docs/widgets/staff-console.md).`,
      },
    },
  },
};
export default meta;
type Story = StoryObj;

export const SignIn: Story = {
  name: 'Signed out (sign-in form)',
  render: (_, ctx) => consoleOf(ctx, { staff: { role: null } }),
};
export const SignInErrors: Story = {
  name: 'Sign-in: nothing filled in (error summary)',
  render: (_, ctx) =>
    consoleOf(ctx, { staff: { role: null }, then: (el) => click(el, 'form [part~="submit-button"]') }),
};
export const WrongPassword: Story = {
  name: 'Sign-in: wrong password',
  render: (_, ctx) => consoleOf(ctx, { staff: { role: null }, then: signInWith('not-the-password') }),
};
export const Locked: Story = {
  name: 'Sign-in: locked after too many wrong passwords (429)',
  render: (_, ctx) =>
    consoleOf(ctx, { staff: { role: null, lockedForSeconds: 900 }, then: signInWith('not-the-password') }),
};
export const InboxAdmin: Story = {
  name: 'Inbox (admin: every screen in the nav)',
  render: (_, ctx) => consoleOf(ctx, { staff: { role: 'admin' } }),
};
export const InboxModerator: Story = {
  name: 'Inbox (moderator: no site or account screens)',
  render: (_, ctx) => consoleOf(ctx, { staff: { role: 'moderator' } }),
};
export const InboxMore: Story = {
  name: 'Inbox: the next page ("More ideas")',
  render: (_, ctx) => consoleOf(ctx, { then: (el) => click(el, '.actions button') }),
};
export const InboxEmpty: Story = {
  name: 'Inbox: no ideas',
  render: (_, ctx) => consoleOf(ctx, { staff: { ideas: 0 } }),
};
export const InboxFlagged: Story = {
  name: 'Inbox: flagged ideas only',
  render: (_, ctx) =>
    consoleOf(ctx, {
      then: async (el) => {
        const select = await until<HTMLSelectElement>(el, '#f-inbox-flagged');
        if (!select) return;
        select.value = 'true';
        select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
        await click(el, 'form.filters [part~="submit-button"]');
      },
    }),
};
export const Idea: Story = {
  name: 'Idea detail (history, reply, status)',
  render: (_, ctx) => consoleOf(ctx, { then: openIdea }),
};
export const IdeaDeclineWithoutReason: Story = {
  name: 'Idea: decline without a reason (error summary)',
  render: (_, ctx) =>
    consoleOf(ctx, {
      then: async (el) => {
        await openIdea(el);
        await click(el, 'input[name="f-status"][value="declined"]');
        await click(el, '#idea-status ~ form [part~="submit-button"]');
      },
    }),
};
export const IdeaReplied: Story = {
  name: 'Idea: reply saved (the status line says so)',
  render: (_, ctx) =>
    consoleOf(ctx, {
      then: async (el) => {
        await openIdea(el);
        await typeIn(el, '#f-reply', 'Goed nieuws: de bankjes komen er in mei. (demo)');
        await click(el, '#idea-reply ~ form [part~="submit-button"]');
      },
    }),
};
export const SessionExpired: Story = {
  name: 'Session expired during an edit (the reply is kept)',
  parameters: {
    docs: {
      description: {
        story: `The MOCK ends the session at the next write: the console shows the sign-in form and keeps the reply; signing in again (password \`${MOCK_STAFF_PASSWORD}\`) sends it once.`,
      },
    },
  },
  render: (_, ctx) =>
    consoleOf(ctx, {
      staff: { expireAtNextWrite: true },
      then: async (el) => {
        await openIdea(el);
        await typeIn(el, '#f-reply', 'Dank je, we zetten de bankjes in mei. (demo)');
        await click(el, '#idea-reply ~ form [part~="submit-button"]');
        await until(el, '#f-password');
      },
    }),
};
export const SessionExpiredSaved: Story = {
  name: 'Session expired, signed in again: the kept reply is saved once',
  render: (_, ctx) =>
    consoleOf(ctx, {
      staff: { expireAtNextWrite: true },
      then: async (el) => {
        await openIdea(el);
        await typeIn(el, '#f-reply', 'Dank je, we zetten de bankjes in mei. (demo)');
        await click(el, '#idea-reply ~ form [part~="submit-button"]');
        await until(el, '#f-password');
        await signInWith(MOCK_STAFF_PASSWORD)(el);
      },
    }),
};
export const MyAccount: Story = {
  name: 'My account (who is signed in, new-idea e-mails, password)',
  render: (_, ctx) =>
    consoleOf(ctx, {
      then: async (el) => {
        await click(el, 'nav a[href="#my-account"]');
        await until(el, '#f-myaccount-current');
      },
    }),
};
export const IdeaById: Story = {
  name: 'Idea detail: received, no history yet (moderator)',
  render: (_, ctx) =>
    consoleOf(ctx, {
      staff: { role: 'moderator' },
      then: async (el) => {
        await until(el, '#idea-link-3');
        await click(el, '#idea-link-3');
      },
    }),
};
const inLang = (l: L, then?: Options['then']): Story => ({
  name: `Language: ${l}${then ? ' (idea)' : ''}`,
  render: (_, ctx) => consoleOf(ctx, { lang: l, then }),
});
export const Dutch = inLang('nl');
export const French = inLang('fr');
export const English = inLang('en');
export const DutchIdea = inLang('nl', openIdea);
export const FrenchIdea = inLang('fr', openIdea);
export const EnglishIdea = inLang('en', openIdea);
const signInLang = (l: L): Story => ({
  name: `Language: ${l} (sign-in, wrong password)`,
  render: (_, ctx) => consoleOf(ctx, { lang: l, staff: { role: null }, then: signInWith('not-the-password') }),
});
export const DutchSignIn = signInLang('nl');
export const FrenchSignIn = signInLang('fr');
export const EnglishSignIn = signInLang('en');

/** The id of the idea these stories open (for tests that reuse the mock). */
export const storyIdeaId = MOCK_IDEA_ID;
