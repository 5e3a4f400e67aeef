/**
 * The one error type the client produces. Every failure of a request, whatever its cause
 * (no network, a hang, a 5xx, an HTML page where JSON was expected, a wrong shape),
 * becomes an ApiError with a `code` the widgets translate. Nothing else escapes the client.
 */
import type { FieldError, Problem } from '../schema/problem.js';

export const API_ERROR_CODES = [
  /** The browser says it is offline (`navigator.onLine` is false). */
  'offline',
  /** Online, but the backend's host could not be reached (DNS, refused connection, TLS, firewall). */
  'unreachable',
  /**
   * The backend answered but the browser withheld the answer: a cross-origin (CORS) refusal, so the
   * page's origin is not among the server's allowed origins. A webmaster's setting, not the resident's.
   */
  'blocked',
  /** No answer within the timeout. */
  'timeout',
  /** The backend failed (5xx) or refused in a way the resident cannot fix. */
  'server',
  /** Too many requests (429); `retryAfterMs` says when to try again. */
  'rate-limited',
  /** The answer was not what the contract promises (not JSON, wrong content type, wrong shape). */
  'invalid-response',
  /** The backend rejected fields (422); `fieldErrors` lists them. */
  'validation',
  /** The resource does not exist (404). */
  'not-found',
  /** A conflict (409), e.g. the last place on a shift went to someone else; see `problem.type`. */
  'conflict',
  /** The widget has no valid endpoint: the webmaster must set one. */
  'misconfigured',
  /** The request was cancelled (the element left the page, or its query changed). */
  'aborted',
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

export interface ApiErrorInit {
  status?: number;
  problem?: Problem;
  fieldErrors?: FieldError[];
  retryAfterMs?: number;
  cause?: unknown;
}

export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly status: number | undefined;
  readonly problem: Problem | undefined;
  readonly fieldErrors: FieldError[];
  readonly retryAfterMs: number | undefined;

  constructor(
    readonly code: ApiErrorCode,
    message: string,
    init: ApiErrorInit = {},
  ) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    this.status = init.status;
    this.problem = init.problem;
    this.fieldErrors = init.fieldErrors ?? [];
    this.retryAfterMs = init.retryAfterMs;
  }

  /** True for failures worth trying again later with the same request (network, timeout, 408, 429, 5xx). */
  get retryable(): boolean {
    return (
      this.code === 'offline' ||
      this.code === 'unreachable' ||
      // A dropped connection while the host is up looks the same as a CORS refusal: try again, and
      // only a refusal that stays is told as one.
      this.code === 'blocked' ||
      this.code === 'timeout' ||
      this.code === 'rate-limited' ||
      (this.code === 'server' && (this.status === undefined || this.status === 408 || this.status >= 500))
    );
  }

  /**
   * True when a POST may have been performed although this error came back: nothing (or nothing
   * readable) arrived, so the outcome is unknown. Such a submission is kept and sent again with the
   * same Idempotency-Key (the backend replays its first answer); only a readable refusal ends it.
   */
  get outcomeUnknown(): boolean {
    return this.retryable || this.code === 'aborted' || this.code === 'invalid-response';
  }
}

/** The code of a failed fetch or a broken body stream: `offline` when the browser says so, else `unreachable`. */
export function networkErrorCode(): 'offline' | 'unreachable' {
  return (globalThis.navigator as Navigator | undefined)?.onLine === false ? 'offline' : 'unreachable';
}

/** How a resident is told why a submission waits on the device: one message per kind of trouble. */
export type WaitReason = 'offline' | 'unreachable' | 'failing' | 'unconfirmed';

/** The {@link WaitReason} of an error that left a submission in the outbox. */
export function waitReason(code: ApiErrorCode | undefined): WaitReason {
  switch (code) {
    case 'offline':
      return 'offline';
    case 'unreachable':
    case 'blocked':
      return 'unreachable';
    case 'invalid-response':
    case 'aborted':
      return 'unconfirmed';
    default:
      return 'failing';
  }
}

/**
 * Any thrown value as an ApiError. The client turns every failure into one, so anything else is a
 * fault in handling an answer the widget got (a value the contract did not promise): told as
 * `invalid-response`, not `server`, which would claim the backend failed and make it `retryable`
 * (a loader or the outbox would ask again and again for an answer that breaks the same way).
 */
export function asApiError(e: unknown): ApiError {
  return e instanceof ApiError ? e : new ApiError('invalid-response', String(e), { cause: e });
}
