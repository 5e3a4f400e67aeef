/**
 * The request context of the app, in a module of its own so that the middleware (server/http/*),
 * the routes (server/routes/*) and the access log can name it without importing server/app.ts,
 * which imports all of them (no import cycles).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Hono, MiddlewareHandler } from 'hono';
import type { Config } from './config.js';
import type { Actor } from './db/audit.js';
import type { Db } from './db/database.js';
import type { Logger } from './log.js';

/**
 * Types of the app's context: node bindings (absent under `app.request`), the parsed body, the
 * request id, and on `/v1/staff/*` who is acting (set by server/http/staff-auth.ts).
 */
export type AppEnv = {
  Bindings: { incoming?: IncomingMessage; outgoing?: ServerResponse };
  Variables: { body: unknown; requestId: string; actor: Actor };
};
export type App = Hono<AppEnv>;

/** What every route module gets. */
export interface RouteDeps {
  readonly config: Config;
  readonly db: Db;
  readonly log: Logger;
  /** Middleware for resident writes (rate limit). */
  readonly writeGuard: MiddlewareHandler<AppEnv>;
}
