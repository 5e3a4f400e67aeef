/**
 * Drafts of unfinished forms, so a resident who closes the tab finds their text again. Kept in the
 * safe store (localStorage, or memory when it refuses); they expire after 7 days.
 */
import { KEEP_MS, safeStore, tryOr } from './safe-store.js';

/** Prefix of the localStorage keys of drafts. */
export const DRAFT_PREFIX = 'civic-widgets:draft:';

/** Options shared by the draft functions (tests inject storage and clock). */
export interface DraftOptions {
  storage?: Storage | null;
  now?: () => number;
}

/** A loaded draft: the form values and when they were saved (ms since epoch). */
export interface Draft<T> {
  values: T;
  savedAt: number;
}

/** Saves the values of the form `id` (e.g. `idea-form:/wijk-noord`). Never throws. */
export function saveDraft<T>(id: string, values: T, options: DraftOptions = {}): void {
  const savedAt = (options.now ?? Date.now)();
  tryOr(() => safeStore(options.storage).set(DRAFT_PREFIX + id, JSON.stringify({ values, savedAt })), undefined);
}

/** The draft of form `id`, or `null` when there is none, it is older than 7 days, or unreadable. */
export function loadDraft<T = unknown>(id: string, options: DraftOptions = {}): Draft<T> | null {
  const store = safeStore(options.storage);
  const raw = store.get(DRAFT_PREFIX + id);
  if (raw === null) return null;
  const draft = tryOr(() => JSON.parse(raw) as Draft<T> | null, null);
  const now = (options.now ?? Date.now)();
  if (!draft || typeof draft.savedAt !== 'number' || !('values' in draft) || now - draft.savedAt > KEEP_MS) {
    store.remove(DRAFT_PREFIX + id);
    return null;
  }
  return draft;
}

/** Deletes the draft of form `id` (after a confirmed success, or when the resident clears the form). */
export function clearDraft(id: string, options: DraftOptions = {}): void {
  safeStore(options.storage).remove(DRAFT_PREFIX + id);
}

/** Deletes every draft older than 7 days; returns how many. */
export function purgeExpiredDrafts(options: DraftOptions = {}): number {
  const store = safeStore(options.storage);
  let n = 0;
  for (const key of store.keys(DRAFT_PREFIX)) {
    if (!loadDraft(key.slice(DRAFT_PREFIX.length), options)) n++;
  }
  return n;
}
