/**
 * Rate limit per client address for writes (POST, DELETE): a fixed one-minute window counted in
 * the database (`rate_limits`), so several instances behind a load balancer share the count.
 * Over the limit: 429 with Retry-After (seconds to the next window).
 */
import type { Context, MiddlewareHandler } from 'hono';
import { sql } from 'kysely';
import { PROBLEM_TYPES } from '../../src/schema/index.js';
import type { AppEnv } from '../context.js';
import type { Db } from '../db/database.js';
import { HttpProblem } from './problem.js';

/**
 * The client's address: the socket's peer, or with `trustProxy` = n the n-th address from the
 * right of X-Forwarded-For (what the outermost trusted proxy saw).
 */
export function clientAddress(c: Context<AppEnv>, trustProxy: number): string {
  const peer = c.env?.incoming?.socket?.remoteAddress ?? 'local';
  if (trustProxy > 0) {
    const hops = (c.req.header('x-forwarded-for') ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    const addr = hops[hops.length - trustProxy] ?? hops[0];
    if (addr) return addr.slice(0, 64);
  }
  return peer;
}

export function rateLimit(db: Db, perMinute: number, trustProxy: number): MiddlewareHandler<AppEnv> {
  let lastPurge = 0;
  return async (c, next) => {
    if (perMinute <= 0) return next();
    const now = Date.now();
    const minute = Math.floor(now / 60_000);
    const client = clientAddress(c, trustProxy);
    const row = await db
      .insertInto('rate_limits')
      .values({ client, minute, count: 1 })
      .onConflict((oc) => oc.columns(['client', 'minute']).doUpdateSet({ count: sql<number>`rate_limits.count + 1` }))
      .returning('count')
      .executeTakeFirstOrThrow();
    if (now - lastPurge > 60_000) {
      lastPurge = now;
      await db
        .deleteFrom('rate_limits')
        .where('minute', '<', minute - 1)
        .execute();
    }
    if (Number(row.count) > perMinute) {
      const retryAfter = String(Math.max(1, Math.ceil(((minute + 1) * 60_000 - now) / 1000)));
      throw new HttpProblem(
        429,
        PROBLEM_TYPES.rateLimited,
        undefined,
        { detail: `At most ${perMinute} submissions per minute.` },
        { 'Retry-After': retryAfter },
      );
    }
    return next();
  };
}
