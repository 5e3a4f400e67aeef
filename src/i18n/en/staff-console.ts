/**
 * English strings of `<civic-staff-console>`: the shell and sign-in here, and every screen's section
 * re-exported, so the console loads its English in one file (never part of the resident widgets' en chunk).
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
  signedInAs: (who, role) => `Signed in as ${who} (${role === 'admin' ? 'administrator' : 'moderator'})`,
  signOut: 'Sign out',
  signedOut: 'You are signed out.',
  checkingSession: 'Checking whether you are signed in…',
  notAllowed: 'Your role gives no access to this screen.',
  loadFailed: 'Loading failed.',
  signInHeading: 'Sign in',
  signInIntro: 'Sign in with your municipal e-mail address and password.',
  emailLabel: 'E-mail address',
  emailNoun: 'your e-mail address',
  passwordLabel: 'Password',
  passwordNoun: 'your password',
  signInSubmit: 'Sign in',
  signInWrong: 'The e-mail address or the password is wrong.',
  signInLocked: (minutes) =>
    minutes <= 1
      ? 'Too many wrong attempts. Try again in a minute.'
      : `Too many wrong attempts. Try again in ${minutes} minutes.`,
  signInHaveCode: 'I have a one-time code',
  setupHeading: 'Choose a password',
  setupIntro:
    'Did an admin make an account for you without a password? Enter your e-mail address and the one-time code you were given, and choose a password. You are then signed in.',
  setupCodeLabel: 'One-time code',
  setupCodeNoun: 'the one-time code',
  setupCodeHint: 'The code the admin passed on to you. It works once.',
  setupCodeWrong: 'The code is wrong or has expired. Ask an admin for a new code',
  setupPasswordLabel: 'New password',
  setupPasswordNoun: 'your new password',
  setupPasswordHint: (min) => `At least ${min} characters. A sentence of a few words is strong and easy to remember.`,
  setupRepeatLabel: 'Repeat the new password',
  setupRepeatNoun: 'the new password again',
  setupMismatch: 'The two passwords are not the same',
  setupSubmit: 'Save the password and sign in',
  setupBack: 'Back to signing in',
  setupDone: 'Your password is saved and you are signed in.',
  sessionExpired: 'Your session has expired. Sign in again.',
  pendingKept: (what) => `What you were doing is not lost: “${what}” will be saved as soon as you are signed in again.`,
  pendingSaved: (what) => `Saved after signing in again: ${what}.`,
  pendingFailed: (what) => `Not saved: ${what}.`,
};
