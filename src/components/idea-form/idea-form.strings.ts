/** The idea form's strings in nl, fr and en (the shared ones plus its own), and how a field's error reads. */
import type { Catalogs } from '../../i18n/catalog.js';
import type { LocalizeController } from '../../i18n/controller.js';
import { ideaForm } from '../../i18n/nl/idea-form.js';
import type { CommonStrings, IdeaFormStrings } from '../../i18n/types.js';
import { widgetCatalogs } from '../../internal/widget-catalogs.js';
import { MAX_TEST_MONTHS } from '../../schema/idea.js';
import type { FieldErrorCode } from '../../schema/problem.js';
import { FIELDS, LIMITS } from './idea-form.body.js';

export type IdeaStrings = CommonStrings & IdeaFormStrings;
export type IdeaI18n = LocalizeController<IdeaStrings>;

export const catalogs: Catalogs<IdeaStrings> = widgetCatalogs<IdeaStrings>('ideaForm', ideaForm);

/**
 * The error message of a field: its own for the test period, else the shared one with the field's
 * name and the schema's limit (the minimum for too-short/too-small, the maximum for too-long/too-big).
 */
export function fieldMessage(i18n: IdeaI18n, path: string, code: FieldErrorCode, track: unknown): string {
  if (path === 'testPeriod.end' && code === 'too-big') return i18n.t('periodTooLong', MAX_TEST_MONTHS);
  if (path === 'testPeriod.start' && code === 'too-small') return i18n.t('startInPast');
  if (path === 'description' && track === 'join' && code === 'too-long') {
    return i18n.t('fieldError', code, i18n.t('joinNoteLabel'), LIMITS.description?.[1]);
  }
  const [min, max] = LIMITS[path] ?? [0, 0];
  const limit = code === 'too-short' || code === 'too-small' ? min : max;
  return i18n.t('fieldError', code, i18n.t('ideaNoun', FIELDS[path] ?? 'title'), limit);
}
