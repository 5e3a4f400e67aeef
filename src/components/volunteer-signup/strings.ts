/** The signup's strings in nl, fr and en: the shared ones plus its own. */
import type { Catalogs } from '../../i18n/catalog.js';
import type { LocalizeController } from '../../i18n/controller.js';
import type { CommonStrings, VolunteerSignupStrings } from '../../i18n/types.js';
import * as nl from '../../i18n/nl.js';

export type SignupStrings = CommonStrings & VolunteerSignupStrings;
export type SignupI18n = LocalizeController<SignupStrings>;

export const catalogs: Catalogs<SignupStrings> = {
  nl: { ...nl.common, ...nl.volunteerSignup },
  // French and English are separate files in the CDN build, fetched only by a page that uses them.
  fr: () => import('../../i18n/fr.js').then((m) => ({ ...m.common, ...m.volunteerSignup })),
  en: () => import('../../i18n/en.js').then((m) => ({ ...m.common, ...m.volunteerSignup })),
};
