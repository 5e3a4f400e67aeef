/**
 * The mail outbox as staff see it (`/v1/staff/mail`, admins only): e-mails waiting, being sent, or
 * given up after the last attempt, with why. Never the body (it is the resident's business);
 * staff can send a message again or delete it.
 */
import * as z from 'zod/mini';
import { code, IdSchema, IsoDateTimeSchema } from '../index.js';

/** `pending` (waiting for its next attempt), `sending` (an instance is sending it), `failed` (given up). */
export const MAIL_STATUSES = ['pending', 'sending', 'failed'] as const;
export type MailStatusName = (typeof MAIL_STATUSES)[number];

/** One message of the outbox, without its body. */
export const MailItemSchema = z.object({
  id: IdSchema,
  /** What it is about (`idea-received`, `signup-confirmed`, …). */
  kind: z.string(),
  to: z.string(),
  locale: z.string(),
  subject: z.string(),
  status: z.enum(MAIL_STATUSES),
  /** Attempts begun so far. */
  attempts: z.number(),
  /** When it is tried next (pending), or when it was given up (failed). */
  nextAttemptAt: IsoDateTimeSchema,
  /** The SMTP server's reply or the error of the last failed attempt. */
  lastError: z.nullable(z.string()),
  createdAt: IsoDateTimeSchema,
  updatedAt: IsoDateTimeSchema,
});
export type MailItem = z.infer<typeof MailItemSchema>;

/** `GET /v1/staff/mail`: by status (all when absent), newest first, at most `limit` (default 100, at most 500). */
export const MailQuerySchema = z.object({
  status: z.optional(z.enum(MAIL_STATUSES)),
  limit: z.pipe(
    z._default(z.string().check(z.regex(/^(?:[1-9]\d{0,2})$/, code('invalid'))), '100'),
    z.transform((s: string) => Math.min(500, Number(s))),
  ),
});
export type MailQuery = z.output<typeof MailQuerySchema>;

/** Answer of `GET /v1/staff/mail`: the messages, and how many are in each status. */
export const MailListSchema = z.object({
  items: z.array(MailItemSchema),
  counts: z.object({ pending: z.number(), sending: z.number(), failed: z.number() }),
});
export type MailList = z.infer<typeof MailListSchema>;
