/**
 * A widget's catalogs in nl, fr and en: the shared strings plus its own section of each language.
 * Dutch is bundled: each widget's `<name>.strings.ts` imports its own Dutch section directly from
 * src/i18n/nl/<name>.ts and passes it here, e.g. `widgetCatalogs<IdeaStrings>('ideaForm', ideaForm)`
 * (never the src/i18n/nl.ts barrel: a module every widget imports lands in the shared CDN runtime,
 * so the barrel would put every widget's Dutch on every page). French and English are separate files
 * in the CDN build, fetched only by a page that uses them.
 */
import type { Catalog, Catalogs } from '../i18n/catalog.js';
import type * as fr from '../i18n/fr.js';
import { common } from '../i18n/nl/common.js';
import type { CommonStrings } from '../i18n/types.js';

/** The per-widget sections of a locale file. */
export type WidgetSection = Exclude<keyof typeof fr, 'common'>;

/** `nl` is the widget's own Dutch section: `S` less the shared strings. */
export function widgetCatalogs<S extends Catalog>(
  section: WidgetSection,
  nl: Omit<S, keyof CommonStrings>,
): Catalogs<S> {
  return {
    nl: { ...common, ...nl } as unknown as S,
    fr: () => import('../i18n/fr.js').then((m) => ({ ...m.common, ...m[section] }) as unknown as S),
    en: () => import('../i18n/en.js').then((m) => ({ ...m.common, ...m[section] }) as unknown as S),
  };
}
