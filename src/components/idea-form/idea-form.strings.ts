/** The idea form's strings in nl, fr and en: the shared ones plus its own. */
import type { Catalogs } from '../../i18n/catalog.js';
import type { LocalizeController } from '../../i18n/controller.js';
import type { CommonStrings, IdeaFormStrings } from '../../i18n/types.js';
import * as nl from '../../i18n/nl.js';

export type IdeaStrings = CommonStrings & IdeaFormStrings;
export type IdeaI18n = LocalizeController<IdeaStrings>;

export const catalogs: Catalogs<IdeaStrings> = {
  nl: { ...nl.common, ...nl.ideaForm },
  // French and English are separate files in the CDN build, fetched only by a page that uses them.
  fr: () => import('../../i18n/fr.js').then((m) => ({ ...m.common, ...m.ideaForm })),
  en: () => import('../../i18n/en.js').then((m) => ({ ...m.common, ...m.ideaForm })),
};
