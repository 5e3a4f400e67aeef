/**
 * What the e-mails need from the database, read in the transaction of the event that sends them
 * (server/services/mail-messages.ts): the site in a language with its page URLs, a signup with its
 * role and shifts, an idea, the staff accounts to notify, the places due a reminder, and the
 * bookkeeping that makes a reminder and a digest go once.
 */
import type { Locale } from '../../src/schema/index.js';
import { LOCALES } from '../../src/schema/common.js';
import type { IdeaStatus } from '../../src/schema/staff/index.js';
import { pick, type Db } from './database.js';
import { getSite } from './site.js';

/** A stored language, else Dutch (rows from before the language was kept). */
export const asLocale = (v: string | null | undefined): Locale =>
  (LOCALES as readonly string[]).includes(v ?? '') ? (v as Locale) : 'nl';

/** The page URLs of the site (null each when not set, or when there is no site). */
export async function sitePages(db: Db): Promise<{ volunteer: string | null; ideas: string | null }> {
  const row = await db
    .selectFrom('site')
    .select(['volunteer_page_url', 'ideas_page_url'])
    .where('id', '=', 1)
    .executeTakeFirst();
  return { volunteer: row?.volunteer_page_url ?? null, ideas: row?.ideas_page_url ?? null };
}

/** The site in `locale` (null when there is none) with its page URLs. */
export async function siteForMail(db: Db, locale: Locale) {
  const site = await getSite(db, locale);
  if (!site) return null;
  return { site, pages: await sitePages(db) };
}

/** A signup as its e-mails show it, in its resident's language. */
export interface SignupFacts {
  readonly id: string;
  readonly reference: string;
  readonly email: string;
  readonly locale: Locale;
  readonly flagged: boolean;
  readonly status: string;
  readonly availability: string | null;
  readonly role: {
    title: string;
    timeAsked: string;
    gives: { guidance: string; insurance: string; expenses: string };
    training: string | null;
  };
  readonly shifts: { shiftId: string; start: string; end: string; status: 'confirmed' | 'waitlisted' | 'cancelled' }[];
}

/** Signup `id` with its role and shifts (each with its place's status), or undefined. */
export async function signupFacts(db: Db, id: string): Promise<SignupFacts | undefined> {
  const s = await db
    .selectFrom('signups')
    .innerJoin('volunteer_roles as r', 'r.id', 'signups.role_id')
    .select([
      'signups.id',
      'signups.reference',
      'signups.contact_email',
      'signups.locale',
      'signups.flagged',
      'signups.status',
      'signups.availability',
      'r.title',
      'r.time_asked',
      'r.guidance',
      'r.insurance',
      'r.expenses',
      'r.training',
    ])
    .where('signups.id', '=', id)
    .executeTakeFirst();
  if (!s) return undefined;
  const locale = asLocale(s.locale);
  const shifts = await db
    .selectFrom('signup_shifts as ss')
    .innerJoin('shifts', 'shifts.id', 'ss.shift_id')
    .select(['ss.shift_id', 'ss.status', 'shifts.start_at', 'shifts.end_at'])
    .where('ss.signup_id', '=', id)
    .orderBy('shifts.start_at')
    .orderBy('shifts.id')
    .execute();
  return {
    id: s.id,
    reference: s.reference,
    email: s.contact_email,
    locale,
    flagged: Number(s.flagged) === 1,
    status: s.status,
    availability: s.availability,
    role: {
      title: pick(s.title, locale),
      timeAsked: pick(s.time_asked, locale),
      gives: {
        guidance: pick(s.guidance, locale) ?? '',
        insurance: pick(s.insurance, locale) ?? '',
        expenses: pick(s.expenses, locale) ?? '',
      },
      training: pick(s.training, locale),
    },
    shifts: shifts.map((x) => ({
      shiftId: x.shift_id,
      start: x.start_at,
      end: x.end_at,
      status: x.status as 'confirmed' | 'waitlisted' | 'cancelled',
    })),
  };
}

/** An idea as its e-mails show it. */
export interface IdeaFacts {
  readonly id: string;
  readonly reference: string;
  readonly title: string;
  readonly track: string;
  readonly email: string;
  readonly locale: Locale;
  readonly flagged: boolean;
  readonly status: IdeaStatus;
  readonly reason: string | null;
  readonly reply: string | null;
  readonly receivedAt: string;
}

/** Idea `id`, or undefined. */
export async function ideaFacts(db: Db, id: string): Promise<IdeaFacts | undefined> {
  const r = await db
    .selectFrom('ideas')
    .select([
      'id',
      'reference',
      'title',
      'track',
      'contact_email',
      'locale',
      'flagged',
      'status',
      'status_reason',
      'reply',
      'received_at',
    ])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!r) return undefined;
  return {
    id: r.id,
    reference: r.reference,
    title: r.title,
    track: r.track,
    email: r.contact_email,
    locale: asLocale(r.locale),
    flagged: Number(r.flagged) === 1,
    status: r.status as IdeaStatus,
    reason: r.status_reason,
    reply: r.reply,
    receivedAt: r.received_at,
  };
}

/** Enabled staff accounts (with a password set) that chose `choice` for new-idea e-mails. */
export async function staffToNotify(
  db: Db,
  choice: 'immediate' | 'daily',
): Promise<{ id: string; email: string; digestDay: string | null }[]> {
  const rows = await db
    .selectFrom('staff_accounts')
    .select(['id', 'email', 'digest_day'])
    .where('notify_ideas', '=', choice)
    .where('disabled', '=', 0)
    .where('password_hash', 'is not', null)
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ id: r.id, email: r.email, digestDay: r.digest_day }));
}

/**
 * Marks that account `id`'s digest covered `day`; false when it already did (another instance got
 * there first), so the caller enqueues nothing.
 */
export async function claimDigestDay(trx: Db, id: string, day: string): Promise<boolean> {
  const res = await trx
    .updateTable('staff_accounts')
    .set({ digest_day: day })
    .where('id', '=', id)
    .where((eb) => eb.or([eb('digest_day', 'is', null), eb('digest_day', '<', day)]))
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** Unflagged ideas received in [from, to) (ISO instants), oldest first: what a digest lists. */
export async function ideasReceivedBetween(
  db: Db,
  from: string,
  to: string,
): Promise<{ reference: string; title: string; track: string; receivedAt: string }[]> {
  const rows = await db
    .selectFrom('ideas')
    .select(['reference', 'title', 'track', 'received_at'])
    .where('received_at', '>=', from)
    .where('received_at', '<', to)
    .where('flagged', '=', 0)
    .orderBy('received_at')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ reference: r.reference, title: r.title, track: r.track, receivedAt: r.received_at }));
}

/**
 * Confirmed places of unflagged, active signups on active shifts starting in (now, until], not
 * reminded yet: the reminders due.
 */
export async function remindersDue(
  db: Db,
  now: string,
  until: string,
  limit = 100,
): Promise<{ signupId: string; shiftId: string }[]> {
  const rows = await db
    .selectFrom('signup_shifts as ss')
    .innerJoin('shifts', 'shifts.id', 'ss.shift_id')
    .innerJoin('signups', 'signups.id', 'ss.signup_id')
    .select(['ss.signup_id', 'ss.shift_id'])
    .where('ss.status', '=', 'confirmed')
    .where('ss.reminded_at', 'is', null)
    .where('shifts.active', '=', 1)
    .where('shifts.start_at', '>', now)
    .where('shifts.start_at', '<=', until)
    .where('signups.status', '=', 'confirmed')
    .where('signups.flagged', '=', 0)
    .where('signups.contact_email', '!=', '')
    .orderBy('shifts.start_at')
    .orderBy('ss.signup_id')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ signupId: r.signup_id, shiftId: r.shift_id }));
}

/** Marks a place reminded; false when it already was (another instance got there first). */
export async function claimReminder(trx: Db, signupId: string, shiftId: string, at: string): Promise<boolean> {
  const res = await trx
    .updateTable('signup_shifts')
    .set({ reminded_at: at })
    .where('signup_id', '=', signupId)
    .where('shift_id', '=', shiftId)
    .where('reminded_at', 'is', null)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** The signups holding a confirmed or reserve place on a shift, with the shift's times. */
export async function shiftSignups(db: Db, shiftId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('signup_shifts')
    .select('signup_id')
    .where('shift_id', '=', shiftId)
    .where('status', 'in', ['confirmed', 'waitlisted'])
    .orderBy('signup_id')
    .execute();
  return rows.map((r) => r.signup_id);
}

/** A shift's times, or undefined. */
export async function shiftTimes(db: Db, shiftId: string): Promise<{ start: string; end: string } | undefined> {
  const r = await db.selectFrom('shifts').select(['start_at', 'end_at']).where('id', '=', shiftId).executeTakeFirst();
  return r ? { start: r.start_at, end: r.end_at } : undefined;
}
