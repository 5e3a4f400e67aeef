/**
 * The mail outbox: e-mails waiting to be sent, in the database, so an e-mail is written in the same
 * transaction as the event that causes it (an idea received, a signup confirmed, …) and survives a
 * restart. The worker (server/services/mail.ts) claims due rows, sends them and deletes them.
 *
 * Life of a row:
 *   pending ──claim──▶ sending ──sent──▶ (deleted: the row holds personal data)
 *                         │ failed attempt, attempts < max ──▶ pending, next_attempt_at = now + backoff
 *                         │ failed attempt, attempts = max, or a permanent refusal ──▶ failed (kept for staff)
 *                         └ lease expired (the process died mid-send) ──▶ claimable again
 *
 * Claiming takes a lease (`lease_until`, `lease_owner`) and counts the attempt. On SQLite one
 * `UPDATE … RETURNING` under `BEGIN IMMEDIATE` (the dialect's; one writer at a time); on PostgreSQL
 * `SELECT … FOR UPDATE SKIP LOCKED` in a transaction, then the UPDATE, so two instances never
 * claim the same row. Marking sent/failed only touches a row whose lease the caller still holds.
 */
import { sql, type ExpressionBuilder } from 'kysely';
import type { Locale } from '../../src/schema/index.js';
import type { Database, Db, Dialect } from './database.js';
import { newId } from './util.js';

/** One e-mail, as the services hand it over. */
export interface OutgoingMail {
  /** What it is about (`idea-received`, `signup-confirmed`, …): shown to staff, no personal data. */
  readonly kind: string;
  readonly to: string;
  readonly locale: Locale;
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  /** Unique: a second enqueue with the same key is ignored (e.g. `reminder:<signup>:<shift>`). */
  readonly dedupeKey?: string;
}

export type MailStatus = 'pending' | 'sending' | 'failed';
export type MailRow = Database['mail_outbox'];

/** Something that wakes the worker of this process after an enqueue (set by the worker). */
let onEnqueued: (() => void) | null = null;
/** The worker of this process registers here; `null` unregisters. */
export function setEnqueueListener(fn: (() => void) | null): void {
  onEnqueued = fn;
}

/**
 * Adds an e-mail to the outbox, in the caller's transaction `trx` (so it is sent if and only if the
 * event commits). A second enqueue with the same `dedupeKey` is ignored (also across processes:
 * the key is unique in the table). Call it only when mail is on (`config.mail !== null`): with
 * mail off nothing would send the row, so do not enqueue.
 */
export async function enqueueMail(trx: Db, mail: OutgoingMail, now = new Date()): Promise<void> {
  const at = now.toISOString();
  await trx
    .insertInto('mail_outbox')
    .values({
      id: newId('mail'),
      kind: mail.kind,
      to_address: mail.to,
      locale: mail.locale,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      dedupe_key: mail.dedupeKey ?? null,
      status: 'pending',
      attempts: 0,
      next_attempt_at: at,
      lease_until: null,
      lease_owner: null,
      last_error: null,
      created_at: at,
      updated_at: at,
    })
    .onConflict((oc) => oc.column('dedupe_key').doNothing())
    .execute();
  // The worker looks shortly after (the transaction has committed by then, or it looks again later).
  if (onEnqueued) setTimeout(onEnqueued, 20).unref();
}

/**
 * Claims up to `limit` due rows for `owner` until `leaseUntil`: pending rows whose time has come,
 * and rows left `sending` by a process whose lease ran out. Counts the attempt. Answers the claimed
 * rows, oldest due first.
 */
export async function claimMail(
  db: Db,
  dialect: Dialect,
  owner: string,
  now: Date,
  leaseUntil: Date,
  limit = 1,
): Promise<MailRow[]> {
  const at = now.toISOString();
  const due = (eb: ExpressionBuilder<Database, 'mail_outbox'>) =>
    eb.or([
      eb.and([eb('status', '=', 'pending'), eb('next_attempt_at', '<=', at)]),
      eb.and([eb('status', '=', 'sending'), eb('lease_until', '<', at)]),
    ]);
  const set = {
    status: 'sending',
    attempts: sql<number>`attempts + 1`,
    lease_until: leaseUntil.toISOString(),
    lease_owner: owner,
    updated_at: at,
  };
  return db.transaction().execute(async (trx) => {
    if (dialect === 'sqlite') {
      // BEGIN IMMEDIATE (the dialect's): no other writer between the choice and the update.
      return trx
        .updateTable('mail_outbox')
        .set(set)
        .where('id', 'in', (qb) =>
          qb.selectFrom('mail_outbox').select('id').where(due).orderBy('next_attempt_at').orderBy('id').limit(limit),
        )
        .returningAll()
        .execute();
    }
    const ids = await trx
      .selectFrom('mail_outbox')
      .select('id')
      .where(due)
      .orderBy('next_attempt_at')
      .orderBy('id')
      .limit(limit)
      .forUpdate()
      .skipLocked()
      .execute();
    if (ids.length === 0) return [];
    const rows = await trx
      .updateTable('mail_outbox')
      .set(set)
      .where(
        'id',
        'in',
        ids.map((r) => r.id),
      )
      .returningAll()
      .execute();
    return rows.sort((a, b) => a.next_attempt_at.localeCompare(b.next_attempt_at) || a.id.localeCompare(b.id));
  });
}

/** The row was accepted by the SMTP server: delete it (it holds personal data). False if the lease was lost. */
export async function markMailSent(db: Db, id: string, owner: string): Promise<boolean> {
  const r = await db.deleteFrom('mail_outbox').where('id', '=', id).where('lease_owner', '=', owner).executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

/**
 * One attempt failed: back to `pending` at `nextAttemptAt`, or `failed` (given up, kept for staff)
 * when `nextAttemptAt` is null. Only while `owner` holds the lease. False if the lease was lost.
 */
export async function markMailAttemptFailed(
  db: Db,
  id: string,
  owner: string,
  error: string,
  nextAttemptAt: Date | null,
  now: Date,
): Promise<boolean> {
  const r = await db
    .updateTable('mail_outbox')
    .set({
      status: nextAttemptAt === null ? 'failed' : 'pending',
      next_attempt_at: (nextAttemptAt ?? now).toISOString(),
      lease_until: null,
      lease_owner: null,
      last_error: error.slice(0, 1000),
      updated_at: now.toISOString(),
    })
    .where('id', '=', id)
    .where('lease_owner', '=', owner)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

/**
 * Rows left `sending` by a dead process that already used their last attempt: `failed` with that
 * reason (else a message that kills the sender would be tried for ever). Answers how many.
 */
export async function failExhaustedLeases(db: Db, maxAttempts: number, now: Date): Promise<number> {
  const at = now.toISOString();
  const r = await db
    .updateTable('mail_outbox')
    .set({
      status: 'failed',
      lease_until: null,
      lease_owner: null,
      last_error: 'the sending process stopped during the last attempt (lease expired)',
      updated_at: at,
    })
    .where('status', '=', 'sending')
    .where('lease_until', '<', at)
    .where('attempts', '>=', maxAttempts)
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}

/** When the next pending row is due (ISO), or null when none is pending. */
export async function nextMailDue(db: Db): Promise<string | null> {
  const r = await db
    .selectFrom('mail_outbox')
    .select((eb) => eb.fn.min('next_attempt_at').as('due'))
    .where('status', '=', 'pending')
    .executeTakeFirst();
  return (r?.due as string | null | undefined) ?? null;
}

/** What staff see of a row: never the body. */
export type MailSummaryRow = Pick<
  MailRow,
  | 'id'
  | 'kind'
  | 'to_address'
  | 'locale'
  | 'subject'
  | 'status'
  | 'attempts'
  | 'next_attempt_at'
  | 'last_error'
  | 'created_at'
  | 'updated_at'
>;

/** Rows for staff, newest first, optionally of one status. */
export async function listMail(db: Db, status: MailStatus | undefined, limit: number): Promise<MailSummaryRow[]> {
  let qb = db
    .selectFrom('mail_outbox')
    .select([
      'id',
      'kind',
      'to_address',
      'locale',
      'subject',
      'status',
      'attempts',
      'next_attempt_at',
      'last_error',
      'created_at',
      'updated_at',
    ]);
  if (status) qb = qb.where('status', '=', status);
  return qb.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
}

export async function mailRow(db: Db, id: string): Promise<MailSummaryRow | undefined> {
  return db
    .selectFrom('mail_outbox')
    .select([
      'id',
      'kind',
      'to_address',
      'locale',
      'subject',
      'status',
      'attempts',
      'next_attempt_at',
      'last_error',
      'created_at',
      'updated_at',
    ])
    .where('id', '=', id)
    .executeTakeFirst();
}

/** A failed (or pending) row is tried again now, with a fresh count of attempts. False if it is being sent or gone. */
export async function retryMail(db: Db, id: string, now: Date): Promise<boolean> {
  const at = now.toISOString();
  const r = await db
    .updateTable('mail_outbox')
    .set({ status: 'pending', attempts: 0, next_attempt_at: at, lease_until: null, lease_owner: null, updated_at: at })
    .where('id', '=', id)
    .where('status', 'in', ['failed', 'pending'])
    .executeTakeFirst();
  const done = Number(r.numUpdatedRows) > 0;
  if (done && onEnqueued) setTimeout(onEnqueued, 20).unref();
  return done;
}

/** Deletes a failed or pending row (not one being sent). False if it is being sent or gone. */
export async function deleteMail(db: Db, id: string): Promise<boolean> {
  const r = await db
    .deleteFrom('mail_outbox')
    .where('id', '=', id)
    .where('status', 'in', ['failed', 'pending'])
    .executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

/**
 * Retention: rows created before `cutoff` that are not being sent (failed ones staff left, and
 * pending ones nobody sent, e.g. mail turned off since). Answers how many were deleted.
 */
export async function deleteExpiredMail(db: Db, cutoff: string): Promise<number> {
  const r = await db
    .deleteFrom('mail_outbox')
    .where('created_at', '<', cutoff)
    .where('status', 'in', ['failed', 'pending'])
    .executeTakeFirst();
  return Number(r.numDeletedRows);
}

/** How many rows are in each status. */
export async function countMailByStatus(db: Db): Promise<Record<MailStatus, number>> {
  const rows = await db
    .selectFrom('mail_outbox')
    .select((eb) => ['status', eb.fn.countAll<number>().as('n')])
    .groupBy('status')
    .execute();
  const counts: Record<MailStatus, number> = { pending: 0, sending: 0, failed: 0 };
  for (const r of rows) if (r.status in counts) counts[r.status as MailStatus] = Number(r.n);
  return counts;
}
