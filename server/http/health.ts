/**
 * Health for load balancers and service managers: `GET /healthz` (the process answers: 200) and
 * `GET /readyz` (the database answers and is migrated: 200, else 503 problem+json with Retry-After).
 * And the app's error handler in front of the problem mapper: a database that cannot be reached is
 * a 503 with Retry-After, not a 500; the pool reconnects by itself on a later request.
 */
import type { Context } from 'hono';
import { PROBLEM_TYPES } from '../../src/schema/index.js';
import type { App, AppEnv, RouteDeps } from '../app.js';
import { isDatabaseUnavailable } from '../db/database.js';
import { readiness } from '../db/readiness.js';
import { withFields, type Logger } from '../log.js';
import { errorHandler, HttpProblem, problemResponse } from './problem.js';

/** Seconds a client should wait before trying again while the database is away. */
export const RETRY_AFTER_SECONDS = 5;

const unavailable = (detail: string): HttpProblem =>
  new HttpProblem(
    503,
    PROBLEM_TYPES.server,
    'Service unavailable.',
    { detail },
    {
      'Retry-After': String(RETRY_AFTER_SECONDS),
      'Cache-Control': 'no-store',
    },
  );

export function registerHealthRoutes(app: App, { db }: Pick<RouteDeps, 'db'>): void {
  app.get('/healthz', (c) => {
    c.header('Cache-Control', 'no-store');
    return c.json({ status: 'ok' });
  });
  app.get('/readyz', async (c) => {
    const r = await readiness(db);
    if (!r.ready) return problemResponse(c, unavailable(r.reason));
    c.header('Cache-Control', 'no-store');
    return c.json({ status: 'ready' });
  });
}

/** The app's `onError`: database outages as 503, the rest through {@link errorHandler}, with the request id. */
export function appErrorHandler(log: Logger) {
  return (err: Error, c: Context<AppEnv>): Response => {
    if (err instanceof HttpProblem) return problemResponse(c, err);
    const reqLog = withFields(log, { reqId: c.get('requestId') });
    if (isDatabaseUnavailable(err)) {
      reqLog.warn('database unavailable', err);
      return problemResponse(c, unavailable('The database cannot be reached; try again shortly.'));
    }
    return errorHandler(reqLog)(err, c);
  };
}
