/**
 * Dutch strings of `<civic-participation-ladder>`, imported by its strings module directly (never through
 * ../nl.ts, which would put every widget's Dutch in the shared CDN runtime).
 */
import type { ParticipationLadderStrings } from '../types.js';
import { RUNG_ROLES } from './rungs.js';

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
  yourRung: 'Volgens jouw antwoorden',
  pictureLabel: 'De participatieladder als beeld, van trede 1 (bovenaan) tot 7',
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
