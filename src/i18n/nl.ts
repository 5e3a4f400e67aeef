/** Dutch (default). One object per widget; see types.ts. */
import type { CommonStrings } from './types.js';
import type { IdeaFormStrings } from './types.js';
import { capitalize as cap, plural } from './catalog.js';

/**
 * The participant's role on each rung of the participation ladder (Pröpper & Steenbergen, 1999), 1 (highest)
 * to 7: one name per rung, used by the ladder and by the list's filter and cards alike.
 */
const RUNG_ROLES = [
  'initiatiefnemer',
  'samenwerkingspartner',
  'medebeslisser',
  'adviseur (open)',
  'adviseur of gesprekspartner (gesloten)',
  'toeschouwer, krijgt informatie',
  'geen rol',
] as const;

export const common: CommonStrings = {
  errorPrefix: 'Fout:',
  errorSummaryTitle: 'Er is een probleem',
  optional: '(optioneel)',
  fieldError: (code, label, limit) => {
    switch (code) {
      case 'required':
        return `Vul ${label} in`;
      case 'too-short':
        return `${cap(label)} moet minstens ${limit ?? ''} tekens lang zijn`;
      case 'too-long':
        return `${cap(label)} mag hoogstens ${limit ?? ''} tekens lang zijn`;
      case 'too-small':
        return `${cap(label)} moet minstens ${limit ?? ''} zijn`;
      case 'too-big':
        return `${cap(label)} mag hoogstens ${limit ?? ''} zijn`;
      case 'invalid-email':
        return 'Vul een e-mailadres in zoals naam@voorbeeld.be';
      case 'invalid-phone':
        return 'Vul een telefoonnummer in zoals 016 12 34 56';
      case 'invalid-url':
        return `Vul bij ${label} een webadres in dat begint met https://`;
      case 'invalid-date':
        return `Vul bij ${label} een geldige datum in`;
      case 'date-order':
        return 'De einddatum moet na de begindatum liggen';
      case 'invalid-choice':
        return `Kies ${label}`;
      case 'consent-required':
        return 'Geef toestemming om je gegevens te gebruiken, anders kunnen we je inzending niet behandelen';
      case 'acknowledgement-required':
        return 'Bevestig dat je de informatie hebt gelezen';
      default:
        return `Controleer ${label}`;
    }
  },
  charactersLeft: (n) => plural('nl', n, { one: 'Je hebt nog {n} teken over', other: 'Je hebt nog {n} tekens over' }),
  charactersTooMany: (n) => plural('nl', n, { one: 'Je hebt {n} teken te veel', other: 'Je hebt {n} tekens te veel' }),
  loading: 'Laden…',
  retry: 'Opnieuw proberen',
  apiError: (code) => {
    switch (code) {
      case 'offline':
        return 'Er is geen internetverbinding.';
      case 'unreachable':
        return 'We kunnen de dienst van de gemeente nu niet bereiken.';
      case 'blocked':
        return 'Deze website is niet goed ingesteld om de dienst van de gemeente te bereiken.';
      case 'timeout':
        return 'De server antwoordt niet op tijd.';
      case 'rate-limited':
        return 'Er komen even te veel aanvragen binnen. Probeer het zo opnieuw.';
      case 'invalid-response':
        return 'De server gaf een antwoord dat we niet begrijpen.';
      case 'not-found':
        return 'Dit werd niet gevonden.';
      case 'validation':
        return 'Sommige gegevens zijn niet in orde.';
      case 'conflict':
        return 'Er is intussen iets veranderd.';
      case 'misconfigured':
        return 'Deze module is nog niet ingesteld.';
      case 'aborted':
        return 'Het verzoek werd afgebroken.';
      default:
        return 'Er ging iets mis bij de server.';
    }
  },
  notConfigured:
    'Deze module is nog niet ingesteld. De beheerder van deze website moet een adres voor de gegevens opgeven.',
  busy: 'Bezig met versturen…',
  savedLater: (reason) => {
    switch (reason) {
      case 'offline':
        return 'Je bent offline. Je inzending is bewaard op dit toestel en we versturen ze vanzelf zodra je weer online bent. Je hoeft niets opnieuw in te vullen.';
      case 'unreachable':
        return 'We kunnen de dienst van de gemeente nu niet bereiken. Je inzending is bewaard op dit toestel en we blijven het vanzelf proberen. Je hoeft niets opnieuw in te vullen.';
      case 'unconfirmed':
        return 'Je inzending is verstuurd, maar de bevestiging dat ze is aangekomen, ontbreekt nog. Ze is bewaard op dit toestel en we vragen het vanzelf na, zonder ze twee keer in te dienen.';
      default:
        return 'De dienst van de gemeente heeft even een probleem. Je inzending is bewaard op dit toestel en we proberen het vanzelf opnieuw. Je hoeft niets opnieuw in te vullen.';
    }
  },
  draftRestored: (savedAt) => `We hebben je onafgewerkte formulier van ${savedAt} hersteld.`,
  startOver: 'Opnieuw beginnen',
  colon: ':',
};

import type { VolunteerSignupStrings } from './types.js';

export const volunteerSignup: VolunteerSignupStrings = {
  title: 'Word vrijwilliger',
  intro: 'Kies wat je wilt doen. We zeggen eerlijk hoeveel tijd het vraagt en wat je van de gemeente terugkrijgt.',
  demo: 'Voorbeeldgegevens: deze rollen en shiften bestaan niet echt.',
  noRoles: 'Er zijn op dit moment geen vrijwilligersrollen open.',
  roleLegend: 'Wat wil je doen?',
  roleRequired: 'Kies wat je wilt doen',
  timeAsked: 'Tijd die we vragen',
  timeAskedHint: (time) => `Tijd die we vragen: ${time}`,
  whatYouDo: 'Wat je doet',
  whatYouGet: 'Wat je van de gemeente krijgt',
  guidance: 'Begeleiding',
  insurance: 'Verzekering',
  expenses: 'Onkostenvergoeding',
  noGuidance: 'Geen vaste begeleiding',
  noInsurance: 'Geen aparte verzekering voor deze rol',
  noExpenses: 'Geen onkostenvergoeding',
  requirements: 'Wat we vragen',
  minimumAge: (n) => `Je bent minstens ${n} jaar oud`,
  training: 'Opleiding',
  noRequirements: 'Geen bijzondere voorwaarden',
  shiftsLegend: 'Welke shiften wil je doen?',
  shiftsHint: 'Je mag er meer dan één kiezen.',
  shiftsRequired: 'Kies minstens één shift',
  placesLeft: (left, capacity) =>
    plural('nl', left, { one: `Nog {n} plaats van ${capacity}`, other: `Nog {n} plaatsen van ${capacity}` }),
  shiftFull: 'Volzet. Als je deze shift aanvinkt, kom je op de reservelijst.',
  reserveList: 'reservelijst',
  availabilityLabel: 'Wanneer kun je?',
  availabilityHint: 'Bijvoorbeeld: woensdagnamiddag, of twee zaterdagen per maand.',
  availabilityName: 'wanneer je kunt',
  contactLegend: 'Je gegevens',
  nameLabel: 'Naam',
  nameName: 'je naam',
  emailLabel: 'E-mailadres',
  emailName: 'je e-mailadres',
  emailHint: 'Zo kan de gemeente je contacteren over je inschrijving.',
  phoneLabel: 'Telefoonnummer',
  phoneName: 'je telefoonnummer',
  ageConfirm: (n) => `Ik ben minstens ${n} jaar oud`,
  ageRequired: (n) => `Bevestig dat je minstens ${n} jaar oud bent`,
  noteTitle: 'Informatie voor vrijwilligers',
  noteIntro: 'De vrijwilligerswet (2005) vraagt dat je dit weet voor je begint.',
  noteOrganisation: 'Organisatie',
  noteAim: 'Doel',
  noteLegalStatus: 'Juridisch statuut',
  noteInsurance: 'Verzekering',
  noteExpenses: 'Onkostenvergoeding',
  noteDiscretion: 'Discretieplicht',
  acknowledge: 'Ik heb de informatie voor vrijwilligers gelezen',
  consent: 'Ik geef de gemeente toestemming om mijn gegevens te gebruiken om mijn inschrijving te behandelen.',
  privacyLink: 'Lees de privacyverklaring (opent in een nieuw venster)',
  honeypot: 'Laat dit veld leeg',
  submit: 'Schrijf me in',
  sendFailed: 'Je inschrijving kon niet worden verstuurd.',
  takenTitle: 'De laatste plaats is intussen weg',
  takenText: (shifts) =>
    `Iemand anders was je net voor: ${shifts} is volzet. Alles wat je invulde, staat er nog. Wil je op de reservelijst?`,
  joinReserve: 'Zet me op de reservelijst',
  confirmedTitle: 'Je bent ingeschreven',
  confirmedText: 'Bedankt! We hebben je inschrijving goed ontvangen.',
  waitlistedTitle: 'Je staat op de reservelijst',
  waitlistedText: 'Alle plaatsen zijn bezet. Komt er een plaats vrij, dan neemt de gemeente contact met je op.',
  shiftConfirmed: 'ingeschreven',
  shiftWaitlisted: 'reservelijst',
  takenMeanwhile: 'de laatste plaats was intussen weg',
  reference: 'Referentie',
  cancelCode: 'Annuleringscode',
  cancelCodeHint: 'Bewaar je referentie en deze code: daarmee kun je je later op deze pagina uitschrijven.',
  cancelLink: 'Link om je uit te schrijven',
  copy: 'Kopieer de code',
  copied: 'Gekopieerd',
  cancel: 'Schrijf me uit',
  cancelConfirm: 'Weet je het zeker? Je plaats gaat dan naar iemand anders.',
  cancelYes: 'Ja, schrijf me uit',
  cancelNo: 'Nee, toch niet',
  cancelTitle: 'Je inschrijving annuleren',
  cancelIntro: (ref) => `Wil je inschrijving ${ref} annuleren?`,
  cancelledTitle: 'Je bent uitgeschreven',
  cancelledText: 'Je plaats is vrijgegeven. Bedankt om het te laten weten.',
  cancelFailed: 'Annuleren is niet gelukt.',
  signUpAgain: 'Opnieuw inschrijven',
  cancelOpen: 'Al ingeschreven en wil je je uitschrijven?',
  cancelFormIntro:
    'Vul de referentie en de annuleringscode in die je kreeg toen je je inschreef. Hoofdletters, spaties en streepjes maken niet uit.',
  referenceHint: 'Bijvoorbeeld VRIJ-2026-00007',
  cancelCodeFieldHint: '8 letters en cijfers, bijvoorbeeld K7MP-2XRA',
  referenceRequired: 'Vul de referentie van je inschrijving in',
  referenceInvalid: 'Vul de referentie in zoals op je bevestiging, bijvoorbeeld VRIJ-2026-00007',
  cancelCodeRequired: 'Vul de annuleringscode in',
  cancelCodeInvalid: 'Vul de annuleringscode in zoals op je bevestiging: 8 letters en cijfers, bijvoorbeeld K7MP-2XRA',
  cancelCodeMismatch: 'Deze code hoort niet bij deze referentie. Controleer de referentie en de code.',
  cancelCodeLocked:
    'Voor deze referentie is te vaak een verkeerde code ingevuld. Gebruik de link in je e-mail of neem contact op met de gemeente.',
  cancelLinkInvalid:
    'Deze annuleringslink werkt niet. Misschien is hij niet volledig gekopieerd. Je kunt je ook uitschrijven met de referentie en de annuleringscode van je bevestiging.',
  cancelBack: 'Terug naar het inschrijfformulier',
  cancelIntroUnknown: 'Wil je je inschrijving annuleren?',
  cancelledReference: (ref) => `Inschrijving ${ref} is geannuleerd.`,
  roleDone: 'Rol',
};

/** `<civic-initiative-list>`. Rungs named as on the participation ladder (Pröpper & Steenbergen, 1999). */
export const initiativeList: import('./types.js').InitiativeListStrings = {
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

export const ideaForm: IdeaFormStrings = {
  ideaHeading: 'Een idee voor je wijk',
  ideaIntro:
    'Heb je een idee dat je buurt aangenamer maakt, of wil je meedoen met iets dat al klaarstaat? Vertel het ons. Het invullen duurt ongeveer tien minuten; de gemeente helpt je met raad, middelen en contacten.',
  trackLegend: 'Hoe wil je meedoen?',
  trackLabel: (t) => ({ create: 'Creëer', experiment: 'Experimenteer', join: 'Doe mee' })[t],
  trackText: (t) =>
    ({
      create:
        'Bedenk samen met je buren een idee dat de buurt aangenamer maakt of mensen samenbrengt, en voer het uit.',
      experiment: 'Je hebt een idee en wil het een paar maanden uittesten.',
      join: 'Schrijf je in voor een aanbod dat al klaarstaat, zoals een buurtmoestuin of een boekentil in je buurt.',
    })[t],
  offerLegend: 'Bij welk aanbod wil je aansluiten?',
  offerAreaLabel: 'Toon het aanbod in',
  offerAreaAll: 'Alle wijken',
  offerEverywhere: 'In de hele gemeente',
  noOffers: 'Er is geen aanbod in deze wijk. Kies een andere wijk.',
  ideaLabel: (f) =>
    ({
      track: 'Hoe wil je meedoen?',
      offerId: 'Aanbod',
      title: 'Titel',
      summary: 'Korte samenvatting',
      description: 'Beschrijving',
      areaId: 'Wijk',
      themeIds: 'Thema’s',
      location: 'Adres of plek',
      neighbours: 'Hoeveel buren doen mee?',
      start: 'Begindatum',
      end: 'Einddatum',
      name: 'Naam',
      email: 'E-mailadres',
      phone: 'Telefoonnummer',
      consent: 'Toestemming',
    })[f],
  ideaNoun: (f) =>
    ({
      track: 'hoe je wilt meedoen',
      offerId: 'een aanbod',
      title: 'de titel',
      summary: 'de samenvatting',
      description: 'de beschrijving',
      areaId: 'een wijk',
      themeIds: 'de thema’s',
      location: 'het adres',
      neighbours: 'het aantal buren',
      start: 'de begindatum',
      end: 'de einddatum',
      name: 'je naam',
      email: 'je e-mailadres',
      phone: 'je telefoonnummer',
      consent: 'je toestemming',
    })[f],
  ideaHint: (f, track) => {
    switch (f) {
      case 'title':
        return track === 'join' ? 'Bijvoorbeeld: Ik help mee in de moestuin' : 'Bijvoorbeeld: Zitbanken op het plein';
      case 'summary':
        return 'Vertel in een paar zinnen wat je wilt doen. Deze tekst kan later publiek getoond worden.';
      case 'description':
        return track === 'join'
          ? 'Wat wil je graag doen, en wanneer heb je tijd?'
          : 'Wat wil je doen, met wie, en wat heb je van de gemeente nodig?';
      case 'themeIds':
        return 'Kies er hoogstens vijf.';
      case 'location':
        return 'Een straat, een plein of een gebouw.';
      case 'neighbours':
        return 'Reken jezelf niet mee. Nog niemand? Vul 0 in.';
      case 'start':
        return 'Vandaag of later.';
      case 'phone':
        return 'Alleen als we je ook mogen bellen.';
      default:
        return '';
    }
  },
  areaPlaceholder: 'Kies een wijk',
  periodLegend: 'Wanneer wil je het uittesten?',
  contactLegend: 'Je gegevens',
  contactHint:
    'Alleen medewerkers van de gemeente zien je gegevens. We gebruiken ze enkel om over je idee contact met je op te nemen.',
  consentText: 'Ik geef de gemeente toestemming om mijn gegevens te gebruiken om mijn idee te behandelen.',
  privacyLink: 'Lees de privacyverklaring',
  newTab: '(opent in een nieuw tabblad)',
  honeypotLabel: 'Laat dit veld leeg',
  ideaSubmit: 'Verstuur je idee',
  demoNote: 'Dit is een demonstratie met verzonnen gegevens. Wat je hier invult, wordt niet behandeld.',
  successTitle: 'Je idee is goed aangekomen',
  referenceLabel: 'Je referentienummer',
  nextTitle: 'Wat gebeurt er nu?',
  nextText:
    'Een medewerker van de gemeente leest je idee en neemt contact met je op via het e-mailadres dat je opgaf. Vermeld je referentienummer als je ons contacteert.',
  anotherIdea: 'Nog een idee indienen',
  queuedTitle: 'Je idee is bewaard op dit toestel',
  notSent: 'Je idee is niet verstuurd. Alles wat je invulde, staat er nog. Probeer het later opnieuw.',
  loadFailed: 'Het formulier kon niet geladen worden.',
  periodHint: (months) => `Een test duurt hoogstens ${months} maanden.`,
  periodTooLong: (months) => `Een test duurt hoogstens ${months} maanden. Kies een vroegere einddatum.`,
  startInPast: 'De begindatum ligt in het verleden. Kies vandaag of een latere datum.',
  joinNoteLabel: 'Opmerking',
  joinAreaHint: 'Dit aanbod loopt in de hele gemeente. In welke wijk wil je meedoen?',
};

import type { ParticipationLadderStrings } from './types.js';

export const participationLadder: ParticipationLadderStrings = {
  ladderTitle: 'De participatieladder',
  ladderIntro:
    'Hoeveel zeggenschap krijg je als bewoner? Elke trede koppelt de manier van besturen aan de rol van bewoners. Hoe hoger, hoe meer je zelf in handen hebt.',
  ladderSource: 'Bron: Pröpper & Steenbergen (1999).',
  ladderNote:
    'In Vlaanderen gebruikt men ook een kortere ladder: informeren, raadplegen, adviseren, coproduceren, meebeslissen. De bekendste Engelstalige ladder is die van Arnstein (1969).',
  rungName: (n) => `Trede ${n}`,
  govLabel: 'Gemeente',
  roleLabel: 'Bewoners',
  style: (n) =>
    [
      'faciliterende',
      'samenwerkende',
      'delegerende',
      'participatieve',
      'consultatieve',
      'open autoritaire',
      'gesloten autoritaire',
    ][n - 1] + ' stijl',
  role: (n) => RUNG_ROLES[n - 1] ?? String(n),
  doesLabel: 'Wat de gemeente doet',
  does: (n) =>
    [
      'Steunt het plan van bewoners met tijd, geld, kennis of materiaal, en laat hen de teugels.',
      'Werkt als gelijke partner met bewoners en maakt samen afspraken.',
      'Legt vooraf de grenzen vast (budget, regels) en volgt de keuze van bewoners.',
      'Vraagt advies terwijl alles nog open is, en beslist daarna zelf.',
      'Legt vaste vragen voor over een plan dat ze zelf uitwerkte, en beslist daarna zelf.',
      'Beslist zelf en informeert bewoners, of probeert hen te overtuigen.',
      'Beslist en voert uit zonder bewoners te betrekken of te informeren.',
    ][n - 1],
  residentsLabel: 'Wat bewoners doen',
  residents: (n) =>
    [
      'Nemen het initiatief, beslissen en voeren zelf uit.',
      'Beslissen mee als gelijke en dragen mee de verantwoordelijkheid.',
      'Beslissen binnen die grenzen en voeren soms mee uit.',
      'Denken van bij het begin mee, ook over wat het probleem is.',
      'Geven hun mening op de vragen die de gemeente stelt.',
      'Worden op de hoogte gehouden, maar hebben geen inspraak.',
      'Hebben geen rol.',
    ][n - 1],
  inputLabel: 'Wat bewoners inbrengen',
  input: (k) =>
    ({
      advice: 'ideeën en meningen',
      effort: 'tijd en werk',
      means: 'eigen middelen (geld, materiaal, ruimte)',
      none: 'niets',
    })[k],
  fitsLabel: 'Wanneer past dit?',
  fits: (n) =>
    [
      'Bewoners hebben zelf een plan en willen het trekken, zoals een buurtmoestuin.',
      'Gemeente en bewoners hebben elkaar nodig om een doel te halen.',
      'Er is een duidelijk kader, zoals een wijkbudget.',
      'De vraag is nog open en de kennis van bewoners maakt het plan beter.',
      'Het plan is grotendeels klaar, maar er zijn nog echte keuzes.',
      'De beslissing ligt vast, bijvoorbeeld door een wet, of moet snel vallen.',
      'Zelden: hooguit bij veiligheid of vertrouwelijke zaken.',
    ][n - 1],
  riskLabel: 'Wat er misloopt als een belofte niet wordt nagekomen',
  risk: (n) =>
    [
      'De beloofde steun blijft uit of er komen steeds nieuwe regels: de trekkers haken af.',
      'De gemeente beslist toch alleen: de partners voelen zich gebruikt.',
      'De gemeente verschuift achteraf de grenzen of negeert de keuze: het vertrouwen is weg.',
      'Het plan lag al klaar: het advies verdwijnt in een lade.',
      'Niemand hoort wat er met de antwoorden gebeurde: de volgende keer doet niemand mee.',
      'Inspraak beloven terwijl alles vastligt: bewoners voelen zich bedrogen.',
      'Bewoners vernemen het achteraf: wantrouwen groeit, ook tegenover andere projecten.',
    ][n - 1],
  here: 'Dit project staat hier',
  compactCaption: (n, style, role) =>
    n
      ? `Dit project staat op trede ${n} van 7: ${style}; rol van bewoners: ${role}.`
      : 'Van trede 1 (bewoners nemen het initiatief) tot 7 (geen rol).',
  compactScale: 'Participatieladder, trede 1 tot 7',
  expand: 'Toon de volledige ladder',
  collapse: 'Verberg de volledige ladder',
  examplesTitle: 'Voorbeelden op deze trede',
  examplesNone: 'Er zijn nog geen voorbeelden op deze trede.',
  examplesFailed: 'De voorbeelden konden niet geladen worden. De uitleg hierboven blijft gewoon beschikbaar.',
  checkTitle: 'Waar staat jouw project?',
  checkHint: 'Beantwoord vijf vragen. Je antwoorden blijven in je browser: er wordt niets verstuurd.',
  question: (q) =>
    ({
      initiative: 'Wie neemt het initiatief?',
      decides: 'Wie beslist over de uitkomst?',
      input: 'Wat brengen bewoners in?',
      open: 'Hoe open is de uitkomst?',
      informed: 'Houdt de gemeente bewoners op de hoogte?',
    })[q],
  option: (q, i) =>
    ({
      initiative: ['Bewoners', 'De gemeente', 'Bewoners en gemeente samen'],
      decides: [
        'Bewoners',
        'Bewoners en gemeente samen, als gelijken',
        'Bewoners, binnen grenzen die de gemeente vastlegt',
        'De gemeente, na advies van bewoners',
        'De gemeente alleen',
      ],
      input: ['Eigen middelen (geld, materiaal, ruimte) en tijd', 'Tijd en werk', 'Ideeën en meningen', 'Niets'],
      open: [
        'Helemaal open: bewoners zeggen ook wat het probleem is',
        'Bewoners antwoorden op vaste vragen',
        'De uitkomst ligt al vast',
      ],
      informed: ['Ja', 'Nee'],
    })[q][i],
  pickAnswer: 'Kies een antwoord',
  checkSubmit: 'Toon de trede',
  checkResult: (n, style, role) =>
    `Jouw project staat waarschijnlijk op trede ${n}: ${style}; rol van bewoners: ${role}.`,
  checkWhy: 'Waarom?',
  reason: (c) =>
    ({
      'residents-lead': 'Bewoners nemen het initiatief en beslissen zelf.',
      'shared-start': 'Bewoners en gemeente starten samen en bewoners beslissen: dat is samenwerken.',
      'residents-decide': 'De gemeente startte het en laat de keuze aan bewoners, binnen haar kader.',
      together: 'Bewoners en gemeente beslissen samen, als gelijke partners.',
      limits: 'Bewoners beslissen binnen grenzen die de gemeente vastlegt.',
      advised: 'De gemeente beslist zelf, na advies van bewoners.',
      municipality: 'De gemeente beslist alleen.',
      'input-effort': 'Bewoners brengen geen eigen middelen in; op trede 1 en 2 doen ze dat wel.',
      'input-advice': 'Bewoners geven advies, maar steken er geen werk in; op trede 1 tot 3 doen ze dat wel.',
      'input-none': 'Bewoners brengen niets in, zelfs geen advies.',
      closed: 'De uitkomst ligt al vast: bewoners kunnen ze niet meer veranderen.',
      fixed: 'Bewoners antwoorden op vaste vragen; wat het probleem is, ligt al vast.',
      open: 'Bewoners bepalen ook mee wat het probleem is.',
      informed: 'De gemeente houdt bewoners wel op de hoogte.',
      silent: 'Bewoners worden niet eens geïnformeerd.',
    })[c],
  showRung: (n) => `Bekijk trede ${n} op de ladder`,
};
