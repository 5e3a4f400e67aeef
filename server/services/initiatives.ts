/**
 * Initiatives, the rules: residents see published ones only; staff create and change them with an
 * area and themes that exist and an id of their own that is not taken, and unpublish them; each
 * of those writes is audited (`initiative.create|update|unpublish`, with the fields sent) in its
 * transaction. Answers to staff are the public shape in Dutch, unpublished ones included.
 */
import type { Initiative, InitiativeQuery, Locale } from '../../src/schema/index.js';
import { recordAudit, type Actor } from '../db/audit.js';
import type { Db } from '../db/database.js';
import {
  createInitiative,
  getInitiative,
  initiativeExists,
  listInitiatives,
  updateInitiative,
} from '../db/initiatives.js';
import { getStaffInitiative, listStaffInitiatives } from '../db/staff-lists.js';
import { inTransaction, orIdTaken } from '../db/util.js';
import { IdTakenError, NotFoundError } from '../errors.js';
import type {
  InitiativeInput,
  InitiativePatch,
  StaffInitiative,
  StaffInitiativeQuery,
} from '../../src/schema/staff/index.js';
import { checkAreaAndThemes } from './site.js';

/** One page of published initiatives (400 for a cursor that is not ours). */
export const publicInitiatives = (
  db: Db,
  query: InitiativeQuery,
  locale: Locale,
): Promise<{ items: Initiative[]; total: number; nextCursor: string | null }> => listInitiatives(db, query, locale);

/** One published initiative in `locale` (404 otherwise). */
export async function publicInitiative(db: Db, id: string, locale: Locale): Promise<Initiative> {
  const i = await getInitiative(db, id, locale);
  if (!i) throw new NotFoundError();
  return i;
}

/** One initiative, published or not, for staff, with `published` and its texts per language (404 otherwise). */
export async function initiativeForStaff(db: Db, id: string): Promise<StaffInitiative> {
  const i = await getStaffInitiative(db, id);
  if (!i) throw new NotFoundError();
  return i;
}

/** Staff list of initiatives, published or not, with their texts per language (400 for a cursor that is not ours). */
export const staffInitiatives = (db: Db, q: StaffInitiativeQuery) => listStaffInitiatives(db, q);

/** Creates an initiative as `actor`: 422 for an unknown area or theme, 409 for a taken id. */
export async function create(db: Db, actor: Actor, input: InitiativeInput): Promise<StaffInitiative> {
  await checkAreaAndThemes(db, input.areaId, input.themeIds);
  if (input.id && (await initiativeExists(db, input.id))) throw new IdTakenError();
  const id = await orIdTaken(
    inTransaction(db, async (trx) => {
      const id = await createInitiative(trx, input);
      await recordAudit(trx, actor, {
        action: 'initiative.create',
        targetType: 'initiative',
        targetId: id,
        after: input,
      });
      return id;
    }),
  );
  return initiativeForStaff(db, id);
}

/** Changes an initiative as `actor`: 422 for an unknown area or theme, 404 for an unknown initiative. */
export async function update(db: Db, actor: Actor, id: string, patch: InitiativePatch): Promise<StaffInitiative> {
  await checkAreaAndThemes(db, patch.areaId, patch.themeIds);
  await inTransaction(db, async (trx) => {
    if (!(await updateInitiative(trx, id, patch))) throw new NotFoundError();
    await recordAudit(trx, actor, {
      action: 'initiative.update',
      targetType: 'initiative',
      targetId: id,
      after: patch,
    });
  });
  return initiativeForStaff(db, id);
}

/** Takes an initiative offline as `actor` (404 for an unknown one). */
export async function unpublish(db: Db, actor: Actor, id: string): Promise<void> {
  await inTransaction(db, async (trx) => {
    if (!(await updateInitiative(trx, id, { published: false }))) throw new NotFoundError();
    await recordAudit(trx, actor, {
      action: 'initiative.unpublish',
      targetType: 'initiative',
      targetId: id,
      after: { published: false },
    });
  });
}
