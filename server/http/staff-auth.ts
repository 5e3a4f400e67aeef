/**
 * Who may use the staff API (`/v1/staff/*`) and as whom: {@link staffAuth} sets the request's
 * `actor` (server/db/audit.ts) or refuses; {@link requireRole} limits a route to admins.
 *
 * A request is authenticated by, in this order:
 * - `Authorization: Bearer cw_…`: a named API token (server/services/staff-accounts.ts); revoked
 *   or unknown → 401. No CSRF token: no cookie is involved.
 * - `Authorization: Bearer <ADMIN_TOKEN>`: DEPRECATED alias of an admin (actor labelled
 *   `ADMIN_TOKEN`), only while the variable is set; compared in constant time.
 * - the session cookie {@link STAFF_SESSION_COOKIE}: idle and absolute timeout (an expired session
 *   → 401 saying so); a POST, PUT, PATCH or DELETE must carry the session's CSRF token in
 *   `X-CSRF-Token` (403 `csrf-token-invalid` otherwise).
 *
 * Sign-in and password setup ({@link OPEN_ROUTES}) need none of these.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { PROBLEM_TYPES } from '../../src/schema/index.js';
import {
  API_TOKEN_PREFIX,
  CSRF_HEADER,
  STAFF_SESSION_COOKIE,
  type StaffRole,
  type StaffSession,
} from '../../src/schema/staff/index.js';
import type { Config } from '../config.js';
import type { AppEnv } from '../context.js';
import type { Db } from '../db/database.js';
import { sha256 } from '../services/passwords.js';
import { authenticateApiToken, resolveSession, type SessionPolicy } from '../services/staff-accounts.js';
import { HttpProblem } from './problem.js';

const digest = (s: string): Buffer => createHash('sha256').update(s, 'utf8').digest();

/** Requests that need no authentication: signing in and setting a password with a setup token. */
export const OPEN_ROUTES: readonly (readonly [method: string, path: string])[] = [
  ['POST', '/v1/staff/session'],
  ['POST', '/v1/staff/session/setup'],
];

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export interface StaffAuthDeps {
  readonly config: Config;
  readonly db: Db;
  /** The clock (tests move it to expire sessions). */
  readonly now: () => Date;
}

/** The session timeouts of the configuration. */
export const sessionPolicy = (config: Config): SessionPolicy => ({
  idleMinutes: config.staffSessionIdleMinutes,
  maxHours: config.staffSessionMaxHours,
});

/** True when the request came over https (directly, or per a trusted proxy's X-Forwarded-Proto). */
export function isHttps(c: Context, trustProxy: number): boolean {
  if (new URL(c.req.url).protocol === 'https:') return true;
  return trustProxy > 0 && c.req.header('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase() === 'https';
}

/** Sets the session cookie: HttpOnly, SameSite=Strict, Path=/v1/staff, Secure over https, until the session's absolute end. */
export function setSessionCookie(c: Context, token: string, maxAgeSeconds: number, trustProxy: number): void {
  setCookie(c, STAFF_SESSION_COOKIE, token, {
    path: '/v1/staff',
    httpOnly: true,
    sameSite: 'Strict',
    secure: isHttps(c, trustProxy),
    maxAge: Math.max(0, Math.floor(maxAgeSeconds)),
  });
}

/** The `Set-Cookie` value that clears the session cookie (same attributes, expired). */
export const clearedSessionCookie = (c: Context, trustProxy: number): string =>
  `${STAFF_SESSION_COOKIE}=; Max-Age=0; Path=/v1/staff; HttpOnly; SameSite=Strict${isHttps(c, trustProxy) ? '; Secure' : ''}`;

const unauthorized = (detail?: string): HttpProblem =>
  new HttpProblem(401, PROBLEM_TYPES.unauthorized, undefined, detail === undefined ? {} : { detail }, {
    'WWW-Authenticate': 'Bearer realm="civic-widgets staff"',
  });

/** The session of a cookie-authenticated request: its id (SHA-256 of the token) and what GET /v1/staff/session answers. */
export interface RequestSession {
  readonly id: string;
  readonly view: StaffSession;
}
const sessions = new WeakMap<Request, RequestSession>();

/** The session of this request, or undefined when it is authenticated by a bearer token. */
export const sessionOf = (c: Context): RequestSession | undefined => sessions.get(c.req.raw);

export function staffAuth({ config, db, now }: StaffAuthDeps): MiddlewareHandler<AppEnv> {
  const adminToken = config.adminToken === null ? null : digest(config.adminToken);
  const policy = sessionPolicy(config);
  return async (c, next) => {
    const authorization = c.req.header('authorization');
    if (authorization !== undefined) {
      const m = /^Bearer[ ]+(\S+)\s*$/i.exec(authorization);
      const token = m?.[1];
      if (!token) throw unauthorized();
      if (token.startsWith(API_TOKEN_PREFIX)) {
        const actor = await authenticateApiToken(db, token, now());
        if (!actor) throw unauthorized('The API token is unknown or revoked.');
        c.set('actor', actor);
        return next();
      }
      if (adminToken !== null && timingSafeEqual(digest(token), adminToken)) {
        c.set('actor', { kind: 'token', id: null, label: 'ADMIN_TOKEN', role: 'admin' });
        return next();
      }
      throw unauthorized();
    }

    const path = c.req.path.replace(/\/$/, '');
    if (OPEN_ROUTES.some(([method, p]) => method === c.req.method && p === path)) return next();

    const cookie = getCookie(c, STAFF_SESSION_COOKIE);
    if (!cookie) throw unauthorized();
    const s = await resolveSession(db, cookie, policy, now());
    if (!s.ok) {
      const p = unauthorized(
        s.expired ? 'The session expired; sign in again.' : 'The session is not valid; sign in again.',
      );
      throw new HttpProblem(p.status, p.type, p.title, p.extra, {
        ...p.headers,
        'Set-Cookie': clearedSessionCookie(c, config.trustProxy),
      });
    }
    if (STATE_CHANGING.has(c.req.method)) {
      const sent = c.req.header(CSRF_HEADER);
      const a = Buffer.from(sha256(sent ?? ''), 'hex');
      const b = Buffer.from(s.csrfHash, 'hex');
      if (sent === undefined || a.length !== b.length || !timingSafeEqual(a, b)) {
        throw new HttpProblem(403, PROBLEM_TYPES.csrf, 'The CSRF token is missing or wrong.', {
          detail: `Send the session's csrfToken (from POST or GET /v1/staff/session) in the ${CSRF_HEADER} header.`,
        });
      }
    }
    c.set('actor', s.actor);
    sessions.set(c.req.raw, { id: s.sessionId, view: s.view });
    return next();
  };
}

/** 403 unless the actor has `role` (`admin` may do everything a moderator may). */
export function requireRole(role: StaffRole): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const actor = c.get('actor');
    if (role === 'admin' && actor.role !== 'admin') {
      throw new HttpProblem(403, PROBLEM_TYPES.forbidden, 'Only admins may do this.');
    }
    return next();
  };
}
