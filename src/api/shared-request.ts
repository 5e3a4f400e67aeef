/**
 * One request for every widget on the page that asks the same thing: the first caller starts it, the
 * others wait for the same answer, and a later caller gets the answer that arrived (kept for the page's
 * life). A failed request is forgotten as it fails, so the next caller (a retry) asks again. A caller
 * whose signal aborts stops waiting at once (`aborted`); the request itself is aborted only when every
 * caller has left, so a widget that leaves the page does not cancel its neighbours' answer.
 * Answers are kept per transport (the fetch a client sends with): a page, test or story that swaps
 * `fetch` gets answers of its own.
 */
import { ApiError } from './errors.js';

interface Entry<T> {
  readonly promise: Promise<T>;
  readonly controller: AbortController;
  /** Callers still waiting for the answer. */
  waiting: number;
  settled: boolean;
}

/** Options of {@link SharedRequests.get}. */
export interface SharedRequestOptions {
  /** The caller's signal: it stops waiting when it aborts. */
  signal?: AbortSignal | undefined;
  /** Ask again even when an answer is kept or on its way; the new answer replaces the kept one. */
  fresh?: boolean | undefined;
}

export class SharedRequests<T> {
  readonly #byTransport = new WeakMap<object, Map<string, Entry<T>>>();

  /** The answer for `key` over `transport`: shared, kept, or from `start` (given the request's own signal). */
  get(
    transport: object,
    key: string,
    start: (signal: AbortSignal) => Promise<T>,
    { signal, fresh }: SharedRequestOptions = {},
  ): Promise<T> {
    if (signal?.aborted) return Promise.reject(aborted(key, signal.reason));
    let entries = this.#byTransport.get(transport);
    if (!entries) this.#byTransport.set(transport, (entries = new Map()));
    let entry = fresh ? undefined : entries.get(key);
    if (!entry) {
      entry = begin(entries, key, start);
      entries.set(key, entry);
    }
    return entry.settled ? entry.promise : wait(entries, key, entry, signal);
  }
}

function begin<T>(entries: Map<string, Entry<T>>, key: string, start: (signal: AbortSignal) => Promise<T>): Entry<T> {
  const controller = new AbortController();
  const entry: Entry<T> = {
    controller,
    waiting: 0,
    settled: false,
    // Started at once, not in a later microtask: a widget asks for the site in the same task as its other
    // data, before it renders (a microtask later, the request waited for the whole first render).
    promise: startNow(start, controller.signal).then(
      (value) => {
        entry.settled = true;
        return value;
      },
      (error: unknown) => {
        entry.settled = true;
        if (entries.get(key) === entry) entries.delete(key);
        throw error;
      },
    ),
  };
  return entry;
}

/** `start(signal)`, with a synchronous throw turned into a rejection. */
function startNow<T>(start: (signal: AbortSignal) => Promise<T>, signal: AbortSignal): Promise<T> {
  try {
    return start(signal);
  } catch (error) {
    return Promise.reject(error as Error);
  }
}

function wait<T>(entries: Map<string, Entry<T>>, key: string, entry: Entry<T>, signal?: AbortSignal): Promise<T> {
  entry.waiting++;
  return new Promise<T>((resolve, reject) => {
    let done = false;
    const leave = (): boolean => {
      if (done) return false;
      done = true;
      entry.waiting--;
      signal?.removeEventListener('abort', onAbort);
      return true;
    };
    const onAbort = (): void => {
      if (!leave()) return;
      reject(aborted(key, signal?.reason));
      if (entry.waiting === 0 && !entry.settled) {
        if (entries.get(key) === entry) entries.delete(key);
        entry.controller.abort(signal?.reason);
      }
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    entry.promise.then(
      (value) => leave() && resolve(value),
      (error: unknown) => leave() && reject(error as Error),
    );
  });
}

function aborted(key: string, cause: unknown): ApiError {
  return new ApiError('aborted', `${key}: cancelled by the caller`, { cause });
}
