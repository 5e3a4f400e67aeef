/**
 * <civic-volunteer-signup> in every state, against the MOCK backend (test/fixtures/mock-backend.ts): no
 * server needed. Use the toolbar's language switch for nl, fr and en, or the *Language* stories.
 * Exports starting with a lower-case letter are helpers, not stories.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/define/volunteer-signup.js';
import type { CivicVolunteerSignup } from '../src/components/volunteer-signup/volunteer-signup.js';
import type { SignupReceipt, VolunteerRole, VolunteerSignupInput } from '../src/schema/volunteer.js';
import { hang, json, type MockRoutes } from '../test/fixtures/mock-backend.js';
import {
  afterRender,
  click,
  langOf,
  localeOf,
  mockSite,
  storyEndpoint,
  tr,
  until,
  type L,
  hostileCssStory,
  darkPageStory,
} from './helpers.js';
const at = (days: number, hour: number) => {
  const d = new Date(Date.now() + days * 86_400_000);
  d.setUTCHours(hour, 0, 0, 0);
  return d.toISOString();
};

/** MOCK roles: one with shifts (open, nearly full, full), one without shifts (availability). */
export function mockRoles(l: L): VolunteerRole[] {
  const T = {
    hall: tr(
      'Onthaal in de buurtzaal (demo)',
      'Accueil à la salle de quartier (démo)',
      'Welcome at the community hall (demo)',
    ),
    hallDo: tr(
      'Open de zaal, ontvang de groep en sluit na afloop af.',
      'Ouvrez la salle, accueillez le groupe et fermez ensuite.',
      'Open the hall, welcome the group and lock up afterwards.',
    ),
    hallTime: tr('Een avond van ongeveer 3 uur', 'Une soirée d’environ 3 heures', 'An evening of about 3 hours'),
    guidance: tr(
      'Een medewerker toont je de zaal voor je eerste keer.',
      'Un collaborateur vous fait visiter la salle avant la première fois.',
      'A staff member shows you around before your first time.',
    ),
    insured: tr(
      'Burgerlijke aansprakelijkheid en lichamelijke ongevallen.',
      'Responsabilité civile et accidents corporels.',
      'Civil liability and bodily accidents.',
    ),
    verge: tr('Bermmeester (demo)', 'Maître des accotements (démo)', 'Road-verge keeper (demo)'),
    vergeDo: tr(
      'Houd een stuk berm bij je huis in het oog en meld wat er moet gebeuren.',
      'Surveillez un bout d’accotement près de chez vous.',
      'Keep an eye on a stretch of verge near your home.',
    ),
    vergeTime: tr('Ongeveer een uur per maand', 'Environ une heure par mois', 'About an hour a month'),
    km: tr(
      'Kilometervergoeding voor je fiets.',
      'Indemnité kilométrique pour votre vélo.',
      'A mileage allowance for your bike.',
    ),
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
  shifts: (body.shiftIds ?? []).map((shiftId) => ({
    shiftId,
    status: shiftId === 'zaal-3' || status === 'waitlisted' ? 'waitlisted' : 'confirmed',
  })),
  cancelToken: 'demo-cancel-token-0123456789abcdefghijklmnopqrstuv',
  cancelCode: 'K7MP2XRA',
});

const problem = (status: number, type: string, extra: object = {}) =>
  json({ type: `urn:civic-widgets:problem:${type}`, title: type, status, ...extra }, status);

/** MOCK routes; `post` decides the answer to a signup. */
export function mockRoutes(post?: (body: VolunteerSignupInput, n: number) => Response): MockRoutes {
  let n = 0;
  return {
    'GET /v1/site': (req) => json(mockSite(langOf(req))),
    'GET /v1/volunteer-roles': (req) => json({ items: mockRoles(langOf(req)) }),
    'POST /v1/volunteer-signups': async (req) => {
      const body = (await req.json()) as VolunteerSignupInput;
      n++;
      if (post) return post(body, n);
      const waitlisted = (body.shiftIds ?? []).length > 0 && (body.shiftIds ?? []).every((id) => id === 'zaal-3');
      return json(receipt(waitlisted ? 'waitlisted' : 'confirmed', body), 201);
    },
    'DELETE /v1/volunteer-signups/signup_demo_1': () =>
      json({ id: 'signup_demo_1', status: 'cancelled', reference: 'VRIJ-2026-00042' }),
    // Reference VRIJ-2026-00042 with code K7MP-2XRA (case, spaces and dashes do not matter) cancels.
    'POST /v1/volunteer-signups/cancel': async (req) => {
      const body = (await req.json()) as { reference: string; cancelCode: string };
      const norm = (v: string) => v.replace(/[\s-]+/g, '').toUpperCase();
      return norm(body.reference) === 'VRIJ202600042' && norm(body.cancelCode) === 'K7MP2XRA'
        ? json({ id: 'signup_demo_1', status: 'cancelled', reference: 'VRIJ-2026-00042' })
        : problem(403, 'cancel-code-mismatch');
    },
  };
}

type Ctx = { id: string };
type Options = {
  /** The MOCK backend (made per render, so counting answers starts again). Default: a working one. */
  routes?: () => MockRoutes;
  /** Attributes of the element besides `endpoint`. */
  attrs?: { 'role-id'?: string; lang?: string; 'signup-id'?: string; 'cancel-token'?: string };
  /** After loading, what the resident does: press send on the empty form, or fill in and send. */
  then?: (el: CivicVolunteerSignup) => unknown;
};

/** The widget against this story's own MOCK backend. */
const widget = (ctx: Ctx, o: Options = {}) => {
  const a = o.attrs ?? {};
  return html`<civic-volunteer-signup
    endpoint=${storyEndpoint(ctx.id, (o.routes ?? mockRoutes)())}
    role-id=${ifDefined(a['role-id'])}
    lang=${ifDefined(a.lang)}
    signup-id=${ifDefined(a['signup-id'])}
    cancel-token=${ifDefined(a['cancel-token'])}
    ${o.then ? afterRender<CivicVolunteerSignup>(o.then) : nothing}
  ></civic-volunteer-signup>`;
};

/** What a resident writes as availability, in the widget's language. */
const AVAILABILITY = tr('Op woensdagnamiddag', 'Le mercredi après-midi', 'On Wednesday afternoons');

/** Once the form is there: press send without filling anything in. */
const sendEmpty = async (el: CivicVolunteerSignup) => {
  await until(el, 'form');
  await click(el, '[part~="submit-button"]');
};

/** Once the form is there: fill it (role, shifts or availability, contact, boxes) and send. */
const fillAndSend = (roleId: string, shifts: string[]) => async (el: CivicVolunteerSignup) => {
  await until(el, 'form');
  const f = el.form;
  f.set('roleId', roleId);
  f.set('shiftIds', shifts);
  if (!shifts.length) f.set('availability', AVAILABILITY[localeOf(el)]);
  f.set('contact.name', 'Voorbeeld Bewoner');
  f.set('contact.email', 'sam@example.org');
  f.set('ageConfirmed', true);
  f.set('acknowledgement', true);
  f.set('consent', true);
  await click(el, '[part~="submit-button"]');
};

const meta: Meta = {
  title: 'Widgets/Volunteer signup',
  component: 'civic-volunteer-signup',
  // Helpers, not stories.
  excludeStories: /^[a-z]/,
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

const unavailable = () =>
  json({ type: 'urn:civic-widgets:problem:server-error', title: 'Unavailable (MOCK)', status: 503 }, 503, {
    'Retry-After': '600',
  });

export const Loading: Story = {
  render: (_, ctx) => widget(ctx, { routes: () => ({ 'GET /v1/site': hang, 'GET /v1/volunteer-roles': hang }) }),
};
export const Roles: Story = { name: 'Roles list', render: (_, ctx) => widget(ctx) };
export const WithShifts: Story = {
  name: 'A role with shifts (one nearly full, one full: reserve list)',
  render: (_, ctx) => widget(ctx, { attrs: { 'role-id': 'zaal-onthaal' } }),
};
export const Availability: Story = {
  name: 'A role without shifts (availability)',
  render: (_, ctx) => widget(ctx, { attrs: { 'role-id': 'bermmeester' } }),
};
export const ErrorSummary: Story = {
  name: 'Error summary',
  render: (_, ctx) => widget(ctx, { attrs: { 'role-id': 'zaal-onthaal' }, then: sendEmpty }),
};
export const ServerError: Story = {
  name: 'Server error with retry',
  render: (_, ctx) =>
    widget(ctx, {
      routes: () =>
        mockRoutes(
          () =>
            new Response('<html>Bad gateway (MOCK)</html>', { status: 200, headers: { 'Content-Type': 'text/html' } }),
        ),
      then: fillAndSend('bermmeester', []),
    }),
};
export const OfflineSaved: Story = {
  name: 'Saved offline (sent later)',
  parameters: {
    docs: {
      description: {
        story:
          'The MOCK answers 503 with a long Retry-After, so the widget keeps the signup at once; a network error shows the same panel after the widget’s own retries.',
      },
    },
  },
  render: (_, ctx) => widget(ctx, { routes: () => mockRoutes(unavailable), then: fillAndSend('bermmeester', []) }),
};
export const Confirmed: Story = {
  render: (_, ctx) => widget(ctx, { then: fillAndSend('zaal-onthaal', ['zaal-1', 'zaal-3']) }),
};
export const ReserveList: Story = {
  name: 'On the reserve list (waitlisted)',
  render: (_, ctx) => widget(ctx, { then: fillAndSend('zaal-onthaal', ['zaal-3']) }),
};
export const TakenMeanwhile: Story = {
  name: 'Last place taken meanwhile (409, then one click to the reserve list)',
  render: (_, ctx) =>
    widget(ctx, {
      routes: () =>
        mockRoutes((body, n) =>
          n === 1 && !body.joinWaitlist ? problem(409, 'shift-full') : json(receipt('waitlisted', body), 201),
        ),
      then: fillAndSend('zaal-onthaal', ['zaal-2']),
    }),
};
export const Cancelled: Story = {
  render: (_, ctx) =>
    widget(ctx, {
      then: async (el) => {
        await fillAndSend('bermmeester', [])(el);
        await click(el, '[part~="cancel-button"]'); // "Cancel my signup"
        await until(el, '#cancel-confirm');
        await click(el, '[part~="cancel-button"]'); // "Yes, cancel my signup"
        await until(el, '[data-status="cancelled"]');
      },
    }),
};
export const CancelLink: Story = {
  name: 'Cancel with a code given back (signup-id + cancel-token)',
  render: (_, ctx) =>
    widget(ctx, {
      attrs: { 'signup-id': 'signup_demo_1', 'cancel-token': 'demo-cancel-token-0123456789abcdefghijklmnopqrstuv' },
    }),
};
/** Once the form is there: open "Already signed up and want to cancel?", fill in reference and code, send. */
const cancelWith = (reference?: string, code?: string) => async (el: CivicVolunteerSignup) => {
  await click(el, '.cancel-open');
  const typeIn = async (id: string, value: string) => {
    const input = await until<HTMLInputElement>(el, `#${id}`);
    if (!input) return;
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  };
  if (reference === undefined) return;
  await typeIn('f-reference', reference);
  await typeIn('f-cancelCode', code ?? '');
  await click(el, '[part~="submit-button"]');
};
export const CancelForm: Story = {
  name: 'Cancel with reference and code (the form)',
  render: (_, ctx) => widget(ctx, { then: cancelWith() }),
};
export const CancelFormWrongCode: Story = {
  name: 'Cancel with reference and code: a wrong code',
  render: (_, ctx) => widget(ctx, { then: cancelWith('VRIJ-2026-00042', 'K7MP-2XRB') }),
};
export const CancelFormDone: Story = {
  name: 'Cancel with reference and code: cancelled',
  render: (_, ctx) => widget(ctx, { then: cancelWith('vrij-2026-00042', 'k7mp2xra') }),
};
export const NotConfigured: Story = {
  name: 'Not configured (no endpoint)',
  render: () => document.createElement('civic-volunteer-signup'),
};
const inLang = (l: L): Story => ({
  name: `Language: ${l}`,
  render: (_, ctx) => widget(ctx, { attrs: { lang: l, 'role-id': 'zaal-onthaal' } }),
});
export const Dutch = inLang('nl');
export const French = inLang('fr');
export const English = inLang('en');
export const HostileCss: Story = hostileCssStory((_, ctx) => widget(ctx, { attrs: { 'role-id': 'zaal-onthaal' } }));
export const DarkPage: Story = darkPageStory((_, ctx) => widget(ctx, { attrs: { 'role-id': 'zaal-onthaal' } }));
export const DarkTokens: Story = darkPageStory((_, ctx) => widget(ctx, { attrs: { 'role-id': 'zaal-onthaal' } }), {
  tokens: true,
});
