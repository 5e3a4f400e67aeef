/**
 * The outbox: nothing a resident typed is lost. A submission (body and Idempotency-Key) is stored
 * before its first attempt and removed only after a confirmed success (or a rejection the
 * resident must fix). What could not be sent is sent again, with the same key, when the browser
 * comes back online, when the page becomes visible again, periodically (with backoff) while the page
 * stays open, and when the page next loads. Entries expire after 7 days.
 */
import type * as z from 'zod/mini';
import { newIdempotencyKey, type ApiClient } from './client.js';
import { ApiError } from './errors.js';
import type { AnySchema } from './response.js';
import {
  Outbox,
  type OutboxEntry,
  type OutboxKind,
  type OutboxStoreOptions,
  OUTBOX_PREFIX,
} from '../storage/outbox-store.js';
import { CivicOutboxRejectedEvent } from '../events/civic-outbox-rejected.js';
import { CivicOutboxSentEvent } from '../events/civic-outbox-sent.js';

/**
 * How the outbox checks a receipt when it sends an entry again later, by kind. Each widget passes
 * the schema of its own receipt, so its bundle carries no other; an entry whose kind no widget on
 * the page knows is left for a page that does. A function that answers the schema (src/schema/lazy.ts)
 * is called only when an entry of its kind is sent, so a page builds no receipt schema while it loads.
 */
export type ReceiptSchemas = Partial<Record<OutboxKind, AnySchema | (() => AnySchema)>>;

/** The schema of a receipt, from the schema or the function that builds it. */
const receiptSchema = (r: AnySchema | (() => AnySchema)): AnySchema => (typeof r === 'function' ? r() : r);

/** Injectable storage and clock, and (for flushing) the receipt schemas this page knows. */
export interface OutboxOptions extends OutboxStoreOptions {
  receipts?: ReceiptSchemas;
}

const held = new Set<string>();

/**
 * Runs `fn` while holding the lock of one entry, in this page and (with Web Locks) in every tab,
 * so an entry is never sent twice at once. Returns `undefined` without running when it is held.
 */
async function withEntryLock<T>(key: string, fn: () => Promise<T>): Promise<T | undefined> {
  if (held.has(key)) return undefined;
  held.add(key);
  try {
    const locks = (globalThis.navigator as Navigator | undefined)?.locks;
    if (!locks) return await fn();
    return await locks.request(OUTBOX_PREFIX + key, { ifAvailable: true }, (lock) => (lock ? fn() : undefined));
  } finally {
    held.delete(key);
  }
}

/** Outcome of {@link submitWithOutbox}. */
export type SubmitOutcome<T> =
  | { status: 'sent'; key: string; result: T }
  /**
   * Kept in the outbox; it will be sent again with the same key. Tell the resident it is saved, and
   * why it waits (`waitReason(error.code)`): offline, unreachable, failing, or sent but not confirmed.
   */
  | { status: 'queued'; key: string; error: ApiError }
  /** Refused for good (a readable 4xx: 422, 409, …): removed; show `error` (field errors). */
  | { status: 'rejected'; key: string; error: ApiError };

/** What {@link submitWithOutbox} needs. */
export interface SubmitOptions<S extends AnySchema> extends OutboxOptions {
  kind: OutboxKind;
  path: string;
  body: unknown;
  schema: S;
  /** Reuse a key (e.g. a resident pressing send again after "queued"); default a new UUID v4. */
  key?: string;
  signal?: AbortSignal;
}

/**
 * Stores the submission, then sends it with its Idempotency-Key. Never rejects: `sent` (removed),
 * `queued` (network/backend trouble, an unreadable answer, or cancelled: kept, sent later) or
 * `rejected` (removed). It does not wait through more than one timeout: the submission is safe in
 * the outbox by then, so the resident is told at once and the watch keeps trying in the background.
 */
export async function submitWithOutbox<S extends AnySchema>(
  client: ApiClient,
  options: SubmitOptions<S>,
): Promise<SubmitOutcome<z.output<S>>> {
  const outbox = new Outbox(options);
  const key = options.key ?? newIdempotencyKey();
  const { kind, path, body, schema, signal } = options;
  const entry = outbox.add({ key, endpoint: client.endpoint, path, body, kind });
  const outcome = await withEntryLock(key, () => send(client, outbox, entry, schema, signal, false));
  // Queued while the page stays open (a 5xx or 429 while online): the watch retries it periodically.
  if (outcome?.status === 'queued') watchers.get(client.endpoint)?.queued(outcome.error);
  return outcome ?? { status: 'queued', key, error: new ApiError('aborted', 'already being sent') };
}

async function send<S extends AnySchema>(
  client: ApiClient,
  outbox: Outbox,
  entry: OutboxEntry,
  schema: S,
  signal?: AbortSignal,
  retryTimeouts = true,
): Promise<SubmitOutcome<z.output<S>>> {
  const { key } = entry;
  outbox.add({ ...entry, attempts: entry.attempts + 1 });
  try {
    const result = await client.request('POST', entry.path, {
      body: entry.body,
      schema,
      idempotencyKey: key,
      signal,
      retryTimeouts,
    });
    outbox.remove(key);
    return { status: 'sent', key, result };
  } catch (e) {
    const error = e instanceof ApiError ? e : new ApiError('invalid-response', String(e), { cause: e });
    // No readable answer (or a cancelled request): it may have been stored. Keep it; the key makes
    // sending it again safe, and the backend then replays its first answer.
    if (error.outcomeUnknown) {
      if (outbox.get(key)) outbox.add({ ...entry, attempts: entry.attempts + 1, lastError: error.code });
      return { status: 'queued', key, error };
    }
    outbox.remove(key);
    return { status: 'rejected', key, error };
  }
}

/** A client, or a function that makes one for an endpoint. */
export type ClientSource = ApiClient | ((endpoint: string) => ApiClient);

/** Counts of one flush. */
export interface FlushReport {
  sent: number;
  queued: number;
  rejected: number;
  /** When an entry stayed queued: why (e.g. `rate-limited` with `retryAfterMs`). */
  error?: ApiError;
}

const flushes = new Map<string, { run: Promise<FlushReport>; again?: Promise<FlushReport> }>();

/**
 * Sends every pending entry of `endpoint` once, oldest first, with its own key and body; stops at
 * the first network or backend failure (the rest would fail too). One flush per endpoint at a
 * time: calls during a flush share one more flush after it (the network may have come back).
 * Dispatches `civic-outbox-sent` / `civic-outbox-rejected` on window (src/events/civic-outbox-*.ts).
 */
export function flushOutbox(source: ClientSource, endpoint: string, options: OutboxOptions = {}): Promise<FlushReport> {
  const slot = flushes.get(endpoint);
  if (slot) return (slot.again ??= slot.run.then(() => flushOutbox(source, endpoint, options)));
  const run = flush(source, endpoint, options).finally(() => flushes.delete(endpoint));
  flushes.set(endpoint, { run });
  return run;
}

async function flush(source: ClientSource, endpoint: string, options: OutboxOptions): Promise<FlushReport> {
  const report: FlushReport = { sent: 0, queued: 0, rejected: 0 };
  const outbox = new Outbox(options);
  outbox.purgeExpired();
  const tried = new Set<string>();
  const client = typeof source === 'function' ? source(endpoint) : source;
  for (;;) {
    const next = outbox.list(endpoint).find((e) => !tried.has(e.key) && options.receipts?.[e.kind]);
    if (!next) return report;
    tried.add(next.key);
    const outcome = await withEntryLock(next.key, async () => {
      // Another tab may have sent it while we waited: read it again under the lock.
      const entry = outbox.get(next.key);
      return entry && send(client, outbox, entry, receiptSchema(options.receipts![entry.kind]!));
    });
    if (!outcome) continue;
    report[outcome.status]++;
    if (outcome.status === 'queued') return { ...report, error: outcome.error };
    const { key, kind } = next;
    globalThis.dispatchEvent?.(
      outcome.status === 'sent'
        ? new CivicOutboxSentEvent(key, kind, outcome.result)
        : new CivicOutboxRejectedEvent(key, kind, outcome.error),
    );
  }
}

/** First wait before a periodic retry while entries are pending; doubles after every failure. */
export const OUTBOX_RETRY_MS = 15_000;
/** Longest wait between periodic retries (a longer `Retry-After` from the server is still honoured). */
export const OUTBOX_RETRY_MAX_MS = 5 * 60_000;
/** The longest delay `setTimeout` takes without firing at once (about 24.8 days). */
const TIMER_MAX_MS = 2 ** 31 - 1;

/** What {@link watchOutbox} takes: the outbox options, and (for tests) the retry timing. */
export interface WatchOptions extends OutboxOptions {
  /** First wait before a periodic retry; default {@link OUTBOX_RETRY_MS}. */
  retryMs?: number;
  /** Longest wait between periodic retries; default {@link OUTBOX_RETRY_MAX_MS}. */
  maxRetryMs?: number;
  /** Injectable timer; default `setTimeout` / `clearTimeout`. */
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

interface Watcher {
  count: number;
  receipts: ReceiptSchemas;
  /** Flushes now. */
  flush: () => void;
  /** A submission of this page was queued: make sure a retry is planned. */
  queued: (error: ApiError) => void;
  stop: () => void;
}

const watchers = new Map<string, Watcher>();

/** Starts the one watch of an endpoint: its listeners and its retry timer. */
function startWatcher(
  endpoint: string,
  clientFactory: (endpoint: string) => ApiClient,
  options: WatchOptions,
): Watcher {
  const receipts: ReceiptSchemas = {};
  const outbox = new Outbox(options);
  const baseMs = options.retryMs ?? OUTBOX_RETRY_MS;
  const maxMs = options.maxRetryMs ?? OUTBOX_RETRY_MAX_MS;
  const setTimer = options.setTimer ?? ((fn: () => void, ms: number): unknown => setTimeout(fn, ms));
  const clearTimer = options.clearTimer ?? ((h: unknown): void => clearTimeout(h as ReturnType<typeof setTimeout>));
  let timer: unknown;
  let failures = 0;
  let stopped = false;

  const cancel = (): void => {
    if (timer !== undefined) clearTimer(timer);
    timer = undefined;
  };
  /** Entries this watch can send (a kind some widget on the page knows). */
  const pending = (): boolean => outbox.list(endpoint).some((e) => receipts[e.kind]);
  /** Plans the next retry: backoff, or later when the server asked for it (429 Retry-After). */
  const schedule = (error?: ApiError): void => {
    if (stopped) return;
    const backoff = Math.min(maxMs, baseMs * 2 ** failures);
    const delay = Math.min(TIMER_MAX_MS, Math.max(backoff, error?.retryAfterMs ?? 0));
    failures++;
    cancel();
    timer = setTimer(() => {
      timer = undefined;
      flush();
    }, delay);
  };
  /** After a flush: stop when nothing is left, else plan the next retry. */
  const settle = (report?: FlushReport): void => {
    if (stopped) return;
    if (!pending()) {
      cancel();
      failures = 0;
      return;
    }
    // Some went through: the backend is back, start the backoff over for the rest.
    if (report && report.sent + report.rejected > 0) failures = 0;
    schedule(report?.error);
  };
  const flush = (): void => {
    if (stopped) return;
    flushOutbox(clientFactory, endpoint, { ...options, receipts }).then(settle, (e: unknown) => {
      console.warn('civic-widgets: outbox flush failed', e);
      settle();
    });
  };
  const onOnline = (): void => {
    failures = 0;
    flush();
  };
  const onVisible = (): void => {
    if (globalThis.document?.visibilityState === 'visible') flush();
  };
  globalThis.addEventListener?.('online', onOnline);
  globalThis.document?.addEventListener('visibilitychange', onVisible);
  return {
    count: 0,
    receipts,
    flush,
    queued: (error) => {
      // A retry already planned stays, unless the server asked to wait longer than that.
      if (timer === undefined || error.retryAfterMs !== undefined) schedule(error);
    },
    stop: () => {
      stopped = true;
      cancel();
      globalThis.removeEventListener?.('online', onOnline);
      globalThis.document?.removeEventListener('visibilitychange', onVisible);
    },
  };
}

/**
 * Flushes the outbox of `endpoint` now (page load), on every `online` event, when the page becomes
 * visible, and while entries are pending, periodically: after {@link OUTBOX_RETRY_MS}, doubling up
 * to {@link OUTBOX_RETRY_MAX_MS} (or later when a 429 asked for it), for the kinds in
 * `options.receipts`. A submission queued while online (5xx, timeout, 429) is thus sent without an
 * `online` event. Several widgets may call it: one watch per endpoint, knowing the kinds of all of
 * them. Returns a function that stops this caller's watch; the last stop clears the timer.
 */
export function watchOutbox(
  endpoint: string,
  clientFactory: (endpoint: string) => ApiClient,
  options: WatchOptions = {},
): () => void {
  let watcher = watchers.get(endpoint);
  if (!watcher) {
    watcher = startWatcher(endpoint, clientFactory, options);
    watchers.set(endpoint, watcher);
  }
  // A widget that brings a kind the watch did not know yet: flush now for it too.
  const added = Object.entries(options.receipts ?? {}).filter(([kind]) => !(kind in watcher.receipts));
  Object.assign(watcher.receipts, options.receipts);
  if (watcher.count === 0 || added.length > 0) watcher.flush();
  watcher.count++;
  const w = watcher;
  let stopped = false;
  return () => {
    if (stopped) return;
    stopped = true;
    if (--w.count === 0) {
      w.stop();
      watchers.delete(endpoint);
    }
  };
}
