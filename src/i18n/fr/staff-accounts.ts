/** French strings of the staff console's accounts screen and API tokens (see nl/staff-accounts.ts). */
import type { StaffRole } from '../../schema/staff/audit.js';
import type { StaffAccountsStrings } from '../nl/staff-accounts.js';

const ROLE: Record<StaffRole, string> = { admin: 'administrateur', moderator: 'modérateur' };

export const staffAccounts: StaffAccountsStrings = {
  accountsNav: 'Comptes',
  accountsHeading: 'Comptes et jetons d’API',
  accountsListHeading: 'Comptes',
  accountsCaption: (n) => (n === 1 ? '1 compte' : `${n} comptes`),
  accountsEmail: 'Adresse e-mail',
  accountsEmailNoun: 'l’adresse e-mail',
  accountsName: 'Nom',
  accountsNameNoun: 'le nom',
  accountsRole: 'Rôle',
  accountsRoleName: (r) => ROLE[r],
  accountsRoleHint: (r) =>
    r === 'admin'
      ? 'Tout, y compris le site, les comptes, les jetons d’API et le journal.'
      : 'Idées, initiatives, volontaires et données personnelles.',
  accountsState: 'État',
  accountsActive: 'actif',
  accountsDisabled: 'désactivé',
  accountsWaiting: 'attend un mot de passe',
  accountsLastSignIn: 'Dernière connexion',
  accountsNever: 'jamais',
  accountsActions: 'Actions',
  accountsYou: 'vous',
  accountsMakeRole: (r) => `Rendre ${ROLE[r]}`,
  accountsDisable: 'Désactiver',
  accountsEnable: 'Réactiver',
  accountsRoleQuestion: (email, r) => `Rendre ${email} ${ROLE[r]} ?`,
  accountsDisableQuestion: (email, disable) => (disable ? `Désactiver ${email} ?` : `Réactiver ${email} ?`),
  accountsDisableEffect: 'Un compte désactivé ne peut plus se connecter ; ses sessions ouvertes se terminent aussitôt.',
  accountsConfirm: 'Oui, continuer',
  accountsCancel: 'Annuler',
  accountsCancelled: 'Annulé. Rien n’a changé.',
  accountsRoleDone: (email, r) => `${email} est maintenant ${ROLE[r]}.`,
  accountsDisabledDone: (email, disabled) => (disabled ? `${email} est désactivé.` : `${email} est réactivé.`),
  accountsLastAdmin: (email) =>
    `Pas modifié : ${email} est le dernier administrateur actif. Nommez d’abord quelqu’un d’autre administrateur.`,
  accountsExists: (email) => `Il existe déjà un compte pour ${email}.`,
  accountsCreateHeading: 'Créer un compte',
  accountsPassword: 'Mot de passe',
  accountsPasswordNoun: 'le mot de passe',
  accountsPasswordHint: (min) =>
    `Au moins ${min} caractères. Laissez vide pour recevoir un code à usage unique avec lequel la personne choisit son mot de passe.`,
  accountsCreate: 'Créer le compte',
  accountsCreated: (email, r) => `Compte ${email} créé (${ROLE[r]}).`,
  accountsSetupTitle: (email) => `Code à usage unique pour ${email}`,
  accountsSetupOnce: (until) =>
    `Ce code n’est affiché qu’une fois. Transmettez-le à la personne ; il fonctionne une fois, jusqu’au ${until}.`,
  accountsSetupHow:
    'Avec l’adresse e-mail et ce code, la personne choisit un mot de passe (API staff : POST /v1/staff/session/setup). Ensuite elle peut se connecter ici.',
  accountsCopyToken: 'Copier le code',
  accountsSetupDone: 'Transmis, masquer',
  tokensHeading: 'Jetons d’API',
  tokensIntro: 'Pour relier d’autres systèmes. Un jeton a les droits de son rôle jusqu’à ce que vous le révoquiez.',
  tokensNone: 'Il n’y a pas encore de jeton d’API.',
  tokensCaption: 'Jetons d’API, les plus récents d’abord',
  tokensName: 'Nom du jeton',
  tokensNameNoun: 'le nom du jeton',
  tokensNameHint: 'À quoi il sert, par exemple « lien intranet ».',
  tokensCreatedBy: 'Créé par',
  tokensLastUsed: 'Dernière utilisation',
  tokensRevokedAt: (at) => `révoqué le ${at}`,
  tokensRevoke: 'Révoquer',
  tokensRevokeQuestion: (name) => `Révoquer le jeton « ${name} » ?`,
  tokensRevokeEffect: 'Qui utilise ce jeton n’aura plus accès. C’est définitif.',
  tokensRevoked: (name) => `Le jeton « ${name} » est révoqué.`,
  tokensCreateHeading: 'Créer un jeton',
  tokensCreate: 'Créer le jeton',
  tokensCreated: (name) => `Jeton « ${name} » créé.`,
  tokensOnceTitle: (name) => `Le jeton « ${name} »`,
  tokensOnceWarning:
    'Copiez-le maintenant : il n’est affiché qu’une fois. Gardez-le comme un mot de passe ; qui l’a peut faire ce que le rôle permet.',
  tokensCopy: 'Copier le jeton',
  tokensCopied: 'Copié dans le presse-papiers.',
  tokensCopyFailed: 'La copie a échoué : sélectionnez le texte et copiez-le vous-même.',
  tokensOnceDone: 'Copié, masquer',
  tokensHidden: 'Le jeton est masqué et ne peut plus être affiché.',
};
