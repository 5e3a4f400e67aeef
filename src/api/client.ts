/**
 * The one client all four widgets use to talk to the backend. It sends no cookies, asks for
 * JSON in the element's language, gives up on an attempt after a timeout, retries only what is
 * safe to retry (network errors, timeouts, 408, 429, 5xx; a POST only with its Idempotency-Key, and
 * then also after an unreadable answer, whose outcome is unknown), and checks every answer against
 * its schema. A failed fetch is told apart: the browser is offline, the host cannot be reached, or
 * the host answered but the browser withheld the answer (CORS: the console says what to set).
 * It rejects with an {@link ApiError} and nothing else.
 * One function per endpoint of the contract is in calls.ts, so a widget bundles only the schemas
 * of the endpoints it calls.
 */
import type * as z from 'zod/mini';
import { ApiError, networkErrorCode } from './errors.js';
import { readResponse, type AnySchema, type ApiResult } from './response.js';

/** A query parameter value; `undefined`, `null` and `''` are left out, arrays repeat the name. */
export type QueryValue = string | number | boolean | null | undefined | readonly (string | number)[];

/** Options of {@link ApiClient}. */
export interface ApiClientOptions {
  /** Base URL without trailing slash (see `resolveEndpoint`); requests go to `${endpoint}/v1/...`. */
  endpoint: string;
  /** Sent as `Accept-Language`; the language of returned content. */
  lang: string;
  /** Injectable fetch (tests, proxies). Default: `globalThis.fetch`. */
  fetch?: typeof fetch;
  /** Milliseconds per attempt before it counts as a timeout. Default 10 000. */
  timeoutMs?: number;
  /** Attempts in all, the first included. Default 4. */
  maxAttempts?: number;
  /** Source of jitter in [0, 1). Default `Math.random`. */
  random?: () => number;
  /** Waits between attempts; rejects (or resolves early) when the signal aborts. Default: setTimeout. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

/** Options of {@link ApiClient.request}. */
export interface RequestOptions<S extends AnySchema> {
  query?: Record<string, QueryValue>;
  body?: unknown;
  /**
   * The schema the 2xx body must match, or the function that builds it (src/schema/lazy.ts): that is
   * called when the answer is there, so the schema is built while the request is on its way.
   */
  schema: S | (() => S);
  /** Required for a POST to be retried; reuse it for every retry of the same submission. */
  idempotencyKey?: string;
  signal?: AbortSignal | undefined;
  /**
   * `false`: give up at the first timeout instead of waiting for more attempts (the outbox holds the
   * submission by then and sends it again in the background). Default `true`.
   */
  retryTimeouts?: boolean;
  /** The fetch `cache` mode; `no-cache` asks the server again even when the browser keeps a fresh copy. */
  cache?: RequestCache;
}

/** Shortest and longest wait between attempts (full jitter, doubling per attempt). */
export const BACKOFF_MIN_MS = 500;
export const BACKOFF_MAX_MS = 5_000;
/** A `Retry-After` longer than this is not waited for: the error goes back to the caller (and the outbox). */
export const RETRY_AFTER_CAP_MS = 30_000;

/** Backoff before attempt `attempt + 1`: uniform in [0.5 s, min(5 s, 0.5 s · 2^attempt)]. */
export function backoffMs(attempt: number, random: () => number = Math.random): number {
  const cap = Math.min(BACKOFF_MAX_MS, BACKOFF_MIN_MS * 2 ** attempt);
  return BACKOFF_MIN_MS + random() * (cap - BACKOFF_MIN_MS);
}

/** Builds `?a=1&b=x` from the defined values only (empty string when nothing is left). */
export function buildQuery(query: Record<string, QueryValue> = {}): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    for (const v of Array.isArray(value) ? value : [value]) {
      if (v !== undefined && v !== null && v !== '') params.append(name, String(v));
    }
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** A fresh Idempotency-Key (UUID v4). */
export const newIdempotencyKey = (): string => crypto.randomUUID();

/**
 * Calls `build` (a schema's factory, src/schema/lazy.ts) in a task after the next frame, so a schema is built while
 * its request is on its way rather than when the answer is there (an answer that comes first builds it itself;
 * the factory builds once). Not `requestIdleCallback`: while a page loads Chromium gives no idle time, and traces
 * at 4x CPU showed the callbacks run only after the list's first cards (the 1 s timeout), so the answer's task
 * built the schema itself (~80 ms). After the frame, so the widget's first render (its skeleton) is painted first.
 */
function buildWhenIdle(build: () => unknown): void {
  if (typeof window === 'undefined' || typeof requestAnimationFrame !== 'function') return;
  requestAnimationFrame(() => setTimeout(() => void build()));
}

const defaultSleep = (ms: number, signal?: AbortSignal): Promise<void> =>
  new Promise((resolve) => {
    const done = (): void => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });

/** See the module comment. One instance per endpoint and language; cheap to create. */
export class ApiClient {
  readonly endpoint: string;
  readonly lang: string;
  /**
   * The fetch this client sends with, as given (or `globalThis.fetch` when the client was made):
   * answers shared between clients (calls.ts, `getSite`) are shared only between clients with the same one.
   */
  readonly transport: typeof fetch;
  readonly #fetch: typeof fetch;
  readonly #timeoutMs: number;
  readonly #maxAttempts: number;
  readonly #random: () => number;
  readonly #sleep: (ms: number, signal?: AbortSignal) => Promise<void>;

  constructor(options: ApiClientOptions) {
    this.endpoint = options.endpoint.replace(/\/+$/, '');
    this.lang = options.lang;
    this.transport = options.fetch ?? globalThis.fetch;
    this.#fetch = options.fetch ?? globalThis.fetch.bind(globalThis);
    this.#timeoutMs = options.timeoutMs ?? 10_000;
    this.#maxAttempts = Math.max(1, options.maxAttempts ?? 4);
    this.#random = options.random ?? Math.random;
    this.#sleep = options.sleep ?? defaultSleep;
  }

  /**
   * Sends `method path` (path starts with `/v1/`) with retries and returns the checked body.
   * Rejects with an ApiError only; `aborted` when the caller's signal fired (never retried).
   */
  async request<S extends AnySchema>(
    method: string,
    path: string,
    options: RequestOptions<S> & { headers?: Record<string, string> },
  ): Promise<z.output<S>> {
    const { signal, idempotencyKey } = options;
    if (!path.startsWith('/') || path.startsWith('//')) {
      throw new ApiError('misconfigured', `request path must start with a single "/": ${path}`);
    }
    const url = this.endpoint + path + buildQuery(options.query);
    const headers: Record<string, string> = {
      Accept: 'application/json, application/problem+json',
      ...options.headers,
    };
    if (this.lang) headers['Accept-Language'] = this.lang;
    if (idempotencyKey) headers['Idempotency-Key'] = idempotencyKey;
    let body: string | undefined;
    if (options.body !== undefined) {
      headers['Content-Type'] = 'application/json';
      body = JSON.stringify(options.body);
    }
    // Safe to repeat: reads, DELETE (idempotent by HTTP), and writes that carry an Idempotency-Key.
    const repeatable = ['GET', 'HEAD', 'DELETE', 'PUT'].includes(method) || !!idempotencyKey;
    const init: RequestInit = { method, headers, body, credentials: 'omit', mode: 'cors' };
    if (options.cache) init.cache = options.cache;
    // The answer's schema, if given as its factory, is built while the request is on its way.
    if (typeof options.schema === 'function') buildWhenIdle(options.schema as () => unknown);

    for (let attempt = 1; ; attempt++) {
      const result = await this.#attempt(url, init, options.schema, signal);
      if (result.ok) return result.data;
      const error = result.error;
      if (signal?.aborted) throw aborted(url, signal.reason);
      // After a POST with its key, an unreadable answer means the outcome is unknown: ask again with
      // the same key and the backend replays its first answer.
      const retryable = error.retryable || (!!idempotencyKey && error.code === 'invalid-response');
      if (!retryable || !repeatable || attempt >= this.#maxAttempts) throw this.#told(error);
      if (error.code === 'timeout' && options.retryTimeouts === false) throw error;
      const wait = error.retryAfterMs ?? backoffMs(attempt, this.#random);
      if (wait > RETRY_AFTER_CAP_MS) throw error;
      await this.#sleep(wait, signal);
      if (signal?.aborted) throw aborted(url, signal.reason);
    }
  }

  /** One attempt with its own timeout, raced against both timers so no fetch can hang us. */
  async #attempt<S extends AnySchema>(
    url: string,
    init: RequestInit,
    schema: S | (() => S),
    outer: AbortSignal | undefined,
  ): Promise<ApiResult<z.output<S>>> {
    if (outer?.aborted) return { ok: false, error: aborted(url, outer.reason) };
    const controller = new AbortController();
    let stop!: (r: ApiResult<never>) => void;
    const stopped = new Promise<ApiResult<never>>((resolve) => (stop = resolve));
    const onAbort = (): void => {
      stop({ ok: false, error: aborted(url, outer?.reason) });
      controller.abort(outer?.reason);
    };
    const timer = setTimeout(() => {
      const message = `${init.method} ${url}: no answer within ${this.#timeoutMs} ms`;
      stop({ ok: false, error: new ApiError('timeout', message) });
      controller.abort(new DOMException('timeout', 'TimeoutError'));
    }, this.#timeoutMs);
    outer?.addEventListener('abort', onAbort, { once: true });
    const work = (async (): Promise<ApiResult<z.output<S>>> => {
      let res: Response;
      try {
        res = await this.#fetch(url, { ...init, signal: controller.signal });
      } catch (cause) {
        // Aborted by the timeout or the caller: the race is settled already, nothing to find out.
        if (controller.signal.aborted) return { ok: false, error: aborted(url, cause) };
        return { ok: false, error: await this.#networkError(url, init, cause, controller.signal) };
      }
      return readResponse(res, schema);
    })();
    try {
      return await Promise.race([work, stopped]);
    } finally {
      clearTimeout(timer);
      outer?.removeEventListener('abort', onAbort);
    }
  }

  /**
   * Why a fetch failed. Offline when the browser says so; otherwise a `no-cors` probe of the
   * endpoint tells a host that answers (so the browser withheld the answer: CORS) from one that
   * cannot be reached. The probe's answer is opaque: nothing of it is read.
   */
  async #networkError(url: string, init: RequestInit, cause: unknown, signal: AbortSignal): Promise<ApiError> {
    const what = `${init.method} ${url}`;
    if (networkErrorCode() === 'offline') return new ApiError('offline', `${what}: the browser is offline`, { cause });
    const origin = globalThis.location?.origin ?? 'this page';
    let answered = false;
    try {
      await this.#fetch(`${this.endpoint}/v1/site`, { method: 'GET', mode: 'no-cors', credentials: 'omit', signal });
      answered = true;
    } catch {
      /* not reachable at all */
    }
    return answered
      ? new ApiError('blocked', `${what}: the host answers but the browser withheld its answer to ${origin} (CORS)`, {
          cause,
        })
      : new ApiError('unreachable', `${what}: the host cannot be reached from ${origin}`, { cause });
  }

  /** The error a request ends with; the console is told once per endpoint what a webmaster can check. */
  #told(error: ApiError): ApiError {
    const origin = globalThis.location?.origin ?? 'this page';
    if (error.code === 'blocked') {
      hint(
        this.endpoint,
        `${this.endpoint} answers, but the browser blocked its answers to ${origin} (CORS). ` +
          `The server must allow this page's origin: on the civic-widgets reference server, add it to ` +
          `CORS_ORIGINS, e.g. CORS_ORIGINS=${origin}`,
      );
    } else if (error.code === 'unreachable') {
      hint(
        this.endpoint,
        `${this.endpoint} cannot be reached from ${origin}. Check the endpoint's address, that the server ` +
          `is running, and that the page's Content-Security-Policy allows it in connect-src.`,
      );
    }
    return error;
  }
}

/** Endpoints the console was already told about (one hint per endpoint and page). */
const hinted = new Set<string>();

function hint(endpoint: string, message: string): void {
  if (hinted.has(endpoint)) return;
  hinted.add(endpoint);
  console.error(`civic-widgets: ${message}`);
}

function aborted(url: string, cause: unknown): ApiError {
  return new ApiError('aborted', `${url}: cancelled by the caller`, { cause });
}
