/**
 * Idempotency keys, kept in the database so every instance sees them.
 *
 * A key's answer is stored in the same transaction as the write it answers
 * ({@link idempotentWrite}): the transaction first claims the key (an insert; on PostgreSQL a
 * second request with the same key waits on it until the first commits or rolls back, on SQLite
 * transactions run one at a time), then does the write, then stores the answer, and commits all
 * three or none. So after any crash (kill -9, power loss) a retry with the same key and body finds
 * either the stored answer (replayed) or no trace at all (the write is done for the first time):
 * never a second record, never a key left pending. A failed request (422, 409 shift-full, 500)
 * rolls its claim back with it, so a retry may try again.
 *
 * Rows with `status` null are only ever seen from older versions, which committed the claim on
 * its own; one older than {@link STALE_PENDING_MS} is taken over like an expired one.
 *
 * Callers pass the key already scoped to its endpoint (see {@link scopedKey}).
 */
import { IDEMPOTENCY_KEY_TTL_HOURS } from '../../src/schema/index.js';
import { nowIso, type Db } from './database.js';
import { inTransaction } from './util.js';

/** What a key already has: nothing usable, a stored answer, another body, or (older versions) a pending claim. */
export type Stored =
  { kind: 'none' } | { kind: 'replay'; status: number; body: string } | { kind: 'conflict' } | { kind: 'in-progress' };

/** A pending row this old is abandoned: a new request with its key takes it over. */
export const STALE_PENDING_MS = 60_000;

/** The stored key: the client's key bound to its endpoint (method and route path). */
export const scopedKey = (method: string, routePath: string, key: string): string =>
  `${method.toUpperCase()} ${routePath} ${key}`;

/** A key and the hash of the body it came with. */
export interface KeyClaim {
  readonly key: string;
  readonly hash: string;
}

/** The stored state of `key` for a body with hash `hash` (read without a transaction: the fast path of a replay). */
export async function lookupKey(db: Db, { key, hash }: KeyClaim, now = new Date()): Promise<Stored> {
  const row = await db.selectFrom('idempotency_keys').selectAll().where('key', '=', key).executeTakeFirst();
  if (!row || row.expires_at < now.toISOString()) return { kind: 'none' };
  if (row.body_hash !== hash) return { kind: 'conflict' };
  if (row.status !== null && row.response !== null)
    return { kind: 'replay', status: Number(row.status), body: row.response };
  if (row.created_at < new Date(now.getTime() - STALE_PENDING_MS).toISOString()) return { kind: 'none' };
  return { kind: 'in-progress' };
}

/**
 * Runs `work` in one transaction with the claim of `claim.key` and the storing of its answer
 * (`status` and the JSON of what `work` returns). Answers `done` with the value, or, when the key
 * already has an answer (committed by a concurrent request meanwhile), what {@link lookupKey} says;
 * then `work` did not run. Errors of `work` roll everything back and are thrown.
 */
export async function idempotentWrite<T>(
  db: Db,
  claim: KeyClaim,
  status: number,
  work: (trx: Db) => Promise<T>,
): Promise<{ kind: 'done'; value: T; body: string } | Exclude<Stored, { kind: 'none' }>> {
  return inTransaction(db, async (trx) => {
    const now = new Date();
    const stale = new Date(now.getTime() - STALE_PENDING_MS).toISOString();
    // One statement: a new key is inserted; an expired one, or one an older version left pending
    // for too long, is taken over as if new; a live one is left alone (0 rows).
    const ins = await trx
      .insertInto('idempotency_keys')
      .values({
        key: claim.key,
        body_hash: claim.hash,
        status: null,
        response: null,
        created_at: now.toISOString(),
        expires_at: new Date(now.getTime() + IDEMPOTENCY_KEY_TTL_HOURS * 3600_000).toISOString(),
      })
      .onConflict((oc) =>
        oc
          .column('key')
          .doUpdateSet((eb) => ({
            body_hash: eb.ref('excluded.body_hash'),
            status: null,
            response: null,
            created_at: eb.ref('excluded.created_at'),
            expires_at: eb.ref('excluded.expires_at'),
          }))
          .where((eb) =>
            eb.or([
              eb('idempotency_keys.expires_at', '<', now.toISOString()),
              eb.and([eb('idempotency_keys.status', 'is', null), eb('idempotency_keys.created_at', '<', stale)]),
            ]),
          ),
      )
      .executeTakeFirst();
    if (Number(ins.numInsertedOrUpdatedRows ?? 0) !== 1) {
      const stored = await lookupKey(trx, claim, now);
      return stored.kind === 'none' ? { kind: 'in-progress' as const } : stored;
    }
    const value = await work(trx);
    const body = JSON.stringify(value);
    await trx.updateTable('idempotency_keys').set({ status, response: body }).where('key', '=', claim.key).execute();
    return { kind: 'done' as const, value, body };
  });
}

/** Deletes expired keys. */
export async function purgeExpiredKeys(db: Db): Promise<void> {
  await db.deleteFrom('idempotency_keys').where('expires_at', '<', nowIso()).execute();
}
