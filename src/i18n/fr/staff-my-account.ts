/** French strings of the staff console's "My account" screen (see nl/staff-my-account.ts). */
import type { StaffMyAccountStrings } from '../nl/staff-my-account.js';

export const staffMyAccount: StaffMyAccountStrings = {
  myAccountNav: 'Mon compte',
  myAccountHeading: 'Mon compte',
  myAccountWho: 'Qui est connecté',
  myAccountEmail: 'Adresse e-mail',
  myAccountName: 'Nom',
  myAccountNoName: 'pas de nom indiqué',
  myAccountRole: 'Rôle',
  myAccountRoleName: (role) => (role === 'admin' ? 'administrateur' : 'modérateur'),
  myAccountNotifyHeading: 'E-mails sur les nouvelles idées',
  myAccountNotifyLegend: 'Comment voulez-vous être informé des nouvelles idées ?',
  myAccountNotifyNoun: 'un choix',
  myAccountNotifyRequired: 'Choisissez comment être informé des nouvelles idées',
  myAccountNotifyName: (n) =>
    ({
      immediate: 'Tout de suite : un e-mail par nouvelle idée',
      daily: 'Un récapitulatif quotidien',
      off: 'Pas par e-mail',
    })[n],
  myAccountNotifyHint: (n) =>
    ({
      immediate: 'Dès qu’un habitant envoie une idée.',
      daily: 'Chaque matin, les idées de la veille (pas d’idées : pas d’e-mail).',
      off: 'Vous voyez les nouvelles idées dans la liste des idées.',
    })[n],
  myAccountNotifyCurrent: (n) =>
    `Choix actuel : ${{ immediate: 'tout de suite', daily: 'un récapitulatif quotidien', off: 'pas par e-mail' }[n]}.`,
  myAccountNotifyUnknown: 'Cet écran ne peut pas lire votre choix actuel. Choisissez-en un et enregistrez-le.',
  myAccountNotifyNoMail:
    'Attention : le serveur n’envoie pas d’e-mails pour le moment. Votre choix s’appliquera dès qu’il le fera.',
  myAccountNotifySubmit: 'Enregistrer le choix',
  myAccountNotifyLabel: 'E-mails sur les nouvelles idées',
  myAccountNotifyDone: (n) =>
    ({
      immediate: 'Enregistré : vous recevrez désormais un e-mail par nouvelle idée, tout de suite.',
      daily: 'Enregistré : vous recevrez désormais un récapitulatif quotidien des nouvelles idées.',
      off: 'Enregistré : vous ne recevrez plus d’e-mails sur les nouvelles idées.',
    })[n],
  myAccountPasswordHeading: 'Changer de mot de passe',
  myAccountPasswordIntro: 'Vos autres sessions (sur d’autres appareils) seront fermées. Vous restez connecté ici.',
  myAccountCurrentLabel: 'Mot de passe actuel',
  myAccountCurrentNoun: 'votre mot de passe actuel',
  myAccountCurrentWrong: 'Le mot de passe actuel est incorrect',
  myAccountNewLabel: 'Nouveau mot de passe',
  myAccountNewNoun: 'votre nouveau mot de passe',
  myAccountNewHint: (min) => `Au moins ${min} caractères. Une phrase de quelques mots est solide et facile à retenir.`,
  myAccountRepeatLabel: 'Répétez le nouveau mot de passe',
  myAccountRepeatNoun: 'le nouveau mot de passe une seconde fois',
  myAccountMismatch: 'Les deux nouveaux mots de passe ne sont pas identiques',
  myAccountPasswordSubmit: 'Changer le mot de passe',
  myAccountPasswordDone: 'Votre mot de passe a été changé. Vos autres sessions ont été fermées.',
  myAccountPasswordNotChanged: 'Votre mot de passe n’a pas été changé.',
  myAccountPasswordSignedOut:
    'Votre mot de passe n’a pas été changé : votre session a expiré. Reconnectez-vous et remplissez à nouveau le formulaire.',
};
