/**
 * Dutch strings of `<civic-initiative-list>`, imported by its strings module directly (never through
 * ../nl.ts, which would put every widget's Dutch in the shared CDN runtime).
 */
import { plural } from '../catalog.js';
import type { InitiativeListStrings } from '../types.js';
import { RUNG_ROLES } from './rungs.js';

/** Rungs named as on the participation ladder (Pröpper & Steenbergen, 1999). */
export const initiativeList: InitiativeListStrings = {
  listHeading: 'Initiatieven',
  filtersLabel: 'Initiatieven zoeken en filteren',
  searchLabel: 'Zoek op trefwoord',
  areaLabel: 'Wijk',
  anyArea: 'Alle wijken',
  themeLabel: 'Thema',
  anyTheme: 'Alle thema’s',
  rungLabel: 'Rol van bewoners',
  anyRung: 'Alle rollen',
  statusLabel: 'Stand van zaken',
  anyStatus: 'Alle',
  volunteersLabel: 'Alleen initiatieven die vrijwilligers zoeken',
  sortLabel: 'Sorteren op',
  sortName: (s) => (s === 'title' ? 'Titel (A-Z)' : s === 'start' ? 'Startdatum' : 'Laatst bijgewerkt'),
  rungName: (r) => RUNG_ROLES[r - 1] ?? String(r),
  rungValue: (r, name) => `${name} (trede ${r} van 7)`,
  showOnLadder: (r) => `Bekijk trede ${r} op de ladder`,
  statusName: (s) => ({ idea: 'Idee', testing: 'Wordt getest', running: 'Loopt', finished: 'Afgelopen' })[s] ?? s,
  organiserName: (o) =>
    ({ residents: 'Bewoners', municipality: 'De gemeente', both: 'Bewoners en de gemeente' })[o] ?? o,
  organiserLabel: 'Georganiseerd door',
  themesLabel: 'Thema’s',
  wholeMunicipality: 'Hele gemeente',
  startLabel: 'Begint op',
  endLabel: 'Eindigt op',
  linksLabel: 'Meer informatie',
  count: (n) =>
    plural('nl', n, {
      zero: 'Geen initiatieven gevonden',
      one: '{n} initiatief gevonden',
      other: '{n} initiatieven gevonden',
    }),
  shown: (shown, total) => `${shown} van ${total} getoond`,
  empty: 'Er zijn geen initiatieven die bij je zoekopdracht passen. Probeer minder filters of een ander trefwoord.',
  clearFilters: 'Filters wissen',
  loadMore: 'Meer initiatieven tonen',
  moreInfo: 'Meer info',
  needsVolunteers: 'Zoekt vrijwilligers',
  join: 'Doe mee',
  demoNote: 'Voorbeeldgegevens: deze initiatieven zijn verzonnen om de module te tonen.',
};
