/**
 * From the signup form's values to the `POST /v1/volunteer-signups` body (the contract's
 * VolunteerSignup), and its client-side check with the contract's schema plus what only the
 * widget knows (the chosen role's minimum age).
 */
import type { Site } from '../../schema/site.js';
import type { FieldError } from '../../schema/problem.js';
import { validate } from '../../schema/field-errors.js';
import { CONTACT_LIMITS } from '../../schema/common.js';
import {
  VOLUNTEER_LIMITS,
  volunteerSignupSchema,
  type Shift,
  type VolunteerRole,
  type VolunteerSignupInput,
} from '../../schema/volunteer.js';

/** The form's values, keyed by field path (see FormController). */
export type SignupValues = {
  roleId: string;
  shiftIds: string[];
  availability: string;
  'contact.name': string;
  'contact.email': string;
  'contact.phone': string;
  ageConfirmed: boolean;
  acknowledgement: boolean;
  consent: boolean;
};

export const emptyValues = (roleId = ''): SignupValues => ({
  roleId,
  shiftIds: [],
  availability: '',
  'contact.name': '',
  'contact.email': '',
  'contact.phone': '',
  ageConfirmed: false,
  acknowledgement: false,
  consent: false,
});

/** Field paths in screen order (the error summary follows it). */
export const FIELD_ORDER = [
  'roleId',
  'shiftIds',
  'availability',
  'contact.name',
  'contact.email',
  'contact.phone',
  'ageConfirmed',
  'acknowledgement',
  'consent',
] as const;

/** Limits the error messages name: the schema's own. */
export const LIMITS: Record<string, readonly [min: number, max: number]> = {
  availability: VOLUNTEER_LIMITS.availability,
  'contact.name': CONTACT_LIMITS.name,
  'contact.email': CONTACT_LIMITS.email,
  'contact.phone': CONTACT_LIMITS.phone,
};

/** The chosen shifts of this role (a draft may hold shifts of another role, or ones since removed). */
export function chosenShifts(values: SignupValues, role: VolunteerRole | undefined): Shift[] {
  return role ? role.shifts.filter((s) => values.shiftIds.includes(s.id)) : [];
}

export interface BodyExtras {
  honeypot: string;
  fillMs: number;
  /** Join the reserve list even for shifts that looked open (the resident said so after a 409). */
  forceWaitlist: boolean;
}

/** The request body. `joinWaitlist` is true when a chosen shift was already full, or when asked. */
export function toBody(
  values: SignupValues,
  role: VolunteerRole | undefined,
  site: Site | undefined,
  extras: BodyExtras,
): VolunteerSignupInput {
  const shifts = chosenShifts(values, role);
  const phone = values['contact.phone'].trim();
  const body = {
    roleId: values.roleId,
    ...(role && role.shifts.length > 0 ? { shiftIds: shifts.map((s) => s.id) } : { availability: values.availability }),
    contact: {
      name: values['contact.name'],
      email: values['contact.email'],
      ...(phone ? { phone } : {}),
    },
    ...(role?.requirements.minimumAge != null ? { ageConfirmed: values.ageConfirmed } : {}),
    acknowledgement: { informationNote: values.acknowledgement, noteVersion: site?.volunteerInfo.version ?? '' },
    consent: { privacy: values.consent, noticeVersion: site?.privacyNotice.version ?? '' },
    joinWaitlist: extras.forceWaitlist || shifts.some((s) => s.placesLeft === 0),
    honeypot: extras.honeypot,
    fillMs: Math.max(0, Math.round(extras.fillMs)),
  };
  // informationNote/privacy are `true` literals in the contract; an unticked box is sent as false
  // only to be caught by validation, never to the server.
  return body as unknown as VolunteerSignupInput;
}

/** Every failing field of the values, in the contract's field-error form. */
export function checkValues(
  values: SignupValues,
  role: VolunteerRole | undefined,
  site: Site | undefined,
): FieldError[] {
  const body = toBody(values, role, site, { honeypot: '', fillMs: 0, forceWaitlist: false });
  const result = validate(volunteerSignupSchema(), body);
  let errors = result.ok ? [] : result.errors;
  // Without a role there is nothing to say yet about shifts or availability.
  if (!role) errors = errors.filter((e) => !/^(shiftIds|availability)/.test(e.path));
  if (role?.requirements.minimumAge != null && !values.ageConfirmed)
    errors.push({ path: 'ageConfirmed', code: 'required' });
  return errors;
}
