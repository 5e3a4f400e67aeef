/**
 * The storage drafts and the outbox use: localStorage when it works, memory when it does not
 * (disabled, sandboxed, full). Never throws.
 */

/** Days a draft or an unsent submission is kept. */
export const KEEP_MS = 7 * 24 * 60 * 60 * 1000;

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

/** `fn()`, or `fallback` when it throws (storage that is disabled, sandboxed or full). */
export function tryOr<T>(fn: () => T, fallback: T): T {
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
