/**
 * Validation of what a request carries, against the contract's schemas, in one place: the parsed
 * JSON body (422 with field errors), the query string (400 with field errors) and ids in the path
 * (404 when an id cannot exist), and a signup's cancel token (header or body). Reading the body (media type, size, JSON) is {@link jsonBody}'s.
 */
import type { Context } from 'hono';
import * as z from 'zod/mini';
import {
  CancelTokenSchema,
  HEADERS,
  ID_PATTERN,
  PROBLEM_TYPES,
  SignupCancelSchema,
  validate,
} from '../../src/schema/index.js';
import type { AppEnv } from '../context.js';
import { NotFoundError, ValidationError } from '../errors.js';
import { HttpProblem } from './problem.js';

/** Validates a parsed body: the data, or a 422 problem with field errors. */
export function parseBody<S extends z.core.$ZodType>(schema: S, value: unknown): z.output<S> {
  const r = validate(schema, value);
  if (!r.ok) throw new ValidationError(r.errors);
  return r.data;
}

/** Validates query parameters: the data, or a 400 problem with field errors. */
export function parseQuery<S extends z.core.$ZodType>(schema: S, c: Context): z.output<S> {
  const r = validate(schema, c.req.query());
  if (!r.ok) throw new HttpProblem(400, PROBLEM_TYPES.malformed, 'Invalid query parameters.', { errors: r.errors });
  return r.data;
}

/** An id from the path: as it is, or a 404 when it cannot be an id. */
export function parseId(value: string): string {
  if (!ID_PATTERN.test(value)) throw new NotFoundError();
  return value;
}

/**
 * The cancel token of `DELETE /v1/volunteer-signups/{id}`: the X-Cancel-Token header, else the
 * body's `cancelToken` (422 for a body that is not the schema's); missing or malformed, a 400.
 */
export function parseCancelToken(c: Context<AppEnv>): string {
  let token = c.req.header(HEADERS.cancelToken);
  const body = c.get('body');
  if (body !== undefined) token ??= parseBody(SignupCancelSchema, body).cancelToken;
  if (token === undefined || !validate(CancelTokenSchema, token).ok) {
    throw new HttpProblem(400, PROBLEM_TYPES.malformed, 'Send the cancel token in the X-Cancel-Token header.', {
      errors: [{ path: 'cancelToken', code: token === undefined ? 'required' : 'invalid' }],
    });
  }
  return token;
}
