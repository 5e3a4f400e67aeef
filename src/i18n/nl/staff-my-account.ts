/** Dutch strings of the staff console's "My account" screen (keys start with `myAccount`). */
import type { NotifyIdeas } from '../../schema/staff/accounts.js';
import type { StaffRole } from '../../schema/staff/audit.js';

export const staffMyAccount = {
  myAccountNav: 'Mijn account',
  myAccountHeading: 'Mijn account',
  myAccountWho: 'Wie is aangemeld',
  myAccountEmail: 'E-mailadres',
  myAccountName: 'Naam',
  myAccountNoName: 'geen naam ingevuld',
  myAccountRole: 'Rol',
  myAccountRoleName: (role: StaffRole): string => (role === 'admin' ? 'beheerder' : 'moderator'),
  // New-idea e-mails
  myAccountNotifyHeading: 'E-mails over nieuwe ideeën',
  myAccountNotifyLegend: 'Hoe wil je horen dat er nieuwe ideeën zijn?',
  myAccountNotifyNoun: 'een keuze',
  myAccountNotifyRequired: 'Kies hoe je over nieuwe ideeën wilt horen',
  myAccountNotifyName: (n: NotifyIdeas) =>
    ({ immediate: 'Meteen: één e-mail per nieuw idee', daily: 'Een dagelijks overzicht', off: 'Niet per e-mail' })[n],
  myAccountNotifyHint: (n: NotifyIdeas) =>
    ({
      immediate: 'Zodra een bewoner een idee stuurt.',
      daily: 'Elke ochtend de ideeën van de dag ervoor (geen ideeën: geen e-mail).',
      off: 'Je ziet nieuwe ideeën in het overzicht van ideeën.',
    })[n],
  myAccountNotifyCurrent: (n: NotifyIdeas) =>
    `Nu gekozen: ${{ immediate: 'meteen', daily: 'een dagelijks overzicht', off: 'niet per e-mail' }[n]}.`,
  myAccountNotifyUnknown: 'Je huidige keuze kan dit scherm niet lezen. Kies er een en bewaar ze.',
  myAccountNotifyNoMail: 'Let op: de server stuurt nu geen e-mail. Je keuze geldt zodra hij dat wel doet.',
  myAccountNotifySubmit: 'Keuze bewaren',
  myAccountNotifyLabel: 'E-mails over nieuwe ideeën',
  myAccountNotifyDone: (n: NotifyIdeas) =>
    ({
      immediate: 'Bewaard: je krijgt voortaan meteen een e-mail per nieuw idee.',
      daily: 'Bewaard: je krijgt voortaan een dagelijks overzicht van nieuwe ideeën.',
      off: 'Bewaard: je krijgt geen e-mails meer over nieuwe ideeën.',
    })[n],
  // Changing one's password
  myAccountPasswordHeading: 'Wachtwoord wijzigen',
  myAccountPasswordIntro: 'Je andere sessies (op andere toestellen) worden afgesloten. Hier blijf je aangemeld.',
  myAccountCurrentLabel: 'Huidig wachtwoord',
  myAccountCurrentNoun: 'je huidige wachtwoord',
  myAccountCurrentWrong: 'Het huidige wachtwoord klopt niet',
  myAccountNewLabel: 'Nieuw wachtwoord',
  myAccountNewNoun: 'je nieuwe wachtwoord',
  myAccountNewHint: (min: number) =>
    `Minstens ${min} tekens. Een zin van enkele woorden is sterk en makkelijk te onthouden.`,
  myAccountRepeatLabel: 'Herhaal het nieuwe wachtwoord',
  myAccountRepeatNoun: 'het nieuwe wachtwoord nog eens',
  myAccountMismatch: 'De twee nieuwe wachtwoorden zijn niet gelijk',
  myAccountPasswordSubmit: 'Wachtwoord wijzigen',
  myAccountPasswordDone: 'Je wachtwoord is gewijzigd. Je andere sessies zijn afgesloten.',
  myAccountPasswordNotChanged: 'Je wachtwoord is niet gewijzigd.',
  myAccountPasswordSignedOut:
    'Je wachtwoord is niet gewijzigd: je sessie is verlopen. Meld je opnieuw aan en vul het formulier opnieuw in.',
};
export type StaffMyAccountStrings = typeof staffMyAccount;
