/**
 * Rate limits per client address over a **sliding window** of 60 s (not a fixed minute, which let a
 * client send twice the limit across a minute boundary), counted in one-second buckets:
 *
 * - **Writes** (POST, DELETE; {@link rateLimit}, RATE_LIMIT_PER_MINUTE): counted in the database, so
 *   several instances behind a load balancer share the count. Table `rate_limits(client, minute,
 *   count)`: despite the column's name (kept to need no migration), `minute` holds the second of the
 *   bucket, counted from {@link BUCKET_EPOCH_MS} (fits PostgreSQL's 32-bit integer until 2088). A
 *   write upserts its bucket, then sums the client's buckets of the last 60 s; over the limit it
 *   takes its count back (refused requests do not count, so Retry-After is exact) and is refused.
 *   Two round trips per write, none per read.
 * - **Reads** (public GETs under /v1; {@link readRateLimit}, READ_RATE_LIMIT_PER_MINUTE, default 300):
 *   counted in memory per instance, because a database write per GET would cost more than most GETs
 *   do. With n instances a client can read up to n times the limit; a person never comes near it.
 *
 * Over a limit: 429 problem+json with Retry-After (seconds until the oldest bucket that has to leave
 * the window has left it, at least 1). The clock is injectable (`now`) for tests.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { sql } from 'kysely';
import { PROBLEM_TYPES } from '../../src/schema/index.js';
import type { AppEnv } from '../context.js';
import type { Db } from '../db/database.js';
import { HttpProblem } from './problem.js';

/** The window, in one-second buckets. */
export const WINDOW_SECONDS = 60;
/** Bucket numbers are seconds since 2020-01-01T00:00:00Z. */
export const BUCKET_EPOCH_MS = Date.UTC(2020, 0, 1);

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

/** The bucket of an instant. */
export const bucketOf = (ms: number): number => Math.floor((ms - BUCKET_EPOCH_MS) / 1000);

/** One bucket: its second and how many requests it counted. */
export interface Bucket {
  readonly second: number;
  readonly count: number;
}

/**
 * Seconds until one more request fits, given the buckets of the current window (`now` in ms):
 * the oldest buckets leave one by one (bucket s leaves at the start of second s + 60) until at
 * most `limit - 1` requests remain. At least 1.
 */
export function retryAfterSeconds(buckets: readonly Bucket[], limit: number, nowMs: number): number {
  const sorted = [...buckets].sort((a, b) => a.second - b.second);
  let total = sorted.reduce((n, b) => n + b.count, 0);
  let leaves = bucketOf(nowMs) + 1;
  for (const b of sorted) {
    if (total <= limit - 1) break;
    total -= b.count;
    leaves = b.second + WINDOW_SECONDS;
  }
  const ms = BUCKET_EPOCH_MS + leaves * 1000 - nowMs;
  return Math.max(1, Math.ceil(ms / 1000));
}

const refuse = (what: string, limit: number, retryAfter: number): HttpProblem =>
  new HttpProblem(
    429,
    PROBLEM_TYPES.rateLimited,
    undefined,
    { detail: `At most ${limit} ${what} per minute.` },
    { 'Retry-After': String(retryAfter) },
  );

/** Writes per client in any 60 s, counted in the database (see the module comment). */
export function rateLimit(
  db: Db,
  perMinute: number,
  trustProxy: number,
  now: () => Date = () => new Date(),
): MiddlewareHandler<AppEnv> {
  let lastPurge = 0;
  return async (c, next) => {
    if (perMinute <= 0) return next();
    const ms = now().getTime();
    const second = bucketOf(ms);
    const client = clientAddress(c, trustProxy);
    await db
      .insertInto('rate_limits')
      .values({ client, minute: second, count: 1 })
      .onConflict((oc) => oc.columns(['client', 'minute']).doUpdateSet({ count: sql<number>`rate_limits.count + 1` }))
      .execute();
    const rows = await db
      .selectFrom('rate_limits')
      .select(['minute', 'count'])
      .where('client', '=', client)
      .where('minute', '>', second - WINDOW_SECONDS)
      .where('minute', '<=', second)
      .execute();
    if (Math.abs(ms - lastPurge) > WINDOW_SECONDS * 1000) {
      lastPurge = ms;
      // Older buckets, and rows of the former per-minute counting (far smaller numbers).
      await db
        .deleteFrom('rate_limits')
        .where('minute', '<', second - 2 * WINDOW_SECONDS)
        .execute();
    }
    const buckets = rows.map((r) => ({ second: Number(r.minute), count: Number(r.count) }));
    const total = buckets.reduce((n, b) => n + b.count, 0);
    if (total > perMinute) {
      await db
        .updateTable('rate_limits')
        .set({ count: sql<number>`count - 1` })
        .where('client', '=', client)
        .where('minute', '=', second)
        .execute();
      const mine = buckets.map((b) => (b.second === second ? { second, count: b.count - 1 } : b));
      throw refuse('submissions', perMinute, retryAfterSeconds(mine, perMinute, ms));
    }
    return next();
  };
}

/**
 * A sliding window of one-second buckets per client, in memory. `hit` counts a request when it fits
 * and answers null, or answers the seconds to wait. Clients idle for a whole window are dropped
 * (swept at most once a window); at most `maxClients` are tracked (the oldest go first).
 */
export class MemoryWindow {
  readonly #clients = new Map<string, Bucket[]>();
  #lastSweep = 0;

  constructor(
    readonly limit: number,
    readonly maxClients = 100_000,
  ) {}

  get size(): number {
    return this.#clients.size;
  }

  hit(client: string, nowMs: number): number | null {
    const second = bucketOf(nowMs);
    if (Math.abs(nowMs - this.#lastSweep) > WINDOW_SECONDS * 1000) this.#sweep(second, nowMs);
    const buckets = (this.#clients.get(client) ?? []).filter(
      (b) => b.second > second - WINDOW_SECONDS && b.second <= second,
    );
    const total = buckets.reduce((n, b) => n + b.count, 0);
    if (total >= this.limit) {
      this.#clients.set(client, buckets);
      return retryAfterSeconds(buckets, this.limit, nowMs);
    }
    const last = buckets[buckets.length - 1];
    if (last?.second === second) buckets[buckets.length - 1] = { second, count: last.count + 1 };
    else buckets.push({ second, count: 1 });
    this.#clients.delete(client); // re-inserted last: the map stays in order of last use
    if (this.#clients.size >= this.maxClients) {
      const oldest = this.#clients.keys().next().value;
      if (oldest !== undefined) this.#clients.delete(oldest);
    }
    this.#clients.set(client, buckets);
    return null;
  }

  #sweep(second: number, nowMs: number): void {
    this.#lastSweep = nowMs;
    for (const [client, buckets] of this.#clients) {
      if (!buckets.some((b) => b.second > second - WINDOW_SECONDS)) this.#clients.delete(client);
    }
  }
}

/** Public GETs (and HEADs) under /v1 per client in any 60 s, in memory per instance; staff and other methods pass. */
export function readRateLimit(
  perMinute: number,
  trustProxy: number,
  now: () => Date = () => new Date(),
): MiddlewareHandler<AppEnv> {
  const window = new MemoryWindow(perMinute);
  return async (c, next) => {
    const read = c.req.method === 'GET' || c.req.method === 'HEAD';
    if (perMinute <= 0 || !read || c.req.path.startsWith('/v1/staff')) return next();
    const retryAfter = window.hit(clientAddress(c, trustProxy), now().getTime());
    if (retryAfter !== null) throw refuse('requests', perMinute, retryAfter);
    return next();
  };
}
