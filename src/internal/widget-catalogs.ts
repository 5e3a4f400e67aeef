/**
 * A widget's catalogs in nl, fr and en: the shared strings plus its own section of each locale file.
 * Dutch is bundled; French and English are separate files in the CDN build, fetched only by a page
 * that uses them. Each widget's `<name>.strings.ts` calls this once with its strings type, e.g.
 * `widgetCatalogs<CommonStrings & IdeaFormStrings>('ideaForm')` (each section is typed by its type
 * in src/i18n/types.ts, so the two name the same thing).
 */
import type { Catalog, Catalogs } from '../i18n/catalog.js';
import * as nl from '../i18n/nl.js';

/** The per-widget sections of a locale file. */
export type WidgetSection = Exclude<keyof typeof nl, 'common'>;

export function widgetCatalogs<S extends Catalog>(section: WidgetSection): Catalogs<S> {
  return {
    nl: { ...nl.common, ...nl[section] } as unknown as S,
    fr: () => import('../i18n/fr.js').then((m) => ({ ...m.common, ...m[section] }) as unknown as S),
    en: () => import('../i18n/en.js').then((m) => ({ ...m.common, ...m[section] }) as unknown as S),
  };
}
