/**
 * The Hono app: middleware, every route of the contract, the staff API and (optionally) the demo
 * page. `createApp` opens nothing: give it a config and an open, migrated database. Tests call
 * `app.request(...)`; main.ts serves it on a socket.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import * as z from 'zod/mini';
import { PROBLEM_TYPES, validate } from '../src/schema/index.js';
import { createLogger, type Config, type Logger } from './config.js';
import type { Db } from './db/database.js';
import { cors } from './http/cors.js';
import { appErrorHandler, registerHealthRoutes } from './http/health.js';
import { HttpProblem, problemResponse, validationProblem } from './http/problem.js';
import { rateLimit } from './http/rate-limit.js';
import { securityHeaders } from './http/security-headers.js';
import { requestLog } from './log-requests.js';
import { registerDemoRoutes } from './routes/demo.js';
import { registerIdeaRoutes } from './routes/ideas.js';
import { registerInitiativeRoutes } from './routes/initiatives.js';
import { registerSiteRoutes } from './routes/site.js';
import { registerStaffContentRoutes } from './routes/staff-content.js';
import { registerStaffRoutes } from './routes/staff.js';
import { registerVolunteerRoutes } from './routes/volunteers.js';

/** Types of the app's context: node bindings (absent under `app.request`) and the parsed body. */
export type AppEnv = {
  Bindings: { incoming?: IncomingMessage; outgoing?: ServerResponse };
  Variables: { body: unknown; requestId: string };
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

/** Validates a parsed body: the data, or a 422 problem with field errors. */
export function parseBody<S extends z.core.$ZodType>(schema: S, value: unknown): z.output<S> {
  const r = validate(schema, value);
  if (!r.ok) throw validationProblem(r.errors);
  return r.data;
}

/** Validates query parameters: the data, or a 400 problem with field errors. */
export function parseQuery<S extends z.core.$ZodType>(schema: S, c: Context): z.output<S> {
  const r = validate(schema, c.req.query());
  if (!r.ok) throw new HttpProblem(400, PROBLEM_TYPES.malformed, 'Invalid query parameters.', { errors: r.errors });
  return r.data;
}

/** A Hono route path as a regular expression (`:param` and `*`). */
const pathRegex = (path: string): RegExp =>
  new RegExp(
    `^${path
      .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
      .replace(/\/\*$/, '(?:/.*)?')
      .replace(/:[A-Za-z0-9_]+/g, '[^/]+')}/?$`,
  );

export interface AppOptions {
  readonly config: Config;
  readonly db: Db;
  readonly log?: Logger;
}

export function createApp({ config, db, log = createLogger(config.logLevel) }: AppOptions): App {
  const app: App = new Hono<AppEnv>();
  app.onError(appErrorHandler(log));
  app.use('*', requestLog(log));
  app.use('*', securityHeaders(config.trustProxy));
  app.use('*', cors(config.corsOrigins));

  const deps: RouteDeps = { config, db, log, writeGuard: rateLimit(db, config.rateLimitPerMinute, config.trustProxy) };
  registerHealthRoutes(app, deps);
  registerSiteRoutes(app, deps);
  registerInitiativeRoutes(app, deps);
  registerIdeaRoutes(app, deps);
  registerVolunteerRoutes(app, deps);
  registerStaffRoutes(app, deps);
  registerStaffContentRoutes(app, deps);
  if (config.demoPage) registerDemoRoutes(app, deps);

  // Unknown path: 404; known path, other method: 405 with Allow.
  app.notFound((c) => {
    const path = new URL(c.req.url).pathname;
    const methods = new Set<string>();
    for (const r of app.routes) {
      if (r.method !== 'ALL' && r.path !== '/*' && pathRegex(r.path).test(path)) methods.add(r.method);
    }
    const method = c.req.method === 'HEAD' ? 'GET' : c.req.method;
    if (methods.size > 0 && !methods.has(method)) {
      if (methods.has('GET')) methods.add('HEAD');
      methods.add('OPTIONS');
      const allow = [...methods].sort().join(', ');
      return problemResponse(
        c,
        new HttpProblem(
          405,
          PROBLEM_TYPES.methodNotAllowed,
          undefined,
          { detail: `Allowed: ${allow}.` },
          { Allow: allow },
        ),
      );
    }
    return problemResponse(c, new HttpProblem(404, PROBLEM_TYPES.notFound));
  });
  return app;
}
