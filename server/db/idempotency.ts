/**
 * Idempotency keys, kept in the database so every instance sees them.
 *
 * The first request with a key inserts a *pending* row (the primary key makes that race-free on
 * both engines); it is completed with the answer, or released when the request did not succeed,
 * so a retry may try again. A second request with the same key waits for a pending row to
 * complete, then gets the stored answer; with another body it gets a conflict. A pending row older
 * than {@link STALE_PENDING_MS} (its request crashed, or storing its answer failed) is taken over
 * like an expired one, so a retry is not blocked for the whole lifetime of the key.
 *
 * Callers pass the key already scoped to its endpoint (see {@link scopedKey}).
 */
import { IDEMPOTENCY_KEY_TTL_HOURS } from '../../src/schema/index.js';
import { nowIso, type Db } from './database.js';

export type Claim =
  { kind: 'new' } | { kind: 'replay'; status: number; body: string } | { kind: 'conflict' } | { kind: 'in-progress' };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A pending row this old is abandoned: a new request with its key takes it over. */
export const STALE_PENDING_MS = 60_000;

/** The stored key: the client's key bound to its endpoint (method and route path). */
export const scopedKey = (method: string, routePath: string, key: string): string =>
  `${method.toUpperCase()} ${routePath} ${key}`;

/** Claims `key` for a body with hash `hash`; waits up to `waitMs` for a pending first request. */
export async function claimKey(db: Db, key: string, hash: string, waitMs = 10_000): Promise<Claim> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    const now = new Date();
    // One statement: a new key is inserted; an expired one, or one left pending for too long, is
    // taken over as if new (it used to be a delete, then the insert: one round trip less); a live
    // one is left alone (0 rows).
    const stale = new Date(now.getTime() - STALE_PENDING_MS).toISOString();
    const ins = await db
      .insertInto('idempotency_keys')
      .values({
        key,
        body_hash: hash,
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
    if (Number(ins.numInsertedOrUpdatedRows ?? 0) === 1) return { kind: 'new' };
    const row = await db.selectFrom('idempotency_keys').selectAll().where('key', '=', key).executeTakeFirst();
    if (row) {
      if (row.body_hash !== hash) return { kind: 'conflict' };
      if (row.status !== null && row.response !== null)
        return { kind: 'replay', status: Number(row.status), body: row.response };
    }
    if (Date.now() > deadline) return { kind: 'in-progress' };
    await sleep(25);
  }
}

/** Stores the answer of the first request. */
export async function completeKey(db: Db, key: string, status: number, body: string): Promise<void> {
  await db.updateTable('idempotency_keys').set({ status, response: body }).where('key', '=', key).execute();
}

/** Forgets a pending key (the request failed; a retry may try again). */
export async function releaseKey(db: Db, key: string): Promise<void> {
  await db.deleteFrom('idempotency_keys').where('key', '=', key).where('status', 'is', null).execute();
}

/** Deletes expired keys. */
export async function purgeExpiredKeys(db: Db): Promise<void> {
  await db.deleteFrom('idempotency_keys').where('expires_at', '<', nowIso()).execute();
}
