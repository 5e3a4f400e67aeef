/**
 * Residents' personal data, the storage: finding one resident's ideas and signups by e-mail, and
 * erasing contact details (on request, and after the retention period: the rules are in
 * server/services/personal-data.ts and server/services/retention.ts).
 *
 * Erased means: the contact details are emptied in place (`''`, or null where the column allows
 * it) and `erased_at` is set; what statistics and the municipality's own work need stays (the
 * reference, texts and statuses of an idea, the role, shifts, status and dates of a signup).
 */
import { sql } from 'kysely';
import { nowIso, type Database, type Db } from './database.js';
import { normalizeSearch } from './util.js';
import { cancelSignupIn, erasedSignupContact, type Promotion } from './volunteers.js';

/** An e-mail address as it is compared: trimmed, lower case. */
export const normalizeEmail = (email: string): string => email.trim().toLowerCase();

/** `lower(trim(column)) = email` (the stored addresses keep the resident's case). */
const sameEmail = (email: string) => sql<boolean>`lower(trim(contact_email)) = ${normalizeEmail(email)}`;

/** The ideas sent with this e-mail address (case and surrounding spaces ignored), oldest first. */
export async function ideaRowsByEmail(db: Db, email: string): Promise<Database['ideas'][]> {
  return db.selectFrom('ideas').selectAll().where(sameEmail(email)).orderBy('received_at').orderBy('id').execute();
}

/** The signups made with this e-mail address, oldest first, with their places. */
export async function signupRowsByEmail(
  db: Db,
  email: string,
): Promise<{ rows: Database['signups'][]; places: Database['signup_shifts'][] }> {
  const rows = await db
    .selectFrom('signups')
    .selectAll()
    .where(sameEmail(email))
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  const places =
    rows.length === 0
      ? []
      : await db
          .selectFrom('signup_shifts')
          .selectAll()
          .where(
            'signup_id',
            'in',
            rows.map((r) => r.id),
          )
          .orderBy('shift_id')
          .execute();
  return { rows, places };
}

/**
 * Erases the contact details of these ideas (in `trx`): name, e-mail, phone, the location's
 * address (an address can be the resident's own) and the honeypot; the search text is made again
 * without the name and e-mail. Returns how many were erased (those not erased yet).
 */
export async function eraseIdeas(trx: Db, ids: readonly string[], now = nowIso()): Promise<number> {
  if (ids.length === 0) return 0;
  const rows = await trx
    .selectFrom('ideas')
    .select(['id', 'reference', 'title', 'summary', 'description'])
    .where('id', 'in', [...ids])
    .where('erased_at', 'is', null)
    .execute();
  for (const r of rows) {
    await trx
      .updateTable('ideas')
      .set({
        contact_name: '',
        contact_email: '',
        contact_phone: null,
        location_address: null,
        honeypot: '',
        search: normalizeSearch([r.reference, r.title, r.summary, r.description ?? ''].join('\n')),
        erased_at: now,
      })
      .where('id', '=', r.id)
      .execute();
  }
  return rows.length;
}

/**
 * Erases the contact details of these signups (in `trx`; see {@link erasedSignupContact}), whatever
 * their status: the caller cancels the active ones first when their places must be freed. Returns
 * how many were erased (those not erased yet).
 */
export async function eraseSignups(trx: Db, ids: readonly string[], now = nowIso()): Promise<number> {
  if (ids.length === 0) return 0;
  const res = await trx
    .updateTable('signups')
    .set(erasedSignupContact(now))
    .where('id', 'in', [...ids])
    .where('erased_at', 'is', null)
    .executeTakeFirst();
  return Number(res.numUpdatedRows);
}

/**
 * Cancels an active signup in `trx` (frees its places, erases its contact details; who moved up from
 * a reserve list is added to `promoted`); see {@link cancelSignupIn}.
 */
export const cancelSignup = (trx: Db, id: string, now = nowIso(), promoted?: Promotion[]): Promise<boolean> =>
  cancelSignupIn(trx, id, now, promoted);

/**
 * Ideas whose contact details the retention period has run out for: closed (`declined` or
 * `published`) before `cutoff` (by when their status last changed, else their last update), not
 * erased yet. At most `limit` ids.
 */
export async function expiredIdeaIds(db: Db, cutoff: string, limit: number): Promise<string[]> {
  const rows = await db
    .selectFrom('ideas')
    .select('id')
    .where('status', 'in', ['declined', 'published'])
    .where('erased_at', 'is', null)
    .where((eb) => eb(eb.fn.coalesce('status_changed_at', 'updated_at'), '<', cutoff))
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows.map((r) => r.id);
}

/**
 * Signups the retention period has run out for, not erased yet: with shifts, when the last of
 * them (active or not) ended before `cutoff`; without shifts (an offer of availability), when it
 * was made before `cutoff`. At most `limit` ids.
 */
export async function expiredSignupIds(db: Db, cutoff: string, limit: number): Promise<string[]> {
  const rows = await db
    .selectFrom('signups')
    .select('signups.id')
    .where('signups.erased_at', 'is', null)
    .where((eb) => {
      const lastEnd = eb
        .selectFrom('signup_shifts as ss')
        .innerJoin('shifts as sh', 'sh.id', 'ss.shift_id')
        .select((e) => e.fn.max('sh.end_at').as('last_end'))
        .whereRef('ss.signup_id', '=', 'signups.id');
      const hasShifts = eb.exists(
        eb.selectFrom('signup_shifts as s2').select('s2.shift_id').whereRef('s2.signup_id', '=', 'signups.id'),
      );
      return eb.or([
        eb.and([hasShifts, eb(lastEnd, '<', cutoff)]),
        eb.and([eb.not(hasShifts), eb('signups.created_at', '<', cutoff)]),
      ]);
    })
    .orderBy('signups.id')
    .limit(limit)
    .execute();
  return rows.map((r) => r.id);
}
