/**
 * The idea form's values (a flat record keyed by the contract's field paths, as FormController
 * keeps them and the draft stores them), how they become the `POST /v1/ideas` body, and how the
 * contract's field errors land on the form's fields.
 */
import type { IdeaSubmissionInput } from '../../schema/idea.js';
import { IDEA_LIMITS, ideaSubmissionSchema, isBeforeToday, MAX_TEST_MONTHS } from '../../schema/idea.js';
import { CONTACT_LIMITS, normalizePhone } from '../../schema/common.js';
import { validate } from '../../schema/field-errors.js';
import type { FieldError } from '../../schema/problem.js';
import type { Site } from '../../schema/site.js';
import type { IdeaFormField } from '../../i18n/types.js';

export type IdeaValues = {
  track: string;
  offerId: string;
  /** Narrows the list of offers; not sent. */
  offerArea: string;
  title: string;
  summary: string;
  description: string;
  areaId: string;
  themeIds: string[];
  'location.address': string;
  neighbours: string;
  'testPeriod.start': string;
  'testPeriod.end': string;
  'contact.name': string;
  'contact.email': string;
  'contact.phone': string;
  'consent.privacy': boolean;
  [k: string]: unknown;
};

export const initialValues = (track = '', area = ''): IdeaValues => ({
  track,
  offerId: '',
  offerArea: area,
  title: '',
  summary: '',
  description: '',
  areaId: area,
  themeIds: [],
  'location.address': '',
  neighbours: '',
  'testPeriod.start': '',
  'testPeriod.end': '',
  'contact.name': '',
  'contact.email': '',
  'contact.phone': '',
  'consent.privacy': false,
});

/** Field path → the strings' field name, and the character limits shown in messages. */
export const FIELDS: Record<string, IdeaFormField> = {
  track: 'track',
  offerId: 'offerId',
  title: 'title',
  summary: 'summary',
  description: 'description',
  areaId: 'areaId',
  themeIds: 'themeIds',
  'location.address': 'location',
  neighbours: 'neighbours',
  'testPeriod.start': 'start',
  'testPeriod.end': 'end',
  'contact.name': 'name',
  'contact.email': 'email',
  'contact.phone': 'phone',
  'consent.privacy': 'consent',
};

/** Limits for too-short / too-long / too-big messages: the schema's own. */
export const LIMITS: Record<string, readonly [min: number, max: number]> = {
  title: IDEA_LIMITS.title,
  summary: IDEA_LIMITS.summary,
  description: IDEA_LIMITS.description,
  'location.address': IDEA_LIMITS.address,
  neighbours: IDEA_LIMITS.neighbours,
  themeIds: IDEA_LIMITS.themes,
  'testPeriod.end': [0, MAX_TEST_MONTHS],
  'contact.name': CONTACT_LIMITS.name,
  'contact.email': CONTACT_LIMITS.email,
  'contact.phone': CONTACT_LIMITS.phone,
};

/** The fields in screen order for a track (the error summary follows it). */
export function fieldOrder(track: string): string[] {
  // Joining an offer asks only what the signup needs: the offer, where, a note, contact, consent.
  if (track === 'join') {
    return [
      'track',
      'offerId',
      'areaId',
      'location.address',
      'description',
      'contact.name',
      'contact.email',
      'contact.phone',
      'consent.privacy',
    ];
  }
  return [
    'track',
    'title',
    'summary',
    'description',
    'areaId',
    'themeIds',
    'location.address',
    'neighbours',
    ...(track === 'experiment' ? ['testPeriod.start', 'testPeriod.end'] : []),
    'contact.name',
    'contact.email',
    'contact.phone',
    'consent.privacy',
  ];
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/** Track `join`: the chosen offer runs everywhere, so the resident says in which area (else the offer's area counts). */
export const joinNeedsArea = (v: IdeaValues, site: Site | undefined): boolean =>
  site?.offers.find((o) => o.id === v.offerId)?.areaId === null;

/**
 * The request body. Empty optional fields are left out; fields that belong to another track are
 * left out; a number field that is not a number is passed on as text so validation names it.
 */
export function toBody(
  v: IdeaValues,
  site: Site | undefined,
  extra: { honeypot: string; fillMs: number },
): IdeaSubmissionInput {
  const track = v.track;
  const n = v.neighbours.trim();
  const join = track === 'join';
  const body: Record<string, unknown> = {
    track: track || undefined,
    ...(join
      ? { ...(joinNeedsArea(v, site) && v.areaId ? { areaId: v.areaId } : {}) }
      : {
          title: v.title,
          summary: v.summary,
          areaId: v.areaId,
          themeIds: v.themeIds,
          neighbours: n === '' ? undefined : /^\d+$/.test(n) ? Number(n) : n,
        }),
    contact: {
      name: v['contact.name'],
      email: v['contact.email'],
      ...(str(v['contact.phone']).trim() ? { phone: normalizePhone(v['contact.phone']) } : {}),
    },
    consent: {
      privacy: v['consent.privacy'] === true ? true : undefined,
      noticeVersion: site?.privacyNotice.version ?? '',
    },
    honeypot: extra.honeypot,
    fillMs: Math.max(0, Math.round(extra.fillMs)),
  };
  if (track !== 'join' || v.description.trim()) body.description = v.description;
  if (v['location.address'].trim()) body.location = { address: v['location.address'] };
  if (track === 'experiment') body.testPeriod = { start: v['testPeriod.start'], end: v['testPeriod.end'] };
  if (track === 'join') body.offerId = v.offerId;
  return body as IdeaSubmissionInput;
}

const CHOICES = new Set(['track', 'offerId', 'areaId']);

/** Checks the values with the contract's schema; a missing choice reads "Kies…" rather than "Vul… in". */
export function validateIdea(v: IdeaValues, site: Site | undefined): FieldError[] {
  const r = validate(ideaSubmissionSchema(), toBody(v, site, { honeypot: '', fillMs: 0 }));
  const errors = r.ok ? [] : [...r.errors];
  // The schema refuses a start date in the past everywhere; the form also the resident's own yesterday.
  const start = v['testPeriod.start'];
  if (
    v.track === 'experiment' &&
    !errors.some((e) => e.path === 'testPeriod.start') &&
    /^\d{4}-\d{2}-\d{2}$/.test(start) &&
    isBeforeToday(start)
  ) {
    errors.push({ path: 'testPeriod.start', code: 'too-small' });
  }
  // A join for an offer that runs everywhere asks in which area.
  if (v.track === 'join' && joinNeedsArea(v, site) && !v.areaId) errors.push({ path: 'areaId', code: 'required' });
  return errors.map((e) => {
    // An empty control reads "Vul … in" whatever format it has (zod reports an empty date as a bad date).
    const code = v[e.path] === '' && e.code.startsWith('invalid') ? 'required' : e.code;
    return { path: e.path, code: CHOICES.has(e.path) && code === 'required' ? 'invalid-choice' : code };
  });
}

/** Server or schema errors on paths the form has no control for land on the nearest one. */
export function remapErrors(errors: FieldError[], track: string): FieldError[] {
  const order = fieldOrder(track);
  return errors.flatMap((e) => {
    if (order.some((p) => e.path === p || e.path.startsWith(`${p}.`))) return [e];
    const near = order.find((p) => p.startsWith(`${e.path}.`));
    return near ? [{ path: near, code: e.code }] : [];
  });
}
