/**
 * The mail worker: sends the e-mails of the outbox (server/db/mail-outbox.ts) through SMTP with a
 * pooled nodemailer transport. The serving process starts one (server/cli.ts) when mail is on.
 *
 * - It looks for due messages every {@link POLL_MS} (sooner when the next retry is due sooner), and
 *   right after an enqueue in this process. It claims one message at a time (a lease of
 *   MAIL_LEASE_SECONDS; several instances on one PostgreSQL never claim the same row), sends it and
 *   deletes it.
 * - A failed attempt is tried again after an exponential backoff with jitter: MAIL_RETRY_BASE_MS
 *   (30 s) × 2^(attempt−1), capped at 1 h, times a random factor in [0.5, 1). After
 *   MAIL_MAX_ATTEMPTS (10: about 1.5 to 3 hours) the message is `failed`, kept and shown to staff
 *   (GET /v1/staff/mail). A 5xx reply to the envelope or the message (e.g. 550 no such mailbox) is
 *   permanent: `failed` at once. Everything else is retried: 4xx replies, connection, timeout, TLS
 *   and authentication errors (a wrong password is fixed by staff, then the messages go out).
 * - Each message carries a Message-ID made from its outbox id (`<mail-…@<MAIL_FROM's domain>>`),
 *   the same on every attempt.
 *
 * "Never twice", and its limit: a message is deleted right after the SMTP server's 250 to its DATA.
 * If the process dies (or the database cannot be reached) between that 250 and the delete, the row
 * stays `sending` until its lease expires and is sent again: the same message, with the same
 * Message-ID, so the receiving side can drop the copy. That window is kept as short as it can be:
 * nothing else happens between the 250 and the delete, and a failed delete is retried for a while.
 * The other way round (delete first, then send) would lose messages on a crash; losing is worse.
 * A process killed before the 250 (while the SMTP server is still receiving or deciding) has not
 * delivered: the message is sent once, by whichever process claims it after the lease.
 */
import { randomUUID } from 'node:crypto';
import nodemailer, { type Transporter } from 'nodemailer';
import type { MailConfig } from '../config.js';
import type { Db, Dialect } from '../db/database.js';
import {
  claimMail,
  failExhaustedLeases,
  markMailAttemptFailed,
  markMailSent,
  nextMailDue,
  setEnqueueListener,
  type MailRow,
} from '../db/mail-outbox.js';
import type { Logger } from '../log.js';

/** The longest wait between two looks at the outbox. */
export const POLL_MS = 2_000;
/** The longest wait between two attempts, whatever the attempt number. */
export const MAX_BACKOFF_MS = 3_600_000;

/** The wait after failed attempt number `attempt` (1-based); `random` in [0, 1). */
export function backoffMs(baseMs: number, attempt: number, random = Math.random()): number {
  const full = Math.min(MAX_BACKOFF_MS, baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(full * (0.5 + random / 2));
}

/** An SMTP refusal that will not change by trying again: a 5xx reply to the envelope or the message. */
export function isPermanent(e: unknown): boolean {
  const x = e as { responseCode?: unknown; code?: unknown };
  return (
    typeof x.responseCode === 'number' &&
    x.responseCode >= 500 &&
    x.responseCode < 600 &&
    (x.code === 'EENVELOPE' || x.code === 'EMESSAGE')
  );
}

/** What staff see of an error: the SMTP reply or the error code, and the message. */
export function describeError(e: unknown): string {
  if (!(e instanceof Error)) return String(e);
  const x = e as Error & { responseCode?: number; code?: string };
  const head = [x.code, x.responseCode].filter((v) => v !== undefined).join(' ');
  return (head ? `${head}: ` : '') + x.message;
}

/** The nodemailer transport for these settings (pooled: one connection kept open, reused). */
export function createMailTransport(mail: MailConfig): Transporter {
  // Each wait of the SMTP conversation stays well under the lease, so a send ends (or fails) before
  // another instance may take the message over.
  const timeout = Math.max(2_000, Math.min(60_000, Math.floor((mail.leaseSeconds * 1000) / 4)));
  return nodemailer.createTransport({
    pool: true,
    maxConnections: 1,
    host: mail.host,
    port: mail.port,
    secure: mail.secure,
    requireTLS: mail.starttls === 'required',
    ignoreTLS: mail.starttls === 'off',
    ...(mail.user !== null ? { auth: { user: mail.user, pass: mail.password ?? '' } } : {}),
    tls: { rejectUnauthorized: mail.tlsRejectUnauthorized },
    connectionTimeout: timeout,
    greetingTimeout: timeout,
    socketTimeout: timeout,
  });
}

export interface MailWorker {
  /** Look at the outbox now. */
  wake(): void;
  /** Stops: the message being sent is finished (sent or marked), then the transport is closed. */
  stop(): Promise<void>;
}

export interface MailWorkerOptions {
  readonly db: Db;
  readonly dialect: Dialect;
  readonly mail: MailConfig;
  readonly log: Pick<Logger, 'info' | 'warn' | 'error'>;
  /** The clock (tests); the system clock by default. */
  readonly now?: () => Date;
  /** A transport (tests); {@link createMailTransport} by default. */
  readonly transport?: Transporter;
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Starts the worker of this process (see the top of this file). */
export function startMailWorker(opts: MailWorkerOptions): MailWorker {
  const { db, dialect, mail, log } = opts;
  const now = opts.now ?? (() => new Date());
  const transport = opts.transport ?? createMailTransport(mail);
  transport.on('error', (e: unknown) => log.warn('mail: SMTP connection error', { error: describeError(e) }));
  const owner = randomUUID();
  const domain = mail.fromAddress.split('@')[1] ?? 'localhost';
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;
  let again = false;

  /** Deletes the sent row, retrying while the database is out of reach (this is the duplicate window). */
  async function forget(row: MailRow): Promise<void> {
    for (let i = 0; ; i++) {
      try {
        if (!(await markMailSent(db, row.id, owner)))
          log.warn('mail: sent, but its lease had passed to another sender (it may be sent twice)', { id: row.id });
        return;
      } catch (e) {
        if (i >= 5) {
          log.error('mail: sent, but the outbox row could not be deleted; it will be sent again after its lease', {
            id: row.id,
            error: describeError(e),
          });
          return;
        }
        await sleep(200 * 2 ** i);
      }
    }
  }

  async function send(row: MailRow): Promise<void> {
    try {
      await transport.sendMail({
        from: mail.from,
        to: row.to_address,
        subject: row.subject,
        text: row.text,
        html: row.html,
        messageId: `<${row.id}@${domain}>`,
        headers: { 'Auto-Submitted': 'auto-generated', 'Content-Language': row.locale },
      });
    } catch (e) {
      const error = describeError(e);
      const giveUp = isPermanent(e) || row.attempts >= mail.maxAttempts;
      const at = now();
      const next = giveUp ? null : new Date(at.getTime() + backoffMs(mail.retryBaseMs, row.attempts));
      await markMailAttemptFailed(db, row.id, owner, error, next, at);
      if (giveUp)
        log.error('mail: given up (see GET /v1/staff/mail)', {
          id: row.id,
          kind: row.kind,
          attempts: row.attempts,
          error,
        });
      else
        log.warn('mail: attempt failed, will retry', {
          id: row.id,
          attempt: row.attempts,
          retryAt: next?.toISOString(),
          error,
        });
      return;
    }
    await forget(row);
  }

  async function tick(): Promise<void> {
    let delay = POLL_MS;
    try {
      const exhausted = await failExhaustedLeases(db, mail.maxAttempts, now());
      if (exhausted > 0) log.error('mail: given up after the sender stopped mid-send', { count: exhausted });
      while (!stopped) {
        const at = now();
        const [row] = await claimMail(db, dialect, owner, at, new Date(at.getTime() + mail.leaseSeconds * 1000));
        if (!row) break;
        await send(row);
      }
      const due = await nextMailDue(db);
      if (due !== null) delay = Math.max(10, Math.min(POLL_MS, Date.parse(due) - now().getTime()));
    } catch (e) {
      log.error('mail: the outbox could not be read', { error: describeError(e) });
    }
    if (!stopped) schedule(again ? 0 : delay);
    again = false;
  }

  function schedule(ms: number): void {
    if (timer) clearTimeout(timer);
    timer = setTimeout(run, ms);
    timer.unref();
  }

  function run(): void {
    timer = null;
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = tick().finally(() => (running = null));
  }

  setEnqueueListener(run);
  log.info(`mail: on, through ${mail.host}:${mail.port}`, { from: mail.fromAddress });
  run();
  return {
    wake: run,
    async stop() {
      stopped = true;
      setEnqueueListener(null);
      if (timer) clearTimeout(timer);
      await running;
      transport.close();
    },
  };
}
