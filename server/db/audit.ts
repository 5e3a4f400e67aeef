/**
 * The audit log: one row per staff action (and per action the server takes on its own, such as
 * erasing contact details after the retention period). Write it with {@link recordAudit} in the
 * transaction of the change it describes, so the log and the data never disagree.
 */
import type { AuditEntry, ActorKind, StaffRole } from '../../src/schema/staff/index.js';
import { nowIso, type Db } from './database.js';
import { newId } from './util.js';

/** Who does a staff request: set by the staff authentication (server/http/staff-auth.ts). */
export interface Actor {
  readonly kind: ActorKind;
  /** The account's or token's id; null for the command line and the server. */
  readonly id: string | null;
  /** What the log shows: an account's e-mail, a token's name, `command line`, `server`. */
  readonly label: string;
  readonly role: StaffRole;
}

/** The server itself (retention). */
export const SYSTEM_ACTOR: Actor = { kind: 'system', id: null, label: 'server', role: 'admin' };
/** The command line (`create-admin`, `site import`). */
export const CLI_ACTOR: Actor = { kind: 'cli', id: null, label: 'command line', role: 'admin' };

export interface AuditInput {
  /** Dotted verb: `idea.status`, `idea.reply`, `site.replace`, `account.create`, … */
  readonly action: string;
  readonly targetType: string;
  readonly targetId?: string | null;
  readonly before?: unknown;
  readonly after?: unknown;
  readonly detail?: unknown;
}

const json = (v: unknown): string | null => (v === undefined || v === null ? null : JSON.stringify(v));
const parse = (v: string | null): unknown => (v === null ? null : JSON.parse(v));

/** Records one action (call it in the transaction of the change). */
export async function recordAudit(trx: Db, actor: Actor, entry: AuditInput, at = nowIso()): Promise<void> {
  await trx
    .insertInto('audit_log')
    .values({
      id: newId('audit'),
      at,
      actor_kind: actor.kind,
      actor_id: actor.id,
      actor_label: actor.label,
      action: entry.action,
      target_type: entry.targetType,
      target_id: entry.targetId ?? null,
      before: json(entry.before),
      after: json(entry.after),
      detail: json(entry.detail),
    })
    .execute();
}

export interface AuditQuery {
  readonly action?: string | undefined;
  readonly actorId?: string | undefined;
  readonly targetType?: string | undefined;
  readonly targetId?: string | undefined;
  /** Entries strictly older than this `at|id` position (newest first). */
  readonly before?: { at: string; id: string } | undefined;
  readonly limit: number;
}

/** Entries, newest first. */
export async function listAudit(db: Db, q: AuditQuery): Promise<AuditEntry[]> {
  let qb = db.selectFrom('audit_log').selectAll();
  if (q.action) qb = qb.where('action', '=', q.action);
  if (q.actorId) qb = qb.where('actor_id', '=', q.actorId);
  if (q.targetType) qb = qb.where('target_type', '=', q.targetType);
  if (q.targetId) qb = qb.where('target_id', '=', q.targetId);
  const b = q.before;
  if (b) qb = qb.where((eb) => eb.or([eb('at', '<', b.at), eb.and([eb('at', '=', b.at), eb('id', '<', b.id)])]));
  const rows = await qb.orderBy('at', 'desc').orderBy('id', 'desc').limit(q.limit).execute();
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    actor: { kind: r.actor_kind as ActorKind, id: r.actor_id, label: r.actor_label },
    action: r.action,
    target: { type: r.target_type, id: r.target_id },
    before: parse(r.before),
    after: parse(r.after),
    detail: parse(r.detail),
  }));
}
