/**
 * Ideas, the rules: a resident's idea checked against the site (open track, existing area and
 * themes, an existing offer; a `join` without `areaId` takes the offer's area, an offer that runs
 * everywhere needs the resident's), flagged when the honeypot is filled or the form was filled too
 * fast (accepted all the same: see docs/server.md); and for staff: reading, moving through the
 * statuses by the transition table ({@link TRANSITIONS}), replying, publishing an accepted idea as
 * an initiative (once). Every staff write names its actor and is audited in its transaction.
 */
import type { IdeaReceipt, IdeaSubmission, Initiative, Locale } from '../../src/schema/index.js';
import type { Actor } from '../db/audit.js';
import type { Db } from '../db/database.js';
import {
  changeIdeaStatus,
  getIdea,
  getOffer,
  insertIdea,
  listIdeas,
  publishIdea,
  setIdeaReply,
  type Offer,
} from '../db/ideas.js';
import { getInitiative } from '../db/initiatives.js';
import { nowIso } from '../db/database.js';
import { inTransaction, orIdTaken } from '../db/util.js';
import { AlreadyPublishedError, ConflictError, NotFoundError, ValidationError } from '../errors.js';
import type {
  IdeaRecord,
  IdeaStatus,
  IdeaStatusPatch,
  PublishIdea,
  StaffIdeaQuery,
} from '../../src/schema/staff/index.js';
import { isFlagged } from './flagging.js';
import { mailIdeaReceived, mailIdeaReply } from './mail-messages.js';
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

/**
 * Stores a checked idea (in `db`'s transaction when it is one) and answers its receipt. With
 * `mail` on, the same transaction puts the resident's receipt e-mail and the immediate staff
 * notifications in the outbox (none for a flagged idea).
 */
export const storeIdea = (
  db: Db,
  { idea, offer, flagged }: CheckedIdea,
  locale: Locale,
  mail = false,
): Promise<IdeaReceipt> =>
  inTransaction(db, async (trx) => {
    const receipt = await insertIdea(trx, idea, flagged, locale, offer);
    if (mail) await mailIdeaReceived(trx, receipt.id);
    return receipt;
  });

/** Staff list (400 for a cursor that is not ours); `limit: null` for every row (CSV). */
export const ideasForStaff = (db: Db, q: Omit<StaffIdeaQuery, 'limit'> & { limit: number | null }) => listIdeas(db, q);

/** One idea with every field (404 when there is none). */
export async function ideaForStaff(db: Db, id: string): Promise<IdeaRecord> {
  const idea = await getIdea(db, id);
  if (!idea) throw new NotFoundError();
  return idea;
}

/**
 * The moves staff may make with `PATCH /v1/staff/ideas/{id}`, from each status (docs/server.md
 * shows the same table). Anything else is a 409. `published` is reached only by publishing an
 * `accepted` idea ({@link publish}), and nothing leaves it.
 */
export const TRANSITIONS: Readonly<Record<IdeaStatus, readonly IdeaStatus[]>> = {
  received: ['under-review', 'accepted', 'declined'],
  'under-review': ['accepted', 'declined', 'received'],
  accepted: ['under-review', 'declined'],
  declined: ['under-review'],
  published: [],
};

/** Why a move is refused (409), in words a staff member can act on. */
function refusal(from: IdeaStatus, to: IdeaStatus): ConflictError {
  const allowed = TRANSITIONS[from];
  const why =
    from === to
      ? `The idea is already ${to}.`
      : to === 'published'
        ? 'An idea is published through POST /v1/staff/ideas/{id}/publish, once it is accepted.'
        : `An idea that is ${from} cannot be moved to ${to}.`;
  const next = allowed.length ? `From ${from} it can move to: ${allowed.join(', ')}.` : `Nothing moves a ${from} idea.`;
  return new ConflictError(why, [{ path: 'status', code: 'invalid-choice' }], next);
}

/**
 * Moves an idea to `status` as `actor`: 404 unknown idea, 409 for a move outside
 * {@link TRANSITIONS} (also when a concurrent change got there first), 422 `required` at `reason`
 * for `declined` without one. The reason is stored with the idea (cleared by a move without one).
 */
export async function setStatus(db: Db, actor: Actor, id: string, patch: IdeaStatusPatch): Promise<IdeaRecord> {
  if (patch.status === 'declined' && patch.reason === undefined)
    throw new ValidationError([{ path: 'reason', code: 'required' }]);
  const idea = await ideaForStaff(db, id);
  if (!TRANSITIONS[idea.status].includes(patch.status)) throw refusal(idea.status, patch.status);
  if (!(await changeIdeaStatus(db, actor, id, idea.status, patch.status, patch.reason ?? null))) {
    const now = await ideaForStaff(db, id);
    throw refusal(now.status, patch.status);
  }
  return ideaForStaff(db, id);
}

/**
 * Stores the reply to the resident as `actor` (404 unknown idea); a later reply replaces it, the
 * history keeps both. With `mail` on, storing the reply is sending it: the same transaction puts
 * the reply, with the idea's status in words, in the outbox to the resident (in their language;
 * not for a flagged idea or one whose contact details are erased). A status change alone sends
 * nothing: staff reply to say why.
 */
export async function reply(db: Db, actor: Actor, id: string, text: string, mail = false): Promise<IdeaRecord> {
  await inTransaction(db, async (trx) => {
    if (!(await setIdeaReply(trx, actor, id, text))) throw new NotFoundError();
    if (mail) await mailIdeaReply(trx, id, nowIso());
  });
  return ideaForStaff(db, id);
}

/** The 409 for publishing an idea that is not `accepted`. */
function notPublishable(idea: IdeaRecord): ConflictError {
  if (idea.initiativeId) return new AlreadyPublishedError(idea.initiativeId);
  return new ConflictError(
    'Only an accepted idea can be published.',
    [{ path: 'status', code: 'invalid-choice' }],
    `The idea is ${idea.status}: accept it first (PATCH /v1/staff/ideas/{id} {"status":"accepted"}).`,
  );
}

/**
 * Publishes an accepted idea as an initiative as `actor`: 404 unknown idea, 409 when it is not
 * accepted, is published already (also when a concurrent change got there first) or the chosen
 * initiative id is taken.
 */
export async function publish(
  db: Db,
  actor: Actor,
  id: string,
  choices: PublishIdea,
): Promise<{ idea: IdeaRecord | null; initiative: Initiative | null }> {
  const idea = await ideaForStaff(db, id);
  if (idea.status !== 'accepted' || idea.initiativeId) throw notPublishable(idea);
  const initiativeId = await orIdTaken(publishIdea(db, actor, idea, choices));
  if (initiativeId === 'not-accepted') throw notPublishable(await ideaForStaff(db, id));
  return { idea: await getIdea(db, idea.id), initiative: await getInitiative(db, initiativeId, 'nl', true) };
}
