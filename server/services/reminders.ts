/**
 * The e-mails that time sends, by a periodic job of the serving process (server/cli.ts, only while
 * mail is on):
 * - the **reminder** before a shift: `REMINDER_HOURS` (default 48) before it starts, once per
 *   confirmed place (signup and shift) of an unflagged signup on an active shift. Once: the place's
 *   `reminded_at` is set in the transaction that enqueues the e-mail (a conditional update, so two
 *   instances never both enqueue; the outbox's dedupe key `reminder:<signup>:<shift>` too). A place
 *   taken later than that (a signup or a move up from the reserve list inside the window) is
 *   reminded at the next run.
 * - the staff **daily digest**: once the Brussels clock passes `DIGEST_HOUR` (default 8), each staff
 *   account with `notifyIdeas: daily` gets the unflagged ideas received the previous Brussels day
 *   (nothing when there were none); once per account and day (`digest_day`, set in the same
 *   transaction, conditionally).
 * Both take `now` so tests control the clock.
 */
import type { Db } from '../db/database.js';
import { claimDigestDay, claimReminder, ideasReceivedBetween, remindersDue, staffToNotify } from '../db/mail-facts.js';
import { inTransaction } from '../db/util.js';
import type { Logger } from '../log.js';
import { brusselsDay, brusselsHour } from '../mail/messages/index.js';
import { mailDigest, mailReminder } from './mail-messages.js';

/** How often the job looks (and the longest a reminder or digest may be late). */
export const MAIL_JOBS_INTERVAL_MS = 5 * 60_000;

/** Enqueues the reminders due at `now`; answers how many. */
export async function enqueueDueReminders(db: Db, hours: number, now = new Date()): Promise<number> {
  const until = new Date(now.getTime() + hours * 3_600_000).toISOString();
  let n = 0;
  for (;;) {
    const due = await remindersDue(db, now.toISOString(), until);
    if (due.length === 0) break;
    for (const d of due) {
      const sent = await inTransaction(db, async (trx) => {
        if (!(await claimReminder(trx, d.signupId, d.shiftId, now.toISOString()))) return false;
        await mailReminder(trx, d.signupId, d.shiftId);
        return true;
      });
      if (sent) n++;
    }
  }
  return n;
}

/** The instant a Brussels calendar day (`2026-05-02`) begins. */
export function brusselsMidnight(day: string): Date {
  const guess = Date.parse(`${day}T00:00:00Z`);
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Brussels',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(guess));
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value);
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
  return new Date(guess - (wall - guess));
}

/** The Brussels day before `day`. */
const dayBefore = (day: string): string => {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
};

/**
 * Enqueues the daily digests due at `now` (from `hour` o'clock Brussels time, for the previous
 * Brussels day); answers how many accounts got one.
 */
export async function enqueueDigests(db: Db, hour: number, now = new Date()): Promise<number> {
  if (brusselsHour(now) < hour) return 0;
  const today = brusselsDay(now);
  const covered = dayBefore(today);
  const accounts = (await staffToNotify(db, 'daily')).filter((a) => a.digestDay === null || a.digestDay < covered);
  if (accounts.length === 0) return 0;
  const from = brusselsMidnight(covered).toISOString();
  const to = brusselsMidnight(today).toISOString();
  let n = 0;
  for (const a of accounts) {
    const sent = await inTransaction(db, async (trx) => {
      if (!(await claimDigestDay(trx, a.id, covered))) return false;
      const ideas = await ideasReceivedBetween(trx, from, to);
      if (ideas.length === 0) return false;
      await mailDigest(trx, a, covered, ideas);
      return true;
    });
    if (sent) n++;
  }
  return n;
}

/**
 * Runs the reminders and digests now and every {@link MAIL_JOBS_INTERVAL_MS} (the timer does not
 * keep the process alive); a failed run is logged and tried again at the next. Returns the function
 * that stops it.
 */
export function startMailJobs(
  db: Db,
  o: { reminderHours: number; digestHour: number },
  log: Pick<Logger, 'info' | 'error'>,
  intervalMs = MAIL_JOBS_INTERVAL_MS,
): () => void {
  let stopped = false;
  let running = false;
  const run = (): void => {
    if (stopped || running) return;
    running = true;
    const now = new Date();
    const both = async () =>
      [await enqueueDueReminders(db, o.reminderHours, now), await enqueueDigests(db, o.digestHour, now)] as const;
    both()
      .then(
        ([reminders, digests]) => {
          if (reminders + digests > 0) log.info('mail: reminders and digests enqueued', { reminders, digests });
        },
        (e: unknown) => log.error('mail: enqueueing reminders or digests failed', e),
      )
      .finally(() => {
        running = false;
      });
  };
  run();
  const timer = setInterval(run, intervalMs);
  timer.unref();
  return () => {
    stopped = true;
    clearInterval(timer);
  };
}
