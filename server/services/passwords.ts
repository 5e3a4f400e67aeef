/**
 * Staff passwords and secrets. Passwords are hashed with node:crypto scrypt, N = 2^15, r = 8,
 * p = 1 (32 MiB of memory and ~0.1 s per hash on a small server), a 32-byte random salt and a
 * 64-byte key, stored as `scrypt$N$r$p$<salt base64url>$<key base64url>` so the parameters can be
 * raised later without breaking stored hashes. Comparison is in constant time.
 *
 * Secrets the server gives out (session cookie, CSRF token, setup and API tokens) are 32 random
 * bytes; only their SHA-256 is stored.
 */
import { createHash, createHmac, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

/** The scrypt parameters of new hashes (docs/server.md, "Staff accounts"). */
export const SCRYPT_PARAMS = { N: 2 ** 15, r: 8, p: 1, saltBytes: 32, keyBytes: 64 } as const;

/** scrypt needs 128·N·r bytes; Node's default limit (32 MiB) is exactly that for N = 2^15, so raise it. */
const maxmemFor = (N: number, r: number): number => 128 * N * r * 2;

const derive = (password: string, salt: Buffer, N: number, r: number, p: number, keyLen: number): Promise<Buffer> =>
  new Promise((resolve, reject) =>
    scrypt(password.normalize('NFC'), salt, keyLen, { N, r, p, maxmem: maxmemFor(N, r) }, (e, key) =>
      e ? reject(e) : resolve(key),
    ),
  );

/** The stored form of a password: `scrypt$N$r$p$salt$key`. */
export async function hashPassword(password: string): Promise<string> {
  const { N, r, p, saltBytes, keyBytes } = SCRYPT_PARAMS;
  const salt = randomBytes(saltBytes);
  const key = await derive(password, salt, N, r, p, keyBytes);
  return `scrypt$${N}$${r}$${p}$${salt.toString('base64url')}$${key.toString('base64url')}`;
}

/** True when `password` is the one `stored` was made from (constant-time compare). */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [N, r, p] = parts.slice(1, 4).map(Number) as [number, number, number];
  if (![N, r, p].every((n) => Number.isInteger(n) && n > 0) || N > 2 ** 20 || r > 32 || p > 16) return false;
  const salt = Buffer.from(parts[4]!, 'base64url');
  const want = Buffer.from(parts[5]!, 'base64url');
  if (want.length < 16) return false;
  const got = await derive(password, salt, N, r, p, want.length);
  return timingSafeEqual(got, want);
}

let dummy: Promise<string> | undefined;
/**
 * Spends the time of one password check on nothing: sign-in with an unknown e-mail (or an account
 * without a password) costs the same as a wrong password, so timing does not tell which accounts exist.
 */
export async function burnPasswordCheck(password: string): Promise<void> {
  dummy ??= hashPassword('not a password of anyone');
  await verifyPassword(password, await dummy);
}

/** 32 random bytes, base64url (43 characters). */
export const newSecret = (): string => randomBytes(32).toString('base64url');

/** SHA-256 hex of a secret (what is stored). */
export const sha256 = (s: string): string => createHash('sha256').update(s, 'utf8').digest('hex');

/** True when `sha256(secret)` is `storedHash`, compared in constant time. */
export function secretMatches(secret: string, storedHash: string): boolean {
  const a = Buffer.from(sha256(secret), 'hex');
  const b = Buffer.from(storedHash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * The CSRF token of a session, derived from its cookie token (HMAC-SHA-256), so the server can
 * give the same token again after a reload without keeping it; the session row keeps its SHA-256.
 */
export const csrfTokenFor = (sessionToken: string): string =>
  createHmac('sha256', sessionToken).update('civic-widgets staff csrf').digest('base64url');
