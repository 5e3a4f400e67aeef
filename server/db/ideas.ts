/**
 * Ideas: stored with every field the resident sent; listed, moved through their statuses, replied
 * to and published as initiatives by staff, each staff write audited in its own transaction; an
 * idea's history is its audit log entries, oldest first.
 */
import type { IdeaReceipt, IdeaSubmission, Locale } from '../../src/schema/index.js';
import type {
  IdeaHistoryEntry,
  IdeaRecord,
  IdeaStatus,
  PublishIdea,
  StaffIdeaQuery,
} from '../../src/schema/staff/index.js';
import { recordAudit, type Actor } from './audit.js';
import { nowIso, pick, type Database, type Db } from './database.js';
import { createInitiative } from './initiatives.js';
import { InvalidCursorError } from '../errors.js';
import { sql } from 'kysely';
import {
  containsText,
  decodeCursor,
  encodeCursor,
  inTransaction,
  json,
  newId,
  nextReference,
  normalizeSearch,
} from './util.js';

/** An offer's area and its title in Dutch (staff read ideas in Dutch), or null when there is none. */
export async function getOffer(db: Db, id: string): Promise<Offer | null> {
  const r = await db.selectFrom('offers').select(['id', 'title', 'area_id']).where('id', '=', id).executeTakeFirst();
  return r ? { id: r.id, title: pick(r.title, 'nl'), areaId: r.area_id } : null;
}

/** See {@link getOffer}. */
export type Offer = { id: string; title: string; areaId: string | null };

/**
 * Stores an idea and answers its receipt, its reference prefixed in the resident's `locale`.
 * `flagged`: see docs/server.md (abuse protections). A `join` may come without the idea's own
 * texts (it signs up for `offer`): its title is then derived ("Doe mee: Buurtmoestuin"), its
 * summary empty, no themes and no neighbours counted.
 */
export async function insertIdea(
  db: Db,
  idea: IdeaSubmission & { areaId: string },
  flagged: boolean,
  locale: Locale = 'nl',
  offer?: Offer | null,
): Promise<IdeaReceipt> {
  const id = newId('idea');
  const now = nowIso();
  const title = idea.title ?? (offer ? `Doe mee: ${offer.title}` : '');
  const summary = idea.summary ?? '';
  return inTransaction(db, async (trx) => {
    const reference = await nextReference(trx, 'idea', locale);
    await trx
      .insertInto('ideas')
      .values({
        id,
        reference,
        track: idea.track,
        title,
        summary,
        description: idea.description ?? null,
        area_id: idea.areaId,
        theme_ids: json(idea.themeIds ?? []),
        location_address: idea.location?.address ?? null,
        neighbours: idea.neighbours ?? 0,
        test_start: idea.testPeriod?.start ?? null,
        test_end: idea.testPeriod?.end ?? null,
        offer_id: idea.offerId ?? null,
        contact_name: idea.contact.name,
        contact_email: idea.contact.email,
        contact_phone: idea.contact.phone ?? null,
        consent_notice_version: idea.consent.noticeVersion,
        honeypot: idea.honeypot,
        fill_ms: idea.fillMs,
        flagged: flagged ? 1 : 0,
        status: 'received',
        initiative_id: null,
        search: normalizeSearch(
          [reference, title, summary, idea.description ?? '', idea.contact.name, idea.contact.email].join('\n'),
        ),
        received_at: now,
        updated_at: now,
        locale,
      })
      .execute();
    return { id, reference, status: 'received' as const, receivedAt: now };
  });
}

type AuditRow = Database['audit_log'];
const parse = (v: string | null): Record<string, unknown> =>
  v === null ? {} : (JSON.parse(v) as Record<string, unknown>);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** One audit entry as a step of an idea's history. */
function toHistory(r: AuditRow): IdeaHistoryEntry {
  const before = parse(r.before);
  const after = parse(r.after);
  const from = str(before['status']) as IdeaStatus | undefined;
  const to = str(after['status']) as IdeaStatus | undefined;
  const reason = str(after['reason']);
  return {
    at: r.at,
    by: r.actor_label,
    action: r.action,
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
    ...(reason ? { reason } : {}),
  };
}

/** The histories of these ideas (their audit entries, oldest first), by idea id. */
async function histories(db: Db, ids: readonly string[]): Promise<Map<string, IdeaHistoryEntry[]>> {
  const out = new Map<string, IdeaHistoryEntry[]>(ids.map((id) => [id, []]));
  if (ids.length === 0) return out;
  const rows = await db
    .selectFrom('audit_log')
    .selectAll()
    .where('target_type', '=', 'idea')
    .where('target_id', 'in', ids)
    .orderBy('at')
    .orderBy('id')
    .execute();
  for (const r of rows) out.get(r.target_id ?? '')?.push(toHistory(r));
  return out;
}

/**
 * The time of a new step of an idea: now, or 1 ms after its latest audit entry when that is not
 * earlier (two steps in the same millisecond), so its history keeps the order of the steps.
 * Called in the step's transaction, after the idea's row is locked by its update.
 */
async function stepAt(trx: Db, id: string): Promise<string> {
  const now = nowIso();
  const last = await trx
    .selectFrom('audit_log')
    .select('at')
    .where('target_type', '=', 'idea')
    .where('target_id', '=', id)
    .orderBy('at', 'desc')
    .limit(1)
    .executeTakeFirst();
  return last && last.at >= now ? new Date(Date.parse(last.at) + 1).toISOString() : now;
}

const toRecord = (r: Database['ideas'], history: IdeaHistoryEntry[]): IdeaRecord => ({
  id: r.id,
  reference: r.reference,
  status: r.status as IdeaStatus,
  track: r.track as IdeaRecord['track'],
  title: r.title,
  summary: r.summary,
  description: r.description,
  areaId: r.area_id,
  themeIds: JSON.parse(r.theme_ids) as string[],
  location: r.location_address === null ? null : { address: r.location_address },
  neighbours: Number(r.neighbours),
  testPeriod: r.test_start && r.test_end ? { start: r.test_start, end: r.test_end } : null,
  offerId: r.offer_id,
  contact: { name: r.contact_name, email: r.contact_email, phone: r.contact_phone },
  consent: { privacy: true, noticeVersion: r.consent_notice_version },
  honeypot: r.honeypot,
  fillMs: Number(r.fill_ms),
  flagged: r.flagged === 1,
  initiativeId: r.initiative_id,
  receivedAt: r.received_at,
  updatedAt: r.updated_at,
  locale: (r.locale as Locale | null) ?? null,
  statusReason: r.status_reason,
  statusChangedAt: r.status_changed_at,
  statusChangedBy: r.status_changed_by,
  reply:
    r.reply !== null && r.replied_at && r.replied_by ? { text: r.reply, at: r.replied_at, by: r.replied_by } : null,
  history,
  erasedAt: r.erased_at,
});

/** Rows as staff records, with their histories. */
async function toRecords(db: Db, rows: Database['ideas'][]): Promise<IdeaRecord[]> {
  const h = await histories(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => toRecord(r, h.get(r.id) ?? []));
}

/** Staff list: newest first; `limit: null` for every row (CSV). */
export async function listIdeas(
  db: Db,
  q: Omit<StaffIdeaQuery, 'limit'> & { limit: number | null },
): Promise<{ items: IdeaRecord[]; total: number; nextCursor: string | null }> {
  let qb = db.selectFrom('ideas');
  if (q.status) qb = qb.where('status', '=', q.status);
  if (q.track) qb = qb.where('track', '=', q.track);
  if (q.areaId) qb = qb.where('area_id', '=', q.areaId);
  if (q.flagged !== 'any') qb = qb.where('flagged', '=', q.flagged === 'true' ? 1 : 0);
  if (q.q) qb = qb.where(containsText(sql.ref('search'), q.q));
  const total = await qb.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  let page = qb.selectAll().orderBy('received_at', 'desc').orderBy('id', 'desc');
  if (q.cursor) {
    const c = decodeCursor(q.cursor);
    if (!c) throw new InvalidCursorError();
    const [k, id] = c;
    page = page.where((eb) =>
      eb.or([eb('received_at', '<', k), eb.and([eb('received_at', '=', k), eb('id', '<', id)])]),
    );
  }
  const rows = await (q.limit === null ? page : page.limit(q.limit + 1)).execute();
  const more = q.limit !== null && rows.length > q.limit;
  const items = await toRecords(db, q.limit === null ? rows : rows.slice(0, q.limit));
  const last = items.at(-1);
  return { items, total: Number(total.n), nextCursor: more && last ? encodeCursor(last.receivedAt, last.id) : null };
}

/** One idea for staff, or null. */
export async function getIdea(db: Db, id: string): Promise<IdeaRecord | null> {
  const r = await db.selectFrom('ideas').selectAll().where('id', '=', id).executeTakeFirst();
  return r ? ((await toRecords(db, [r]))[0] ?? null) : null;
}

/**
 * Moves an idea from `from` to `to` with who, when and why, and audits it (`idea.status`), in one
 * transaction. False (nothing written) when the idea is no longer in `from` (a concurrent change).
 */
export async function changeIdeaStatus(
  db: Db,
  actor: Actor,
  id: string,
  from: IdeaStatus,
  to: IdeaStatus,
  reason: string | null,
): Promise<boolean> {
  return inTransaction(db, async (trx) => {
    const res = await trx
      .updateTable('ideas')
      .set({ status: to })
      .where('id', '=', id)
      .where('status', '=', from)
      .executeTakeFirst();
    if (Number(res.numUpdatedRows) === 0) return false;
    const at = await stepAt(trx, id);
    await trx
      .updateTable('ideas')
      .set({ status_reason: reason, status_changed_at: at, status_changed_by: actor.label, updated_at: at })
      .where('id', '=', id)
      .execute();
    await recordAudit(
      trx,
      actor,
      {
        action: 'idea.status',
        targetType: 'idea',
        targetId: id,
        before: { status: from },
        after: reason === null ? { status: to } : { status: to, reason },
      },
      at,
    );
    return true;
  });
}

/** Stores the reply to the resident (replacing an earlier one) and audits it (`idea.reply`); false when there is no such idea. */
export async function setIdeaReply(db: Db, actor: Actor, id: string, text: string): Promise<boolean> {
  return inTransaction(db, async (trx) => {
    const res = await trx.updateTable('ideas').set({ reply: text }).where('id', '=', id).executeTakeFirst();
    if (Number(res.numUpdatedRows) === 0) return false;
    const at = await stepAt(trx, id);
    await trx
      .updateTable('ideas')
      .set({ replied_at: at, replied_by: actor.label, updated_at: at })
      .where('id', '=', id)
      .execute();
    await recordAudit(trx, actor, { action: 'idea.reply', targetType: 'idea', targetId: id, after: { text } }, at);
    return true;
  });
}

/**
 * Publishes an accepted idea as an initiative (texts in Dutch only, so every language shows what
 * the resident wrote until staff translate it), marks the idea `published` with who and when, and
 * audits it (`idea.publish`, the new initiative's id in `after`), in one transaction. The idea is
 * only marked while it is `accepted` without an initiative: when a concurrent change got there
 * first, nothing is kept and `'not-accepted'` is answered (the caller says why: a 409).
 */
export async function publishIdea(
  db: Db,
  actor: Actor,
  idea: IdeaRecord,
  choices: PublishIdea,
): Promise<string | 'not-accepted'> {
  const text = (s: string) => ({ nl: s });
  const done = await db
    .transaction()
    .execute(async (trx) => {
      const initiativeId = await createInitiative(
        trx,
        {
          id: choices.id,
          title: text(idea.title),
          summary: text(idea.summary),
          description: text(idea.description ?? ''),
          areaId: idea.areaId,
          themeIds: idea.themeIds,
          rung: choices.rung ?? 1,
          coproduction: choices.coproduction ?? 'co-creation',
          status: choices.status ?? (idea.track === 'experiment' ? 'testing' : 'idea'),
          organiser: choices.organiser ?? 'residents',
          needsVolunteers: choices.needsVolunteers ?? false,
          links: [],
          image: null,
          startDate: idea.testPeriod?.start ?? null,
          endDate: idea.testPeriod?.end ?? null,
          published: true,
        },
        { sourceIdeaId: idea.id },
      );
      const res = await trx
        .updateTable('ideas')
        .set({ status: 'published', initiative_id: initiativeId })
        .where('id', '=', idea.id)
        .where('status', '=', 'accepted')
        .where('initiative_id', 'is', null)
        .executeTakeFirst();
      if (Number(res.numUpdatedRows) === 0) throw new NotAccepted();
      const at = await stepAt(trx, idea.id);
      await trx
        .updateTable('ideas')
        .set({ status_reason: null, status_changed_at: at, status_changed_by: actor.label, updated_at: at })
        .where('id', '=', idea.id)
        .execute();
      await recordAudit(
        trx,
        actor,
        {
          action: 'idea.publish',
          targetType: 'idea',
          targetId: idea.id,
          before: { status: 'accepted' },
          after: { status: 'published', initiativeId },
        },
        at,
      );
      return initiativeId;
    })
    .catch((e: unknown) => {
      if (e instanceof NotAccepted) return null;
      throw e;
    });
  return done ?? 'not-accepted';
}

/** Rolls the publishing transaction back when the idea changed concurrently. */
class NotAccepted extends Error {}
