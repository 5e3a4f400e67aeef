/** The ladder's strings in nl, fr and en (the shared ones plus its own). */
import type { Catalogs } from '../../i18n/catalog.js';
import { participationLadder } from '../../i18n/nl/participation-ladder.js';
import type { CommonStrings, ParticipationLadderStrings } from '../../i18n/types.js';
import { widgetCatalogs } from '../../internal/widget-catalogs.js';

export type LadderStrings = CommonStrings & ParticipationLadderStrings;

export const catalogs: Catalogs<LadderStrings> = widgetCatalogs<LadderStrings>(
  'participationLadder',
  participationLadder,
);
