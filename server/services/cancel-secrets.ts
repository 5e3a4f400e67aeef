/**
 * A signup's cancel secrets: a long token for the cancel link and a short code for the receipt
 * (typed with the reference). Only their hashes are stored: SHA-256 for the token, salted scrypt
 * for the code (it has ~39 bits, so a leaked hash must be slow to try codes on).
 */
import { createHash, randomBytes, randomInt, scrypt, timingSafeEqual } from 'node:crypto';
import { CANCEL_CODE_ALPHABET, CANCEL_CODE_LENGTH } from '../../src/schema/index.js';

/** SHA-256 hex of a cancel token (only the hash is stored). */
export const hashToken = (token: string): string => createHash('sha256').update(token, 'utf8').digest('hex');

/** A new cancel code: {@link CANCEL_CODE_LENGTH} characters of {@link CANCEL_CODE_ALPHABET}, e.g. `K7MP2XRA`. */
export const newCancelCode = (): string =>
  Array.from({ length: CANCEL_CODE_LENGTH }, () => CANCEL_CODE_ALPHABET[randomInt(CANCEL_CODE_ALPHABET.length)]).join(
    '',
  );

/** A typed cancel code as the server gave it: capitals, without spaces and dashes (`k7mp-2xra` → `K7MP2XRA`). */
export const normalizeCancelCode = (typed: string): string => typed.toUpperCase().replace(/[\s-]+/g, '');

// scrypt, not one SHA-256: a code has ~39 bits, so a leaked hash must be slow to try codes on.
const SCRYPT = { N: 16384, r: 8, p: 1, maxmem: 64 * 1024 * 1024 } as const;
const scryptHex = (code: string, salt: Buffer): Promise<Buffer> =>
  new Promise((resolve, reject) => scrypt(code, salt, 32, SCRYPT, (e, key) => (e ? reject(e) : resolve(key))));

/** The stored form of a cancel code: `scrypt$<salt hex>$<hash hex>`, salted per signup. */
export async function hashCancelCode(code: string): Promise<string> {
  const salt = randomBytes(16);
  return `scrypt$${salt.toString('hex')}$${(await scryptHex(code, salt)).toString('hex')}`;
}

/** True when `code` is the one {@link hashCancelCode} stored as `stored` (compared in constant time). */
export async function cancelCodeMatches(code: string, stored: string): Promise<boolean> {
  const [kind, salt, hash] = stored.split('$');
  if (kind !== 'scrypt' || !salt || !hash) return false;
  const want = Buffer.from(hash, 'hex');
  const got = await scryptHex(code, Buffer.from(salt, 'hex'));
  return got.length === want.length && timingSafeEqual(got, want);
}

/** Wrong codes tried for one signup after which its code stops working (the link still works). */
export const MAX_CODE_FAILURES = 10;

/** True when `token` is the one whose hash is `storedHash` (compared in constant time). */
export function cancelTokenMatches(token: string, storedHash: string): boolean {
  const a = Buffer.from(hashToken(token), 'hex');
  const b = Buffer.from(storedHash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}

/** A signup's cancel secrets: the token and code for the receipt, the code's slow hash for storing. */
export interface CancelSecrets {
  readonly cancelToken: string;
  readonly cancelCode: string;
  readonly cancelCodeHash: string;
}

/** New cancel secrets (the scrypt hash takes a while: make them before a transaction). */
export async function newCancelSecrets(): Promise<CancelSecrets> {
  const cancelToken = randomBytes(32).toString('base64url');
  const cancelCode = newCancelCode();
  return { cancelToken, cancelCode, cancelCodeHash: await hashCancelCode(cancelCode) };
}
