/** English strings of the staff console's "My account" screen (see nl/staff-my-account.ts). */
import type { StaffMyAccountStrings } from '../nl/staff-my-account.js';

export const staffMyAccount: StaffMyAccountStrings = {
  myAccountNav: 'My account',
  myAccountHeading: 'My account',
  myAccountWho: 'Who is signed in',
  myAccountEmail: 'E-mail address',
  myAccountName: 'Name',
  myAccountNoName: 'no name given',
  myAccountRole: 'Role',
  myAccountRoleName: (role) => (role === 'admin' ? 'administrator' : 'moderator'),
  myAccountNotifyHeading: 'E-mails about new ideas',
  myAccountNotifyLegend: 'How do you want to hear about new ideas?',
  myAccountNotifyNoun: 'a choice',
  myAccountNotifyRequired: 'Choose how to hear about new ideas',
  myAccountNotifyName: (n) =>
    ({ immediate: 'Immediately: one e-mail per new idea', daily: 'A daily digest', off: 'Not by e-mail' })[n],
  myAccountNotifyHint: (n) =>
    ({
      immediate: 'As soon as a resident sends an idea.',
      daily: 'Every morning, the previous day’s ideas (no ideas: no e-mail).',
      off: 'You see new ideas in the list of ideas.',
    })[n],
  myAccountNotifyCurrent: (n) =>
    `Chosen now: ${{ immediate: 'immediately', daily: 'a daily digest', off: 'not by e-mail' }[n]}.`,
  myAccountNotifyUnknown: 'This screen cannot read your current choice. Choose one and save it.',
  myAccountNotifyNoMail: 'Note: the server does not send e-mail at the moment. Your choice applies once it does.',
  myAccountNotifySubmit: 'Save choice',
  myAccountNotifyLabel: 'E-mails about new ideas',
  myAccountNotifyDone: (n) =>
    ({
      immediate: 'Saved: from now on you get an e-mail for each new idea, immediately.',
      daily: 'Saved: from now on you get a daily digest of new ideas.',
      off: 'Saved: you no longer get e-mails about new ideas.',
    })[n],
  myAccountPasswordHeading: 'Change password',
  myAccountPasswordIntro: 'Your other sessions (on other devices) end. You stay signed in here.',
  myAccountCurrentLabel: 'Current password',
  myAccountCurrentNoun: 'your current password',
  myAccountCurrentWrong: 'The current password is wrong',
  myAccountNewLabel: 'New password',
  myAccountNewNoun: 'your new password',
  myAccountNewHint: (min) => `At least ${min} characters. A sentence of a few words is strong and easy to remember.`,
  myAccountRepeatLabel: 'Repeat the new password',
  myAccountRepeatNoun: 'the new password again',
  myAccountMismatch: 'The two new passwords are not the same',
  myAccountPasswordSubmit: 'Change password',
  myAccountPasswordDone: 'Your password has been changed. Your other sessions have ended.',
  myAccountPasswordNotChanged: 'Your password has not been changed.',
  myAccountPasswordSignedOut:
    'Your password has not been changed: your session expired. Sign in again and fill in the form again.',
};
