/** French strings of the staff console's site setup screen (see nl/staff-site.ts). */
import type { Locale } from '../../schema/common.js';
import type { StaffSiteStrings } from '../nl/staff-site.js';

const LANG: Record<Locale, string> = { nl: 'Néerlandais', fr: 'Français', en: 'Anglais' };
const IN: Record<Locale, string> = { nl: 'en néerlandais', fr: 'en français', en: 'en anglais' };

export const staffSite: StaffSiteStrings = {
  siteNav: 'Site',
  siteHeading: 'Paramètres du site',
  siteIntro:
    'Tout ce que les widgets de la commune affichent : quartiers, thèmes, types d’idées, offres, déclaration de confidentialité et note d’information. Chaque texte en néerlandais, français et anglais, côte à côte.',
  siteNone: 'Il n’y a pas encore de site. Remplissez tout, ou importez un fichier de site, puis enregistrez.',
  siteLanguage: (l) => LANG[l],
  siteMissingIn: (l) => `manque ${IN[l]}`,
  siteMissingCount: (n, parts) =>
    n === 0
      ? 'Tous les textes existent dans chaque langue du site.'
      : `${n === 1 ? '1 texte manque' : `${n} textes manquent`} : ${parts}.`,
  siteMissingPart: (n, l) => `${n} ${IN[l]}`,
  siteMissingError: (label, l) => `Remplissez ${label} ${IN[l]}`,
  siteGeneral: 'Commune et langues',
  siteMunicipality: 'Nom de la commune',
  siteLocales: 'Langues du site',
  siteLocalesHint: 'Chaque texte doit exister dans ces langues.',
  siteDefaultLocale: 'Langue par défaut',
  siteAreas: 'Quartiers',
  siteArea: (n) => `Quartier ${n}`,
  siteThemes: 'Thèmes',
  siteTheme: (n) => `Thème ${n}`,
  siteOffers: 'Offres',
  siteOffer: (n) => `Offre ${n}`,
  siteId: 'Code (id)',
  siteIdHint: 'Minuscules, chiffres et tirets. Les widgets et les idées y renvoient.',
  siteName: 'Nom',
  siteOfferTitle: 'Titre',
  siteOfferDescription: 'Description',
  siteOfferArea: 'Quartier',
  siteOfferEverywhere: 'Partout dans la commune',
  siteAddArea: 'Ajouter un quartier',
  siteAddTheme: 'Ajouter un thème',
  siteAddOffer: 'Ajouter une offre',
  siteUp: 'Monter',
  siteDown: 'Descendre',
  siteRemove: 'Supprimer',
  siteMoved: (what, n) => `${what} est maintenant en position ${n}.`,
  siteRemoved: (what) => `${what} supprimé (pas encore enregistré).`,
  siteAdded: (what) => `${what} ajouté (pas encore enregistré).`,
  siteTracks: 'Types d’idées ouverts',
  siteTracksHint: 'Sans type coché, le formulaire d’idées n’accepte rien.',
  sitePrivacy: 'Déclaration de confidentialité',
  sitePrivacyUrl: 'Adresse web de la déclaration de confidentialité',
  siteVersion: 'Version',
  siteVersionHint:
    'Changez la version quand le texte change : les envois gardent la version acceptée par les habitants.',
  siteVolunteerInfo: 'Note d’information aux volontaires',
  siteInfoField: (k) =>
    ({
      organisation: 'Organisation',
      aim: 'But',
      legalStatus: 'Statut juridique',
      insurance: 'Assurance',
      expenses: 'Frais',
      discretion: 'Devoir de discrétion',
    })[k] ?? k,
  siteContact: 'Contact',
  siteContactEmail: 'Adresse e-mail',
  siteContactPhone: 'Téléphone',
  siteContactUrl: 'Adresse web',
  sitePages: 'Pages de la commune',
  sitePagesVolunteer: 'Page avec l’inscription des volontaires',
  sitePagesIdeas: 'Page avec le formulaire d’idées',
  sitePagesHint: 'Les e-mails aux habitants renvoient à ces pages.',
  siteSave: 'Enregistrer le site',
  siteSaveLabel: 'Enregistrer le site',
  siteSaved: 'Le site est enregistré. Les widgets l’affichent tout de suite.',
  siteInUse: 'Pas enregistré : vous supprimez quelque chose qui est encore utilisé.',
  siteInUseList: (what, ids) => `${what} : ${ids}`,
  siteInUseServer: 'Ce que dit le serveur :',
  siteInUseHow:
    'Gardez-les dans le site, ou donnez d’abord un autre quartier ou thème à ces initiatives et traitez les idées ouvertes.',
  siteFileHeading: 'Fichier de site',
  siteExport: 'Exporter en site.json',
  siteExportNone: 'L’export est possible dès qu’un site est enregistré.',
  siteImport: 'Importer un fichier de site',
  siteImportHint:
    'Un fichier JSON comme docs/site.example.json. Vous voyez d’abord ce qui change ; rien n’est enregistré sans votre confirmation.',
  siteImportUnreadable: (name) => `${name} n’est pas un fichier JSON lisible.`,
  siteImportNotSite: (name) =>
    `${name} n’est pas un fichier de site (quartiers, thèmes, offres ou note d’information manquent).`,
  siteImportHeading: (name) => `Importer : ${name}`,
  siteImportChanges: 'Ce qui change :',
  siteImportNoChange: 'Rien : le fichier est identique au site enregistré.',
  siteImportAdded: (what, ids) => `${what} ajoutés : ${ids}`,
  siteImportRemoved: (what, ids) => `${what} retirés : ${ids}`,
  siteImportTexts: (n) => (n === 1 ? '1 autre texte ou réglage' : `${n} autres textes ou réglages`),
  siteImportProblems: (n) =>
    n === 1
      ? '1 problème dans le fichier : le serveur le refusera tant qu’il n’est pas corrigé.'
      : `${n} problèmes dans le fichier : le serveur le refusera tant qu’ils ne sont pas corrigés.`,
  siteImportConfirm: 'Importer et enregistrer',
  siteImportCancel: 'Annuler',
  siteImportCancelled: 'Import annulé. Rien n’a changé.',
  siteImportRefused: 'Le fichier importé n’est pas enregistré. Les erreurs sont indiquées aux champs ci-dessous.',
};
