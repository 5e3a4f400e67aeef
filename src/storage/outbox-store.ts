/**
 * The outbox's store: each submission not yet confirmed, kept in the safe store (localStorage, or
 * memory when it refuses) under its Idempotency-Key until it is confirmed or refused for good.
 * Entries expire after 7 days. Sending them is src/api/outbox.ts.
 */
import type { ApiErrorCode } from '../api/errors.js';
import { KEEP_MS, safeStore, type SafeStore } from './safe-store.js';

/** Prefix of the localStorage keys of unsent submissions. */
export const OUTBOX_PREFIX = 'civic-widgets:outbox:';

/** Kinds of submission. */
export const OUTBOX_KINDS = ['idea', 'volunteer-signup'] as const;
export type OutboxKind = (typeof OUTBOX_KINDS)[number];
/** One unsent submission. */
export interface OutboxEntry {
  /** The Idempotency-Key, sent with every attempt. */
  key: string;
  endpoint: string;
  /** e.g. `/v1/ideas`; always sent as POST. */
  path: string;
  body: unknown;
  kind: OutboxKind;
  /** ms since epoch. */
  createdAt: number;
  /** Attempts made so far (each may include the client's own retries). */
  attempts: number;
  /** Why the last attempt did not confirm it (what the widget tells the resident after a reload). */
  lastError?: ApiErrorCode;
}

/** Injectable storage and clock. */
export interface OutboxStoreOptions {
  storage?: Storage | null;
  now?: () => number;
}

const isEntry = (e: unknown): e is OutboxEntry => {
  const x = e as Partial<OutboxEntry> | null;
  return (
    !!x &&
    typeof x.key === 'string' &&
    typeof x.createdAt === 'number' &&
    typeof x.path === 'string' &&
    (OUTBOX_KINDS as readonly unknown[]).includes(x.kind)
  );
};

/** Unsent submissions in localStorage (or memory, see {@link Outbox.inMemory}). */
export class Outbox {
  readonly #store: SafeStore;
  readonly #now: () => number;

  constructor(options: OutboxStoreOptions = {}) {
    this.#store = safeStore(options.storage);
    this.#now = options.now ?? Date.now;
  }

  /** True when storage refused an entry: it is kept only until the page closes. */
  get inMemory(): boolean {
    return this.#store.inMemory;
  }

  /** Stores (or replaces) an entry; returns it complete. */
  add(entry: Omit<OutboxEntry, 'createdAt' | 'attempts'> & Partial<OutboxEntry>): OutboxEntry {
    const full: OutboxEntry = { createdAt: this.#now(), attempts: 0, ...entry };
    this.#store.set(OUTBOX_PREFIX + full.key, JSON.stringify(full));
    return full;
  }

  /** The entry with this key, or `null` (also when expired or unreadable). */
  get(key: string): OutboxEntry | null {
    const raw = this.#store.get(OUTBOX_PREFIX + key);
    let entry: unknown = null;
    try {
      entry = raw === null ? null : JSON.parse(raw);
    } catch {
      /* unreadable: dropped below */
    }
    if (isEntry(entry) && this.#now() - entry.createdAt <= KEEP_MS) return entry;
    if (raw !== null) this.remove(key);
    return null;
  }

  /** Deletes an entry. */
  remove(key: string): void {
    this.#store.remove(OUTBOX_PREFIX + key);
  }

  /** Live entries, oldest first, optionally only those for one endpoint. */
  list(endpoint?: string): OutboxEntry[] {
    return this.#store
      .keys(OUTBOX_PREFIX)
      .map((k) => this.get(k.slice(OUTBOX_PREFIX.length)))
      .filter((e): e is OutboxEntry => !!e && (endpoint === undefined || e.endpoint === endpoint))
      .sort((a, b) => a.createdAt - b.createdAt);
  }

  /** Deletes entries older than 7 days (and unreadable ones); returns how many. */
  purgeExpired(): number {
    const keys = this.#store.keys(OUTBOX_PREFIX);
    return keys.length - this.list().length;
  }
}
