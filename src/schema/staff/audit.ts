/**
 * The audit log (`GET /v1/staff/audit`, admins only): every staff action, who did it, what,
 * when, and for settings the state before and after.
 */
import * as z from 'zod/mini';
import { code, DEFAULT_LIMIT, IdSchema, isStorableText, IsoDateTimeSchema, LIMIT_PATTERN } from '../index.js';

/** Who acted: a staff account, an API token, the command line, or the server itself (retention). */
export const ACTOR_KINDS = ['account', 'token', 'cli', 'system'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

/** What a staff member may do: `admin` everything; `moderator` ideas, initiatives, volunteers. */
export const STAFF_ROLES = ['admin', 'moderator'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];
export const StaffRoleSchema = z.enum(STAFF_ROLES);

/** One entry of the audit log. */
export const AuditEntrySchema = z.object({
  id: z.string(),
  at: IsoDateTimeSchema,
  actor: z.object({ kind: z.enum(ACTOR_KINDS), id: z.nullable(z.string()), label: z.string() }),
  /** Dotted verb, e.g. `idea.status`, `site.replace`, `account.create`. */
  action: z.string(),
  target: z.object({ type: z.string(), id: z.nullable(z.string()) }),
  before: z.nullable(z.unknown()),
  after: z.nullable(z.unknown()),
  detail: z.nullable(z.unknown()),
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;

/** `GET /v1/staff/audit`: filters (all optional), newest first, `cursor` from the previous page. */
export const AuditQuerySchema = z.object({
  /** A dotted verb, e.g. `site.replace`. */
  action: z.optional(z.string().check(z.minLength(1), z.maxLength(64), z.regex(/^[a-z][a-z0-9.-]*$/, code('invalid')))),
  /** An account's or token's id. */
  actorId: z.optional(IdSchema),
  targetType: z.optional(
    z.string().check(z.minLength(1), z.maxLength(64), z.regex(/^[a-z][a-z0-9.-]*$/, code('invalid'))),
  ),
  /** The target's id (an idea's, an account's, …). */
  targetId: z.optional(z.string().check(z.minLength(1), z.maxLength(254), isStorableText)),
  cursor: z.optional(z.string().check(z.minLength(1), z.maxLength(500))),
  limit: z.pipe(
    z._default(z.string().check(z.regex(LIMIT_PATTERN, code('invalid'))), String(DEFAULT_LIMIT)),
    z.transform((s: string) => Number(s)),
  ),
});
export type AuditListQuery = z.output<typeof AuditQuerySchema>;

/** Answer of `GET /v1/staff/audit`: a page of entries, newest first. */
export const AuditPageSchema = z.object({ items: z.array(AuditEntrySchema), nextCursor: z.nullable(z.string()) });
export type AuditPage = z.infer<typeof AuditPageSchema>;
