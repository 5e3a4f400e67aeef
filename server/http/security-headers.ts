/**
 * Security headers on every answer. JSON gets a CSP that allows nothing; the demo HTML page gets
 * the strict page CSP (set by the demo route). The API is readable cross-origin
 * (`Cross-Origin-Resource-Policy: cross-origin`) because widgets on other sites call it.
 * HSTS only when the request came over https (directly, or per a trusted proxy). `no-store` on the
 * staff API and on writes; public GETs are cached per ./cache.ts.
 */
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../context.js';

export const API_CSP = "default-src 'none'; frame-ancestors 'none'";
export const PAGE_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: https:; connect-src 'self'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

export function securityHeaders(trustProxy: number): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();
    const h = c.res.headers;
    h.set('X-Content-Type-Options', 'nosniff');
    h.set('Referrer-Policy', 'no-referrer');
    if (!h.has('Content-Security-Policy')) h.set('Content-Security-Policy', API_CSP);
    if (!h.has('Cross-Origin-Resource-Policy')) h.set('Cross-Origin-Resource-Policy', 'cross-origin');
    const read = c.req.method === 'GET' || c.req.method === 'HEAD';
    if (c.req.path.startsWith('/v1/staff') || !read) h.set('Cache-Control', 'no-store');
    const proto = trustProxy > 0 ? (c.req.header('x-forwarded-proto')?.split(',')[0]?.trim() ?? '') : '';
    if (new URL(c.req.url).protocol === 'https:' || proto === 'https') {
      h.set('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
    }
  };
}
