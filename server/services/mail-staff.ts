/**
 * The mail outbox for staff (admins): what is waiting or was given up, and why; send one again
 * (a fresh count of attempts) or delete it. Retrying and deleting are audited (`mail.retry`,
 * `mail.delete`, with the message's kind, never its address or body).
 */
import type { MailItem, MailList, MailQuery, MailStatusName } from '../../src/schema/staff/index.js';
import { recordAudit, type Actor } from '../db/audit.js';
import { countMailByStatus, deleteMail, listMail, mailRow, retryMail, type MailSummaryRow } from '../db/mail-outbox.js';
import type { Db } from '../db/database.js';
import { ConflictError, NotFoundError } from '../errors.js';

const item = (r: MailSummaryRow): MailItem => ({
  id: r.id,
  kind: r.kind,
  to: r.to_address,
  locale: r.locale,
  subject: r.subject,
  status: r.status as MailStatusName,
  attempts: r.attempts,
  nextAttemptAt: r.next_attempt_at,
  lastError: r.last_error,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export async function mailForStaff(db: Db, q: MailQuery): Promise<MailList> {
  const [rows, counts] = await Promise.all([listMail(db, q.status, q.limit), countMailByStatus(db)]);
  return { items: rows.map(item), counts };
}

/** The row, or 404; 409 while an instance is sending it. */
async function changeable(trx: Db, id: string): Promise<MailSummaryRow> {
  const row = await mailRow(trx, id);
  if (!row) throw new NotFoundError('No such message in the outbox (it was sent, or deleted).');
  if (row.status === 'sending') throw new ConflictError('The message is being sent right now; try again shortly.');
  return row;
}

/** Sends a pending or failed message again now, with a fresh count of attempts. */
export async function retryMailForStaff(db: Db, actor: Actor, id: string, now = new Date()): Promise<MailItem> {
  return db.transaction().execute(async (trx) => {
    const row = await changeable(trx, id);
    if (!(await retryMail(trx, id, now)))
      throw new ConflictError('The message is being sent right now; try again shortly.');
    await recordAudit(
      trx,
      actor,
      { action: 'mail.retry', targetType: 'mail', targetId: id, detail: { kind: row.kind, attempts: row.attempts } },
      now.toISOString(),
    );
    return item((await mailRow(trx, id))!);
  });
}

/** Deletes a pending or failed message: it will not be sent. */
export async function deleteMailForStaff(db: Db, actor: Actor, id: string, now = new Date()): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const row = await changeable(trx, id);
    if (!(await deleteMail(trx, id)))
      throw new ConflictError('The message is being sent right now; try again shortly.');
    await recordAudit(
      trx,
      actor,
      { action: 'mail.delete', targetType: 'mail', targetId: id, detail: { kind: row.kind, status: row.status } },
      now.toISOString(),
    );
  });
}
