/**
 * Dutch strings of the staff console's inbox of ideas and idea screen (keys start with `inbox` or
 * `idea`). The rung names are the ladder's own (nl/rungs.ts and the ladder's style names).
 */
import type { IdeaStatus } from '../../schema/staff/moderation.js';
import { participationLadder as ladder } from './participation-ladder.js';

const STATUS: Record<IdeaStatus, string> = {
  received: 'ontvangen',
  'under-review': 'in behandeling',
  accepted: 'aanvaard',
  declined: 'afgewezen',
  published: 'gepubliceerd',
};

export const staffInbox = {
  inboxNav: 'Ideeën',
  inboxHeading: 'Ideeën van bewoners',
  inboxFilters: 'Filters',
  inboxStatus: 'Status',
  inboxAnyStatus: 'Alle statussen',
  inboxTrack: 'Soort idee',
  inboxAnyTrack: 'Alle soorten',
  inboxArea: 'Wijk',
  inboxAnyArea: 'Alle wijken',
  inboxFlagged: 'Verdachte inzendingen',
  inboxFlaggedOption: (v: 'false' | 'true' | 'any') =>
    ({ false: 'Verbergen', true: 'Alleen verdachte', any: 'Alles tonen' })[v],
  inboxApply: 'Filteren',
  inboxCaption: 'Ideeën, nieuwste eerst',
  inboxReference: 'Referentie',
  inboxTitle: 'Titel',
  inboxReceived: 'Ontvangen',
  inboxFlag: 'verdacht',
  inboxEmpty: 'Geen ideeën met deze filters.',
  inboxShown: (shown: string, total: string) => `${shown} van ${total} getoond`,
  inboxMore: 'Meer ideeën',
  inboxExport: 'Exporteren als CSV',
  // An idea
  statusName: (s: IdeaStatus) => STATUS[s],
  trackName: (t: string) =>
    ({ create: 'zelf iets opzetten', experiment: 'iets uittesten', join: 'meedoen met een aanbod' })[t] ?? t,
  ideaBack: 'Terug naar de ideeën',
  ideaSent: 'Wat de bewoner stuurde',
  ideaSummary: 'Samenvatting',
  ideaDescription: 'Beschrijving',
  ideaThemes: 'Thema’s',
  ideaLocation: 'Plaats',
  ideaNeighbours: 'Buren die meedoen',
  ideaTestPeriod: 'Testperiode',
  ideaOffer: 'Aanbod',
  ideaContact: 'Contact',
  ideaLanguage: 'Taal',
  ideaConsent: 'Privacyverklaring aanvaard (versie)',
  ideaErased: (at: string) => `De contactgegevens zijn gewist op ${at}.`,
  ideaNone: '—',
  ideaFlagged: (seconds: string, honeypot: boolean) =>
    `Verdacht: ${honeypot ? 'het verborgen veld was ingevuld' : `ingevuld in ${seconds} seconden`}. Het staat niet tussen de gewone ideeën.`,
  ideaFlaggedHow:
    'Vrijgeven of verwijderen kan de staff-API niet: er is geen aparte knop om de markering weg te nemen en geen verwijderen. Behandel het als een gewoon idee (zet het in behandeling of wijs het af met een reden), of wis de gegevens van de bewoner via Persoonsgegevens.',
  ideaHistory: 'Geschiedenis',
  ideaHistoryEmpty: 'Nog niets gebeurd.',
  ideaHistoryEntry: (action: string, from?: IdeaStatus, to?: IdeaStatus) =>
    action === 'idea.status' && to
      ? `Status ${from ? `van ${STATUS[from]} ` : ''}naar ${STATUS[to]}`
      : action === 'idea.reply'
        ? 'Antwoord bewaard'
        : action === 'idea.publish'
          ? 'Gepubliceerd als initiatief'
          : action,
  ideaBy: (who: string, at: string) => `${who}, ${at}`,
  // Status
  ideaStatusHeading: 'Status wijzigen',
  ideaNewStatus: 'Nieuwe status',
  ideaReason: 'Reden',
  ideaReasonNoun: 'de reden',
  ideaReasonHint: 'Verplicht bij afwijzen. Komt in de geschiedenis.',
  ideaStatusSubmit: 'Status wijzigen',
  ideaStatusNone: 'Vanuit deze status kan alleen publiceren.',
  ideaStatusDone: (reference: string, status: IdeaStatus) => `Idee ${reference}: ${STATUS[status]}.`,
  ideaConflict: 'Het idee is intussen veranderd. Het is opnieuw geladen.',
  // Reply
  ideaReplyHeading: 'Antwoord aan de bewoner',
  ideaReplyLabel: 'Antwoord',
  ideaReplyNoun: 'het antwoord',
  ideaReplyHint: 'De bewoner krijgt dit antwoord zodra de server e-mail verstuurt; tot dan stuur je het zelf.',
  ideaReplySubmit: 'Antwoord bewaren',
  ideaReplyDone: (reference: string) => `Antwoord op idee ${reference} bewaard.`,
  ideaReplyLast: (who: string, at: string) => `Laatst bewaard door ${who}, ${at}.`,
  // Publish
  ideaPublishHeading: 'Publiceren als initiatief',
  ideaPublishIntro:
    'Het initiatief krijgt de titel, samenvatting, beschrijving, wijk en thema’s van het idee; die pas je daarna aan bij Initiatieven.',
  ideaPublishOnlyAccepted: 'Publiceren kan pas als het idee aanvaard is.',
  ideaRung: 'Trede op de participatieladder',
  ideaRungHint: 'Hoeveel zeggenschap bewoners krijgen. Voorgesteld volgens de soort idee.',
  ideaRungOption: (n: number) => `${ladder.rungName(n)}: ${ladder.style(n)}; bewoners: ${ladder.role(n)}`,
  ideaOrganiser: 'Wie organiseert het?',
  ideaOrganiserName: (o: string) =>
    ({ residents: 'bewoners', municipality: 'de gemeente', both: 'bewoners en gemeente samen' })[o] ?? o,
  ideaNeedsVolunteers: 'Zoekt vrijwilligers',
  ideaPublishSubmit: 'Publiceren',
  ideaPublishDone: (reference: string, title: string) => `Idee ${reference} gepubliceerd als initiatief „${title}”.`,
  ideaPublished: (id: string) => `Gepubliceerd als initiatief ${id}.`,
};
export type StaffInboxStrings = typeof staffInbox;
