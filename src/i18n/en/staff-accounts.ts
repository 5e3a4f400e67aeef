/** English strings of the staff console's accounts screen and API tokens (see nl/staff-accounts.ts). */
import type { StaffRole } from '../../schema/staff/audit.js';
import type { StaffAccountsStrings } from '../nl/staff-accounts.js';

const ROLE: Record<StaffRole, string> = { admin: 'administrator', moderator: 'moderator' };

export const staffAccounts: StaffAccountsStrings = {
  accountsNav: 'Accounts',
  accountsHeading: 'Accounts and API tokens',
  accountsListHeading: 'Accounts',
  accountsCaption: (n) => (n === 1 ? '1 account' : `${n} accounts`),
  accountsEmail: 'E-mail address',
  accountsEmailNoun: 'the e-mail address',
  accountsName: 'Name',
  accountsNameNoun: 'the name',
  accountsRole: 'Role',
  accountsRoleName: (r) => ROLE[r],
  accountsRoleHint: (r) =>
    r === 'admin'
      ? 'Everything, also the site, accounts, API tokens and the audit log.'
      : 'Ideas, initiatives, volunteers and personal data.',
  accountsState: 'State',
  accountsActive: 'active',
  accountsDisabled: 'disabled',
  accountsWaiting: 'waiting for a password',
  accountsLastSignIn: 'Last signed in',
  accountsNever: 'never',
  accountsActions: 'Actions',
  accountsYou: 'you',
  accountsMakeRole: (r) => `Make ${ROLE[r]}`,
  accountsDisable: 'Disable',
  accountsEnable: 'Enable',
  accountsRoleQuestion: (email, r) => `Make ${email} ${ROLE[r] === 'administrator' ? 'an' : 'a'} ${ROLE[r]}?`,
  accountsDisableQuestion: (email, disable) => (disable ? `Disable ${email}?` : `Enable ${email} again?`),
  accountsDisableEffect: 'A disabled account cannot sign in; its open sessions end at once.',
  accountsConfirm: 'Yes, go ahead',
  accountsCancel: 'Cancel',
  accountsCancelled: 'Cancelled. Nothing changed.',
  accountsRoleDone: (email, r) => `${email} is now ${ROLE[r] === 'administrator' ? 'an' : 'a'} ${ROLE[r]}.`,
  accountsDisabledDone: (email, disabled) => (disabled ? `${email} is disabled.` : `${email} is enabled again.`),
  accountsLastAdmin: (email) =>
    `Not changed: ${email} is the last active administrator. Make someone else an administrator first.`,
  accountsExists: (email) => `There is already an account for ${email}.`,
  accountsCreateHeading: 'Create an account',
  accountsPassword: 'Password',
  accountsPasswordNoun: 'the password',
  accountsPasswordHint: (min) =>
    `At least ${min} characters. Leave it empty to get a one-time code with which the person chooses a password.`,
  accountsCreate: 'Create the account',
  accountsCreated: (email, r) => `Account ${email} created (${ROLE[r]}).`,
  accountsSetupTitle: (email) => `One-time code for ${email}`,
  accountsSetupOnce: (until) =>
    `This code is shown only once. Pass it on to the person; it works once, until ${until}.`,
  accountsSetupHow:
    'With the e-mail address and this code, the person chooses a password (staff API: POST /v1/staff/session/setup). Then they can sign in here.',
  accountsCopyToken: 'Copy the code',
  accountsSetupDone: 'Passed on, hide it',
  tokensHeading: 'API tokens',
  tokensIntro: 'For links with other systems. A token has the rights of its role until you revoke it.',
  tokensNone: 'There are no API tokens yet.',
  tokensCaption: 'API tokens, newest first',
  tokensName: 'Name of the token',
  tokensNameNoun: 'the name of the token',
  tokensNameHint: 'What it is for, for example “intranet link”.',
  tokensCreatedBy: 'Created by',
  tokensLastUsed: 'Last used',
  tokensRevokedAt: (at) => `revoked on ${at}`,
  tokensRevoke: 'Revoke',
  tokensRevokeQuestion: (name) => `Revoke the token “${name}”?`,
  tokensRevokeEffect: 'Whoever uses this token loses access from now on. This cannot be undone.',
  tokensRevoked: (name) => `The token “${name}” is revoked.`,
  tokensCreateHeading: 'Create a token',
  tokensCreate: 'Create the token',
  tokensCreated: (name) => `Token “${name}” created.`,
  tokensOnceTitle: (name) => `The token “${name}”`,
  tokensOnceWarning:
    'Copy it now: it is shown only once. Keep it like a password; whoever has it can do what the role allows.',
  tokensCopy: 'Copy the token',
  tokensCopied: 'Copied to the clipboard.',
  tokensCopyFailed: 'Copying failed: select the text and copy it yourself.',
  tokensOnceDone: 'Copied, hide it',
  tokensHidden: 'The token is hidden and cannot be shown again.',
};
