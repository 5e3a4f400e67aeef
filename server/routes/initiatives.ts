/** `GET /v1/initiatives` (filters, sort, cursor) and `GET /v1/initiatives/{id}`: published ones only. */
import { InitiativeQuerySchema } from '../../src/schema/index.js';
import type { App, RouteDeps } from '../context.js';
import { useLocale } from '../http/locale.js';
import { parseId, parseQuery } from '../http/validate.js';
import * as initiatives from '../services/initiatives.js';

export function registerInitiativeRoutes(app: App, { db }: RouteDeps): void {
  app.get('/v1/initiatives', async (c) => {
    const query = parseQuery(InitiativeQuerySchema, c);
    return c.json(await initiatives.publicInitiatives(db, query, useLocale(c)));
  });

  app.get('/v1/initiatives/:id', async (c) => {
    const id = parseId(c.req.param('id'));
    return c.json(await initiatives.publicInitiative(db, id, useLocale(c)));
  });
}
