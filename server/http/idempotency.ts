/**
 * Idempotency-Key handling for POSTs (after {@link jsonBody}, which checks the header): the
 * same key with the same body (by SHA-256 of its canonical JSON) answers the first result again
 * with `Idempotency-Replayed: true`; another body is a 409. Only successful answers are kept
 * (24 h, in the database), stored in the transaction of the write they answer (see
 * server/db/idempotency.ts), so a failed request leaves nothing and a retry can succeed. A key is
 * bound to its endpoint: it is scoped with the method and route path, so the same key on another
 * endpoint is another key. Nothing is stored in the clear: the scoped key as its SHA-256, the
 * answer (a signup's carries its cancel token and code) encrypted under a key derived from the
 * scoped key (server/db/idempotency.ts, "Sealed"), so only a request carrying the key replays it.
 *
 * Two parts: the {@link idempotency} middleware answers a replay or a conflict before the
 * handler runs and hands it the claim; the handler does its write with {@link idempotentJson}.
 */
import { createHash } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { routePath } from 'hono/route';
import { HEADERS, PROBLEM_TYPES } from '../../src/schema/index.js';
import type { AppEnv } from '../context.js';
import { idempotentWrite, lookupKey, scopedKey, type KeyClaim, type Stored } from '../db/idempotency.js';
import type { Db } from '../db/database.js';
import { HttpProblem } from './problem.js';

/** JSON with object keys sorted, so key order does not change the hash. */
export function canonicalJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(',')}]`;
  if (v !== null && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return `{${Object.keys(o)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson(o[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v) ?? 'null';
}

export const bodyHash = (v: unknown): string => createHash('sha256').update(canonicalJson(v), 'utf8').digest('hex');

/** The answer for a key that already has one: the replay, or a 409. */
function answerStored(c: Context<AppEnv>, stored: Exclude<Stored, { kind: 'none' }>): Response {
  if (stored.kind === 'replay') {
    return c.body(stored.body, stored.status as 201, {
      'Content-Type': 'application/json',
      'Idempotency-Replayed': 'true',
    });
  }
  if (stored.kind === 'conflict') {
    throw new HttpProblem(409, PROBLEM_TYPES.idempotencyConflict, 'This Idempotency-Key was used with another body.');
  }
  throw new HttpProblem(
    409,
    PROBLEM_TYPES.idempotencyConflict,
    'A request with this Idempotency-Key is still being processed.',
    {},
    { 'Retry-After': '1' },
  );
}

/** The request's key, scoped to its endpoint, and the hash of its body. */
const claimOf = (c: Context<AppEnv>): KeyClaim => ({
  key: scopedKey(c.req.method, routePath(c), (c.req.header(HEADERS.idempotencyKey) ?? '').toLowerCase()),
  hash: bodyHash(c.get('body')),
});

/** The middleware: replays a stored answer or refuses another body before the handler runs. */
export function idempotency(db: Db): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const stored = await lookupKey(db, claimOf(c));
    if (stored.kind !== 'none') return answerStored(c, stored);
    await next();
  };
}

/**
 * Does the handler's write and answers its result as JSON with `status`, the answer stored with
 * the key in the write's transaction (`work` gets that transaction). When a concurrent request
 * with the same key committed first, its answer is replayed instead and `work` does not run.
 */
export async function idempotentJson<T>(
  c: Context<AppEnv>,
  db: Db,
  status: 201,
  work: (trx: Db) => Promise<T>,
): Promise<Response> {
  const r = await idempotentWrite(db, claimOf(c), status, work);
  if (r.kind !== 'done') return answerStored(c, r);
  return c.body(r.body, status, { 'Content-Type': 'application/json' });
}
