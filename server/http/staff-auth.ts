/**
 * Who may use the staff API (`/v1/staff/*`) and as whom: {@link staffAuth} sets the request's
 * `actor` (server/db/audit.ts) or refuses; {@link requireRole} limits a route to admins.
 *
 * For now: the single `ADMIN_TOKEN` as a bearer token (compared in constant time) acts as an
 * admin. Staff accounts, sessions and API tokens replace it (issue 13).
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { PROBLEM_TYPES } from '../../src/schema/index.js';
import type { StaffRole } from '../../src/schema/staff/index.js';
import type { AppEnv } from '../context.js';
import { HttpProblem } from './problem.js';

const digest = (s: string): Buffer => createHash('sha256').update(s, 'utf8').digest();

/** 503 when no ADMIN_TOKEN is configured; 401 without the right bearer token. */
export function staffAuth(adminToken: string | null): MiddlewareHandler<AppEnv> {
  const expected = adminToken === null ? null : digest(adminToken);
  return async (c, next) => {
    if (expected === null) {
      throw new HttpProblem(503, PROBLEM_TYPES.server, 'The staff API is disabled.', {
        detail: 'Set ADMIN_TOKEN to enable it.',
      });
    }
    const m = /^Bearer[ ]+(\S+)\s*$/i.exec(c.req.header('authorization') ?? '');
    if (!m?.[1] || !timingSafeEqual(digest(m[1]), expected)) {
      throw new HttpProblem(
        401,
        PROBLEM_TYPES.unauthorized,
        undefined,
        {},
        { 'WWW-Authenticate': 'Bearer realm="civic-widgets staff"' },
      );
    }
    c.set('actor', { kind: 'token', id: null, label: 'ADMIN_TOKEN', role: 'admin' });
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
