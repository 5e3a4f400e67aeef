/**
 * <civic-volunteer-signup> in every state, against the MOCK backend (stories/mock-backend.ts): no
 * server needed. Use the toolbar's language switch for nl, fr and en, or the *Language* stories.
 * Exports starting with a lower-case letter are helpers, not stories.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import '../src/define/volunteer-signup.js';
import type { CivicVolunteerSignup } from '../src/components/volunteer-signup/volunteer-signup.js';
import type { SignupReceipt, VolunteerRole, VolunteerSignupInput } from '../src/schema/volunteer.js';
import { exampleSite } from '../src/schema/examples.js';
import { hang, json, mockBackend, MOCK_ENDPOINT, type MockRoutes } from './mock-backend.js';

type L = 'nl' | 'fr' | 'en';
const lang = (req: Request): L => ((req.headers.get('Accept-Language') ?? 'nl').slice(0, 2) as L) || 'nl';
const tr = (nl: string, fr: string, en: string) => ({ nl, fr, en });
const at = (days: number, hour: number) => {
  const d = new Date(Date.now() + days * 86_400_000);
  d.setUTCHours(hour, 0, 0, 0);
  return d.toISOString();
};

/** MOCK roles: one with shifts (open, nearly full, full), one without shifts (availability). */
export function mockRoles(l: L): VolunteerRole[] {
  const T = {
    hall: tr('Onthaal in de buurtzaal (demo)', 'Accueil à la salle de quartier (démo)', 'Welcome at the community hall (demo)'),
    hallDo: tr('Open de zaal, ontvang de groep en sluit na afloop af.', 'Ouvrez la salle, accueillez le groupe et fermez ensuite.', 'Open the hall, welcome the group and lock up afterwards.'),
    hallTime: tr('Een avond van ongeveer 3 uur', 'Une soirée d’environ 3 heures', 'An evening of about 3 hours'),
    guidance: tr('Een medewerker toont je de zaal voor je eerste keer.', 'Un collaborateur vous fait visiter la salle avant la première fois.', 'A staff member shows you around before your first time.'),
    insured: tr('Burgerlijke aansprakelijkheid en lichamelijke ongevallen.', 'Responsabilité civile et accidents corporels.', 'Civil liability and bodily accidents.'),
    verge: tr('Bermmeester (demo)', 'Maître des accotements (démo)', 'Road-verge keeper (demo)'),
    vergeDo: tr('Houd een stuk berm bij je huis in het oog en meld wat er moet gebeuren.', 'Surveillez un bout d’accotement près de chez vous.', 'Keep an eye on a stretch of verge near your home.'),
    vergeTime: tr('Ongeveer een uur per maand', 'Environ une heure par mois', 'About an hour a month'),
    km: tr('Kilometervergoeding voor je fiets.', 'Indemnité kilométrique pour votre vélo.', 'A mileage allowance for your bike.'),
  };
  return [
    {
      id: 'zaal-onthaal',
      initiativeId: 'zaalbeheerders',
      title: T.hall[l],
      description: T.hallDo[l],
      timeAsked: T.hallTime[l],
      gives: { guidance: T.guidance[l], insurance: T.insured[l], expenses: null },
      requirements: { minimumAge: 16, training: null },
      shifts: [
        { id: 'zaal-1', start: at(7, 17), end: at(7, 20), capacity: 6, placesLeft: 5 },
        { id: 'zaal-2', start: at(14, 17), end: at(14, 20), capacity: 4, placesLeft: 1 },
        { id: 'zaal-3', start: at(21, 17), end: at(21, 20), capacity: 2, placesLeft: 0 },
      ],
    },
    {
      id: 'bermmeester',
      initiativeId: 'bermmeesters',
      title: T.verge[l],
      description: T.vergeDo[l],
      timeAsked: T.vergeTime[l],
      gives: { guidance: null, insurance: T.insured[l], expenses: T.km[l] },
      requirements: { minimumAge: null, training: null },
      shifts: [],
    },
  ];
}

const receipt = (status: 'confirmed' | 'waitlisted', body: VolunteerSignupInput): SignupReceipt => ({
  id: 'signup_demo_1',
  reference: 'VRIJ-2026-00042',
  status,
  shifts: (body.shiftIds ?? []).map((shiftId) => ({ shiftId, status: shiftId === 'zaal-3' || status === 'waitlisted' ? 'waitlisted' : 'confirmed' })),
  cancelToken: 'demo-cancel-token-0123456789abcdefghijklmnopqrstuv',
});

const problem = (status: number, type: string, extra: object = {}) => json({ type: `urn:civic-widgets:problem:${type}`, title: type, status, ...extra }, status);

/** MOCK routes; `post` decides the answer to a signup. */
export function mockRoutes(post?: (body: VolunteerSignupInput, n: number) => Response): MockRoutes {
  let n = 0;
  return {
    'GET /v1/site': () => json(exampleSite),
    'GET /v1/volunteer-roles': (req) => json({ items: mockRoles(lang(req)) }),
    'POST /v1/volunteer-signups': async (req) => {
      const body = (await req.json()) as VolunteerSignupInput;
      n++;
      if (post) return post(body, n);
      const waitlisted = (body.shiftIds ?? []).length > 0 && (body.shiftIds ?? []).every((id) => id === 'zaal-3');
      return json(receipt(waitlisted ? 'waitlisted' : 'confirmed', body), 201);
    },
    'DELETE /v1/volunteer-signups/signup_demo_1': () => json({ id: 'signup_demo_1', status: 'cancelled' }),
  };
}

const widget = (attrs: Record<string, string> = {}) => {
  const el = document.createElement('civic-volunteer-signup');
  el.setAttribute('endpoint', MOCK_ENDPOINT);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  return el;
};

/** Once the form is there: fill it (role, shifts or availability, contact, boxes) and optionally send. */
const filled = (roleId: string, shifts: string[], send: boolean, after?: (el: CivicVolunteerSignup) => void) =>
  ref((node) => {
    const el = node as CivicVolunteerSignup | undefined;
    if (!el) return;
    const wait = () => {
      if (!el.shadowRoot?.querySelector('form')) return void setTimeout(wait, 50);
      const f = el.form;
      f.set('roleId', roleId);
      f.set('shiftIds', shifts);
      if (!shifts.length) f.set('availability', 'Op woensdagnamiddag');
      f.set('contact.name', 'Sam Peeters');
      f.set('contact.email', 'sam@example.org');
      f.set('ageConfirmed', true);
      f.set('acknowledgement', true);
      f.set('consent', true);
      void el.updateComplete.then(() => {
        if (send) el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="submit-button"]')!.click();
        after?.(el);
      });
    };
    requestAnimationFrame(wait);
  });

const meta: Meta = {
  title: 'Widgets/Volunteer signup',
  component: 'civic-volunteer-signup',
  parameters: {
    docs: {
      description: {
        component:
          'A resident signs up for a volunteer role: shifts with places left (a full shift means the reserve list) or availability; the role says what is asked and what is given; the volunteer information note in full; privacy consent apart. MOCK backend: no server needed.',
      },
    },
  },
};
export default meta;
type Story = StoryObj;

const withMock =
  <T extends HTMLElement | TemplateResult>(routes: MockRoutes, el: () => T) =>
  (): T => (mockBackend(routes), el());

export const Loading: Story = { render: withMock({ 'GET /v1/site': hang, 'GET /v1/volunteer-roles': hang }, () => widget()) };
export const Roles: Story = { name: 'Roles list', render: withMock(mockRoutes(), () => widget()) };
export const WithShifts: Story = {
  name: 'A role with shifts (one nearly full, one full: reserve list)',
  render: withMock(mockRoutes(), () => widget({ 'role-id': 'zaal-onthaal' })),
};
export const Availability: Story = { name: 'A role without shifts (availability)', render: withMock(mockRoutes(), () => widget({ 'role-id': 'bermmeester' })) };
export const ErrorSummary: Story = {
  name: 'Error summary',
  render: withMock(mockRoutes(), () => html`<civic-volunteer-signup endpoint=${MOCK_ENDPOINT} role-id="zaal-onthaal" ${ref((n) => n && setTimeout(() => (n as CivicVolunteerSignup).shadowRoot?.querySelector<HTMLButtonElement>('[part~="submit-button"]')?.click(), 300))}></civic-volunteer-signup>`),
};
export const ServerError: Story = {
  name: 'Server error with retry',
  render: withMock(mockRoutes(() => new Response('<html>Bad gateway</html>', { status: 200, headers: { 'Content-Type': 'text/html' } })), () => html`<civic-volunteer-signup endpoint=${MOCK_ENDPOINT} ${filled('bermmeester', [], true)}></civic-volunteer-signup>`),
};
export const OfflineSaved: Story = {
  name: 'Saved offline (sent later)',
  render: withMock(mockRoutes(() => json({ type: 'urn:civic-widgets:problem:server-error', title: 'Unavailable', status: 503 }, 503, { 'Retry-After': '600' })), () => html`<civic-volunteer-signup endpoint=${MOCK_ENDPOINT} ${filled('bermmeester', [], true)}></civic-volunteer-signup>`),
};
export const Confirmed: Story = {
  render: withMock(mockRoutes(), () => html`<civic-volunteer-signup endpoint=${MOCK_ENDPOINT} ${filled('zaal-onthaal', ['zaal-1', 'zaal-3'], true)}></civic-volunteer-signup>`),
};
export const ReserveList: Story = {
  name: 'On the reserve list (waitlisted)',
  render: withMock(mockRoutes(), () => html`<civic-volunteer-signup endpoint=${MOCK_ENDPOINT} ${filled('zaal-onthaal', ['zaal-3'], true)}></civic-volunteer-signup>`),
};
export const TakenMeanwhile: Story = {
  name: 'Last place taken meanwhile (409, then one click to the reserve list)',
  render: withMock(
    mockRoutes((body, n) => (n === 1 && !body.joinWaitlist ? problem(409, 'shift-full') : json(receipt('waitlisted', body), 201))),
    () => html`<civic-volunteer-signup endpoint=${MOCK_ENDPOINT} ${filled('zaal-onthaal', ['zaal-2'], true)}></civic-volunteer-signup>`,
  ),
};
export const Cancelled: Story = {
  render: withMock(mockRoutes(), () =>
    html`<civic-volunteer-signup
      endpoint=${MOCK_ENDPOINT}
      ${filled('bermmeester', [], true, (el) => {
        const press = () => el.shadowRoot?.querySelector<HTMLButtonElement>('[part~="cancel-button"]')?.click();
        setTimeout(press, 400);
        setTimeout(press, 600);
      })}
    ></civic-volunteer-signup>`,
  ),
};
export const CancelLink: Story = {
  name: 'Cancel with a code given back (signup-id + cancel-token)',
  render: withMock(mockRoutes(), () => widget({ 'signup-id': 'signup_demo_1', 'cancel-token': 'demo-cancel-token-0123456789abcdefghijklmnopqrstuv' })),
};
export const NotConfigured: Story = { name: 'Not configured (no endpoint)', render: () => document.createElement('civic-volunteer-signup') };
const inLang = (l: L): Story => ({ name: `Language: ${l}`, render: withMock(mockRoutes(), () => widget({ lang: l, 'role-id': 'zaal-onthaal' })) });
export const Dutch = inLang('nl');
export const French = inLang('fr');
export const English = inLang('en');
export const HostileCss: Story = {
  name: 'On a page with hostile global CSS',
  render: withMock(
    mockRoutes(),
    () => html`<style>
        * { margin: 3em; color: red; text-transform: uppercase; letter-spacing: 0.3em; }
        input { display: block; width: 100%; }
        button { all: unset; }
      </style>
      ${widget({ 'role-id': 'zaal-onthaal' })}`,
  ),
};
