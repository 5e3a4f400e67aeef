/** `GET /v1/site`: the municipality, in the language of Accept-Language. */
import { PROBLEM_TYPES } from '../../src/schema/index.js';
import type { App, RouteDeps } from '../app.js';
import { getSite } from '../db/site.js';
import { useLocale } from '../http/locale.js';
import { HttpProblem } from '../http/problem.js';

export function registerSiteRoutes(app: App, { db }: RouteDeps): void {
  app.get('/v1/site', async (c) => {
    const site = await getSite(db, useLocale(c));
    if (!site)
      throw new HttpProblem(503, PROBLEM_TYPES.server, 'The site is not configured yet.', {
        detail:
          'For a demo, run `civic-widgets-server seed-demo` (or start once with SEED=demo); for a real site, add it through the staff API (see docs/server.md).',
      });
    return c.json(site);
  });
}
