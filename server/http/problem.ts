/**
 * Errors as `application/problem+json` (RFC 9457), in one place: {@link HttpProblem} for what the
 * HTTP layer refuses (media type, size, rate, auth, …), {@link toProblem} for the domain errors
 * that db and service code throw (server/errors.ts), and the app's `onError`
 * ({@link appErrorHandler}), which answers both, answers a database outage 503 with Retry-After,
 * and never leaks stack traces, SQL or driver messages: it logs them and answers a plain 500.
 */
import type { Context } from 'hono';
import { PROBLEM_TYPES, type FieldError, type Problem } from '../../src/schema/index.js';
import type { AppEnv } from '../context.js';
import { isDatabaseUnavailable } from '../db/database.js';
import {
  CancelCodeLockedError,
  CancelCodeMismatchError,
  CancelTokenMismatchError,
  ConflictError,
  DomainError,
  InvalidCursorError,
  NotFoundError,
  ShiftFullError,
  SiteNotConfiguredError,
  ValidationError,
} from '../errors.js';
import { withFields, type Logger } from '../log.js';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** Seconds a client should wait before trying again while the database is away. */
export const RETRY_AFTER_SECONDS = 5;

/** Titles per status (English, for developers: widgets translate by `type` and field codes). */
const TITLES: Record<number, string> = {
  400: 'The request is malformed.',
  401: 'Authentication is required.',
  403: 'This token does not allow that.',
  404: 'Not found.',
  405: 'Method not allowed.',
  409: 'Conflict.',
  413: 'The request body is too large.',
  415: 'Send the body as application/json.',
  422: 'The request has invalid fields.',
  429: 'Too many requests; try again later.',
  500: 'Something went wrong on the server.',
  503: 'Service unavailable.',
};

type Extra = Record<string, unknown> & { detail?: string; errors?: FieldError[] };

/** A problem to answer; throw it anywhere in a handler or middleware. */
export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    readonly title: string = TITLES[status] ?? 'Error',
    readonly extra: Extra = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(title);
    this.name = 'HttpProblem';
  }
}

/** 503 with Retry-After: the database cannot be reached (or is not migrated yet). */
export const unavailable = (detail: string): HttpProblem =>
  new HttpProblem(
    503,
    PROBLEM_TYPES.server,
    'Service unavailable.',
    { detail },
    { 'Retry-After': String(RETRY_AFTER_SECONDS), 'Cache-Control': 'no-store' },
  );

/** `detail` and `errors` of a domain error, when it has them. */
const extraOf = (e: DomainError, errors?: FieldError[]): Extra => ({
  ...(e.detail === undefined ? {} : { detail: e.detail }),
  ...(errors === undefined ? {} : { errors }),
});

/**
 * The one mapping of domain errors to problems: status, problem type, title, detail, field errors.
 * Undefined for a domain error it does not know (a bug: answered 500 and logged).
 */
export function toProblem(e: DomainError): HttpProblem | undefined {
  if (e instanceof ValidationError)
    return new HttpProblem(422, PROBLEM_TYPES.validation, TITLES[422], { errors: e.errors });
  if (e instanceof NotFoundError) return new HttpProblem(404, PROBLEM_TYPES.notFound, TITLES[404], extraOf(e));
  if (e instanceof InvalidCursorError)
    return new HttpProblem(400, PROBLEM_TYPES.malformed, e.message, extraOf(e, e.errors));
  if (e instanceof ConflictError)
    return new HttpProblem(409, PROBLEM_TYPES.validation, e.message, extraOf(e, e.errors));
  if (e instanceof ShiftFullError)
    return new HttpProblem(409, PROBLEM_TYPES.shiftFull, e.message, { ...extraOf(e), shiftIds: e.shiftIds });
  if (e instanceof CancelTokenMismatchError) return new HttpProblem(403, PROBLEM_TYPES.unauthorized, e.message);
  if (e instanceof CancelCodeMismatchError)
    return new HttpProblem(403, PROBLEM_TYPES.cancelCodeMismatch, e.message, extraOf(e));
  if (e instanceof CancelCodeLockedError)
    return new HttpProblem(403, PROBLEM_TYPES.cancelCodeLocked, e.message, extraOf(e));
  if (e instanceof SiteNotConfiguredError) return new HttpProblem(503, PROBLEM_TYPES.server, e.message, extraOf(e));
  return undefined;
}

/** A problem+json response. */
export function problemResponse(c: Context, p: HttpProblem): Response {
  const body: Problem & Record<string, unknown> = { type: p.type, title: p.title, status: p.status, ...p.extra };
  return c.body(JSON.stringify(body), p.status as 400, { 'Content-Type': PROBLEM_CONTENT_TYPE, ...p.headers });
}

/**
 * The app's `onError`: problems and domain errors as their problem; a database outage as 503 with
 * Retry-After; anything else logged (with the request id and the stack) and answered 500.
 */
export function appErrorHandler(log: Logger) {
  return (err: Error, c: Context<AppEnv>): Response => {
    if (err instanceof HttpProblem) return problemResponse(c, err);
    const p = err instanceof DomainError ? toProblem(err) : undefined;
    if (p) return problemResponse(c, p);
    const reqLog = withFields(log, { reqId: c.get('requestId') });
    if (isDatabaseUnavailable(err)) {
      reqLog.warn('database unavailable', err);
      return problemResponse(c, unavailable('The database cannot be reached; try again shortly.'));
    }
    reqLog.error(`${c.req.method} ${new URL(c.req.url).pathname} failed`, err);
    return problemResponse(c, new HttpProblem(500, PROBLEM_TYPES.server));
  };
}
