/** `GET /v1/initiatives` (filters, sort, cursor) and `GET /v1/initiatives/{id}`: published ones only. */
import { ID_PATTERN, InitiativeQuerySchema, PROBLEM_TYPES } from '../../src/schema/index.js';
import { parseQuery, type App, type RouteDeps } from '../app.js';
import { BadCursorError, getInitiative, listInitiatives } from '../db/initiatives.js';
import { useLocale } from '../http/locale.js';
import { HttpProblem, notFound } from '../http/problem.js';

export function registerInitiativeRoutes(app: App, { db }: RouteDeps): void {
  app.get('/v1/initiatives', async (c) => {
    const query = parseQuery(InitiativeQuerySchema, c);
    try {
      return c.json(await listInitiatives(db, query, useLocale(c)));
    } catch (e) {
      if (e instanceof BadCursorError) {
        throw new HttpProblem(400, PROBLEM_TYPES.malformed, 'Invalid query parameters.', {
          errors: [{ path: 'cursor', code: 'invalid' }],
        });
      }
      throw e;
    }
  });

  app.get('/v1/initiatives/:id', async (c) => {
    const id = c.req.param('id');
    if (!ID_PATTERN.test(id)) throw notFound();
    const initiative = await getInitiative(db, id, useLocale(c));
    if (!initiative) throw notFound();
    return c.json(initiative);
  });
}
