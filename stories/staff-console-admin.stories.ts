/**
 * <civic-staff-console>'s admin screens (site setup, accounts and API tokens, audit log) and the
 * personal data screen, in each state, against the MOCK staff API (test/fixtures/mock-staff.ts and
 * mock-staff-admin.ts): no server needed. The toolbar's language switch shows nl, fr and en.
 * Exports starting with a lower-case letter are helpers, not stories.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define/staff-console.js';
import type { CivicStaffConsole } from '../src/components/staff-console/staff-console.js';
import { json, type MockRoutes } from '../test/fixtures/mock-backend.js';
import { mockStaff, type MockStaffOptions } from '../test/fixtures/mock-staff.js';
import { afterRender, click, storyEndpoint, until } from './helpers.js';

const meta: Meta = {
  title: 'Staff console/Admin screens',
  tags: ['autodocs'],
  parameters: { docs: { story: { inline: false, height: '900px' } } },
};
export default meta;
type Story = StoryObj;

/** Types into a control of the console (as staff would) and lets it re-render. */
async function fill(el: CivicStaffConsole, selector: string, value: string): Promise<void> {
  const input = await until<HTMLInputElement>(el, selector);
  if (!input) return;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await el.updateComplete;
}

/** A story: the console signed in (admin unless said), on `screen`, then `act` brings it to a state. */
function consoleStory(
  name: string,
  screen: string,
  act: (el: CivicStaffConsole) => Promise<unknown> = async () => undefined,
  options: MockStaffOptions = {},
  override: MockRoutes = {},
): Story {
  return {
    name,
    render: (_args, ctx) => {
      const { routes } = mockStaff(options);
      const endpoint = storyEndpoint(ctx.id, { ...routes, ...override });
      return html`<civic-staff-console
        endpoint=${endpoint}
        ${afterRender<CivicStaffConsole>(async (el) => {
          await click(el, `nav a[href="#${screen}"]`);
          await act(el);
        })}
      ></civic-staff-console>`;
    },
  };
}

// Site setup

export const Site = consoleStory('Site: every text side by side, one missing in French', 'site', (el) =>
  until(el, '#f-site-municipality-nl'),
);

export const SiteImport = consoleStory('Site: an imported file waits for confirmation', 'site', async (el) => {
  const input = await until<HTMLInputElement>(el, '#f-site-import');
  if (!input) return;
  const file = {
    ...JSON.parse(await (await fetch((await until(el, '#site-export'))!.getAttribute('href')!)).text()),
    areas: [
      { id: 'centrum', name: { nl: 'Centrum', fr: 'Centre', en: 'Centre' } },
      { id: 'zuid', name: { nl: 'Zuid', fr: 'Sud', en: 'South' } },
    ],
  };
  const dt = new DataTransfer();
  dt.items.add(new File([JSON.stringify(file)], 'site.json', { type: 'application/json' }));
  input.files = dt.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
});

export const SiteMissing = consoleStory('Site: the server refuses a missing translation (422)', 'site', async (el) => {
  await fill(el, '#f-site-municipality-fr', '');
  await click(el, 'form[aria-labelledby="screen-heading"] button[type="submit"]');
});

export const SiteInUse = consoleStory('Site: an area still in use cannot be removed (409)', 'site', async (el) => {
  await click(el, '#site-areas-0-remove');
  await click(el, 'form[aria-labelledby="screen-heading"] button[type="submit"]');
});

export const SiteNone = consoleStory(
  'Site: no site yet',
  'site',
  (el) => until(el, '#f-site-municipality-nl'),
  {},
  {
    'GET /v1/staff/site': () =>
      json({ type: 'urn:civic-widgets:problem:not-found', title: 'No site (MOCK)', status: 404 }, 404),
  },
);

// Accounts and API tokens

export const Accounts = consoleStory('Accounts: the list, tokens and forms', 'accounts', (el) =>
  until(el, '#tokens-table'),
);

export const AccountsInvite = consoleStory(
  'Accounts: an invitation shows its one-time code',
  'accounts',
  async (el) => {
    await fill(el, '#f-accounts-email', 'nieuwe.collega@example.org');
    await click(el, 'form[aria-labelledby="accounts-create"] button[type="submit"]');
  },
);

export const AccountsConfirm = consoleStory('Accounts: disabling asks first', 'accounts', async (el) => {
  await until(el, '#accounts-table');
  const buttons = [
    ...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('#accounts-table tbody tr:nth-child(2) button'),
  ];
  buttons[1]?.click();
});

export const AccountsLastAdmin = consoleStory(
  'Accounts: the last admin cannot be disabled (409)',
  'accounts',
  async (el) => {
    await until(el, '#accounts-table');
    el.shadowRoot!.querySelectorAll<HTMLButtonElement>('#accounts-table tbody tr:first-child button')[1]?.click();
    await click(el, '#accounts-confirm');
  },
);

export const TokenOnce = consoleStory('API tokens: a new token, shown once', 'accounts', async (el) => {
  await fill(el, '#f-tokens-name', 'Koppeling wijkkrant');
  await click(el, 'form[aria-labelledby="tokens-create"] button[type="submit"]');
});

export const TokenRevoke = consoleStory('API tokens: revoking asks first', 'accounts', async (el) => {
  await until(el, '#tokens-table');
  await click(el, '#tokens-table tbody tr:first-child button');
});

// Audit log

export const Audit = consoleStory('Audit log: newest first, a site change readable', 'audit', async (el) => {
  const details = await until<HTMLDetailsElement>(el, 'table.audit details');
  if (details) details.open = true;
});

export const AuditFiltered = consoleStory('Audit log: filtered on an action', 'audit', async (el) => {
  const select = await until<HTMLSelectElement>(el, '#f-audit-action');
  if (!select) return;
  select.value = 'site.replace';
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await click(el, 'form.filters button[type="submit"]');
});

// Personal data (any staff role)

export const PersonalData = consoleStory('Personal data: found for an address', 'personal-data', async (el) => {
  await fill(el, '#f-personal-email', 'bewoner@example.org');
  await click(el, 'form button[type="submit"]');
});

export const PersonalDataConfirm = consoleStory(
  'Personal data: erasing asks to type the address',
  'personal-data',
  async (el) => {
    await fill(el, '#f-personal-email', 'bewoner@example.org');
    await click(el, 'form button[type="submit"]');
    await click(el, '#personal-erase');
  },
  { role: 'moderator' },
);

export const PersonalDataErased = consoleStory(
  'Personal data: erased, then nothing found',
  'personal-data',
  async (el) => {
    await fill(el, '#f-personal-email', 'bewoner@example.org');
    await click(el, 'form button[type="submit"]');
    await click(el, '#personal-erase');
    await fill(el, '#f-personal-confirm', 'bewoner@example.org');
    await click(el, '.panel.confirm button[type="submit"]');
  },
);

export const ModeratorNav = consoleStory(
  'A moderator: no site, account or audit screens',
  'personal-data',
  (el) => until(el, '#f-personal-email'),
  { role: 'moderator' },
);
