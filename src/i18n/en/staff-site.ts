/** English strings of the staff console's site setup screen (see nl/staff-site.ts). */
import type { Locale } from '../../schema/common.js';
import type { StaffSiteStrings } from '../nl/staff-site.js';

const LANG: Record<Locale, string> = { nl: 'Dutch', fr: 'French', en: 'English' };

export const staffSite: StaffSiteStrings = {
  siteNav: 'Site',
  siteHeading: 'Site setup',
  siteIntro:
    'Everything the municipality’s widgets show: areas, themes, kinds of ideas, offers, privacy notice and information note. Every text in Dutch, French and English side by side.',
  siteNone: 'There is no site yet. Fill in everything, or import a site file, and save.',
  siteLanguage: (l) => LANG[l],
  siteMissingIn: (l) => `missing in ${LANG[l]}`,
  siteMissingCount: (n, parts) =>
    n === 0
      ? 'Every text is there in each language of the site.'
      : `${n === 1 ? '1 text is' : `${n} texts are`} missing: ${parts}.`,
  siteMissingPart: (n, l) => `${n} in ${LANG[l]}`,
  siteMissingError: (label, l) => `Enter ${label} in ${LANG[l]}`,
  siteGeneral: 'Municipality and languages',
  siteMunicipality: 'Name of the municipality',
  siteLocales: 'Languages of the site',
  siteLocalesHint: 'Every text must be filled in in these languages.',
  siteDefaultLocale: 'Default language',
  siteAreas: 'Areas',
  siteArea: (n) => `Area ${n}`,
  siteThemes: 'Themes',
  siteTheme: (n) => `Theme ${n}`,
  siteOffers: 'Offers',
  siteOffer: (n) => `Offer ${n}`,
  siteId: 'Code (id)',
  siteIdHint: 'Lower case letters, digits and hyphens. Widgets and ideas refer to it.',
  siteName: 'Name',
  siteOfferTitle: 'Title',
  siteOfferDescription: 'Description',
  siteOfferArea: 'Area',
  siteOfferEverywhere: 'Everywhere in the municipality',
  siteAddArea: 'Add an area',
  siteAddTheme: 'Add a theme',
  siteAddOffer: 'Add an offer',
  siteUp: 'Move up',
  siteDown: 'Move down',
  siteRemove: 'Remove',
  siteMoved: (what, n) => `${what} is now in place ${n}.`,
  siteRemoved: (what) => `${what} removed (not saved yet).`,
  siteAdded: (what) => `${what} added (not saved yet).`,
  siteTracks: 'Kinds of ideas that are open',
  siteTracksHint: 'With none ticked, the idea form accepts nothing.',
  sitePrivacy: 'Privacy notice',
  sitePrivacyUrl: 'Web address of the privacy notice',
  siteVersion: 'Version',
  siteVersionHint: 'Change the version when the text changes: submissions keep which version residents accepted.',
  siteVolunteerInfo: 'Information note for volunteers',
  siteInfoField: (k) =>
    ({
      organisation: 'Organisation',
      aim: 'Aim',
      legalStatus: 'Legal status',
      insurance: 'Insurance',
      expenses: 'Expenses',
      discretion: 'Duty of discretion',
    })[k] ?? k,
  siteContact: 'Contact',
  siteContactEmail: 'E-mail address',
  siteContactPhone: 'Phone',
  siteContactUrl: 'Web address',
  sitePages: 'The municipality’s pages',
  sitePagesVolunteer: 'Page with the volunteer signup',
  sitePagesIdeas: 'Page with the idea form',
  sitePagesHint: 'E-mails to residents link to these pages.',
  siteSave: 'Save the site',
  siteSaveLabel: 'Save the site',
  siteSaved: 'The site is saved. The widgets show it at once.',
  siteInUse: 'Not saved: you are removing something that is still in use.',
  siteInUseList: (what, ids) => `${what}: ${ids}`,
  siteInUseServer: 'What the server says:',
  siteInUseHow:
    'Keep them in the site, or first give those initiatives another area or theme and decide the open ideas.',
  siteFileHeading: 'Site file',
  siteExport: 'Export as site.json',
  siteExportNone: 'Exporting is possible once a site is saved.',
  siteImport: 'Import a site file',
  siteImportHint:
    'A JSON file like docs/site.example.json. You first see what changes; nothing is saved until you confirm.',
  siteImportUnreadable: (name) => `${name} is not a JSON file we can read.`,
  siteImportNotSite: (name) =>
    `${name} is not a site file (areas, themes, offers or the information note are missing).`,
  siteImportHeading: (name) => `Import: ${name}`,
  siteImportChanges: 'What changes:',
  siteImportNoChange: 'Nothing: the file is the same as the saved site.',
  siteImportAdded: (what, ids) => `${what} added: ${ids}`,
  siteImportRemoved: (what, ids) => `${what} removed: ${ids}`,
  siteImportTexts: (n) => (n === 1 ? '1 other text or setting' : `${n} other texts or settings`),
  siteImportProblems: (n) =>
    n === 1
      ? '1 problem in the file: the server will refuse it until it is fixed.'
      : `${n} problems in the file: the server will refuse it until they are fixed.`,
  siteImportConfirm: 'Import and save',
  siteImportCancel: 'Cancel',
  siteImportCancelled: 'Import cancelled. Nothing changed.',
  siteImportRefused: 'The imported file was not saved. The errors are shown at the fields below.',
};
