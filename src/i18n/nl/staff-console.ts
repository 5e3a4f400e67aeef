/**
 * Dutch strings of `<civic-staff-console>`'s shell and sign-in screen. The Dutch object is the source of
 * the type (`StaffShellStrings`); fr/staff-console.ts and en/staff-console.ts must have every key.
 * Each screen has its own module (nl/staff-<screen>.ts, the same in fr/ and en/), with keys that
 * start with the screen's name, so several screens never share a key. None of this enters the
 * resident widgets' files: only the console imports it (French and English are their own chunks).
 */
import type { StaffRole } from '../../schema/staff/audit.js';

export const staffShell = {
  consoleHeading: 'Beheer',
  navLabel: 'Beheer',
  signedInAs: (who: string, role: StaffRole) =>
    `Aangemeld als ${who} (${role === 'admin' ? 'beheerder' : 'moderator'})`,
  signOut: 'Afmelden',
  signedOut: 'Je bent afgemeld.',
  checkingSession: 'Even kijken of je aangemeld bent…',
  notAllowed: 'Je rol geeft geen toegang tot dit scherm.',
  loadFailed: 'Laden mislukt.',
  // Sign-in
  signInHeading: 'Aanmelden',
  signInIntro: 'Meld je aan met je e-mailadres en wachtwoord van de gemeente.',
  emailLabel: 'E-mailadres',
  emailNoun: 'je e-mailadres',
  passwordLabel: 'Wachtwoord',
  passwordNoun: 'je wachtwoord',
  signInSubmit: 'Aanmelden',
  signInWrong: 'Het e-mailadres of het wachtwoord klopt niet.',
  /** Locked after too many wrong passwords; `minutes` rounded up. */
  signInLocked: (minutes: number) =>
    minutes <= 1
      ? 'Te veel foute pogingen. Probeer het over een minuut opnieuw.'
      : `Te veel foute pogingen. Probeer het over ${minutes} minuten opnieuw.`,
  sessionExpired: 'Je sessie is verlopen. Meld je opnieuw aan.',
  /** A change waits for the new sign-in; `what` says which. */
  pendingKept: (what: string) =>
    `Wat je aan het doen was, is niet verloren: „${what}” wordt bewaard zodra je opnieuw aangemeld bent.`,
  pendingSaved: (what: string) => `Bewaard na opnieuw aanmelden: ${what}.`,
  pendingFailed: (what: string) => `Niet bewaard: ${what}.`,
};
export type StaffShellStrings = typeof staffShell;
