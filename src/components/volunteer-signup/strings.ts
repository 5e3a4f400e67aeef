/** The signup's strings in nl, fr and en: the shared ones plus its own. */
import type { Catalogs } from '../../i18n/catalog.js';
import type { LocalizeController } from '../../i18n/controller.js';
import type { CommonStrings, VolunteerSignupStrings } from '../../i18n/types.js';
import * as nl from '../../i18n/nl.js';
import * as fr from '../../i18n/fr.js';
import * as en from '../../i18n/en.js';

export type SignupStrings = CommonStrings & VolunteerSignupStrings;
export type SignupI18n = LocalizeController<SignupStrings>;

export const catalogs: Catalogs<SignupStrings> = {
  nl: { ...nl.common, ...nl.volunteerSignup },
  fr: { ...fr.common, ...fr.volunteerSignup },
  en: { ...en.common, ...en.volunteerSignup },
};
