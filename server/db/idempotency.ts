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
 *
 * **Sealed**: the answer to a signup holds its cancel token and cancel code, and the client's key
 * is what unlocks a replay, so neither is stored as it is. The row's `key` is the SHA-256 of the
 * scoped key ({@link storedKey}); its `response` is the answer encrypted with AES-256-GCM under a
 * key derived from the scoped key by HKDF-SHA256 with its own label ({@link sealAnswer}). A replay
 * carries the same Idempotency-Key and can open it; the database alone (a backup, a stolen file)
 * cannot. `body_hash` stays the SHA-256 of the canonical body (a 409 on another body needs it).
 */
import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from 'node:crypto';
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

/** What the `key` column holds for a scoped key: its SHA-256, hex (never the key itself). */
export const storedKey = (scoped: string): string => createHash('sha256').update(scoped, 'utf8').digest('hex');

const SEAL_LABEL = 'civic-widgets idempotency answer v1';
const SEAL_PREFIX = 'v1.';

/** The AES-256 key of a scoped key's answer: HKDF-SHA256 of the scoped key, with its own label. */
const answerKey = (scoped: string): Buffer =>
  Buffer.from(hkdfSync('sha256', Buffer.from(scoped, 'utf8'), Buffer.alloc(0), SEAL_LABEL, 32));

/**
 * The answer as stored: `v1.` + base64url(12-byte IV | ciphertext | 16-byte GCM tag), encrypted
 * under {@link answerKey} with the stored key as additional data (a sealed answer cannot be moved
 * to another row).
 */
export function sealAnswer(scoped: string, answer: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', answerKey(scoped), iv);
  cipher.setAAD(Buffer.from(storedKey(scoped), 'utf8'));
  const ct = Buffer.concat([cipher.update(answer, 'utf8'), cipher.final()]);
  return SEAL_PREFIX + Buffer.concat([iv, ct, cipher.getAuthTag()]).toString('base64url');
}

/** The answer sealed by {@link sealAnswer} for `scoped`, or null when it does not open (another key, altered). */
export function openAnswer(scoped: string, sealed: string): string | null {
  if (!sealed.startsWith(SEAL_PREFIX)) return null;
  const raw = Buffer.from(sealed.slice(SEAL_PREFIX.length), 'base64url');
  if (raw.length < 12 + 16) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', answerKey(scoped), raw.subarray(0, 12));
    decipher.setAAD(Buffer.from(storedKey(scoped), 'utf8'));
    decipher.setAuthTag(raw.subarray(raw.length - 16));
    return Buffer.concat([decipher.update(raw.subarray(12, raw.length - 16)), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}

/** A key and the hash of the body it came with. */
export interface KeyClaim {
  readonly key: string;
  readonly hash: string;
}

/** The stored state of `key` for a body with hash `hash` (read without a transaction: the fast path of a replay). */
export async function lookupKey(db: Db, { key, hash }: KeyClaim, now = new Date()): Promise<Stored> {
  const row = await db.selectFrom('idempotency_keys').selectAll().where('key', '=', storedKey(key)).executeTakeFirst();
  if (!row || row.expires_at < now.toISOString()) return { kind: 'none' };
  if (row.body_hash !== hash) return { kind: 'conflict' };
  if (row.status !== null && row.response !== null) {
    const body = openAnswer(key, row.response);
    // Same digest, yet it does not open: not this key's answer (cannot happen short of tampering).
    if (body === null) return { kind: 'conflict' };
    return { kind: 'replay', status: Number(row.status), body };
  }
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
        key: storedKey(claim.key),
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
    await trx
      .updateTable('idempotency_keys')
      .set({ status, response: sealAnswer(claim.key, body) })
      .where('key', '=', storedKey(claim.key))
      .execute();
    return { kind: 'done' as const, value, body };
  });
}

/** Deletes expired keys. */
export async function purgeExpiredKeys(db: Db): Promise<void> {
  await db.deleteFrom('idempotency_keys').where('expires_at', '<', nowIso()).execute();
}
