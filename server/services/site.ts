/**
 * The site and what it allows: the municipality as residents see it, and the choices a submission
 * or a staff change may make (open tracks; areas, themes and offers that exist).
 */
import type { FieldError, IdeaTrack, Locale, Site } from '../../src/schema/index.js';
import type { Db } from '../db/database.js';
import { existingIds, getSite, ideaChoices } from '../db/site.js';
import { SiteNotConfiguredError, ValidationError } from '../errors.js';

/**
 * The site in `locale`; 503 with how to set it up while the database has none. `email`: whether
 * this server sends e-mail (mail on), so widgets promise a confirmation e-mail only then.
 */
export async function siteFor(db: Db, locale: Locale, email?: boolean): Promise<Site> {
  const site = await getSite(db, locale);
  if (!site) throw new SiteNotConfiguredError();
  return email === undefined ? site : { ...site, email };
}

/**
 * The field errors of an idea's choices against the site: its track must be open, its area (when
 * it needs one: `areaRequired`) and themes must exist. Field paths are the submission's.
 */
export async function ideaChoiceErrors(
  db: Db,
  choice: { track: IdeaTrack; areaId: string | undefined; areaRequired: boolean; themeIds: readonly string[] },
): Promise<FieldError[]> {
  const { areaId, themeIds } = choice;
  const found = await ideaChoices(db, { areas: areaId === undefined ? [] : [areaId], themes: themeIds, offers: [] });
  const errors: FieldError[] = [];
  if (!found.tracks.includes(choice.track)) errors.push({ path: 'track', code: 'invalid-choice' });
  if (areaId === undefined) {
    if (choice.areaRequired) errors.push({ path: 'areaId', code: 'required' });
  } else if (!found.areas.has(areaId)) errors.push({ path: 'areaId', code: 'invalid-choice' });
  themeIds.forEach((t, i) => {
    if (!found.themes.has(t)) errors.push({ path: `themeIds.${i}`, code: 'invalid-choice' });
  });
  return errors;
}

/** Staff content: the area and themes given must exist (422 invalid-choice otherwise). */
export async function checkAreaAndThemes(
  db: Db,
  areaId: string | null | undefined,
  themeIds: readonly string[] | undefined,
): Promise<void> {
  const errors: FieldError[] = [];
  if (areaId && !(await existingIds(db, 'areas', [areaId])).has(areaId))
    errors.push({ path: 'areaId', code: 'invalid-choice' });
  if (themeIds) {
    const ok = await existingIds(db, 'themes', themeIds);
    themeIds.forEach((t, i) => ok.has(t) || errors.push({ path: `themeIds.${i}`, code: 'invalid-choice' }));
  }
  if (errors.length > 0) throw new ValidationError(errors);
}
