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
  // A one-time setup code (an account made by an admin without a password)
  signInHaveCode: 'Ik heb een eenmalige code',
  setupHeading: 'Wachtwoord kiezen',
  setupIntro:
    'Maakte een beheerder een account voor je zonder wachtwoord? Vul je e-mailadres in, de eenmalige code die je kreeg, en kies een wachtwoord. Daarna ben je meteen aangemeld.',
  setupCodeLabel: 'Eenmalige code',
  setupCodeNoun: 'de eenmalige code',
  setupCodeHint: 'De code die de beheerder je doorgaf. Ze werkt één keer.',
  setupCodeWrong: 'De code klopt niet of is verlopen. Vraag een beheerder om een nieuwe code',
  setupPasswordLabel: 'Nieuw wachtwoord',
  setupPasswordNoun: 'je nieuwe wachtwoord',
  setupPasswordHint: (min: number) =>
    `Minstens ${min} tekens. Een zin van enkele woorden is sterk en makkelijk te onthouden.`,
  setupRepeatLabel: 'Herhaal het nieuwe wachtwoord',
  setupRepeatNoun: 'het nieuwe wachtwoord nog eens',
  setupMismatch: 'De twee wachtwoorden zijn niet gelijk',
  setupSubmit: 'Wachtwoord bewaren en aanmelden',
  setupBack: 'Terug naar aanmelden',
  setupDone: 'Je wachtwoord is bewaard en je bent aangemeld.',
  sessionExpired: 'Je sessie is verlopen. Meld je opnieuw aan.',
  /** A change waits for the new sign-in; `what` says which. */
  pendingKept: (what: string) =>
    `Wat je aan het doen was, is niet verloren: „${what}” wordt bewaard zodra je opnieuw aangemeld bent.`,
  pendingSaved: (what: string) => `Bewaard na opnieuw aanmelden: ${what}.`,
  pendingFailed: (what: string) => `Niet bewaard: ${what}.`,
};
export type StaffShellStrings = typeof staffShell;
