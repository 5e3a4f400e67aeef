/**
 * The words of the e-mails, in Dutch, French and English. Values (titles, references, dates) are
 * passed in; nothing here is HTML (layout.ts escapes and marks up).
 */
import type { Locale } from '../../../src/schema/index.js';
import type { IdeaStatus } from '../../../src/schema/staff/index.js';

export interface MailStrings {
  // Shared
  hello: string;
  reference: string;
  role: string;
  shifts: string;
  shift: string;
  idea: string;
  status: string;
  contactHeading: string;
  contactEmail: string;
  contactPhone: string;
  contactWebsite: string;
  whyYouGetThis: (municipality: string) => string;
  noReply: string;
  statusWords: Record<IdeaStatus, string>;
  confirmedWord: string;
  waitlistedWord: string;
  // Idea received
  ideaReceivedSubject: (ref: string) => string;
  ideaReceivedIntro: (municipality: string) => string;
  ideaReceivedNext: string;
  ideaPage: string;
  // Status reply
  ideaReplySubject: (ref: string) => string;
  ideaReplyIntro: (municipality: string) => string;
  ideaReplyHeading: string;
  newStatus: string;
  // Signup
  signupConfirmedSubject: (ref: string) => string;
  signupWaitlistedSubject: (ref: string) => string;
  signupConfirmedIntro: (municipality: string) => string;
  signupWaitlistedIntro: (municipality: string) => string;
  timeAsked: string;
  promised: string;
  guidance: string;
  insurance: string;
  expenses: string;
  training: string;
  infoNote: (version: string) => string;
  organisation: string;
  aim: string;
  legalStatus: string;
  discretion: string;
  cancelHeading: string;
  cancelByLink: string;
  cancelLink: string;
  cancelCode: string;
  cancelByCode: string;
  cancelLater: string;
  volunteerPage: string;
  // Promoted
  promotedSubject: (ref: string) => string;
  promotedIntro: (municipality: string) => string;
  // Signup cancelled
  signupCancelledSubject: (ref: string) => string;
  signupCancelledIntro: string;
  signupCancelledErased: string;
  // Shift cancelled / changed
  shiftCancelledSubject: (ref: string) => string;
  shiftCancelledIntro: (municipality: string) => string;
  shiftChangedSubject: (ref: string) => string;
  shiftChangedIntro: (municipality: string) => string;
  before: string;
  now: string;
  // Reminder
  reminderSubject: (ref: string) => string;
  reminderIntro: string;
  // Staff
  staffNewIdeaSubject: (ref: string) => string;
  staffNewIdeaIntro: string;
  staffDigestSubject: (day: string, n: number) => string;
  staffDigestIntro: (day: string, n: number) => string;
  staffWhere: string;
  staffPreferences: string;
  track: string;
}

const nl: MailStrings = {
  hello: 'Hallo,',
  reference: 'Referentie',
  role: 'Rol',
  shifts: 'Shiften',
  shift: 'Shift',
  idea: 'Idee',
  status: 'Status',
  contactHeading: 'Vragen?',
  contactEmail: 'E-mail',
  contactPhone: 'Telefoon',
  contactWebsite: 'Website',
  whyYouGetThis: (m) => `Je krijgt deze e-mail omdat je via de website van ${m} een formulier hebt verstuurd.`,
  noReply: 'Antwoorden op deze e-mail worden niet gelezen: gebruik de contactgegevens hierboven.',
  statusWords: {
    received: 'ontvangen',
    'under-review': 'in behandeling',
    accepted: 'aanvaard',
    declined: 'niet weerhouden',
    published: 'gepubliceerd als initiatief',
  },
  confirmedWord: 'bevestigd',
  waitlistedWord: 'op de reservelijst',
  ideaReceivedSubject: (r) => `We hebben je idee ontvangen (${r})`,
  ideaReceivedIntro: (m) => `Bedankt voor je idee. ${m} heeft het goed ontvangen.`,
  ideaReceivedNext:
    'Wat gebeurt er nu? Een medewerker leest je idee en kan contact met je opnemen met vragen. Je krijgt een e-mail zodra er een antwoord is. Vermeld je referentie als je ons contacteert.',
  ideaPage: 'Ideeën op de website',
  ideaReplySubject: (r) => `Antwoord op je idee (${r})`,
  ideaReplyIntro: (m) => `${m} heeft gereageerd op je idee.`,
  ideaReplyHeading: 'Het antwoord',
  newStatus: 'Status van je idee',
  signupConfirmedSubject: (r) => `Je inschrijving als vrijwilliger is bevestigd (${r})`,
  signupWaitlistedSubject: (r) => `Je staat op de reservelijst (${r})`,
  signupConfirmedIntro: (m) => `Bedankt om je in te schrijven als vrijwilliger bij ${m}. Je inschrijving is bevestigd.`,
  signupWaitlistedIntro: (m) =>
    `Bedankt om je in te schrijven als vrijwilliger bij ${m}. De shift is volzet: je staat op de reservelijst. Komt er een plaats vrij, dan krijg je ze automatisch en sturen we je een e-mail.`,
  timeAsked: 'Gevraagde tijd',
  promised: 'Wat je van ons krijgt',
  guidance: 'Begeleiding',
  insurance: 'Verzekering',
  expenses: 'Onkosten',
  training: 'Opleiding',
  infoNote: (v) => `De informatienota voor vrijwilligers (versie ${v})`,
  organisation: 'Organisatie',
  aim: 'Doel',
  legalStatus: 'Juridisch statuut',
  discretion: 'Discretie',
  cancelHeading: 'Toch niet?',
  cancelByLink: 'Kun je niet komen? Annuleer dan, zodat iemand anders je plaats krijgt. Open deze link en bevestig:',
  cancelLink: 'Je inschrijving annuleren',
  cancelCode: 'Annuleercode',
  cancelByCode: 'Zonder de link annuleer je met je referentie en je annuleercode op de vrijwilligerspagina.',
  cancelLater:
    'Kun je niet komen? Annuleer met de link uit je eerste e-mail, of met je referentie en annuleercode op de vrijwilligerspagina.',
  volunteerPage: 'Vrijwilligerspagina',
  promotedSubject: (r) => `Er is een plaats vrijgekomen: je inschrijving is bevestigd (${r})`,
  promotedIntro: (m) =>
    `Goed nieuws: er kwam een plaats vrij en je bent van de reservelijst gehaald. ${m} rekent op je.`,
  signupCancelledSubject: (r) => `Je inschrijving is geannuleerd (${r})`,
  signupCancelledIntro: 'Je inschrijving als vrijwilliger is geannuleerd. Je plaats gaat naar iemand anders.',
  signupCancelledErased: 'Je naam en contactgegevens zijn gewist.',
  shiftCancelledSubject: (r) => `Een shift gaat niet door (${r})`,
  shiftCancelledIntro: (m) => `${m} heeft een shift geannuleerd waarvoor je ingeschreven was. Je hoeft niet te komen.`,
  shiftChangedSubject: (r) => `Het uur van je shift is gewijzigd (${r})`,
  shiftChangedIntro: (m) =>
    `${m} heeft het uur gewijzigd van een shift waarvoor je ingeschreven bent. Past het niet meer? Annuleer dan, zodat iemand anders je plaats krijgt.`,
  before: 'Was',
  now: 'Wordt',
  reminderSubject: (r) => `Herinnering: je shift als vrijwilliger (${r})`,
  reminderIntro: 'Een herinnering: je bent binnenkort verwacht als vrijwilliger.',
  staffNewIdeaSubject: (r) => `Nieuw idee: ${r}`,
  staffNewIdeaIntro: 'Er is een nieuw idee binnengekomen.',
  staffDigestSubject: (d, n) => `Nieuwe ideeën van ${d}: ${n}`,
  staffDigestIntro: (d, n) =>
    n === 1 ? `Op ${d} kwam 1 nieuw idee binnen.` : `Op ${d} kwamen ${n} nieuwe ideeën binnen.`,
  staffWhere: 'Lees en behandel de ideeën via de staff-API',
  staffPreferences: 'Je krijgt deze e-mail volgens je voorkeur (notifyIdeas) van je staff-account.',
  track: 'Soort',
};

const fr: MailStrings = {
  hello: 'Bonjour,',
  reference: 'Référence',
  role: 'Rôle',
  shifts: 'Créneaux',
  shift: 'Créneau',
  idea: 'Idée',
  status: 'Statut',
  contactHeading: 'Des questions ?',
  contactEmail: 'E-mail',
  contactPhone: 'Téléphone',
  contactWebsite: 'Site web',
  whyYouGetThis: (m) => `Vous recevez cet e-mail parce que vous avez envoyé un formulaire sur le site de ${m}.`,
  noReply: 'Les réponses à cet e-mail ne sont pas lues : utilisez les coordonnées ci-dessus.',
  statusWords: {
    received: 'reçue',
    'under-review': 'en cours d’examen',
    accepted: 'acceptée',
    declined: 'non retenue',
    published: 'publiée comme initiative',
  },
  confirmedWord: 'confirmée',
  waitlistedWord: 'sur la liste de réserve',
  ideaReceivedSubject: (r) => `Nous avons bien reçu votre idée (${r})`,
  ideaReceivedIntro: (m) => `Merci pour votre idée. ${m} l’a bien reçue.`,
  ideaReceivedNext:
    'Et maintenant ? Un agent lit votre idée et peut vous contacter s’il a des questions. Vous recevrez un e-mail dès qu’une réponse est prête. Mentionnez votre référence si vous nous contactez.',
  ideaPage: 'Les idées sur le site',
  ideaReplySubject: (r) => `Réponse à votre idée (${r})`,
  ideaReplyIntro: (m) => `${m} a répondu à votre idée.`,
  ideaReplyHeading: 'La réponse',
  newStatus: 'Statut de votre idée',
  signupConfirmedSubject: (r) => `Votre inscription comme volontaire est confirmée (${r})`,
  signupWaitlistedSubject: (r) => `Vous êtes sur la liste de réserve (${r})`,
  signupConfirmedIntro: (m) =>
    `Merci de vous être inscrit·e comme volontaire auprès de ${m}. Votre inscription est confirmée.`,
  signupWaitlistedIntro: (m) =>
    `Merci de vous être inscrit·e comme volontaire auprès de ${m}. Le créneau est complet : vous êtes sur la liste de réserve. Si une place se libère, elle vous est attribuée automatiquement et nous vous envoyons un e-mail.`,
  timeAsked: 'Temps demandé',
  promised: 'Ce que nous vous offrons',
  guidance: 'Accompagnement',
  insurance: 'Assurance',
  expenses: 'Frais',
  training: 'Formation',
  infoNote: (v) => `La note d’information aux volontaires (version ${v})`,
  organisation: 'Organisation',
  aim: 'But',
  legalStatus: 'Statut juridique',
  discretion: 'Discrétion',
  cancelHeading: 'Un empêchement ?',
  cancelByLink:
    'Vous ne pouvez pas venir ? Annulez, pour que quelqu’un d’autre reçoive votre place. Ouvrez ce lien et confirmez :',
  cancelLink: 'Annuler votre inscription',
  cancelCode: 'Code d’annulation',
  cancelByCode:
    'Sans le lien, vous annulez avec votre référence et votre code d’annulation sur la page des volontaires.',
  cancelLater:
    'Vous ne pouvez pas venir ? Annulez avec le lien de votre premier e-mail, ou avec votre référence et votre code d’annulation sur la page des volontaires.',
  volunteerPage: 'Page des volontaires',
  promotedSubject: (r) => `Une place s’est libérée : votre inscription est confirmée (${r})`,
  promotedIntro: (m) =>
    `Bonne nouvelle : une place s’est libérée et vous quittez la liste de réserve. ${m} compte sur vous.`,
  signupCancelledSubject: (r) => `Votre inscription est annulée (${r})`,
  signupCancelledIntro: 'Votre inscription comme volontaire est annulée. Votre place va à quelqu’un d’autre.',
  signupCancelledErased: 'Votre nom et vos coordonnées ont été effacés.',
  shiftCancelledSubject: (r) => `Un créneau est annulé (${r})`,
  shiftCancelledIntro: (m) => `${m} a annulé un créneau pour lequel vous étiez inscrit·e. Vous ne devez pas venir.`,
  shiftChangedSubject: (r) => `L’heure de votre créneau a changé (${r})`,
  shiftChangedIntro: (m) =>
    `${m} a changé l’heure d’un créneau pour lequel vous êtes inscrit·e. Cela ne vous convient plus ? Annulez, pour que quelqu’un d’autre reçoive votre place.`,
  before: 'Avant',
  now: 'Désormais',
  reminderSubject: (r) => `Rappel : votre créneau de volontaire (${r})`,
  reminderIntro: 'Un rappel : vous êtes bientôt attendu·e comme volontaire.',
  staffNewIdeaSubject: (r) => `Nouvelle idée : ${r}`,
  staffNewIdeaIntro: 'Une nouvelle idée est arrivée.',
  staffDigestSubject: (d, n) => `Nouvelles idées du ${d} : ${n}`,
  staffDigestIntro: (d, n) =>
    n === 1 ? `Le ${d}, 1 nouvelle idée est arrivée.` : `Le ${d}, ${n} nouvelles idées sont arrivées.`,
  staffWhere: 'Lisez et traitez les idées par l’API du personnel',
  staffPreferences: 'Vous recevez cet e-mail selon la préférence (notifyIdeas) de votre compte.',
  track: 'Type',
};

const en: MailStrings = {
  hello: 'Hello,',
  reference: 'Reference',
  role: 'Role',
  shifts: 'Shifts',
  shift: 'Shift',
  idea: 'Idea',
  status: 'Status',
  contactHeading: 'Questions?',
  contactEmail: 'E-mail',
  contactPhone: 'Phone',
  contactWebsite: 'Website',
  whyYouGetThis: (m) => `You get this e-mail because you sent a form on the website of ${m}.`,
  noReply: 'Replies to this e-mail are not read: please use the contact details above.',
  statusWords: {
    received: 'received',
    'under-review': 'under review',
    accepted: 'accepted',
    declined: 'not taken forward',
    published: 'published as an initiative',
  },
  confirmedWord: 'confirmed',
  waitlistedWord: 'on the reserve list',
  ideaReceivedSubject: (r) => `We received your idea (${r})`,
  ideaReceivedIntro: (m) => `Thank you for your idea. ${m} has received it.`,
  ideaReceivedNext:
    'What happens next? A member of staff reads your idea and may contact you with questions. You will get an e-mail as soon as there is a reply. Please quote your reference when you contact us.',
  ideaPage: 'Ideas on the website',
  ideaReplySubject: (r) => `A reply to your idea (${r})`,
  ideaReplyIntro: (m) => `${m} has replied to your idea.`,
  ideaReplyHeading: 'The reply',
  newStatus: 'Status of your idea',
  signupConfirmedSubject: (r) => `Your volunteer signup is confirmed (${r})`,
  signupWaitlistedSubject: (r) => `You are on the reserve list (${r})`,
  signupConfirmedIntro: (m) => `Thank you for signing up as a volunteer with ${m}. Your signup is confirmed.`,
  signupWaitlistedIntro: (m) =>
    `Thank you for signing up as a volunteer with ${m}. The shift is full: you are on the reserve list. If a place comes free, it is yours automatically and we will e-mail you.`,
  timeAsked: 'Time asked',
  promised: 'What we offer you',
  guidance: 'Guidance',
  insurance: 'Insurance',
  expenses: 'Expenses',
  training: 'Training',
  infoNote: (v) => `The information note for volunteers (version ${v})`,
  organisation: 'Organisation',
  aim: 'Aim',
  legalStatus: 'Legal status',
  discretion: 'Discretion',
  cancelHeading: 'Can’t make it?',
  cancelByLink: 'If you cannot come, please cancel so someone else gets your place. Open this link and confirm:',
  cancelLink: 'Cancel your signup',
  cancelCode: 'Cancel code',
  cancelByCode: 'Without the link, cancel with your reference and cancel code on the volunteer page.',
  cancelLater:
    'If you cannot come, cancel with the link in your first e-mail, or with your reference and cancel code on the volunteer page.',
  volunteerPage: 'Volunteer page',
  promotedSubject: (r) => `A place came free: your signup is confirmed (${r})`,
  promotedIntro: (m) =>
    `Good news: a place came free and you have moved up from the reserve list. ${m} is counting on you.`,
  signupCancelledSubject: (r) => `Your signup is cancelled (${r})`,
  signupCancelledIntro: 'Your volunteer signup is cancelled. Your place goes to someone else.',
  signupCancelledErased: 'Your name and contact details have been erased.',
  shiftCancelledSubject: (r) => `A shift is cancelled (${r})`,
  shiftCancelledIntro: (m) => `${m} has cancelled a shift you signed up for. You do not need to come.`,
  shiftChangedSubject: (r) => `The time of your shift has changed (${r})`,
  shiftChangedIntro: (m) =>
    `${m} has changed the time of a shift you signed up for. If it no longer suits you, please cancel so someone else gets your place.`,
  before: 'Was',
  now: 'Now',
  reminderSubject: (r) => `Reminder: your volunteer shift (${r})`,
  reminderIntro: 'A reminder: you are expected soon as a volunteer.',
  staffNewIdeaSubject: (r) => `New idea: ${r}`,
  staffNewIdeaIntro: 'A new idea has come in.',
  staffDigestSubject: (d, n) => `New ideas of ${d}: ${n}`,
  staffDigestIntro: (d, n) => (n === 1 ? `On ${d}, 1 new idea came in.` : `On ${d}, ${n} new ideas came in.`),
  staffWhere: 'Read and handle the ideas through the staff API',
  staffPreferences: 'You get this e-mail by the preference (notifyIdeas) of your staff account.',
  track: 'Kind',
};

export const MAIL_STRINGS: Readonly<Record<Locale, MailStrings>> = { nl, fr, en };
