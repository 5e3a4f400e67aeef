/**
 * Dutch strings of the staff console's initiatives screens: the list and one initiative's edit form
 * (keys start with `initiatives`). The rung is named in the ladder's own words (nl/rungs.ts).
 */
import { participationLadder as ladder } from './participation-ladder.js';

export const staffInitiatives = {
  initiativesNav: 'Initiatieven',
  initiativesHeading: 'Initiatieven',
  initiativesFilters: 'Filter',
  initiativesPublishedFilter: 'Gepubliceerd',
  initiativesPublishedOption: (v: 'any' | 'true' | 'false') =>
    ({ any: 'Alle initiatieven', true: 'Alleen gepubliceerde', false: 'Alleen offline' })[v],
  initiativesApply: 'Filteren',
  initiativesCaption: 'Initiatieven, laatst gewijzigd eerst',
  initiativesShown: (shown: string, total: string) => `${shown} van ${total} getoond`,
  initiativesEmpty: 'Geen initiatieven met deze filter.',
  initiativesMore: 'Meer initiatieven',
  initiativesTitle: 'Titel',
  initiativesArea: 'Wijk',
  initiativesNoArea: 'hele gemeente',
  initiativesRung: 'Trede',
  initiativesRungName: (n: number) => `${n}. ${ladder.role(n)}`,
  initiativesStatus: 'Stand',
  initiativesStatusName: (s: string) =>
    ({ idea: 'idee', testing: 'wordt getest', running: 'loopt', finished: 'afgelopen' })[s] ?? s,
  initiativesPublished: 'Gepubliceerd',
  initiativesNeedsVolunteers: 'Zoekt vrijwilligers',
  initiativesOrganiser: 'Wie organiseert het?',
  initiativesOrganiserName: (o: string) =>
    ({ residents: 'bewoners', municipality: 'de gemeente', both: 'bewoners en gemeente samen' })[o] ?? o,
  initiativesYes: 'ja',
  initiativesNo: 'nee',
  // One initiative
  initiativesBack: 'Terug naar de initiatieven',
  initiativesEditHeading: 'Wijzigen',
  initiativesTexts: 'Teksten',
  initiativesTextsHint: 'Nederlands is verplicht. Een taal zonder eigen tekst toont de Nederlandse.',
  initiativesLang: (l: string) => ({ nl: 'Nederlands', fr: 'Frans', en: 'Engels' })[l] ?? l,
  initiativesFieldTitle: 'Titel',
  initiativesFieldSummary: 'Samenvatting',
  initiativesFieldDescription: 'Beschrijving',
  initiativesSameAsDutch: 'nog niet vertaald (toont de Nederlandse tekst)',
  initiativesFieldLabel: (field: string, lang: string) => `${field} (${lang})`,
  initiativesNoun: (field: string, lang: string) => `de ${field.toLowerCase()} in het ${lang}`,
  initiativesThemes: 'Thema’s',
  initiativesRungLegend: 'Trede op de participatieladder',
  initiativesRungOption: (n: number) => `${ladder.rungName(n)}: ${ladder.style(n)}; bewoners: ${ladder.role(n)}`,
  initiativesCoproduction: 'Soort samenwerking',
  initiativesCoproductionName: (c: string) =>
    ({
      'co-creation': 'cocreatie',
      'co-production': 'coproductie',
      'co-decision': 'samen beslissen',
      advice: 'advies',
      information: 'informatie',
    })[c] ?? c,
  initiativesStartDate: 'Begindatum',
  initiativesEndDate: 'Einddatum',
  initiativesDateNoun: (which: 'start' | 'end'): string => (which === 'start' ? 'de begindatum' : 'de einddatum'),
  initiativesSave: 'Wijzigingen opslaan',
  initiativesSaved: (title: string) => `Initiatief „${title}” opgeslagen.`,
  initiativesNothingChanged: 'Er is niets gewijzigd.',
  initiativesUnpublishHeading: 'Offline halen',
  initiativesUnpublishIntro:
    'Een offline initiatief verdwijnt uit de lijst voor bewoners, met zijn vrijwilligersrollen. Het blijft bewaard; u kunt het later opnieuw publiceren.',
  initiativesUnpublish: 'Offline halen…',
  initiativesUnpublishConfirm: (title: string) => `„${title}” echt offline halen?`,
  initiativesUnpublishYes: 'Ja, offline halen',
  initiativesCancel: 'Annuleren',
  initiativesUnpublished: (title: string) => `Initiatief „${title}” is offline gehaald.`,
  initiativesRepublish: 'Opnieuw publiceren',
  initiativesRepublished: (title: string) => `Initiatief „${title}” is opnieuw gepubliceerd.`,
  initiativesIsOffline: 'Dit initiatief is offline: bewoners zien het niet.',
  initiativesVolunteersLink: 'Vrijwilligers van dit initiatief',
};
export type StaffInitiativesStrings = typeof staffInitiatives;
