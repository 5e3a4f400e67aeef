/** The list's strings in nl, fr and en (the shared ones plus its own). */
import type { Catalogs } from '../../i18n/catalog.js';
import type { LocalizeController } from '../../i18n/controller.js';
import { initiativeList } from '../../i18n/nl/initiative-list.js';
import type { CommonStrings, InitiativeListStrings } from '../../i18n/types.js';
import { widgetCatalogs } from '../../internal/widget-catalogs.js';

export type ListStrings = CommonStrings & InitiativeListStrings;
export type Translate = LocalizeController<ListStrings>['t'];

export const catalogs: Catalogs<ListStrings> = widgetCatalogs<ListStrings>('initiativeList', initiativeList);
