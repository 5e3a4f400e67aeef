/**
 * Ideas, the rules: a resident's idea checked against the site (open track, existing area and
 * themes, an existing offer; a `join` without `areaId` takes the offer's area, an offer that runs
 * everywhere needs the resident's), flagged when the honeypot is filled or the form was filled too
 * fast (accepted all the same: see docs/server.md); and for staff: reading, moving through the
 * statuses, publishing as an initiative (once).
 */
import type { IdeaReceipt, IdeaSubmission, Initiative, Locale } from '../../src/schema/index.js';
import type { Db } from '../db/database.js';
import { getIdea, getOffer, insertIdea, listIdeas, publishIdea, setIdeaStatus, type Offer } from '../db/ideas.js';
import { getInitiative } from '../db/initiatives.js';
import { orIdTaken } from '../db/util.js';
import { AlreadyPublishedError, NotFoundError, ValidationError } from '../errors.js';
import type { IdeaRecord, IdeaStatus, PublishIdea, StaffIdeaQuery } from '../../src/schema/staff/index.js';
import { isFlagged } from './flagging.js';
import { ideaChoiceErrors } from './site.js';

/** An idea that passed the site's rules, ready to store. */
export interface CheckedIdea {
  readonly idea: IdeaSubmission & { areaId: string };
  readonly offer: Offer | undefined;
  readonly flagged: boolean;
}

/** Checks a submitted idea against the site (422 with every failing field) and flags it. */
export async function checkIdea(db: Db, idea: IdeaSubmission, minFillMs: number): Promise<CheckedIdea> {
  const offer = idea.offerId === undefined ? undefined : ((await getOffer(db, idea.offerId)) ?? undefined);
  // A join without an area takes the offer's; an offer that runs everywhere needs the resident's.
  const areaId = idea.areaId ?? offer?.areaId ?? undefined;
  const errors = await ideaChoiceErrors(db, {
    track: idea.track,
    areaId,
    areaRequired: offer !== undefined || idea.offerId === undefined,
    themeIds: idea.themeIds ?? [],
  });
  if (idea.offerId !== undefined && !offer) errors.push({ path: 'offerId', code: 'invalid-choice' });
  if (errors.length > 0 || areaId === undefined) throw new ValidationError(errors);
  return { idea: { ...idea, areaId }, offer, flagged: isFlagged(idea, minFillMs) };
}

/** Stores a checked idea (in `db`'s transaction when it is one) and answers its receipt. */
export const storeIdea = (db: Db, { idea, offer, flagged }: CheckedIdea, locale: Locale): Promise<IdeaReceipt> =>
  insertIdea(db, idea, flagged, locale, offer);

/** Staff list (400 for a cursor that is not ours); `limit: null` for every row (CSV). */
export const ideasForStaff = (db: Db, q: Omit<StaffIdeaQuery, 'limit'> & { limit: number | null }) => listIdeas(db, q);

/** One idea with every field (404 when there is none). */
export async function ideaForStaff(db: Db, id: string): Promise<IdeaRecord> {
  const idea = await getIdea(db, id);
  if (!idea) throw new NotFoundError();
  return idea;
}

/** Moves an idea to `status` (404 when there is none). */
export async function setStatus(db: Db, id: string, status: IdeaStatus): Promise<IdeaRecord> {
  const idea = await setIdeaStatus(db, id, status);
  if (!idea) throw new NotFoundError();
  return idea;
}

/**
 * Publishes an idea as an initiative: 404 unknown idea, 409 when it is published already (also
 * when a concurrent publish got there first) or the chosen initiative id is taken.
 */
export async function publish(
  db: Db,
  id: string,
  choices: PublishIdea,
): Promise<{ idea: IdeaRecord | null; initiative: Initiative | null }> {
  const idea = await ideaForStaff(db, id);
  if (idea.initiativeId) throw new AlreadyPublishedError(idea.initiativeId);
  const initiativeId = await orIdTaken(publishIdea(db, idea, choices));
  if (initiativeId === 'already-published')
    throw new AlreadyPublishedError((await getIdea(db, idea.id))?.initiativeId ?? null);
  return { idea: await getIdea(db, idea.id), initiative: await getInitiative(db, initiativeId, 'nl', true) };
}
