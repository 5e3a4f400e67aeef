/**
 * The audit log (`GET /v1/staff/audit`, admins only): every staff action, who did it, what,
 * when, and for settings the state before and after.
 */
import * as z from 'zod/mini';
import { IsoDateTimeSchema } from '../index.js';

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
