/**
 * <civic-staff-console>'s initiatives and volunteers screens, in each state, against the MOCK staff
 * API (test/fixtures/mock-staff.ts and mock-staff-content.ts): no server needed. The list is also
 * shown in nl, fr and en side by side; the toolbar's language switch does the rest.
 * Exports starting with a lower-case letter are helpers, not stories.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define/staff-console.js';
import type { CivicStaffConsole } from '../src/components/staff-console/staff-console.js';
import { mockStaff, type MockStaffOptions } from '../test/fixtures/mock-staff.js';
import { MOCK_FR_TITLE_MAX, MOCK_FULL_SHIFT, MOCK_VOLUNTEER_INITIATIVE } from '../test/fixtures/mock-staff-content.js';
import { afterRender, click, storyEndpoint, until } from './helpers.js';

const meta: Meta = {
  title: 'Staff console/Initiatives and volunteers',
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
  langs: readonly string[] = [''],
): Story {
  return {
    name,
    render: (_args, ctx) =>
      html`${langs.map((lang) => {
        const { routes } = mockStaff(options);
        const endpoint = storyEndpoint(`${ctx.id}${lang ? `-${lang}` : ''}`, routes);
        return html`<civic-staff-console
          lang=${lang || 'nl'}
          endpoint=${endpoint}
          ${afterRender<CivicStaffConsole>(async (el) => {
            await click(el, `nav a[href="#${screen}"]`);
            await act(el);
          })}
        ></civic-staff-console>`;
      })}`,
  };
}

/** Opens the volunteers of the MOCK initiative with roles and the lists of its full shift. */
async function showLists(el: CivicStaffConsole): Promise<void> {
  const select = await until<HTMLSelectElement>(
    el,
    `#f-volunteers-initiative option[value="${MOCK_VOLUNTEER_INITIATIVE}"]`,
  );
  if (!select) return;
  const s = el.shadowRoot!.querySelector<HTMLSelectElement>('#f-volunteers-initiative')!;
  s.value = MOCK_VOLUNTEER_INITIATIVE;
  s.dispatchEvent(new Event('change', { bubbles: true }));
  await click(el, 'form.filters button[type="submit"]');
  await click(el, `#shift-lists-${MOCK_FULL_SHIFT}`);
  await until(el, 'table.signups.waitlisted');
}

/** Opens the edit form of the MOCK initiative with volunteers. */
async function openEdit(el: CivicStaffConsole): Promise<void> {
  await click(el, `a[href="#initiative-${MOCK_VOLUNTEER_INITIATIVE}"]`);
  await until(el, '#f-title-nl');
}

// Initiatives

export const Initiatives = consoleStory('Initiatives: the list (one offline)', 'initiatives', (el) =>
  until(el, '#initiative-link-0'),
);

export const InitiativesLanguages = consoleStory(
  'Initiatives: the list in nl, fr and en',
  'initiatives',
  (el) => until(el, '#initiative-link-0'),
  {},
  ['nl', 'fr', 'en'],
);

export const InitiativeEdit = consoleStory(
  'Initiative: the edit form, texts nl/fr/en side by side',
  'initiatives',
  openEdit,
);

export const InitiativeServer422 = consoleStory(
  `Initiative: the server refuses a French title over ${MOCK_FR_TITLE_MAX} characters (MOCK 422)`,
  'initiatives',
  async (el) => {
    await openEdit(el);
    await fill(el, '#f-title-fr', 'Gestionnaires bénévoles de la salle de quartier, ouverture et fermeture');
    await click(el, 'form button[type="submit"]');
  },
);

export const InitiativeTakeOffline = consoleStory(
  'Initiative: taking it offline asks first',
  'initiatives',
  async (el) => {
    await openEdit(el);
    await click(el, '#initiative-unpublish');
  },
);

// Volunteers

export const Volunteers = consoleStory('Volunteers: roles, shifts and a full shift’s lists', 'volunteers', showLists);

export const VolunteersCancelQuestion = consoleStory(
  'Volunteers: cancelling a signup asks first',
  'volunteers',
  async (el) => {
    await showLists(el);
    await click(el, '#signup-cancel-signup-demo-1');
  },
);

export const VolunteersCancelled = consoleStory(
  'Volunteers: cancelled; the status line names who moved up',
  'volunteers',
  async (el) => {
    await showLists(el);
    await click(el, '#signup-cancel-signup-demo-1');
    await click(el, '#volunteers-confirm-yes');
  },
);

export const VolunteersRoleErrors = consoleStory(
  'Volunteers: a new role sent empty shows its errors',
  'volunteers',
  async (el) => {
    await showLists(el);
    await click(el, '#volunteers-new-role');
    await click(el, 'section[aria-labelledby="volunteers-form-h"] form button[type="submit"]');
  },
  { role: 'moderator' },
);
