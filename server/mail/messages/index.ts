/**
 * The e-mails the server sends, as pure functions: what happened (and the site it happened on) in,
 * `{ subject, text, html }` out, in the resident's language (nl, fr, en). No database, no
 * framework: the services gather the facts in the event's transaction and hand the result to the
 * outbox (server/db/mail-outbox.ts). Every message names the municipality and its contact from
 * the site; links carry no personal data beyond a signup's cancel token.
 */
import type { Locale, SiteContact, VolunteerInfo } from '../../../src/schema/index.js';
import type { IdeaStatus } from '../../../src/schema/staff/index.js';
import { dateTime, shiftTime } from './format.js';
import { render, type Block, type MailContent } from './layout.js';
import { MAIL_STRINGS, type MailStrings } from './strings.js';

export type { MailContent } from './layout.js';
export { escapeHtml } from './layout.js';
export { brusselsDay, brusselsHour, date as dateOnly, dateTime, shiftTime, MAIL_TIME_ZONE } from './format.js';

/** What every message needs of the site, in the message's language. */
export interface MailSite {
  readonly municipality: string;
  readonly contact?: SiteContact | undefined;
  /** The page where the municipality placed `<civic-volunteer-signup>` (cancel links), if set. */
  readonly volunteerPageUrl?: string | null | undefined;
  /** The page where the municipality placed `<civic-idea-form>`, if set. */
  readonly ideasPageUrl?: string | null | undefined;
}

/** A volunteer role as a message shows it (in the message's language). */
export interface MailRole {
  readonly title: string;
  readonly timeAsked: string;
  readonly gives: { readonly guidance: string; readonly insurance: string; readonly expenses: string };
  readonly training?: string | null;
}

/** A shift (ISO instants). */
export interface MailShift {
  readonly start: string;
  readonly end: string;
}

/** The signup's shifts with the status of each. */
export interface MailSignupShift extends MailShift {
  readonly status: 'confirmed' | 'waitlisted' | 'cancelled';
}

/**
 * The cancel link: the volunteer page with `?cancel=<signup id>.<token>&reference=<reference>`,
 * which `<civic-volunteer-signup read-url>` reads (src/components/volunteer-signup/cancel.ts).
 * The page's own query parameters are kept, a fragment too.
 */
export function cancelLink(pageUrl: string, signupId: string, token: string, reference: string): string {
  const url = new URL(pageUrl);
  url.searchParams.delete('role');
  url.searchParams.delete('initiative');
  url.searchParams.set('cancel', `${signupId}.${token}`);
  url.searchParams.set('reference', reference);
  return url.href;
}

/** The short cancel code as the receipt shows it: `K7MP2XRA` → `K7MP-2XRA`. */
const shortCode = (code: string): string => (code.length === 8 ? `${code.slice(0, 4)}-${code.slice(4)}` : code);

/** The closing blocks: the municipality's contact and why this e-mail came. */
function footer(s: MailStrings, site: MailSite): Block[] {
  const c = site.contact;
  const facts: [string, string][] = [];
  if (c?.email) facts.push([s.contactEmail, c.email]);
  if (c?.phone) facts.push([s.contactPhone, c.phone]);
  if (c?.url) facts.push([s.contactWebsite, c.url]);
  return [
    { h2: s.contactHeading },
    { p: site.municipality },
    ...(facts.length ? [{ facts }] : []),
    { p: `${s.whyYouGetThis(site.municipality)} ${s.noReply}` },
  ];
}

const page = (label: string, url: string | null | undefined): Block[] => (url ? [{ link: { label, url } }] : []);

// ---------------------------------------------------------------------------------------------- ideas

export interface IdeaReceivedInput {
  readonly locale: Locale;
  readonly site: MailSite;
  readonly reference: string;
  readonly title: string;
}

/** To the resident who sent an idea: it arrived, its reference, what happens next. */
export function ideaReceived(i: IdeaReceivedInput): MailContent {
  const s = MAIL_STRINGS[i.locale];
  return render(i.locale, s.ideaReceivedSubject(i.reference), [
    { p: s.hello },
    { p: s.ideaReceivedIntro(i.site.municipality) },
    {
      facts: [
        [s.reference, i.reference],
        [s.idea, i.title],
      ],
    },
    { p: s.ideaReceivedNext },
    ...page(s.ideaPage, i.site.ideasPageUrl),
    ...footer(s, i.site),
  ]);
}

export interface IdeaReplyInput extends IdeaReceivedInput {
  readonly status: IdeaStatus;
  readonly reply: string;
  /** Why it was declined, when it was. */
  readonly reason?: string | null;
}

/** To the resident: staff replied to their idea; the reply and the idea's status in words. */
export function ideaReply(i: IdeaReplyInput): MailContent {
  const s = MAIL_STRINGS[i.locale];
  return render(i.locale, s.ideaReplySubject(i.reference), [
    { p: s.hello },
    { p: s.ideaReplyIntro(i.site.municipality) },
    {
      facts: [
        [s.reference, i.reference],
        [s.idea, i.title],
        [s.newStatus, s.statusWords[i.status]],
      ],
    },
    { h2: s.ideaReplyHeading },
    { quote: i.reply },
    ...page(s.ideaPage, i.site.ideasPageUrl),
    ...footer(s, i.site),
  ]);
}

// ---------------------------------------------------------------------------------------- volunteers

export interface SignupInput {
  readonly locale: Locale;
  readonly site: MailSite;
  readonly reference: string;
  readonly role: MailRole;
  readonly shifts: readonly MailSignupShift[];
  /** Availability the resident wrote, for a role without shifts. */
  readonly availability?: string | null;
}

export interface SignupConfirmationInput extends SignupInput {
  readonly status: 'confirmed' | 'waitlisted';
  readonly volunteerInfo: VolunteerInfo;
  readonly signupId: string;
  /** The cancel token (the link) and short code (typed with the reference): only known at signup. */
  readonly cancelToken: string;
  readonly cancelCode: string;
}

/** The role and shifts, each shift with its date, time and status. */
function roleBlocks(s: MailStrings, i: SignupInput, withStatus: boolean): Block[] {
  const shiftWord = (x: MailSignupShift) =>
    withStatus && x.status !== 'cancelled'
      ? `${shiftTime(i.locale, x.start, x.end)} (${x.status === 'confirmed' ? s.confirmedWord : s.waitlistedWord})`
      : shiftTime(i.locale, x.start, x.end);
  const facts: [string, string][] = [
    [s.reference, i.reference],
    [s.role, i.role.title],
  ];
  if (i.role.timeAsked) facts.push([s.timeAsked, i.role.timeAsked]);
  if (i.availability) facts.push([s.timeAsked, i.availability]);
  return [{ facts }, ...(i.shifts.length ? [{ h2: s.shifts }, { list: i.shifts.map(shiftWord) }] : [])];
}

/** What the role promises (guidance, insurance, expenses, training), each only when it says something. */
function promised(s: MailStrings, role: MailRole): Block[] {
  const facts: [string, string][] = [];
  if (role.gives.guidance) facts.push([s.guidance, role.gives.guidance]);
  if (role.gives.insurance) facts.push([s.insurance, role.gives.insurance]);
  if (role.gives.expenses) facts.push([s.expenses, role.gives.expenses]);
  if (role.training) facts.push([s.training, role.training]);
  return facts.length ? [{ h2: s.promised }, { facts }] : [];
}

/** The key facts of the information note the resident acknowledged. */
function infoNote(s: MailStrings, info: VolunteerInfo): Block[] {
  const facts: [string, string][] = (
    [
      [s.organisation, info.organisation],
      [s.aim, info.aim],
      [s.legalStatus, info.legalStatus],
      [s.insurance, info.insurance],
      [s.expenses, info.expenses],
      [s.discretion, info.discretion],
    ] as [string, string][]
  ).filter(([, v]) => v !== '');
  return [{ h2: s.infoNote(info.version) }, { facts }];
}

/** How to cancel later, without the token (it is stored only as a hash): the page, reference and code. */
function cancelLater(s: MailStrings, site: MailSite): Block[] {
  return [{ h2: s.cancelHeading }, { p: s.cancelLater }, ...page(s.volunteerPage, site.volunteerPageUrl)];
}

/** To the resident who signed up: confirmed or on the reserve list; what was promised; how to cancel. */
export function signupConfirmation(i: SignupConfirmationInput): MailContent {
  const s = MAIL_STRINGS[i.locale];
  const confirmed = i.status === 'confirmed';
  const link = i.site.volunteerPageUrl
    ? cancelLink(i.site.volunteerPageUrl, i.signupId, i.cancelToken, i.reference)
    : null;
  return render(i.locale, confirmed ? s.signupConfirmedSubject(i.reference) : s.signupWaitlistedSubject(i.reference), [
    { p: s.hello },
    { p: confirmed ? s.signupConfirmedIntro(i.site.municipality) : s.signupWaitlistedIntro(i.site.municipality) },
    ...roleBlocks(s, i, true),
    ...promised(s, i.role),
    ...infoNote(s, i.volunteerInfo),
    { h2: s.cancelHeading },
    ...(link ? [{ p: s.cancelByLink }, { link: { label: s.cancelLink, url: link } }] : []),
    {
      facts: [
        [s.reference, i.reference],
        [s.cancelCode, shortCode(i.cancelCode)],
      ],
    },
    { p: s.cancelByCode },
    ...(link ? [] : page(s.volunteerPage, i.site.volunteerPageUrl)),
    ...footer(s, i.site),
  ]);
}

/** To a resident moved up from the reserve list: the shift(s) now confirmed. */
export function promoted(i: SignupInput): MailContent {
  const s = MAIL_STRINGS[i.locale];
  return render(i.locale, s.promotedSubject(i.reference), [
    { p: s.hello },
    { p: s.promotedIntro(i.site.municipality) },
    ...roleBlocks(s, i, true),
    ...promised(s, i.role),
    ...cancelLater(s, i.site),
    ...footer(s, i.site),
  ]);
}

/** To the resident who cancelled: it is done, the place goes on, their details are erased. */
export function signupCancelled(i: SignupInput): MailContent {
  const s = MAIL_STRINGS[i.locale];
  return render(i.locale, s.signupCancelledSubject(i.reference), [
    { p: s.hello },
    { p: s.signupCancelledIntro },
    ...roleBlocks(s, i, false),
    { p: s.signupCancelledErased },
    ...footer(s, i.site),
  ]);
}

/** To each volunteer of a shift staff cancelled. */
export function shiftCancelled(i: SignupInput): MailContent {
  const s = MAIL_STRINGS[i.locale];
  return render(i.locale, s.shiftCancelledSubject(i.reference), [
    { p: s.hello },
    { p: s.shiftCancelledIntro(i.site.municipality) },
    ...roleBlocks(s, i, false),
    ...footer(s, i.site),
  ]);
}

export interface ShiftChangedInput extends SignupInput {
  readonly before: MailShift;
  readonly after: MailShift;
}

/** To each volunteer of a shift whose time staff changed: was, now; how to cancel. */
export function shiftChanged(i: ShiftChangedInput): MailContent {
  const s = MAIL_STRINGS[i.locale];
  return render(i.locale, s.shiftChangedSubject(i.reference), [
    { p: s.hello },
    { p: s.shiftChangedIntro(i.site.municipality) },
    {
      facts: [
        [s.reference, i.reference],
        [s.role, i.role.title],
        [s.before, shiftTime(i.locale, i.before.start, i.before.end)],
        [s.now, shiftTime(i.locale, i.after.start, i.after.end)],
      ],
    },
    ...cancelLater(s, i.site),
    ...footer(s, i.site),
  ]);
}

/** To a confirmed volunteer, some hours before a shift: when, what, what was promised, how to cancel. */
export function reminder(i: SignupInput): MailContent {
  const s = MAIL_STRINGS[i.locale];
  return render(i.locale, s.reminderSubject(i.reference), [
    { p: s.hello },
    { p: s.reminderIntro },
    ...roleBlocks(s, i, false),
    ...promised(s, i.role),
    ...cancelLater(s, i.site),
    ...footer(s, i.site),
  ]);
}

// --------------------------------------------------------------------------------------------- staff

/** An idea as staff see it in a notification: no contact details of the resident. */
export interface StaffIdea {
  readonly reference: string;
  readonly title: string;
  readonly track: string;
  readonly receivedAt: string;
}

export interface StaffInput {
  readonly locale: Locale;
  readonly site: MailSite;
  /** The staff API's address of ideas, e.g. `https://api.example.be/v1/staff/ideas`. */
  readonly staffUrl?: string | null;
}

/** To a staff account that chose `immediate`: one new idea. */
export function staffNewIdea(i: StaffInput & { readonly idea: StaffIdea }): MailContent {
  const s = MAIL_STRINGS[i.locale];
  return render(i.locale, s.staffNewIdeaSubject(i.idea.reference), [
    { p: s.staffNewIdeaIntro },
    {
      facts: [
        [s.reference, i.idea.reference],
        [s.idea, i.idea.title],
        [s.track, i.idea.track],
        [s.status, dateTime(i.locale, i.idea.receivedAt)],
      ],
    },
    ...page(s.staffWhere, i.staffUrl),
    { p: `${i.site.municipality}. ${s.staffPreferences}` },
  ]);
}

/** To a staff account that chose `daily`: the ideas of one day (`day` already written out). */
export function staffDigest(
  i: StaffInput & { readonly day: string; readonly ideas: readonly StaffIdea[] },
): MailContent {
  const s = MAIL_STRINGS[i.locale];
  return render(i.locale, s.staffDigestSubject(i.day, i.ideas.length), [
    { p: s.staffDigestIntro(i.day, i.ideas.length) },
    { list: i.ideas.map((x) => `${x.reference}: ${x.title} (${x.track}, ${dateTime(i.locale, x.receivedAt)})`) },
    ...page(s.staffWhere, i.staffUrl),
    { p: `${i.site.municipality}. ${s.staffPreferences}` },
  ]);
}
