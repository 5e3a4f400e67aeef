/**
 * The Hono app: middleware, every route of the contract, the staff API and (optionally) the demo
 * page. `createApp` opens nothing: give it a config and an open, migrated database. Tests call
 * `app.request(...)`; main.ts serves it on a socket.
 *
 * Layers: routes (server/routes/*) parse the request (server/http/validate.ts), call a service
 * (server/services/*: the domain rules) and answer; services use the db modules (server/db/*:
 * reads and writes). Db and service code throw domain errors (server/errors.ts); the app's
 * `onError` (server/http/problem.ts) maps them to problem+json. The context types are in
 * server/context.ts, so nothing imports this file back.
 */
import { Hono } from 'hono';
import { PROBLEM_TYPES } from '../src/schema/index.js';
import { createLogger, type Config, type Logger } from './config.js';
import type { App, AppEnv, RouteDeps } from './context.js';
import type { Db } from './db/database.js';
import { cors } from './http/cors.js';
import { registerHealthRoutes } from './http/health.js';
import { appErrorHandler, HttpProblem, problemResponse } from './http/problem.js';
import { publicCache } from './http/cache.js';
import { rateLimit, readRateLimit } from './http/rate-limit.js';
import { securityHeaders } from './http/security-headers.js';
import { staffAuth } from './http/staff-auth.js';
import { requestLog } from './log-requests.js';
import { registerDemoRoutes } from './routes/demo.js';
import { registerIdeaRoutes } from './routes/ideas.js';
import { registerInitiativeRoutes } from './routes/initiatives.js';
import { registerSiteRoutes } from './routes/site.js';
import { registerStaffAccountRoutes } from './routes/staff-accounts.js';
import { registerStaffContentRoutes } from './routes/staff-content.js';
import { registerStaffRoutes } from './routes/staff.js';
import { registerStaffPersonalDataRoutes } from './routes/staff-personal-data.js';
import { registerStaffAuditRoutes } from './routes/staff-audit.js';
import { registerStaffMailRoutes } from './routes/staff-mail.js';
import { registerStaffSiteRoutes } from './routes/staff-site.js';
import { registerStaffPage } from './routes/staff-page.js';
import { registerVolunteerRoutes } from './routes/volunteers.js';

export type { App, AppEnv, RouteDeps } from './context.js';

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
  /** The clock of staff sessions, lockouts and rate limits (tests move it); the system clock by default. */
  readonly now?: () => Date;
}

export function createApp({
  config,
  db,
  log = createLogger(config.logLevel),
  now = () => new Date(),
}: AppOptions): App {
  const app: App = new Hono<AppEnv>();
  app.onError(appErrorHandler(log));
  app.use('*', requestLog(log));
  app.use('*', securityHeaders(config.trustProxy));
  app.use('*', cors(config.corsOrigins));
  // Public GETs: ETag, Cache-Control and 304 (staff, personal and error answers: no-store), then the read limit.
  app.use('/v1/*', publicCache(config.publicMaxAgeSeconds));
  app.use('/v1/*', readRateLimit(config.readRateLimitPerMinute, config.trustProxy, now));

  const writeGuard = rateLimit(db, config.rateLimitPerMinute, config.trustProxy, now);
  const deps: RouteDeps = { config, db, log, writeGuard };
  registerHealthRoutes(app, deps);
  registerSiteRoutes(app, deps);
  registerInitiativeRoutes(app, deps);
  registerIdeaRoutes(app, deps);
  registerVolunteerRoutes(app, deps);
  // Every /v1/staff/* request is authenticated (session cookie + CSRF, API token) before any staff route.
  app.use('/v1/staff/*', staffAuth({ config, db, now }));
  registerStaffAccountRoutes(app, deps, now);
  registerStaffRoutes(app, deps);
  registerStaffContentRoutes(app, deps);
  registerStaffPersonalDataRoutes(app, deps);
  registerStaffSiteRoutes(app, deps);
  registerStaffAuditRoutes(app, deps);
  registerStaffMailRoutes(app, deps);
  registerStaffPage(app, deps);
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
