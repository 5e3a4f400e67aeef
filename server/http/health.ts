/**
 * Health for load balancers and service managers: `GET /healthz` (the process answers: 200) and
 * `GET /readyz` (the database answers and is migrated: 200, else 503 problem+json with Retry-After).
 * A database outage on any other route is answered 503 by the app's error handler (./problem.ts);
 * the pool reconnects by itself on a later request.
 */
import type { App, RouteDeps } from '../context.js';
import { readiness } from '../db/readiness.js';
import { problemResponse, unavailable } from './problem.js';

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
