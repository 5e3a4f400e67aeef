/**
 * The shape of every translation. Each widget has its own type here and its own object in
 * nl.ts, fr.ts and en.ts, so a widget bundle carries only the strings it uses. TypeScript checks that
 * every language has every string. (Declared with `type`, not `interface`, so they fit `Catalog`.)
 */
import type { ApiErrorCode, WaitReason } from '../api/errors.js';
import type { FieldErrorCode } from '../schema/problem.js';

/** Strings every widget shares: form machinery, loading and network states. */
export type CommonStrings = {
  /** Visually hidden prefix before an inline error message (NL Design System: "Fout:"). */
  errorPrefix: string;
  errorSummaryTitle: string;
  optional: string;
  /** `label` is the field's label, lower-cased where the language wants it. */
  fieldError: (code: FieldErrorCode, label: string, limit?: number) => string;
  charactersLeft: (n: number) => string;
  charactersTooMany: (n: number) => string;
  loading: string;
  retry: string;
  apiError: (code: ApiErrorCode) => string;
  notConfigured: string;
  busy: string;
  /** A submission is kept on this device and sent again later; `reason` says why it waits. */
  savedLater: (reason: WaitReason) => string;
  draftRestored: (savedAt: string) => string;
  startOver: string;
  /** The colon after a term: French puts a narrow no-break space before it. */
  colon: string;
};

/**
 * Strings of `<civic-initiative-list>`. Rungs are named by the participant's role on the participation
 * ladder of Pröpper & Steenbergen (1999), 1 (highest) to 7, as the ladder widget names them.
 */
export type InitiativeListStrings = {
  listHeading: string;
  filtersLabel: string;
  searchLabel: string;
  areaLabel: string;
  anyArea: string;
  themeLabel: string;
  anyTheme: string;
  rungLabel: string;
  anyRung: string;
  statusLabel: string;
  anyStatus: string;
  volunteersLabel: string;
  sortLabel: string;
  /** `updated`, `title`, `start`. */
  sortName: (sort: string) => string;
  /** The participant's role on rung 1..7. */
  rungName: (rung: number) => string;
  /** The rung as shown on a card and in the rung filter, e.g. "medebeslisser (trede 3 van 7)". */
  rungValue: (rung: number, name: string) => string;
  /** The card's button that opens rung n on a `<civic-participation-ladder>` of the same page. */
  showOnLadder: (rung: number) => string;
  /** `idea`, `testing`, `running`, `finished`. */
  statusName: (status: string) => string;
  /** `residents`, `municipality`, `both`. */
  organiserName: (organiser: string) => string;
  organiserLabel: string;
  themesLabel: string;
  wholeMunicipality: string;
  startLabel: string;
  endLabel: string;
  linksLabel: string;
  /** The count of results, announced politely. */
  count: (n: number) => string;
  /** "20 of 57 shown"; both numbers already formatted. */
  shown: (shown: string, total: string) => string;
  empty: string;
  clearFilters: string;
  loadMore: string;
  /** Visible text of the disclosure button; the title follows, visually hidden. */
  moreInfo: string;
  needsVolunteers: string;
  /** The call to action on initiatives that need volunteers; the title follows, visually hidden. */
  join: string;
  demoNote: string;
};

/** Strings of `<civic-volunteer-signup>`. */
export type VolunteerSignupStrings = {
  title: string;
  intro: string;
  demo: string;
  noRoles: string;
  roleLegend: string;
  roleRequired: string;
  timeAsked: string;
  /** The time asked, as a hint under a role's name. */
  timeAskedHint: (time: string) => string;
  whatYouDo: string;
  whatYouGet: string;
  guidance: string;
  insurance: string;
  expenses: string;
  noGuidance: string;
  noInsurance: string;
  noExpenses: string;
  requirements: string;
  minimumAge: (years: number) => string;
  training: string;
  noRequirements: string;
  shiftsLegend: string;
  shiftsHint: string;
  shiftsRequired: string;
  placesLeft: (left: number, capacity: number) => string;
  shiftFull: string;
  reserveList: string;
  availabilityLabel: string;
  availabilityHint: string;
  availabilityName: string;
  contactLegend: string;
  nameLabel: string;
  nameName: string;
  emailLabel: string;
  emailName: string;
  emailHint: string;
  phoneLabel: string;
  phoneName: string;
  ageConfirm: (years: number) => string;
  ageRequired: (years: number) => string;
  noteTitle: string;
  noteIntro: string;
  noteOrganisation: string;
  noteAim: string;
  noteLegalStatus: string;
  noteInsurance: string;
  noteExpenses: string;
  noteDiscretion: string;
  acknowledge: string;
  consent: string;
  privacyLink: string;
  honeypot: string;
  submit: string;
  sendFailed: string;
  takenTitle: string;
  takenText: (shifts: string) => string;
  joinReserve: string;
  confirmedTitle: string;
  confirmedText: string;
  waitlistedTitle: string;
  waitlistedText: string;
  shiftConfirmed: string;
  shiftWaitlisted: string;
  takenMeanwhile: string;
  reference: string;
  cancelCode: string;
  cancelCodeHint: string;
  cancelLink: string;
  /** Only when the server e-mails a confirmation (`site.email`): where it went, with the cancel link. */
  signupEmailSent: (address: string) => string;
  copy: string;
  copied: string;
  cancel: string;
  cancelConfirm: string;
  cancelYes: string;
  cancelNo: string;
  cancelTitle: string;
  cancelIntro: (reference: string) => string;
  cancelledTitle: string;
  cancelledText: string;
  cancelFailed: string;
  signUpAgain: string;
  /** Under the signup form: opens the form that cancels with the receipt's reference and code. */
  cancelOpen: string;
  cancelFormIntro: string;
  referenceHint: string;
  cancelCodeFieldHint: string;
  referenceRequired: string;
  referenceInvalid: string;
  cancelCodeRequired: string;
  /** The code is not of the receipt's form (8 letters and digits). */
  cancelCodeInvalid: string;
  /** The server says the code does not belong to the reference. */
  cancelCodeMismatch: string;
  /** Too many wrong codes for the reference: the link in the e-mail still works. */
  cancelCodeLocked: string;
  /** The cancel link's token was refused (403). */
  cancelLinkInvalid: string;
  cancelBack: string;
  /** The cancel panel of a link that does not carry the reference. */
  cancelIntroUnknown: string;
  cancelledReference: (reference: string) => string;
  /** The term before the role's name in the confirmation ("Rol: Bermmeester"). */
  roleDone: string;
};

/** Fields of <civic-idea-form> that have a label (also used in error messages). */
export type IdeaFormField =
  | 'track'
  | 'offerId'
  | 'title'
  | 'summary'
  | 'description'
  | 'areaId'
  | 'themeIds'
  | 'location'
  | 'neighbours'
  | 'start'
  | 'end'
  | 'name'
  | 'email'
  | 'phone'
  | 'consent';

/** Strings of <civic-idea-form>. */
export type IdeaFormStrings = {
  ideaHeading: string;
  /** Says honestly what is asked: a few minutes, and what the municipality does with it. */
  ideaIntro: string;
  trackLegend: string;
  trackLabel: (track: 'create' | 'experiment' | 'join') => string;
  /** One sentence that explains the track. */
  trackText: (track: 'create' | 'experiment' | 'join') => string;
  offerLegend: string;
  offerAreaLabel: string;
  offerAreaAll: string;
  offerEverywhere: string;
  noOffers: string;
  /** The visible label of a field. */
  ideaLabel: (field: IdeaFormField) => string;
  /** The field as it reads inside an error message ("de titel"), see common.fieldError. */
  ideaNoun: (field: IdeaFormField) => string;
  /** A hint under the label, '' for none. */
  ideaHint: (field: IdeaFormField, track: string) => string;
  areaPlaceholder: string;
  periodLegend: string;
  contactLegend: string;
  contactHint: string;
  consentText: string;
  privacyLink: string;
  newTab: string;
  /** Label of the honeypot (never seen or heard by people). */
  honeypotLabel: string;
  ideaSubmit: string;
  demoNote: string;
  successTitle: string;
  referenceLabel: string;
  nextTitle: string;
  nextText: string;
  /** Only when the server e-mails a confirmation (`site.email`): where it went. */
  emailSent: (address: string) => string;
  anotherIdea: string;
  queuedTitle: string;
  /** After a refusal that is not about fields (e.g. a garbled answer): the resident's text is kept. */
  notSent: string;
  loadFailed: string;
  /** Hint on the test period group: how long a test may last (the schema's limit). */
  periodHint: (months: number) => string;
  /** The test period is longer than the schema allows. */
  periodTooLong: (months: number) => string;
  /** The start date lies before today. */
  startInPast: string;
  /** Track `join`: the label of the optional note (the description field). */
  joinNoteLabel: string;
  /** Track `join`, an offer that runs everywhere: the hint on the area asked. */
  joinAreaHint: string;
};

/** A question of the ladder's self-check "Where does your project stand?" (see participation-ladder/self-check.ts). */
export type LadderQuestion = 'initiative' | 'decides' | 'input' | 'open' | 'informed';
/** Why the self-check points to a rung; one sentence each. */
export type LadderReason =
  | 'residents-lead'
  | 'shared-start'
  | 'residents-decide'
  | 'together'
  | 'limits'
  | 'advised'
  | 'municipality'
  | 'input-effort'
  | 'input-advice'
  | 'input-none'
  | 'closed'
  | 'fixed'
  | 'open'
  | 'informed'
  | 'silent';
/** What residents put in on a rung: advice on 1-5, effort on 1-3, their own means on 1-2. */
export type LadderInput = 'advice' | 'effort' | 'means' | 'none';

/**
 * `<civic-participation-ladder>`: the ladder of Pröpper & Steenbergen (1999), in the project's own words.
 * Per-rung texts are functions of the rung number (1 = highest); style and role are lower case.
 */
export type ParticipationLadderStrings = {
  ladderTitle: string;
  ladderIntro: string;
  /** The citation, shown under the ladder. */
  ladderSource: string;
  /** A footnote: the shorter Flemish ladder and Arnstein (1969). */
  ladderNote: string;
  /** "Rung 3" (for screen readers and the compact scale). */
  rungName: (rung: number) => string;
  /** Column labels in a rung: the government's side and the residents' side. */
  govLabel: string;
  roleLabel: string;
  /** The government's style, e.g. "faciliterende stijl". */
  style: (rung: number) => string;
  /** The participant's role, e.g. "initiatiefnemer". */
  role: (rung: number) => string;
  doesLabel: string;
  does: (rung: number) => string;
  residentsLabel: string;
  residents: (rung: number) => string;
  inputLabel: string;
  input: (kind: LadderInput) => string;
  fitsLabel: string;
  fits: (rung: number) => string;
  riskLabel: string;
  risk: (rung: number) => string;
  /** The highlighted rung: "this project stands here". */
  here: string;
  /** The self-check's answer, marked on its rung of the picture. */
  yourRung: string;
  /** The picture of the ladder (a list of seven rungs), for screen readers. */
  pictureLabel: string;
  expand: string;
  collapse: string;
  examplesTitle: string;
  examplesNone: string;
  examplesFailed: string;
  checkTitle: string;
  checkHint: string;
  question: (q: LadderQuestion) => string;
  /** The label of option `index` of question `q` (order as in self-check.ts). */
  option: (q: LadderQuestion, index: number) => string;
  pickAnswer: string;
  checkSubmit: string;
  checkResult: (rung: number, style: string, role: string) => string;
  checkWhy: string;
  reason: (code: LadderReason) => string;
  showRung: (rung: number) => string;
};
