/**
 * Ideas: stored with every field the resident sent; listed, moved through their statuses and
 * published as initiatives by staff.
 */
import type { IdeaReceipt, IdeaSubmission, Locale } from '../../src/schema/index.js';
import type { IdeaRecord, IdeaStatus, PublishIdea, StaffIdeaQuery } from '../../src/schema/staff/index.js';
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

const toRecord = (r: Database['ideas']): IdeaRecord => ({
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
});

/** Staff list: newest first; `limit: null` for every row (CSV). */
export async function listIdeas(
  db: Db,
  q: Omit<StaffIdeaQuery, 'limit'> & { limit: number | null },
): Promise<{ items: IdeaRecord[]; total: number; nextCursor: string | null }> {
  let qb = db.selectFrom('ideas');
  if (q.status) qb = qb.where('status', '=', q.status);
  if (q.track) qb = qb.where('track', '=', q.track);
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
  const items = (q.limit === null ? rows : rows.slice(0, q.limit)).map(toRecord);
  const last = items.at(-1);
  return { items, total: Number(total.n), nextCursor: more && last ? encodeCursor(last.receivedAt, last.id) : null };
}

/** One idea for staff, or null. */
export async function getIdea(db: Db, id: string): Promise<IdeaRecord | null> {
  const r = await db.selectFrom('ideas').selectAll().where('id', '=', id).executeTakeFirst();
  return r ? toRecord(r) : null;
}

/** Sets the status; null when there is no such idea. */
export async function setIdeaStatus(db: Db, id: string, status: IdeaStatus): Promise<IdeaRecord | null> {
  const res = await db
    .updateTable('ideas')
    .set({ status, updated_at: nowIso() })
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 0 ? null : getIdea(db, id);
}

/**
 * Publishes an idea as an initiative (texts in Dutch only, so every language shows what the
 * resident wrote until staff translate it) and marks the idea `published`, in one transaction.
 * The idea is only marked while it has no initiative yet: when a concurrent publish got there
 * first, nothing is kept and `'already-published'` is answered (a 409).
 */
export async function publishIdea(
  db: Db,
  idea: IdeaRecord,
  choices: PublishIdea,
): Promise<string | 'already-published'> {
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
        .set({ status: 'published', initiative_id: initiativeId, updated_at: nowIso() })
        .where('id', '=', idea.id)
        .where('initiative_id', 'is', null)
        .executeTakeFirst();
      if (Number(res.numUpdatedRows) === 0) throw new AlreadyPublished();
      return initiativeId;
    })
    .catch((e: unknown) => {
      if (e instanceof AlreadyPublished) return null;
      throw e;
    });
  return done ?? 'already-published';
}

/** Rolls the publishing transaction back when the idea was published concurrently. */
class AlreadyPublished extends Error {}
