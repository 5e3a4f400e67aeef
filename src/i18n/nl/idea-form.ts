/**
 * Dutch strings of `<civic-idea-form>`, imported by its strings module directly (never through
 * ../nl.ts, which would put every widget's Dutch in the shared CDN runtime).
 */
import type { IdeaFormStrings } from '../types.js';

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
  emailSent: (address: string) => `We stuurden een bevestiging naar ${address}.`,
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
