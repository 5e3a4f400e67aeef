/**
 * The staff API, personal data on request (any staff role; authentication is the `/v1/staff/*`
 * middleware of staff.ts): `GET /v1/staff/personal-data?email=…` exports every idea and signup
 * sent with that address, `POST /v1/staff/personal-data/erase` `{email}` erases their contact
 * details (and cancels the resident's active signups). Both are audited without the address.
 * The rules are server/services/personal-data.ts.
 */
import type { App, RouteDeps } from '../context.js';
import { jsonBody } from '../http/body.js';
import { parseBody, parseQuery } from '../http/validate.js';
import * as personalData from '../services/personal-data.js';
import { PersonalDataEraseSchema, PersonalDataQuerySchema } from '../../src/schema/staff/index.js';

export function registerStaffPersonalDataRoutes(app: App, { db, config }: RouteDeps): void {
  const body = jsonBody({ limit: config.bodyLimitBytes });

  app.get('/v1/staff/personal-data', async (c) => {
    const { email } = parseQuery(PersonalDataQuerySchema, c);
    return c.json(await personalData.exportPersonalData(db, c.get('actor'), email));
  });
  app.post('/v1/staff/personal-data/erase', body, async (c) => {
    const { email } = parseBody(PersonalDataEraseSchema, c.get('body'));
    return c.json(await personalData.erasePersonalData(db, c.get('actor'), email, config.mail !== null));
  });
}
