/**
 * Initiatives, the rules: residents see published ones only; staff create and change them with an
 * area and themes that exist and an id of their own that is not taken, and unpublish them.
 * Answers to staff are the public shape in Dutch, unpublished ones included.
 */
import type { Initiative, InitiativeQuery, Locale } from '../../src/schema/index.js';
import type { Db } from '../db/database.js';
import {
  createInitiative,
  getInitiative,
  initiativeExists,
  listInitiatives,
  updateInitiative,
} from '../db/initiatives.js';
import { orIdTaken } from '../db/util.js';
import { IdTakenError, NotFoundError } from '../errors.js';
import type { InitiativeInput, InitiativePatch } from '../../src/schema/staff/index.js';
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

/** One initiative, published or not, for staff (404 otherwise). */
export async function initiativeForStaff(db: Db, id: string): Promise<Initiative> {
  const i = await getInitiative(db, id, 'nl', true);
  if (!i) throw new NotFoundError();
  return i;
}

/** Creates an initiative: 422 for an unknown area or theme, 409 for a taken id. */
export async function create(db: Db, input: InitiativeInput): Promise<Initiative> {
  await checkAreaAndThemes(db, input.areaId, input.themeIds);
  if (input.id && (await initiativeExists(db, input.id))) throw new IdTakenError();
  return initiativeForStaff(db, await orIdTaken(createInitiative(db, input)));
}

/** Changes an initiative: 422 for an unknown area or theme, 404 for an unknown initiative. */
export async function update(db: Db, id: string, patch: InitiativePatch): Promise<Initiative> {
  await checkAreaAndThemes(db, patch.areaId, patch.themeIds);
  if (!(await updateInitiative(db, id, patch))) throw new NotFoundError();
  return initiativeForStaff(db, id);
}

/** Takes an initiative offline (404 for an unknown one). */
export async function unpublish(db: Db, id: string): Promise<void> {
  if (!(await updateInitiative(db, id, { published: false }))) throw new NotFoundError();
}
