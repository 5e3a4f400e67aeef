/** Dutch strings of the staff console's personal data screen (keys start with `personal`). */
const plural = (n: number, one: string, other: string) => `${n} ${n === 1 ? one : other}`;

export const staffPersonalData = {
  personalNav: 'Persoonsgegevens',
  personalHeading: 'Persoonsgegevens van een bewoner',
  personalIntro:
    'Vraagt een bewoner welke gegevens we van hem of haar hebben, of vraagt die ze te wissen? Zoek op het e-mailadres waarmee de bewoner ideeën stuurde of zich inschreef.',
  personalFind: 'Zoeken',
  personalEmail: 'E-mailadres van de bewoner',
  personalEmailNoun: 'het e-mailadres',
  personalEmailHint: 'Hoofdletters en spaties voor of na tellen niet.',
  personalFound: (email: string, ideas: number, signups: number) =>
    `Voor ${email}: ${plural(ideas, 'idee', 'ideeën')} en ${plural(signups, 'inschrijving', 'inschrijvingen')} gevonden.`,
  personalResult: (email: string) => `Gevonden voor ${email}`,
  personalNothing: (email: string) => `Niets gevonden voor ${email}: geen ideeën en geen inschrijvingen met dit adres.`,
  personalSummary: (ideas: number, signups: number) =>
    `${plural(ideas, 'idee', 'ideeën')} en ${plural(signups, 'inschrijving', 'inschrijvingen')}.`,
  personalIdeas: 'Ideeën',
  personalSignups: 'Inschrijvingen als vrijwilliger',
  personalContact: 'Naam en telefoon',
  personalRole: 'Rol (id)',
  personalSignedUp: 'Ingeschreven',
  personalSignupStatus: (s: string) =>
    ({ confirmed: 'bevestigd', waitlisted: 'op de reservelijst', cancelled: 'geannuleerd' })[s] ?? s,
  personalExport: 'Exporteren als JSON (om aan de bewoner te geven)',
  personalErase: 'Gegevens wissen…',
  personalEraseHeading: (email: string) => `De contactgegevens van ${email} wissen?`,
  personalEraseIdeas: (n: number) => `Van ${plural(n, 'idee', 'ideeën')}: naam, e-mailadres, telefoon en adres.`,
  personalEraseSignups: (n: number, active: number) =>
    `Van ${plural(n, 'inschrijving', 'inschrijvingen')}: naam, e-mailadres en telefoon${active ? `; ${plural(active, 'actieve inschrijving wordt', 'actieve inschrijvingen worden')} geannuleerd en de plaats gaat naar de reservelijst` : ''}.`,
  personalEraseKept: 'De teksten van de ideeën, statussen, rollen en data blijven: daar staat niemand meer bij.',
  personalEraseFinal: 'Dit kan niet ongedaan gemaakt worden.',
  personalConfirmLabel: (email: string) => `Typ ${email} om te bevestigen`,
  personalConfirmRequired: 'Typ het e-mailadres om te bevestigen',
  personalConfirmMismatch: (email: string) => `Het getypte adres is niet ${email}`,
  personalEraseSubmit: 'Definitief wissen',
  personalEraseLabel: (email: string) => `Gegevens van ${email} wissen`,
  personalErased: (email: string, ideas: number, signups: number, cancelled: number) =>
    `Gewist voor ${email}: ${plural(ideas, 'idee', 'ideeën')} en ${plural(signups, 'inschrijving', 'inschrijvingen')}${cancelled ? `, waarvan ${plural(cancelled, 'inschrijving', 'inschrijvingen')} geannuleerd` : ''}.`,
  personalEraseCancelled: 'Wissen geannuleerd. Er is niets veranderd.',
  personalCancel: 'Annuleren',
};
export type StaffPersonalDataStrings = typeof staffPersonalData;
