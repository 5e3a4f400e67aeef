/**
 * Retention: the server erases residents' contact details by itself once they have served their
 * purpose for `days` (config RETENTION_DAYS, default 365):
 * - ideas closed (`declined` or `published`) more than `days` ago (by when their status last
 *   changed, else their last update): name, e-mail, phone, the location's address, the honeypot;
 *   the search text is made again without them. Ideas still open (received, under review,
 *   accepted) are kept: staff still work on them.
 * - signups whose every shift ended more than `days` ago; signups without shifts (an offer of
 *   availability) `days` after they were made: name, e-mail, phone, availability, honeypot.
 *   (Cancelled signups were erased when cancelled.)
 * Everything else stays: the idea's texts and statuses, its initiative; the signup's reference,
 * role, shifts, status and dates (statistics). `erased_at` says when.
 *
 * {@link eraseExpired} works in batches, one transaction each, and audits each batch as the server
 * (`retention.erase`, counts only: never a name or address). The serving process runs it at start
 * and every hour (server/cli.ts).
 */
import type { Db } from '../db/database.js';
import type { Logger } from '../log.js';
import { recordAudit, SYSTEM_ACTOR } from '../db/audit.js';
import { eraseIdeas, eraseSignups, expiredIdeaIds, expiredSignupIds } from '../db/personal-data.js';
import { deleteExpiredMail } from '../db/mail-outbox.js';

/** Records erased in one transaction at most (keeps each lock short). */
export const RETENTION_BATCH = 200;

/** How often the serving process sweeps. */
export const RETENTION_INTERVAL_MS = 3_600_000;

export interface ErasedCounts {
  readonly ideas: number;
  readonly signups: number;
}

/** The moment before which closed ideas and past shifts have outlived the retention period. */
export const retentionCutoff = (now: Date, days: number): string =>
  new Date(now.getTime() - days * 86_400_000).toISOString();

/**
 * Erases the contact details whose retention period of `days` has run out at `now` (see the top
 * of this file) and answers how many records were erased.
 */
export async function eraseExpired(db: Db, now: Date, days: number): Promise<ErasedCounts> {
  const cutoff = retentionCutoff(now, days);
  const at = now.toISOString();
  let ideas = 0;
  let signups = 0;
  for (;;) {
    const batch = await db.transaction().execute(async (trx) => {
      const ideaIds = await expiredIdeaIds(trx, cutoff, RETENTION_BATCH);
      const signupIds = await expiredSignupIds(trx, cutoff, RETENTION_BATCH);
      const n = { ideas: await eraseIdeas(trx, ideaIds, at), signups: await eraseSignups(trx, signupIds, at) };
      if (n.ideas + n.signups > 0) {
        await recordAudit(
          trx,
          SYSTEM_ACTOR,
          { action: 'retention.erase', targetType: 'personal-data', detail: { ...n, retentionDays: days, cutoff } },
          at,
        );
      }
      return { n, more: ideaIds.length === RETENTION_BATCH || signupIds.length === RETENTION_BATCH };
    });
    ideas += batch.n.ideas;
    signups += batch.n.signups;
    if (!batch.more) break;
  }
  return { ideas, signups };
}

/**
 * Deletes the outbox e-mails made more than `days` before `now` that were given up (`failed`) or
 * never sent (mail turned off since): they hold an address and a text. Audited as the server with
 * the count. Answers how many.
 */
export async function deleteExpiredOutbox(db: Db, now: Date, days: number): Promise<number> {
  const cutoff = retentionCutoff(now, days);
  return db.transaction().execute(async (trx) => {
    const n = await deleteExpiredMail(trx, cutoff);
    if (n > 0)
      await recordAudit(
        trx,
        SYSTEM_ACTOR,
        { action: 'retention.erase', targetType: 'mail', detail: { mail: n, retentionDays: days, cutoff } },
        now.toISOString(),
      );
    return n;
  });
}

/**
 * Runs {@link eraseExpired} (and {@link deleteExpiredOutbox}) now and every {@link RETENTION_INTERVAL_MS} (the serving process);
 * the timer does not keep the process alive. Returns the function that stops it (on shutdown).
 * A failed sweep is logged and tried again at the next hour.
 */
export function startRetention(db: Db, days: number, log: Pick<Logger, 'info' | 'error'>): () => void {
  let stopped = false;
  const sweep = (): void => {
    if (stopped) return;
    eraseExpired(db, new Date(), days).then(
      (n) => {
        if (n.ideas + n.signups > 0) log.info('retention: contact details erased', { ...n, retentionDays: days });
      },
      (e: unknown) => log.error('retention: erasing expired contact details failed', e),
    );
    deleteExpiredOutbox(db, new Date(), days).then(
      (mail) => {
        if (mail > 0) log.info('retention: old outbox e-mails deleted', { mail, retentionDays: days });
      },
      (e: unknown) => log.error('retention: deleting old outbox e-mails failed', e),
    );
  };
  sweep();
  const timer = setInterval(sweep, RETENTION_INTERVAL_MS);
  timer.unref();
  return () => {
    stopped = true;
    clearInterval(timer);
  };
}
