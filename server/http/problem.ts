/**
 * Errors as `application/problem+json` (RFC 9457), and the global error handler that never leaks
 * stack traces, SQL or driver messages: it logs them server-side and answers a plain 500 problem.
 */
import type { Context } from 'hono';
import { PROBLEM_TYPES, type FieldError, type Problem } from '../../src/schema/index.js';
import type { Logger } from '../config.js';
import { isUniqueViolation } from '../db/util.js';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

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

/** A problem to answer; throw it anywhere in a handler. */
export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    readonly title: string = TITLES[status] ?? 'Error',
    readonly extra: Record<string, unknown> & { detail?: string; errors?: FieldError[] } = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(title);
    this.name = 'HttpProblem';
  }
}

/** 422 with field errors. */
export const validationProblem = (errors: FieldError[]): HttpProblem =>
  new HttpProblem(422, PROBLEM_TYPES.validation, TITLES[422], { errors });

/** 404. */
export const notFound = (detail?: string): HttpProblem =>
  new HttpProblem(404, PROBLEM_TYPES.notFound, TITLES[404], detail ? { detail } : {});

/** 409: the id a staff member chose is taken. */
export const idTaken = (): HttpProblem =>
  new HttpProblem(409, PROBLEM_TYPES.validation, 'That id is taken.', { errors: [{ path: 'id', code: 'invalid' }] });

/** Awaits `p`; a unique violation (an id taken, perhaps concurrently) becomes {@link idTaken}. */
export async function orIdTaken<T>(p: Promise<T>): Promise<T> {
  try {
    return await p;
  } catch (e) {
    if (isUniqueViolation(e)) throw idTaken();
    throw e;
  }
}

/** A problem+json response. */
export function problemResponse(c: Context, p: HttpProblem): Response {
  const body: Problem & Record<string, unknown> = { type: p.type, title: p.title, status: p.status, ...p.extra };
  return c.body(JSON.stringify(body), p.status as 400, { 'Content-Type': PROBLEM_CONTENT_TYPE, ...p.headers });
}

/** The app's `onError`: known problems as they are; anything else logged and answered 500. */
export function errorHandler(log: Logger) {
  return (err: Error, c: Context): Response => {
    if (err instanceof HttpProblem) return problemResponse(c, err);
    log.error(`${c.req.method} ${new URL(c.req.url).pathname} failed`, err);
    return problemResponse(c, new HttpProblem(500, PROBLEM_TYPES.server));
  };
}
