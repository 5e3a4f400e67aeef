/**
 * French strings of `<civic-staff-console>`: the shell and sign-in here, and every screen's section
 * re-exported, so the console loads its French in one file (never part of the resident widgets' fr chunk).
 */
import type { StaffShellStrings } from '../nl/staff-console.js';

export { staffInbox } from './staff-inbox.js';
export { staffAccounts } from './staff-accounts.js';
export { staffAudit } from './staff-audit.js';
export { staffPersonalData } from './staff-personal-data.js';
export { staffSite } from './staff-site.js';
export { staffInitiatives } from './staff-initiatives.js';
export { staffVolunteers } from './staff-volunteers.js';
export { staffMyAccount } from './staff-my-account.js';

export const staffShell: StaffShellStrings = {
  consoleHeading: 'Administration',
  navLabel: 'Administration',
  signedInAs: (who, role) => `Connecté en tant que ${who} (${role === 'admin' ? 'administrateur' : 'modérateur'})`,
  signOut: 'Se déconnecter',
  signedOut: 'Vous êtes déconnecté.',
  checkingSession: 'Vérification de votre connexion…',
  notAllowed: 'Votre rôle ne donne pas accès à cet écran.',
  loadFailed: 'Le chargement a échoué.',
  signInHeading: 'Se connecter',
  signInIntro: 'Connectez-vous avec votre adresse e-mail et votre mot de passe de la commune.',
  emailLabel: 'Adresse e-mail',
  emailNoun: 'votre adresse e-mail',
  passwordLabel: 'Mot de passe',
  passwordNoun: 'votre mot de passe',
  signInSubmit: 'Se connecter',
  signInWrong: 'L’adresse e-mail ou le mot de passe est incorrect.',
  signInLocked: (minutes) =>
    minutes <= 1
      ? 'Trop de tentatives incorrectes. Réessayez dans une minute.'
      : `Trop de tentatives incorrectes. Réessayez dans ${minutes} minutes.`,
  signInHaveCode: 'J’ai un code à usage unique',
  setupHeading: 'Choisir un mot de passe',
  setupIntro:
    'Un administrateur vous a créé un compte sans mot de passe ? Indiquez votre adresse e-mail, le code à usage unique reçu, et choisissez un mot de passe. Vous serez ensuite connecté.',
  setupCodeLabel: 'Code à usage unique',
  setupCodeNoun: 'le code à usage unique',
  setupCodeHint: 'Le code que l’administrateur vous a transmis. Il ne fonctionne qu’une fois.',
  setupCodeWrong: 'Le code est incorrect ou a expiré. Demandez un nouveau code à un administrateur',
  setupPasswordLabel: 'Nouveau mot de passe',
  setupPasswordNoun: 'votre nouveau mot de passe',
  setupPasswordHint: (min) => `Au moins ${min} caractères. Une phrase de quelques mots est solide et facile à retenir.`,
  setupRepeatLabel: 'Répétez le nouveau mot de passe',
  setupRepeatNoun: 'le nouveau mot de passe une seconde fois',
  setupMismatch: 'Les deux mots de passe ne sont pas identiques',
  setupSubmit: 'Enregistrer le mot de passe et se connecter',
  setupBack: 'Retour à la connexion',
  setupDone: 'Votre mot de passe est enregistré et vous êtes connecté.',
  sessionExpired: 'Votre session a expiré. Connectez-vous à nouveau.',
  pendingKept: (what) =>
    `Ce que vous faisiez n’est pas perdu : « ${what} » sera enregistré dès que vous serez reconnecté.`,
  pendingSaved: (what) => `Enregistré après reconnexion : ${what}.`,
  pendingFailed: (what) => `Non enregistré : ${what}.`,
};
