/**
 * Example objects of the contract, used by the tests, the OpenAPI document and docs/api.md.
 * Neutral sample content for a sample municipality; no real people, no real figures.
 * NOT exported from index.ts, so it stays out of browser bundles.
 */
import { PROBLEM_TYPES, type Problem } from './problem.js';
import type { Site } from './site.js';
import type { Initiative, InitiativePage, InitiativeQueryInput } from './initiative.js';
import type { IdeaReceipt, IdeaSubmissionInput } from './idea.js';
import type {
  SignupCancel,
  SignupCancelByCode,
  SignupCancelled,
  SignupReceipt,
  VolunteerRole,
  VolunteerRoleList,
  VolunteerSignupInput,
} from './volunteer.js';

/** An example idempotency key (UUID v4). */
export const exampleIdempotencyKey = '3f1c9a52-7d4e-4b8a-9c21-5e6f7a8b9c0d';
/** An example cancel token (opaque, at least 32 characters). */
export const exampleCancelToken = 'c2FtcGxlLWNhbmNlbC10b2tlbi0wMDAwMDAwMDAx';

/** `GET /v1/site`. */
export const exampleSite: Site = {
  municipality: 'Voorbeeldgemeente',
  locales: ['nl', 'fr', 'en'],
  defaultLocale: 'nl',
  areas: [
    { id: 'centrum', name: 'Centre' },
    { id: 'noord', name: 'North' },
  ],
  themes: [
    { id: 'groen', name: 'Green spaces' },
    { id: 'ontmoeting', name: 'Meeting neighbours' },
    { id: 'mobiliteit', name: 'Getting around' },
  ],
  tracks: ['create', 'experiment', 'join'],
  offers: [
    {
      id: 'buurtmoestuin',
      title: 'Neighbourhood vegetable garden',
      description: 'Grow vegetables together on a shared plot.',
      areaId: 'noord',
    },
    {
      id: 'boekentil',
      title: 'Book-exchange cabinet',
      description: 'Look after a small cabinet where neighbours swap books.',
      areaId: null,
    },
  ],
  privacyNotice: { url: 'https://www.example.org/privacy', version: '2026-01' },
  volunteerInfo: {
    version: '2026-01',
    organisation: 'Municipality of Voorbeeldgemeente',
    aim: 'Supporting residents who make their neighbourhood a better place to live.',
    legalStatus: 'Local government (municipality).',
    insurance: 'Civil liability and bodily accident insurance for volunteers during their activities.',
    expenses: 'No expense allowance, unless the role says otherwise.',
    discretion: 'Volunteers keep confidential what they learn about people during their activities.',
  },
  contact: { email: 'participatie@example.org', phone: null, url: 'https://www.example.org/participation' },
  demo: true,
};

/** One initiative. */
export const exampleInitiative: Initiative = {
  id: 'zaalbeheer',
  title: 'Volunteer hall managers',
  summary: 'Residents manage the community hall: opening, closing and welcoming groups.',
  description: 'Volunteers open and close the community hall and welcome the groups that use it.',
  areaId: 'centrum',
  themeIds: ['ontmoeting'],
  rung: 2,
  coproduction: 'co-production',
  status: 'running',
  organiser: 'both',
  needsVolunteers: true,
  links: [{ label: 'About the community hall', url: 'https://www.example.org/hall' }],
  image: null,
  startDate: null,
  endDate: null,
  updatedAt: '2026-01-15T10:00:00Z',
};

/** Query of `GET /v1/initiatives`, as sent. */
export const exampleInitiativeQuery: InitiativeQueryInput = {
  theme: 'ontmoeting',
  needsVolunteers: 'true',
  limit: '10',
};

/** `GET /v1/initiatives`. */
export const exampleInitiativePage: InitiativePage = { items: [exampleInitiative], total: 1, nextCursor: null };

/** `POST /v1/ideas`, track `create`. */
export const exampleIdeaCreate: IdeaSubmissionInput = {
  track: 'create',
  title: 'Benches on the square',
  summary: 'Put a few benches on the square so neighbours can sit and talk.',
  description: 'The square has no place to sit. With some neighbours we would like to place and look after benches.',
  areaId: 'centrum',
  themeIds: ['ontmoeting'],
  location: { address: 'Marktplein, Voorbeeldgemeente' },
  neighbours: 4,
  contact: { name: 'Sample Resident', email: 'resident@example.org' },
  consent: { privacy: true, noticeVersion: '2026-01' },
  honeypot: '',
  fillMs: 95000,
};

/** `POST /v1/ideas`, track `experiment`. */
export const exampleIdeaExperiment: IdeaSubmissionInput = {
  ...exampleIdeaCreate,
  track: 'experiment',
  title: 'A play street on Sundays',
  summary: 'Close our street to cars on Sunday afternoons so children can play outside.',
  testPeriod: { start: '2036-05-01', end: '2036-08-31' },
};

/** `POST /v1/ideas`, track `join`: only what the offer needs (its area is the offer's). */
export const exampleIdeaJoin: IdeaSubmissionInput = {
  track: 'join',
  offerId: 'buurtmoestuin',
  description: 'I can help on Saturday mornings.',
  contact: { name: 'Sample Resident', email: 'resident@example.org', phone: '+32 000 00 00 00' },
  consent: { privacy: true, noticeVersion: '2026-01' },
  honeypot: '',
  fillMs: 41000,
};

/** `201` of `POST /v1/ideas`. */
export const exampleIdeaReceipt: IdeaReceipt = {
  id: 'idea_01',
  reference: 'IDEE-2026-00042',
  status: 'received',
  receivedAt: '2026-02-01T09:30:00Z',
};

/** A role with shifts. */
export const exampleRoleWithShifts: VolunteerRole = {
  id: 'zaal-onthaal',
  initiativeId: 'zaalbeheer',
  title: 'Welcome at the community hall',
  description: 'Open the hall, welcome the group that rents it, close up afterwards.',
  timeAsked: 'One evening of about 3 hours, as often as you like',
  gives: {
    guidance: 'A staff member shows you around before your first shift.',
    insurance: 'Covered by the municipality’s volunteer insurance.',
    expenses: null,
  },
  requirements: { minimumAge: 18, training: null },
  shifts: [
    { id: 'shift-a', start: '2026-03-06T18:00:00+01:00', end: '2026-03-06T21:00:00+01:00', capacity: 2, placesLeft: 1 },
    { id: 'shift-b', start: '2026-03-13T18:00:00+01:00', end: '2026-03-13T21:00:00+01:00', capacity: 2, placesLeft: 0 },
  ],
};

/** A role without shifts: the resident gives their availability. */
export const exampleRoleWithoutShifts: VolunteerRole = {
  id: 'berm',
  initiativeId: 'bermen',
  title: 'Road-verge keeper',
  description: 'Keep an eye on a stretch of road verge near your home and report what needs doing.',
  timeAsked: 'About an hour a month',
  gives: {
    guidance: 'A short introduction by the green service.',
    insurance: 'Covered by the municipality’s volunteer insurance.',
    expenses: null,
  },
  requirements: { minimumAge: null, training: null },
  shifts: [],
};

/** `GET /v1/volunteer-roles`. */
export const exampleRoleList: VolunteerRoleList = { items: [exampleRoleWithShifts, exampleRoleWithoutShifts] };

/** `POST /v1/volunteer-signups` for shifts. */
export const exampleSignupShifts: VolunteerSignupInput = {
  roleId: 'zaal-onthaal',
  shiftIds: ['shift-a', 'shift-b'],
  contact: { name: 'Sample Resident', email: 'resident@example.org' },
  ageConfirmed: true,
  acknowledgement: { informationNote: true, noteVersion: '2026-01' },
  consent: { privacy: true, noticeVersion: '2026-01' },
  joinWaitlist: true,
  honeypot: '',
  fillMs: 52000,
};

/** `POST /v1/volunteer-signups` with availability (a role without shifts). */
export const exampleSignupAvailability: VolunteerSignupInput = {
  roleId: 'berm',
  availability: 'Weekends, mornings',
  contact: { name: 'Sample Resident', email: 'resident@example.org' },
  acknowledgement: { informationNote: true, noteVersion: '2026-01' },
  consent: { privacy: true, noticeVersion: '2026-01' },
  honeypot: '',
  fillMs: 30000,
};

/** `201` of `POST /v1/volunteer-signups` (one shift confirmed, one on the reserve list). */
export const exampleSignupReceipt: SignupReceipt = {
  id: 'signup_01',
  reference: 'VRIJ-2026-00007',
  status: 'confirmed',
  shifts: [
    { shiftId: 'shift-a', status: 'confirmed' },
    { shiftId: 'shift-b', status: 'waitlisted' },
  ],
  cancelToken: exampleCancelToken,
  cancelCode: 'K7MP2XRA',
};

/** Body of `DELETE /v1/volunteer-signups/{id}` when the header cannot be sent. */
export const exampleSignupCancel: SignupCancel = { cancelToken: exampleCancelToken };

/** `200` of `DELETE /v1/volunteer-signups/{id}`. */
export const exampleSignupCancelled: SignupCancelled = {
  id: 'signup_01',
  status: 'cancelled',
  reference: 'VRIJ-2026-00007',
};

/** Body of `POST /v1/volunteer-signups/cancel`, as a resident may type it. */
export const exampleSignupCancelByCode: SignupCancelByCode = { reference: 'VRIJ-2026-00007', cancelCode: 'K7MP-2XRA' };

/** A `422` answer. */
export const exampleValidationProblem: Problem = {
  type: PROBLEM_TYPES.validation,
  title: 'The request has invalid fields.',
  status: 422,
  errors: [
    { path: 'title', code: 'too-short' },
    { path: 'contact.email', code: 'invalid-email' },
    { path: 'consent.privacy', code: 'consent-required' },
  ],
};

/** A `409` answer for a full shift. */
export const exampleShiftFullProblem: Problem = {
  type: PROBLEM_TYPES.shiftFull,
  title: 'A chosen shift is full.',
  status: 409,
  detail: 'Send joinWaitlist: true to be put on the reserve list.',
};
