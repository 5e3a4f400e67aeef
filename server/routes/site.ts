/** `GET /v1/site`: the municipality, in the language of Accept-Language. */
import type { App, RouteDeps } from '../context.js';
import { useLocale } from '../http/locale.js';
import { siteFor } from '../services/site.js';

export function registerSiteRoutes(app: App, { db, config }: RouteDeps): void {
  app.get('/v1/site', async (c) => c.json(await siteFor(db, useLocale(c), config.mail !== null)));
}
