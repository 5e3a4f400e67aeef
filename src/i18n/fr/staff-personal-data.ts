/** French strings of the staff console's personal data screen (see nl/staff-personal-data.ts). */
import type { StaffPersonalDataStrings } from '../nl/staff-personal-data.js';

const n_ = (n: number, one: string, other: string) => `${n} ${n === 1 ? one : other}`;

export const staffPersonalData: StaffPersonalDataStrings = {
  personalNav: 'Données personnelles',
  personalHeading: 'Données personnelles d’un habitant',
  personalIntro:
    'Un habitant demande quelles données nous avons sur lui, ou demande de les effacer ? Cherchez l’adresse e-mail avec laquelle il a envoyé des idées ou s’est inscrit.',
  personalFind: 'Chercher',
  personalEmail: 'Adresse e-mail de l’habitant',
  personalEmailNoun: 'l’adresse e-mail',
  personalEmailHint: 'Les majuscules et les espaces avant ou après ne comptent pas.',
  personalFound: (email, ideas, signups) =>
    `Pour ${email} : ${n_(ideas, 'idée', 'idées')} et ${n_(signups, 'inscription', 'inscriptions')} trouvées.`,
  personalResult: (email) => `Trouvé pour ${email}`,
  personalNothing: (email) => `Rien trouvé pour ${email} : aucune idée ni inscription avec cette adresse.`,
  personalSummary: (ideas, signups) =>
    `${n_(ideas, 'idée', 'idées')} et ${n_(signups, 'inscription', 'inscriptions')}.`,
  personalIdeas: 'Idées',
  personalSignups: 'Inscriptions comme volontaire',
  personalContact: 'Nom et téléphone',
  personalRole: 'Rôle (id)',
  personalSignedUp: 'Inscrit le',
  personalSignupStatus: (s) =>
    ({ confirmed: 'confirmée', waitlisted: 'en liste de réserve', cancelled: 'annulée' })[s] ?? s,
  personalExport: 'Exporter en JSON (à remettre à l’habitant)',
  personalErase: 'Effacer les données…',
  personalEraseHeading: (email) => `Effacer les coordonnées de ${email} ?`,
  personalEraseIdeas: (n) => `De ${n_(n, 'idée', 'idées')} : nom, adresse e-mail, téléphone et adresse.`,
  personalEraseSignups: (n, active) =>
    `De ${n_(n, 'inscription', 'inscriptions')} : nom, adresse e-mail et téléphone${active ? ` ; ${n_(active, 'inscription active sera annulée', 'inscriptions actives seront annulées')} et la place ira à la liste de réserve` : ''}.`,
  personalEraseKept: 'Les textes des idées, les statuts, les rôles et les dates restent : plus personne n’y est nommé.',
  personalEraseFinal: 'C’est définitif.',
  personalConfirmLabel: (email) => `Tapez ${email} pour confirmer`,
  personalConfirmRequired: 'Tapez l’adresse e-mail pour confirmer',
  personalConfirmMismatch: (email) => `L’adresse tapée n’est pas ${email}`,
  personalEraseSubmit: 'Effacer définitivement',
  personalEraseLabel: (email) => `Effacer les données de ${email}`,
  personalErased: (email, ideas, signups, cancelled) =>
    `Effacé pour ${email} : ${n_(ideas, 'idée', 'idées')} et ${n_(signups, 'inscription', 'inscriptions')}${cancelled ? `, dont ${n_(cancelled, 'inscription annulée', 'inscriptions annulées')}` : ''}.`,
  personalEraseCancelled: 'Effacement annulé. Rien n’a changé.',
  personalCancel: 'Annuler',
};
