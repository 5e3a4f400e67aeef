/**
 * Drafts of unfinished forms, so a resident who closes the tab finds their text again, and the
 * storage both drafts and the outbox use: localStorage when it works, memory when it does not
 * (disabled, sandboxed, full). Drafts expire after 7 days.
 */

/** Days a draft or an unsent submission is kept. */
export const KEEP_MS = 7 * 24 * 60 * 60 * 1000;
/** Prefix of the localStorage keys of drafts. */
export const DRAFT_PREFIX = 'civic-widgets:draft:';

/** A key-value store that never throws: localStorage with a memory overlay for what it refuses. */
export interface SafeStore {
  get(key: string): string | null;
  set(key: string, value: string): void;
  remove(key: string): void;
  /** All keys starting with `prefix`. */
  keys(prefix: string): string[];
  /** True once something could be kept only in memory (lost when the page closes). */
  readonly inMemory: boolean;
}

function tryOr<T>(fn: () => T, fallback: T): T {
  try {
    return fn();
  } catch {
    return fallback;
  }
}

const stores = new WeakMap<object, SafeStore>();
const noStorage = {};

/**
 * The store over `storage` (default: `localStorage`, which may itself be unreachable). One store
 * per Storage object, so every user on the page shares the same memory overlay.
 */
export function safeStore(storage?: Storage | null): SafeStore {
  const target: Storage | null = storage ?? tryOr(() => globalThis.localStorage ?? null, null);
  const id: object = target ?? noStorage;
  let store = stores.get(id);
  if (store) return store;
  const memory = new Map<string, string>();
  let inMemory = !target;
  store = {
    get: (key) => memory.get(key) ?? tryOr(() => target?.getItem(key) ?? null, null),
    set(key, value) {
      try {
        if (!target) throw new Error('no storage');
        target.setItem(key, value);
        memory.delete(key);
      } catch {
        memory.set(key, value);
        inMemory = true;
      }
    },
    remove(key) {
      memory.delete(key);
      tryOr(() => target?.removeItem(key), undefined);
    },
    keys(prefix) {
      const found = new Set([...memory.keys()].filter((k) => k.startsWith(prefix)));
      tryOr(() => {
        for (let i = 0; target && i < target.length; i++) {
          const k = target.key(i);
          if (k?.startsWith(prefix)) found.add(k);
        }
      }, undefined);
      return [...found];
    },
    get inMemory() {
      return inMemory;
    },
  };
  stores.set(id, store);
  return store;
}

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
