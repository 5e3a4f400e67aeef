/** English, for partner sites. One object per widget; see types.ts. Over 400 lines because it is data: every text of four widgets, loaded only by a page in English. */
import type { CommonStrings } from './types.js';
import type { IdeaFormStrings } from './types.js';
import { capitalize as cap, plural } from './catalog.js';

/**
 * The participant's role on each rung of the participation ladder (Pröpper & Steenbergen, 1999), 1 (highest)
 * to 7: one name per rung, used by the ladder and by the list's filter and cards alike.
 */
const RUNG_ROLES = [
  'initiator',
  'cooperation partner',
  'co-decision-maker',
  'adviser (open)',
  'adviser or discussion partner (closed)',
  'onlooker, receives information',
  'no role',
] as const;

export const common: CommonStrings = {
  errorPrefix: 'Error:',
  errorSummaryTitle: 'There is a problem',
  optional: '(optional)',
  fieldError: (code, label, limit) => {
    switch (code) {
      case 'required':
        return `Enter ${label}`;
      case 'too-short':
        return `${cap(label)} must be ${limit ?? ''} characters or more`;
      case 'too-long':
        return `${cap(label)} must be ${limit ?? ''} characters or fewer`;
      case 'too-small':
        return `${cap(label)} must be ${limit ?? ''} or more`;
      case 'too-big':
        return `${cap(label)} must be ${limit ?? ''} or less`;
      case 'invalid-email':
        return 'Enter an email address like name@example.com';
      case 'invalid-phone':
        return 'Enter a phone number, like 016 12 34 56';
      case 'invalid-url':
        return `Enter a web address for ${label} that starts with https://`;
      case 'invalid-date':
        return `Enter a real date for ${label}`;
      case 'date-order':
        return 'The end date must be after the start date';
      case 'invalid-choice':
        return `Select ${label}`;
      case 'consent-required':
        return 'Agree to the use of your details, or we cannot handle what you send';
      case 'acknowledgement-required':
        return 'Confirm that you have read the information';
      default:
        return `Check ${label}`;
    }
  },
  charactersLeft: (n) =>
    plural('en', n, { one: 'You have {n} character remaining', other: 'You have {n} characters remaining' }),
  charactersTooMany: (n) =>
    plural('en', n, { one: 'You have {n} character too many', other: 'You have {n} characters too many' }),
  loading: 'Loading…',
  retry: 'Try again',
  apiError: (code) => {
    switch (code) {
      case 'offline':
        return 'There is no internet connection.';
      case 'unreachable':
        return 'We cannot reach the municipality’s service right now.';
      case 'blocked':
        return 'This website is not set up correctly to reach the municipality’s service.';
      case 'timeout':
        return 'The server did not answer in time.';
      case 'rate-limited':
        return 'Too many requests just now. Try again in a moment.';
      case 'invalid-response':
        return 'The server sent an answer we do not understand.';
      case 'not-found':
        return 'Not found.';
      case 'validation':
        return 'Some details are not right.';
      case 'conflict':
        return 'Something changed in the meantime.';
      case 'misconfigured':
        return 'This module has not been set up yet.';
      case 'aborted':
        return 'The request was cancelled.';
      default:
        return 'Something went wrong on the server.';
    }
  },
  notConfigured:
    'This module has not been set up yet. The manager of this website needs to give the address of its data.',
  busy: 'Sending…',
  savedLater: (reason) => {
    switch (reason) {
      case 'offline':
        return 'You are offline. What you sent is saved on this device and we will send it automatically as soon as you are back online. You do not need to fill anything in again.';
      case 'unreachable':
        return 'We cannot reach the municipality’s service right now. What you sent is saved on this device and we will keep trying automatically. You do not need to fill anything in again.';
      case 'unconfirmed':
        return 'What you sent has gone out, but the confirmation that it arrived has not come yet. It is saved on this device and we will check automatically, without sending it twice.';
      default:
        return 'The municipality’s service is having trouble. What you sent is saved on this device and we will try again automatically. You do not need to fill anything in again.';
    }
  },
  draftRestored: (savedAt) => `We restored the form you had not finished, from ${savedAt}.`,
  startOver: 'Start again',
  colon: ':',
};

/** `<civic-initiative-list>`. Rungs named as on the participation ladder (Pröpper & Steenbergen, 1999). */
export const initiativeList: import('./types.js').InitiativeListStrings = {
  listHeading: 'Initiatives',
  filtersLabel: 'Search and filter initiatives',
  searchLabel: 'Search by keyword',
  areaLabel: 'Neighbourhood',
  anyArea: 'All neighbourhoods',
  themeLabel: 'Theme',
  anyTheme: 'All themes',
  rungLabel: 'Role of residents',
  anyRung: 'All roles',
  statusLabel: 'Progress',
  anyStatus: 'All',
  volunteersLabel: 'Only initiatives looking for volunteers',
  sortLabel: 'Sort by',
  sortName: (s) => (s === 'title' ? 'Title (A-Z)' : s === 'start' ? 'Start date' : 'Last updated'),
  rungName: (r) => RUNG_ROLES[r - 1] ?? String(r),
  rungValue: (r, name) => `${name} (rung ${r} of 7)`,
  showOnLadder: (r) => `See rung ${r} on the ladder`,
  statusName: (s) => ({ idea: 'Idea', testing: 'Being tested', running: 'Running', finished: 'Finished' })[s] ?? s,
  organiserName: (o) =>
    ({ residents: 'Residents', municipality: 'The municipality', both: 'Residents and the municipality' })[o] ?? o,
  organiserLabel: 'Organised by',
  themesLabel: 'Themes',
  wholeMunicipality: 'Whole municipality',
  startLabel: 'Starts',
  endLabel: 'Ends',
  linksLabel: 'More information',
  count: (n) =>
    plural('en', n, { zero: 'No initiatives found', one: '{n} initiative found', other: '{n} initiatives found' }),
  shown: (shown, total) => `${shown} of ${total} shown`,
  empty: 'No initiatives match your search. Try fewer filters or another keyword.',
  clearFilters: 'Clear filters',
  loadMore: 'Show more initiatives',
  moreInfo: 'More info',
  needsVolunteers: 'Looking for volunteers',
  join: 'Join in',
  demoNote: 'Demo data: these initiatives are made up to show the widget.',
};

import type { VolunteerSignupStrings } from './types.js';

export const volunteerSignup: VolunteerSignupStrings = {
  title: 'Become a volunteer',
  intro:
    'Choose what you would like to do. We say plainly how much time it takes and what the municipality gives you in return.',
  demo: 'Demo data: these roles and shifts do not really exist.',
  noRoles: 'There are no volunteer roles open at the moment.',
  roleLegend: 'What would you like to do?',
  roleRequired: 'Choose what you would like to do',
  timeAsked: 'Time asked',
  timeAskedHint: (time) => `Time asked: ${time}`,
  whatYouDo: 'What you do',
  whatYouGet: 'What the municipality gives you',
  guidance: 'Guidance',
  insurance: 'Insurance',
  expenses: 'Expense allowance',
  noGuidance: 'No set guidance',
  noInsurance: 'No separate insurance for this role',
  noExpenses: 'No expense allowance',
  requirements: 'What we ask',
  minimumAge: (n) => `You are at least ${n} years old`,
  training: 'Training',
  noRequirements: 'No special requirements',
  shiftsLegend: 'Which shifts would you like to do?',
  shiftsHint: 'You can choose more than one.',
  shiftsRequired: 'Choose at least one shift',
  placesLeft: (left, capacity) =>
    plural('en', left, { one: `{n} place left of ${capacity}`, other: `{n} places left of ${capacity}` }),
  shiftFull: 'Full. If you tick this shift, you join the reserve list.',
  reserveList: 'reserve list',
  availabilityLabel: 'When are you available?',
  availabilityHint: 'For example: Wednesday afternoons, or two Saturdays a month.',
  availabilityName: 'when you are available',
  contactLegend: 'Your details',
  nameLabel: 'Name',
  nameName: 'your name',
  emailLabel: 'Email address',
  emailName: 'your email address',
  emailHint: 'So the municipality can contact you about your signup.',
  phoneLabel: 'Phone number',
  phoneName: 'your phone number',
  ageConfirm: (n) => `I am at least ${n} years old`,
  ageRequired: (n) => `Confirm that you are at least ${n} years old`,
  noteTitle: 'Information for volunteers',
  noteIntro: 'The Belgian volunteer law (2005) asks that you know this before you start.',
  noteOrganisation: 'Organisation',
  noteAim: 'Aim',
  noteLegalStatus: 'Legal status',
  noteInsurance: 'Insurance',
  noteExpenses: 'Expense allowance',
  noteDiscretion: 'Duty of discretion',
  acknowledge: 'I have read the information for volunteers',
  consent: 'I allow the municipality to use my details to handle my signup.',
  privacyLink: 'Read the privacy notice (opens in a new window)',
  honeypot: 'Leave this field empty',
  submit: 'Sign me up',
  sendFailed: 'Your signup could not be sent.',
  takenTitle: 'The last place has just gone',
  takenText: (shifts) =>
    `Someone else was just ahead of you: ${shifts} is full. Everything you filled in is still here. Would you like to join the reserve list?`,
  joinReserve: 'Put me on the reserve list',
  confirmedTitle: 'You are signed up',
  confirmedText: 'Thank you! We have received your signup.',
  waitlistedTitle: 'You are on the reserve list',
  waitlistedText: 'All places are taken. If a place becomes free, the municipality will contact you.',
  shiftConfirmed: 'signed up',
  shiftWaitlisted: 'reserve list',
  takenMeanwhile: 'the last place went to someone else meanwhile',
  reference: 'Reference',
  cancelCode: 'Cancellation code',
  cancelCodeHint: 'Keep your reference and this code: with them you can cancel your signup later on this page.',
  cancelLink: 'Link to cancel your signup',
  signupEmailSent: (address: string) => `We sent a confirmation to ${address}, with a link to cancel your signup.`,
  copy: 'Copy the code',
  copied: 'Copied',
  cancel: 'Cancel my signup',
  cancelConfirm: 'Are you sure? Your place will go to someone else.',
  cancelYes: 'Yes, cancel my signup',
  cancelNo: 'No, keep it',
  cancelTitle: 'Cancel your signup',
  cancelIntro: (ref) => `Do you want to cancel signup ${ref}?`,
  cancelledTitle: 'Your signup is cancelled',
  cancelledText: 'Your place is free again. Thank you for letting us know.',
  cancelFailed: 'Cancelling did not work.',
  signUpAgain: 'Sign up again',
  cancelOpen: 'Already signed up and want to cancel?',
  cancelFormIntro:
    'Enter the reference and the cancellation code you received when you signed up. Capitals, spaces and dashes do not matter.',
  referenceHint: 'For example VOL-2026-00007',
  cancelCodeFieldHint: '8 letters and digits, for example K7MP-2XRA',
  referenceRequired: 'Enter the reference of your signup',
  referenceInvalid: 'Enter the reference as it is on your confirmation, for example VOL-2026-00007',
  cancelCodeRequired: 'Enter the cancellation code',
  cancelCodeInvalid:
    'Enter the cancellation code as it is on your confirmation: 8 letters and digits, for example K7MP-2XRA',
  cancelCodeMismatch: 'This code does not match this reference. Check the reference and the code.',
  cancelCodeLocked:
    'A wrong code was entered too often for this reference. Use the link in your e-mail or contact the municipality.',
  cancelLinkInvalid:
    'This cancellation link does not work. Perhaps it was not copied in full. You can also cancel with the reference and cancellation code of your confirmation.',
  cancelBack: 'Back to the signup form',
  cancelIntroUnknown: 'Do you want to cancel your signup?',
  cancelledReference: (ref) => `Signup ${ref} is cancelled.`,
  roleDone: 'Role',
};

export const ideaForm: IdeaFormStrings = {
  ideaHeading: 'An idea for your neighbourhood',
  ideaIntro:
    'Do you have an idea that makes your neighbourhood a nicer place, or do you want to join something that is ready to go? Tell us. It takes about ten minutes; the municipality helps you with advice, means and contacts.',
  trackLegend: 'How do you want to take part?',
  trackLabel: (t) => ({ create: 'Create', experiment: 'Experiment', join: 'Join' })[t],
  trackText: (t) =>
    ({
      create:
        'With your neighbours, think up an idea that makes the neighbourhood nicer or brings people together, and carry it out.',
      experiment: 'You have an idea and want to try it out for a few months.',
      join: 'Sign up for something that is ready to go, such as a neighbourhood vegetable garden or a book-exchange cabinet near you.',
    })[t],
  offerLegend: 'Which offer do you want to join?',
  offerAreaLabel: 'Show offers in',
  offerAreaAll: 'All neighbourhoods',
  offerEverywhere: 'Everywhere in the municipality',
  noOffers: 'There is nothing on offer in this neighbourhood. Choose another one.',
  ideaLabel: (f) =>
    ({
      track: 'How do you want to take part?',
      offerId: 'Offer',
      title: 'Title',
      summary: 'Summary',
      description: 'Description',
      areaId: 'Neighbourhood',
      themeIds: 'Themes',
      location: 'Address or place',
      neighbours: 'How many neighbours are in on it?',
      start: 'Start date',
      end: 'End date',
      name: 'Name',
      email: 'Email address',
      phone: 'Phone number',
      consent: 'Consent',
    })[f],
  ideaNoun: (f) =>
    ({
      track: 'how you want to take part',
      offerId: 'an offer',
      title: 'a title',
      summary: 'a summary',
      description: 'a description',
      areaId: 'a neighbourhood',
      themeIds: 'the themes',
      location: 'the address',
      neighbours: 'the number of neighbours',
      start: 'the start date',
      end: 'the end date',
      name: 'your name',
      email: 'your email address',
      phone: 'your phone number',
      consent: 'your consent',
    })[f],
  ideaHint: (f, track) => {
    switch (f) {
      case 'title':
        return track === 'join' ? 'For example: I help in the garden' : 'For example: Benches on the square';
      case 'summary':
        return 'Say in a few sentences what you want to do. This text may be shown publicly later.';
      case 'description':
        return track === 'join'
          ? 'What would you like to do, and when do you have time?'
          : 'What do you want to do, with whom, and what do you need from the municipality?';
      case 'themeIds':
        return 'Choose five at most.';
      case 'location':
        return 'A street, a square or a building.';
      case 'neighbours':
        return 'Do not count yourself. Nobody yet? Enter 0.';
      case 'start':
        return 'Today or later.';
      case 'phone':
        return 'Only if we may also call you.';
      default:
        return '';
    }
  },
  areaPlaceholder: 'Choose a neighbourhood',
  periodLegend: 'When do you want to try it out?',
  contactLegend: 'Your details',
  contactHint: 'Only municipal staff see your details. We use them only to contact you about your idea.',
  consentText: 'I agree that the municipality uses my details to handle my idea.',
  privacyLink: 'Read the privacy notice',
  newTab: '(opens in a new tab)',
  honeypotLabel: 'Leave this field empty',
  ideaSubmit: 'Send your idea',
  demoNote: 'This is a demonstration with made-up data. What you fill in here will not be handled.',
  successTitle: 'Your idea has arrived',
  referenceLabel: 'Your reference number',
  nextTitle: 'What happens next?',
  nextText:
    'A member of municipal staff reads your idea and contacts you at the email address you gave. Quote your reference number when you contact us.',
  emailSent: (address: string) => `We sent a confirmation to ${address}.`,
  anotherIdea: 'Send another idea',
  queuedTitle: 'Your idea is saved on this device',
  notSent: 'Your idea was not sent. Everything you filled in is still here. Please try again later.',
  loadFailed: 'The form could not be loaded.',
  periodHint: (months) => `A test lasts at most ${months} months.`,
  periodTooLong: (months) => `A test lasts at most ${months} months. Choose an earlier end date.`,
  startInPast: 'The start date is in the past. Choose today or a later date.',
  joinNoteLabel: 'Note',
  joinAreaHint: 'This offer runs across the whole municipality. In which neighbourhood would you like to take part?',
};

import type { ParticipationLadderStrings } from './types.js';

export const participationLadder: ParticipationLadderStrings = {
  ladderTitle: 'The participation ladder',
  ladderIntro:
    'How much say do you get as a resident? Each rung pairs a way of governing with the role residents get. The higher the rung, the more is in your hands.',
  ladderSource: 'Source: Pröpper & Steenbergen (1999).',
  ladderNote:
    'In Flanders a shorter ladder is also used: inform, consult, advise, co-produce, co-decide. The best-known English ladder is Arnstein’s (1969).',
  rungName: (n) => `Rung ${n}`,
  govLabel: 'Municipality',
  roleLabel: 'Residents',
  style: (n) =>
    [
      'facilitating',
      'cooperative',
      'delegating',
      'participative',
      'consultative',
      'open authoritarian',
      'closed authoritarian',
    ][n - 1] + ' style',
  role: (n) => RUNG_ROLES[n - 1] ?? String(n),
  doesLabel: 'What the municipality does',
  does: (n) =>
    [
      'Backs the residents’ plan with time, money, know-how or materials, and leaves them in charge.',
      'Works with residents as an equal partner and agrees things together.',
      'Sets the limits beforehand (budget, rules) and follows what residents choose.',
      'Asks for advice while everything is still open, then decides itself.',
      'Puts fixed questions about a plan it drew up, then decides itself.',
      'Decides alone and informs residents, or tries to persuade them.',
      'Decides and acts without involving or informing residents.',
    ][n - 1],
  residentsLabel: 'What residents do',
  residents: (n) =>
    [
      'Take the initiative, decide and carry it out themselves.',
      'Decide as equals and share the responsibility.',
      'Decide within those limits and sometimes help carry it out.',
      'Think along from the start, including about what the problem is.',
      'Give their opinion on the questions the municipality asks.',
      'Are kept informed but have no say.',
      'Have no role.',
    ][n - 1],
  inputLabel: 'What residents put in',
  input: (k) =>
    ({
      advice: 'ideas and opinions',
      effort: 'time and work',
      means: 'their own means (money, materials, space)',
      none: 'nothing',
    })[k],
  fitsLabel: 'When does this fit?',
  fits: (n) =>
    [
      'Residents have a plan of their own and want to run it, like a neighbourhood garden.',
      'The municipality and residents need each other to reach a goal.',
      'There is a clear frame, such as a neighbourhood budget.',
      'The question is still open and residents’ knowledge makes the plan better.',
      'The plan is mostly ready, but real choices remain.',
      'The decision is fixed, by law for instance, or must be made fast.',
      'Rarely: at most for safety or confidential matters.',
    ][n - 1],
  riskLabel: 'What goes wrong when it is promised but not delivered',
  risk: (n) =>
    [
      'The promised support never comes or the rules keep changing: the organisers give up.',
      'The municipality decides alone after all: the partners feel used.',
      'The municipality moves the limits afterwards or ignores the choice: trust is gone.',
      'The plan was already finished: the advice ends up in a drawer.',
      'Nobody hears what became of the answers: next time nobody takes part.',
      'Promising a say when everything is settled: residents feel deceived.',
      'Residents find out afterwards: distrust grows, towards other projects too.',
    ][n - 1],
  here: 'This project stands here',
  yourRung: 'From your answers',
  pictureLabel: 'The participation ladder as a picture, from rung 1 (top) to 7',
  expand: 'Show the full ladder',
  collapse: 'Hide the full ladder',
  examplesTitle: 'Examples on this rung',
  examplesNone: 'No examples on this rung yet.',
  examplesFailed: 'The examples could not be loaded. The explanation above is still here.',
  checkTitle: 'Where does your project stand?',
  checkHint: 'Answer five questions. Your answers stay in your browser: nothing is sent.',
  question: (q) =>
    ({
      initiative: 'Who takes the initiative?',
      decides: 'Who decides the outcome?',
      input: 'What do residents put in?',
      open: 'How open is the outcome?',
      informed: 'Does the municipality keep residents informed?',
    })[q],
  option: (q, i) =>
    ({
      initiative: ['Residents', 'The municipality', 'Residents and the municipality together'],
      decides: [
        'Residents',
        'Residents and the municipality together, as equals',
        'Residents, within limits the municipality sets',
        'The municipality, after residents’ advice',
        'The municipality alone',
      ],
      input: ['Their own means (money, materials, space) and time', 'Time and work', 'Ideas and opinions', 'Nothing'],
      open: [
        'Fully open: residents also say what the problem is',
        'Residents answer fixed questions',
        'The outcome is already settled',
      ],
      informed: ['Yes', 'No'],
    })[q][i],
  pickAnswer: 'Choose an answer',
  checkSubmit: 'Show the rung',
  checkResult: (n, style, role) => `Your project probably stands on rung ${n}: ${style}; residents’ role: ${role}.`,
  checkWhy: 'Why?',
  reason: (c) =>
    ({
      'residents-lead': 'Residents take the initiative and decide themselves.',
      'shared-start': 'Residents and the municipality start together and residents decide: that is cooperation.',
      'residents-decide': 'The municipality started it and leaves the choice to residents, within its frame.',
      together: 'Residents and the municipality decide together, as equal partners.',
      limits: 'Residents decide within limits the municipality sets.',
      advised: 'The municipality decides itself, after residents’ advice.',
      municipality: 'The municipality decides alone.',
      'input-effort': 'Residents bring no means of their own; on rungs 1 and 2 they do.',
      'input-advice': 'Residents give advice but put in no work; on rungs 1 to 3 they do.',
      'input-none': 'Residents put in nothing, not even advice.',
      closed: 'The outcome is already settled: residents can no longer change it.',
      fixed: 'Residents answer fixed questions; what the problem is has been decided.',
      open: 'Residents also help decide what the problem is.',
      informed: 'The municipality does keep residents informed.',
      silent: 'Residents are not even informed.',
    })[c],
  showRung: (n) => `See rung ${n} on the ladder`,
};
