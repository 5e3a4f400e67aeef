/**
 * Dutch strings of the staff console's site setup screen (keys start with `site`). The site's own
 * texts are typed by staff in nl, fr and en; these are the screen's labels around them.
 */
import type { Locale } from '../../schema/common.js';

const LANG: Record<Locale, string> = { nl: 'Nederlands', fr: 'Frans', en: 'Engels' };
const IN: Record<Locale, string> = { nl: 'het Nederlands', fr: 'het Frans', en: 'het Engels' };

export const staffSite = {
  siteNav: 'Site',
  siteHeading: 'Site instellen',
  siteIntro:
    'Alles wat de widgets van de gemeente tonen: wijken, thema’s, soorten ideeën, aanbod, privacyverklaring en informatienota. Elke tekst in het Nederlands, Frans en Engels naast elkaar.',
  siteNone: 'Er is nog geen site. Vul alles in, of importeer een sitebestand, en bewaar.',
  siteLanguage: (l: Locale) => LANG[l],
  siteMissingIn: (l: Locale) => `ontbreekt in ${IN[l]}`,
  siteMissingCount: (n: number, parts: string) =>
    n === 0
      ? 'Alle teksten zijn er in elke taal van de site.'
      : `${n === 1 ? '1 tekst ontbreekt' : `${n} teksten ontbreken`}: ${parts}.`,
  siteMissingPart: (n: number, l: Locale) => `${n} in ${IN[l]}`,
  siteMissingError: (label: string, l: Locale) => `Vul ${label} in ${IN[l]} in`,
  // Sections
  siteGeneral: 'Gemeente en talen',
  siteMunicipality: 'Naam van de gemeente',
  siteLocales: 'Talen van de site',
  siteLocalesHint: 'In deze talen moet elke tekst ingevuld zijn.',
  siteDefaultLocale: 'Standaardtaal',
  siteAreas: 'Wijken',
  siteArea: (n: number) => `Wijk ${n}`,
  siteThemes: 'Thema’s',
  siteTheme: (n: number) => `Thema ${n}`,
  siteOffers: 'Aanbod',
  siteOffer: (n: number) => `Aanbod ${n}`,
  siteId: 'Code (id)',
  siteIdHint: 'Kleine letters, cijfers en streepjes. Widgets en ideeën verwijzen ernaar.',
  siteName: 'Naam',
  siteOfferTitle: 'Titel',
  siteOfferDescription: 'Beschrijving',
  siteOfferArea: 'Wijk',
  siteOfferEverywhere: 'Overal in de gemeente',
  siteAddArea: 'Wijk toevoegen',
  siteAddTheme: 'Thema toevoegen',
  siteAddOffer: 'Aanbod toevoegen',
  siteUp: 'Omhoog',
  siteDown: 'Omlaag',
  siteRemove: 'Verwijderen',
  siteMoved: (what: string, n: number) => `${what} staat nu op plaats ${n}.`,
  siteRemoved: (what: string) => `${what} verwijderd (nog niet bewaard).`,
  siteAdded: (what: string) => `${what} toegevoegd (nog niet bewaard).`,
  siteTracks: 'Soorten ideeën die open staan',
  siteTracksHint: 'Zonder aangevinkte soort neemt het ideeënformulier niets aan.',
  sitePrivacy: 'Privacyverklaring',
  sitePrivacyUrl: 'Webadres van de privacyverklaring',
  siteVersion: 'Versie',
  siteVersionHint: 'Verander de versie als de tekst verandert: inzendingen bewaren welke versie bewoners aanvaardden.',
  siteVolunteerInfo: 'Informatienota voor vrijwilligers',
  siteInfoField: (k: string) =>
    ({
      organisation: 'Organisatie',
      aim: 'Doel',
      legalStatus: 'Juridisch statuut',
      insurance: 'Verzekering',
      expenses: 'Onkosten',
      discretion: 'Discretieplicht',
    })[k] ?? k,
  siteContact: 'Contact',
  siteContactEmail: 'E-mailadres',
  siteContactPhone: 'Telefoon',
  siteContactUrl: 'Webadres',
  sitePages: 'Pagina’s van de gemeente',
  sitePagesVolunteer: 'Pagina met de inschrijving voor vrijwilligers',
  sitePagesIdeas: 'Pagina met het ideeënformulier',
  sitePagesHint: 'E-mails aan bewoners linken naar deze pagina’s.',
  siteSave: 'Site bewaren',
  siteSaveLabel: 'Site bewaren',
  siteSaved: 'De site is bewaard. De widgets tonen hem meteen.',
  siteInUse: 'Niet bewaard: je verwijdert iets dat nog gebruikt wordt.',
  siteInUseList: (what: string, ids: string) => `${what}: ${ids}`,
  siteInUseServer: 'Wat de server zegt:',
  siteInUseHow:
    'Hou ze in de site, of geef die initiatieven eerst een andere wijk of een ander thema en behandel de open ideeën.',
  // Import and export
  siteFileHeading: 'Sitebestand',
  siteExport: 'Exporteren als site.json',
  siteExportNone: 'Exporteren kan zodra er een site bewaard is.',
  siteImport: 'Sitebestand importeren',
  siteImportHint:
    'Een JSON-bestand zoals docs/site.example.json. Je ziet eerst wat verandert; bewaard wordt pas na je bevestiging.',
  siteImportUnreadable: (name: string) => `${name} is geen JSON-bestand dat we kunnen lezen.`,
  siteImportNotSite: (name: string) =>
    `${name} is geen sitebestand (wijken, thema’s, aanbod of informatienota ontbreken).`,
  siteImportHeading: (name: string) => `Importeren: ${name}`,
  siteImportChanges: 'Wat verandert:',
  siteImportNoChange: 'Niets: het bestand is gelijk aan de bewaarde site.',
  siteImportAdded: (what: string, ids: string) => `${what} erbij: ${ids}`,
  siteImportRemoved: (what: string, ids: string) => `${what} weg: ${ids}`,
  siteImportTexts: (n: number) => (n === 1 ? '1 andere tekst of instelling' : `${n} andere teksten of instellingen`),
  siteImportProblems: (n: number) =>
    n === 1
      ? '1 probleem in het bestand: de server zal het weigeren tot het verbeterd is.'
      : `${n} problemen in het bestand: de server zal het weigeren tot ze verbeterd zijn.`,
  siteImportConfirm: 'Importeren en bewaren',
  siteImportCancel: 'Annuleren',
  siteImportCancelled: 'Importeren geannuleerd. Er is niets veranderd.',
  siteImportRefused: 'Het geïmporteerde bestand is niet bewaard. De fouten staan bij de velden hieronder.',
};
export type StaffSiteStrings = typeof staffSite;
