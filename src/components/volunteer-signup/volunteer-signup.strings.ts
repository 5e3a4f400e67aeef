/** The signup's strings in nl, fr and en (the shared ones plus its own), and how a field's error reads. */
import type { Catalogs } from '../../i18n/catalog.js';
import type { LocalizeController } from '../../i18n/controller.js';
import { volunteerSignup } from '../../i18n/nl/volunteer-signup.js';
import type { CommonStrings, VolunteerSignupStrings } from '../../i18n/types.js';
import { widgetCatalogs } from '../../internal/widget-catalogs.js';
import type { FieldErrorCode } from '../../schema/problem.js';
import type { VolunteerRole } from '../../schema/volunteer.js';
import { LIMITS } from './volunteer-signup.body.js';

export type SignupStrings = CommonStrings & VolunteerSignupStrings;
export type SignupI18n = LocalizeController<SignupStrings>;

export const catalogs: Catalogs<SignupStrings> = widgetCatalogs<SignupStrings>('volunteerSignup', volunteerSignup);

/** The field as it reads inside an error message ("je naam"). */
const NAMES = {
  availability: 'availabilityName',
  'contact.name': 'nameName',
  'contact.email': 'emailName',
  'contact.phone': 'phoneName',
} as const;

/** The error message of a field: its own for the choices, else the shared one with the field's name and limit. */
export function fieldMessage(
  i18n: SignupI18n,
  path: string,
  code: FieldErrorCode,
  role: VolunteerRole | undefined,
): string {
  if (path === 'roleId') return i18n.t('roleRequired');
  if (path === 'shiftIds') return i18n.t('shiftsRequired');
  if (path === 'ageConfirmed') return i18n.t('ageRequired', role?.requirements.minimumAge ?? 0);
  const [min, max] = LIMITS[path] ?? [];
  const name = i18n.t(NAMES[path as keyof typeof NAMES] ?? 'roleRequired');
  return i18n.t('fieldError', code, name, code === 'too-long' || code === 'too-big' ? max : min);
}
