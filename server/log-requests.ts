/**
 * The access log: one entry per request, `{ msg: 'request', reqId, method, path, status, ms }`, and the
 * request id sent back as `X-Request-Id`. The id is the client's `X-Request-Id` when it looks like an id
 * (so a proxy's id ties its log to ours), else a new UUID. The path is logged without its query string
 * (a search may hold what a resident typed); no header, no body.
 */
import { randomUUID } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './context.js';
import type { Logger } from './log.js';

const SANE_ID = /^[A-Za-z0-9._:@/+=-]{1,128}$/;

/** The request id to use for a given `X-Request-Id` header value. */
export const requestId = (given: string | undefined): string =>
  given !== undefined && SANE_ID.test(given) ? given : randomUUID();

export function requestLog(log: Logger): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now();
    const id = requestId(c.req.header('x-request-id'));
    c.set('requestId', id);
    c.header('X-Request-Id', id);
    try {
      await next();
    } finally {
      try {
        c.res.headers.set('X-Request-Id', id);
      } catch {
        // immutable headers (a passed-through response): it was set on the context already
      }
      const status = c.res.status;
      log[status >= 500 ? 'warn' : 'info']('request', {
        reqId: id,
        method: c.req.method,
        path: c.req.path.slice(0, 300),
        status,
        ms: Math.round((performance.now() - started) * 10) / 10,
      });
    }
  };
}
