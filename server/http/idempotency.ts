/**
 * Idempotency-Key handling for POSTs (after {@link jsonBody}, which checks the header): the
 * same key with the same body (by SHA-256 of its canonical JSON) answers the first result again
 * with `Idempotency-Replayed: true`; another body is a 409. Only successful answers are kept
 * (24 h, in the database); after a failure the key is released so a retry can succeed. A key is
 * bound to its endpoint: it is stored with the method and route path, so the same key on another
 * endpoint is another key.
 */
import { createHash } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { routePath } from 'hono/route';
import { HEADERS, PROBLEM_TYPES } from '../../src/schema/index.js';
import type { AppEnv } from '../app.js';
import type { Logger } from '../config.js';
import { claimKey, completeKey, releaseKey, scopedKey } from '../db/idempotency.js';
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

/** The middleware. `log` hears about answers that could not be stored. */
export function idempotency(db: Db, log?: Logger): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const key = scopedKey(c.req.method, routePath(c), (c.req.header(HEADERS.idempotencyKey) ?? '').toLowerCase());
    const claim = await claimKey(db, key, bodyHash(c.get('body')));
    if (claim.kind === 'replay') {
      return c.body(claim.body, claim.status as 201, {
        'Content-Type': 'application/json',
        'Idempotency-Replayed': 'true',
      });
    }
    if (claim.kind === 'conflict') {
      throw new HttpProblem(409, PROBLEM_TYPES.idempotencyConflict, 'This Idempotency-Key was used with another body.');
    }
    if (claim.kind === 'in-progress') {
      throw new HttpProblem(
        409,
        PROBLEM_TYPES.idempotencyConflict,
        'A request with this Idempotency-Key is still being processed.',
        {},
        { 'Retry-After': '1' },
      );
    }
    try {
      await next();
    } catch (e) {
      await releaseKey(db, key);
      throw e;
    }
    if (c.error || c.res.status < 200 || c.res.status >= 300) {
      await releaseKey(db, key);
    } else {
      // The work is done and committed: a failure to store the answer must not turn it into a 500
      // (the client would retry and, with the key released or stale, act twice). The pending row
      // is taken over by a retry after a minute at the latest.
      try {
        await completeKey(db, key, c.res.status, await c.res.clone().text());
      } catch (e) {
        log?.error('storing the answer for an Idempotency-Key failed', e);
      }
    }
  };
}
