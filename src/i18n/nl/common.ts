/** Dutch strings every widget shares (they belong in the shared CDN runtime). */
import { capitalize as cap, plural } from '../catalog.js';
import type { CommonStrings } from '../types.js';

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

/** The participant's role on each rung of the participation ladder, 1 (highest) to 7 (see ./rungs.ts). */
export const RUNG_ROLES = [
  'initiatiefnemer',
  'samenwerkingspartner',
  'medebeslisser',
  'adviseur (open)',
  'adviseur of gesprekspartner (gesloten)',
  'toeschouwer, krijgt informatie',
  'geen rol',
] as const;
