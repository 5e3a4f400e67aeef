/**
 * CORS from an allowlist: the exact request origin is echoed (`*` only when configured so),
 * always with `Vary: Origin`. Preflights are answered 204 and cached for a day. No credentials:
 * the widgets send none, and the staff API uses a bearer token, not cookies.
 */
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../context.js';

export const CORS_ALLOW_HEADERS = 'Content-Type, Accept-Language, Idempotency-Key, X-Cancel-Token, Authorization';
export const CORS_ALLOW_METHODS = 'GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS';
export const CORS_EXPOSE_HEADERS = 'Retry-After, Content-Language, Idempotency-Replayed';

export function cors(origins: readonly string[]): MiddlewareHandler<AppEnv> {
  const any = origins.includes('*');
  const allowed = new Set(origins);
  return async (c, next) => {
    const origin = c.req.header('origin');
    const ok = origin !== undefined && (any || allowed.has(origin));
    const preflight = c.req.method === 'OPTIONS';
    if (preflight) {
      const h: Record<string, string> = { Vary: 'Origin', Allow: CORS_ALLOW_METHODS };
      if (ok && c.req.header('access-control-request-method')) {
        h['Access-Control-Allow-Origin'] = any ? '*' : origin;
        h['Access-Control-Allow-Methods'] = CORS_ALLOW_METHODS;
        h['Access-Control-Allow-Headers'] = CORS_ALLOW_HEADERS;
        h['Access-Control-Max-Age'] = '86400';
      }
      return c.body(null, 204, h);
    }
    await next();
    c.res.headers.append('Vary', 'Origin');
    if (ok) {
      c.res.headers.set('Access-Control-Allow-Origin', any ? '*' : origin);
      c.res.headers.set('Access-Control-Expose-Headers', CORS_EXPOSE_HEADERS);
    }
  };
}
