/** English strings of the staff console's personal data screen (see nl/staff-personal-data.ts). */
import type { StaffPersonalDataStrings } from '../nl/staff-personal-data.js';

const n_ = (n: number, one: string, other: string) => `${n} ${n === 1 ? one : other}`;

export const staffPersonalData: StaffPersonalDataStrings = {
  personalNav: 'Personal data',
  personalHeading: 'A resident’s personal data',
  personalIntro:
    'A resident asks what data we hold about them, or asks us to erase it? Search by the e-mail address they sent ideas or signed up with.',
  personalFind: 'Search',
  personalEmail: 'The resident’s e-mail address',
  personalEmailNoun: 'the e-mail address',
  personalEmailHint: 'Capitals and spaces before or after do not matter.',
  personalFound: (email, ideas, signups) =>
    `For ${email}: ${n_(ideas, 'idea', 'ideas')} and ${n_(signups, 'signup', 'signups')} found.`,
  personalResult: (email) => `Found for ${email}`,
  personalNothing: (email) => `Nothing found for ${email}: no ideas and no signups with this address.`,
  personalSummary: (ideas, signups) => `${n_(ideas, 'idea', 'ideas')} and ${n_(signups, 'signup', 'signups')}.`,
  personalIdeas: 'Ideas',
  personalSignups: 'Volunteer signups',
  personalContact: 'Name and phone',
  personalRole: 'Role (id)',
  personalSignedUp: 'Signed up',
  personalSignupStatus: (s) =>
    ({ confirmed: 'confirmed', waitlisted: 'on the reserve list', cancelled: 'cancelled' })[s] ?? s,
  personalExport: 'Export as JSON (to give to the resident)',
  personalErase: 'Erase the data…',
  personalEraseHeading: (email) => `Erase the contact details of ${email}?`,
  personalEraseIdeas: (n) => `Of ${n_(n, 'idea', 'ideas')}: name, e-mail address, phone and address.`,
  personalEraseSignups: (n, active) =>
    `Of ${n_(n, 'signup', 'signups')}: name, e-mail address and phone${active ? `; ${n_(active, 'active signup is', 'active signups are')} cancelled and the place goes to the reserve list` : ''}.`,
  personalEraseKept: 'The texts of the ideas, statuses, roles and dates stay: nobody is named in them any more.',
  personalEraseFinal: 'This cannot be undone.',
  personalConfirmLabel: (email) => `Type ${email} to confirm`,
  personalConfirmRequired: 'Type the e-mail address to confirm',
  personalConfirmMismatch: (email) => `The address you typed is not ${email}`,
  personalEraseSubmit: 'Erase for good',
  personalEraseLabel: (email) => `Erase the data of ${email}`,
  personalErased: (email, ideas, signups, cancelled) =>
    `Erased for ${email}: ${n_(ideas, 'idea', 'ideas')} and ${n_(signups, 'signup', 'signups')}${cancelled ? `, of which ${n_(cancelled, 'signup was', 'signups were')} cancelled` : ''}.`,
  personalEraseCancelled: 'Erasing cancelled. Nothing changed.',
  personalCancel: 'Cancel',
};
