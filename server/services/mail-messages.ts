/**
 * Which e-mail goes when, to whom: each function is called IN the transaction of its event (so the
 * e-mail is in the outbox if and only if the event committed), reads what the message needs
 * (server/db/mail-facts.ts), renders it in the resident's language (server/mail/messages/) and
 * enqueues it (server/db/mail-outbox.ts). Callers call these only when mail is on
 * (`config.mail !== null`); flagged (bot-like) ideas and signups get no e-mail; without a site
 * (nothing to name the sender by) nothing is sent.
 *
 * | kind                | when                                                        | to          |
 * |---------------------|-------------------------------------------------------------|-------------|
 * | idea-received       | POST /v1/ideas stored an unflagged idea                     | resident    |
 * | staff-new-idea      | the same, for each staff account with notifyIdeas=immediate | staff       |
 * | idea-reply          | PUT /v1/staff/ideas/{id}/reply stored a reply               | resident    |
 * | signup-confirmed    | POST /v1/volunteer-signups: a place on at least one shift   | resident    |
 * | signup-waitlisted   | the same, on the reserve list only                          | resident    |
 * | signup-promoted     | a freed or added place moved them up from the reserve list  | resident    |
 * | signup-cancelled    | the resident cancelled (link or reference + code)           | resident    |
 * | shift-cancelled     | staff cancelled a shift they hold a place on                | volunteers  |
 * | shift-changed       | staff changed the start or end of that shift                | volunteers  |
 * | shift-reminder      | REMINDER_HOURS before the shift (server/services/reminders.ts) | volunteer |
 * | staff-digest        | once a day (server/services/reminders.ts)                   | staff       |
 */
import type { Locale, Site } from '../../src/schema/index.js';
import type { Db } from '../db/database.js';
import {
  ideaFacts,
  siteForMail,
  signupFacts,
  staffToNotify,
  type IdeaFacts,
  type SignupFacts,
} from '../db/mail-facts.js';
import { enqueueMail } from '../db/mail-outbox.js';
import type { Promotion } from '../db/volunteers.js';
import * as messages from '../mail/messages/index.js';
import type { MailContent, MailSite } from '../mail/messages/index.js';

/** Where staff read ideas (shown as text: there is no staff console page to link to yet). */
export const STAFF_IDEAS_PATH = '/v1/staff/ideas';

async function mailSite(db: Db, locale: Locale): Promise<{ site: Site; mail: MailSite } | null> {
  const found = await siteForMail(db, locale);
  if (!found) return null;
  const { site, pages } = found;
  return {
    site,
    mail: {
      municipality: site.municipality,
      contact: site.contact,
      volunteerPageUrl: pages.volunteer,
      ideasPageUrl: pages.ideas,
    },
  };
}

async function put(
  trx: Db,
  kind: string,
  to: string,
  locale: Locale,
  content: MailContent,
  dedupeKey?: string,
): Promise<void> {
  if (to === '') return; // erased contact details: nobody to write to
  await enqueueMail(trx, { kind, to, locale, ...content, ...(dedupeKey ? { dedupeKey } : {}) });
}

// ---------------------------------------------------------------------------------------------- ideas

/** A new idea: the resident's receipt, and a note to each staff account that wants one at once. */
export async function mailIdeaReceived(trx: Db, ideaId: string): Promise<void> {
  const idea = await ideaFacts(trx, ideaId);
  if (!idea || idea.flagged) return;
  const s = await mailSite(trx, idea.locale);
  if (!s) return;
  await put(
    trx,
    'idea-received',
    idea.email,
    idea.locale,
    messages.ideaReceived({ locale: idea.locale, site: s.mail, reference: idea.reference, title: idea.title }),
    `idea-received:${idea.id}`,
  );
  await mailStaffNewIdea(trx, idea);
}

async function mailStaffNewIdea(trx: Db, idea: IdeaFacts): Promise<void> {
  const staff = await staffToNotify(trx, 'immediate');
  if (staff.length === 0) return;
  const probe = await siteForMail(trx, 'nl');
  const locale = probe?.site.defaultLocale ?? 'nl';
  const s = await mailSite(trx, locale);
  if (!s) return;
  const content = messages.staffNewIdea({
    locale,
    site: s.mail,
    staffUrl: STAFF_IDEAS_PATH,
    idea: { reference: idea.reference, title: idea.title, track: idea.track, receivedAt: idea.receivedAt },
  });
  for (const a of staff)
    await put(trx, 'staff-new-idea', a.email, locale, content, `staff-new-idea:${a.id}:${idea.id}`);
}

/** Staff stored a reply to an idea: the reply and the idea's status, to the resident. */
export async function mailIdeaReply(trx: Db, ideaId: string, repliedAt: string): Promise<void> {
  const idea = await ideaFacts(trx, ideaId);
  if (!idea || idea.flagged || !idea.reply) return;
  const s = await mailSite(trx, idea.locale);
  if (!s) return;
  await put(
    trx,
    'idea-reply',
    idea.email,
    idea.locale,
    messages.ideaReply({
      locale: idea.locale,
      site: s.mail,
      reference: idea.reference,
      title: idea.title,
      status: idea.status,
      reply: idea.reply,
      reason: idea.reason,
    }),
    `idea-reply:${idea.id}:${repliedAt}`,
  );
}

// ---------------------------------------------------------------------------------------- volunteers

/** The signup's facts as the message functions take them. */
function signupInput(f: SignupFacts, site: MailSite, only?: (x: SignupFacts['shifts'][number]) => boolean) {
  return {
    locale: f.locale,
    site,
    reference: f.reference,
    role: f.role,
    availability: f.availability,
    shifts: only ? f.shifts.filter(only) : f.shifts,
  };
}

/** A new signup: confirmed or waitlisted, with what was promised and its cancel link and code. */
export async function mailSignup(
  trx: Db,
  receipt: { id: string; status: 'confirmed' | 'waitlisted'; cancelToken: string; cancelCode: string },
): Promise<void> {
  const f = await signupFacts(trx, receipt.id);
  if (!f || f.flagged) return;
  const s = await mailSite(trx, f.locale);
  if (!s) return;
  await put(
    trx,
    `signup-${receipt.status}`,
    f.email,
    f.locale,
    messages.signupConfirmation({
      ...signupInput(f, s.mail),
      status: receipt.status,
      volunteerInfo: s.site.volunteerInfo,
      signupId: f.id,
      cancelToken: receipt.cancelToken,
      cancelCode: receipt.cancelCode,
    }),
    `signup:${f.id}`,
  );
}

/** Places moved up from the reserve list: one e-mail per signup and shift. */
export async function mailPromoted(trx: Db, promotions: readonly Promotion[]): Promise<void> {
  for (const p of promotions) {
    const f = await signupFacts(trx, p.signupId);
    if (!f || f.flagged) continue;
    const s = await mailSite(trx, f.locale);
    if (!s) return;
    await put(
      trx,
      'signup-promoted',
      f.email,
      f.locale,
      messages.promoted(signupInput(f, s.mail, (x) => x.shiftId === p.shiftId)),
      `promoted:${p.signupId}:${p.shiftId}`,
    );
  }
}

/**
 * The resident cancelled: `before` is the signup as it was read before the cancel erased its
 * contact details (in the same transaction).
 */
export async function mailSignupCancelled(trx: Db, before: SignupFacts): Promise<void> {
  if (before.flagged || before.status === 'cancelled') return;
  const s = await mailSite(trx, before.locale);
  if (!s) return;
  await put(
    trx,
    'signup-cancelled',
    before.email,
    before.locale,
    messages.signupCancelled(signupInput(before, s.mail, (x) => x.status !== 'cancelled')),
    `signup-cancelled:${before.id}`,
  );
}

/**
 * Each volunteer of `signupIds` still on a shift (not flagged, not cancelled), with the site in their
 * language (read once per language, not once per volunteer).
 */
async function forEachVolunteer(
  trx: Db,
  signupIds: readonly string[],
  send: (f: SignupFacts, site: MailSite) => Promise<void>,
): Promise<void> {
  const sites = new Map<Locale, Awaited<ReturnType<typeof mailSite>>>();
  for (const id of signupIds) {
    const f = await signupFacts(trx, id);
    if (!f || f.flagged || f.status === 'cancelled') continue;
    if (!sites.has(f.locale)) sites.set(f.locale, await mailSite(trx, f.locale));
    const s = sites.get(f.locale);
    if (!s) return;
    await send(f, s.mail);
  }
}

/** Staff cancelled a shift: each volunteer with a place (or a reserve place) on it. */
export const mailShiftCancelled = (trx: Db, shiftId: string, signupIds: readonly string[]): Promise<void> =>
  forEachVolunteer(trx, signupIds, (f, site) =>
    put(
      trx,
      'shift-cancelled',
      f.email,
      f.locale,
      messages.shiftCancelled(signupInput(f, site, (x) => x.shiftId === shiftId)),
      `shift-cancelled:${f.id}:${shiftId}`,
    ),
  );

/** Staff changed a shift's time: each volunteer with a place (or a reserve place) on it. */
export const mailShiftChanged = (
  trx: Db,
  shiftId: string,
  before: { start: string; end: string },
  after: { start: string; end: string },
  signupIds: readonly string[],
): Promise<void> =>
  forEachVolunteer(trx, signupIds, (f, site) =>
    put(
      trx,
      'shift-changed',
      f.email,
      f.locale,
      messages.shiftChanged({ ...signupInput(f, site, (x) => x.shiftId === shiftId), before, after }),
      `shift-changed:${f.id}:${shiftId}:${after.start}:${after.end}`,
    ),
  );

/** The reminder before one shift of one signup (the caller claimed it, so it goes once). */
export async function mailReminder(trx: Db, signupId: string, shiftId: string): Promise<void> {
  const f = await signupFacts(trx, signupId);
  if (!f || f.flagged) return;
  const s = await mailSite(trx, f.locale);
  if (!s) return;
  await put(
    trx,
    'shift-reminder',
    f.email,
    f.locale,
    messages.reminder(signupInput(f, s.mail, (x) => x.shiftId === shiftId)),
    `reminder:${signupId}:${shiftId}`,
  );
}

/** The daily digest of one staff account (the caller claimed the day, so it goes once). */
export async function mailDigest(
  trx: Db,
  account: { id: string; email: string },
  day: string,
  ideas: readonly messages.StaffIdea[],
): Promise<void> {
  const probe = await siteForMail(trx, 'nl');
  const locale = probe?.site.defaultLocale ?? 'nl';
  const s = await mailSite(trx, locale);
  if (!s) return;
  const content = messages.staffDigest({
    locale,
    site: s.mail,
    staffUrl: STAFF_IDEAS_PATH,
    day: messages.dateOnly(locale, `${day}T12:00:00Z`),
    ideas,
  });
  await put(trx, 'staff-digest', account.email, locale, content, `digest:${account.id}:${day}`);
}
