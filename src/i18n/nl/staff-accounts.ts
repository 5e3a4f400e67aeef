/** Dutch strings of the staff console's accounts screen and its API tokens (keys start with `accounts` or `tokens`). */
import type { StaffRole } from '../../schema/staff/audit.js';

const ROLE: Record<StaffRole, string> = { admin: 'beheerder', moderator: 'moderator' };

export const staffAccounts = {
  accountsNav: 'Accounts',
  accountsHeading: 'Accounts en API-tokens',
  accountsListHeading: 'Accounts',
  accountsCaption: (n: number) => (n === 1 ? '1 account' : `${n} accounts`),
  accountsEmail: 'E-mailadres',
  accountsEmailNoun: 'het e-mailadres',
  accountsName: 'Naam',
  accountsNameNoun: 'de naam',
  accountsRole: 'Rol',
  accountsRoleName: (r: StaffRole) => ROLE[r],
  accountsRoleHint: (r: StaffRole): string =>
    r === 'admin'
      ? 'Alles, ook de site, accounts, API-tokens en het logboek.'
      : 'Ideeën, initiatieven, vrijwilligers en persoonsgegevens.',
  accountsState: 'Toestand',
  accountsActive: 'actief',
  accountsDisabled: 'uitgeschakeld',
  accountsWaiting: 'wacht op een wachtwoord',
  accountsLastSignIn: 'Laatst aangemeld',
  accountsNever: 'nog nooit',
  accountsActions: 'Acties',
  accountsYou: 'jij',
  accountsMakeRole: (r: StaffRole) => `Maak ${ROLE[r]}`,
  accountsDisable: 'Uitschakelen',
  accountsEnable: 'Inschakelen',
  accountsRoleQuestion: (email: string, r: StaffRole) => `${email} ${ROLE[r]} maken?`,
  accountsDisableQuestion: (email: string, disable: boolean) =>
    disable ? `${email} uitschakelen?` : `${email} weer inschakelen?`,
  accountsDisableEffect: 'Wie uitgeschakeld is, kan zich niet meer aanmelden; open sessies eindigen meteen.',
  accountsConfirm: 'Ja, doorgaan',
  accountsCancel: 'Annuleren',
  accountsCancelled: 'Geannuleerd. Er is niets veranderd.',
  accountsRoleDone: (email: string, r: StaffRole) => `${email} is nu ${ROLE[r]}.`,
  accountsDisabledDone: (email: string, disabled: boolean) =>
    disabled ? `${email} is uitgeschakeld.` : `${email} is weer ingeschakeld.`,
  accountsLastAdmin: (email: string) =>
    `Niet gewijzigd: ${email} is de laatste actieve beheerder. Maak eerst iemand anders beheerder.`,
  accountsExists: (email: string) => `Er is al een account met ${email}.`,
  accountsCreateHeading: 'Account aanmaken',
  accountsPassword: 'Wachtwoord',
  accountsPasswordNoun: 'het wachtwoord',
  accountsPasswordHint: (min: number) =>
    `Minstens ${min} tekens. Laat leeg om een eenmalige code te krijgen waarmee de persoon zelf een wachtwoord kiest.`,
  accountsCreate: 'Account aanmaken',
  accountsCreated: (email: string, r: StaffRole) => `Account ${email} aangemaakt (${ROLE[r]}).`,
  accountsSetupTitle: (email: string) => `Eenmalige code voor ${email}`,
  accountsSetupOnce: (until: string) =>
    `Je ziet deze code maar één keer. Geef ze door aan de persoon; ze werkt één keer, tot ${until}.`,
  accountsSetupHow:
    'Met het e-mailadres en deze code kiest de persoon een wachtwoord (staff-API: POST /v1/staff/session/setup). Daarna kan die zich hier aanmelden.',
  accountsCopyToken: 'Code kopiëren',
  accountsSetupDone: 'Doorgegeven, verbergen',
  // API tokens
  tokensHeading: 'API-tokens',
  tokensIntro: 'Voor koppelingen met andere systemen. Een token werkt met de rechten van zijn rol tot je het intrekt.',
  tokensNone: 'Er zijn nog geen API-tokens.',
  tokensCaption: 'API-tokens, nieuwste eerst',
  tokensName: 'Naam van het token',
  tokensNameNoun: 'de naam van het token',
  tokensNameHint: 'Waarvoor het dient, bijvoorbeeld „koppeling intranet”.',
  tokensCreatedBy: 'Aangemaakt door',
  tokensLastUsed: 'Laatst gebruikt',
  tokensRevokedAt: (at: string) => `ingetrokken op ${at}`,
  tokensRevoke: 'Intrekken',
  tokensRevokeQuestion: (name: string) => `Token „${name}” intrekken?`,
  tokensRevokeEffect:
    'Wie het token gebruikt, krijgt vanaf nu geen toegang meer. Dit kan niet ongedaan gemaakt worden.',
  tokensRevoked: (name: string) => `Token „${name}” is ingetrokken.`,
  tokensCreateHeading: 'Token aanmaken',
  tokensCreate: 'Token aanmaken',
  tokensCreated: (name: string) => `Token „${name}” aangemaakt.`,
  tokensOnceTitle: (name: string) => `Het token „${name}”`,
  tokensOnceWarning:
    'Kopieer het nu: je ziet het maar één keer. Bewaar het als een wachtwoord; wie het heeft, kan wat de rol toelaat.',
  tokensCopy: 'Token kopiëren',
  tokensCopied: 'Gekopieerd naar het klembord.',
  tokensCopyFailed: 'Kopiëren lukte niet: selecteer de tekst en kopieer ze zelf.',
  tokensOnceDone: 'Gekopieerd, verbergen',
  tokensHidden: 'Het token is verborgen en niet meer op te vragen.',
};
export type StaffAccountsStrings = typeof staffAccounts;
