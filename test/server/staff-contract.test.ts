/**
 * The staff API as published (src/schema/staff/endpoints.ts, dist/openapi.json) and as served
 * (the Hono app's routes under /v1/staff) are the same: a route without an entry, or an entry
 * without a route, fails here. Every documented staff operation refuses a request without
 * credentials with 401, as its entry says.
 * Run: node --import tsx --test test/server/staff-contract.test.ts
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { buildOpenApi } from '../../scripts/openapi.js';
import { STAFF_ENDPOINTS, type StaffEndpoint } from '../../src/schema/staff/endpoints.js';
import { dialects, setup, type TestServer } from './helpers.js';

/** `GET /v1/staff/ideas/:id` → `GET /v1/staff/ideas/{id}`. */
const openApiPath = (honoPath: string): string => honoPath.replace(/:([A-Za-z0-9_]+)/g, '{$1}');

for (const dialect of dialects()) {
  describe(`staff contract (${dialect})`, () => {
    let s: TestServer;
    before(async () => {
      s = await setup(dialect);
    });
    after(() => s.close());

    test('every staff route of the app is in STAFF_ENDPOINTS, and every entry is a route', () => {
      const served = new Set(
        s.app.routes
          .filter((r) => r.method !== 'ALL' && r.path.startsWith('/v1/staff/'))
          .map((r) => `${r.method} ${openApiPath(r.path)}`),
      );
      const documented = new Set(STAFF_ENDPOINTS.map((e) => `${e.method} ${e.path}`));
      assert.ok(served.size >= 18, `found ${served.size} staff routes`);
      assert.deepEqual(
        [...served].filter((r) => !documented.has(r)),
        [],
        'routes missing from src/schema/staff/endpoints.ts',
      );
      assert.deepEqual(
        [...documented].filter((r) => !served.has(r)),
        [],
        'documented staff endpoints the app does not serve',
      );
      assert.equal(documented.size, STAFF_ENDPOINTS.length, 'no endpoint listed twice');
    });

    test('the document has each staff endpoint with its security; public ones declare security: []', () => {
      const doc = buildOpenApi() as { paths: Record<string, Record<string, { security: unknown[] }>> };
      for (const e of STAFF_ENDPOINTS as readonly StaffEndpoint[]) {
        const op = doc.paths[e.path]?.[e.method.toLowerCase()];
        assert.ok(op, `${e.method} ${e.path} in the document`);
        if (e.staff) assert.ok(op.security.length > 0, `${e.id} declares its security`);
        else assert.deepEqual(op.security, [], `${e.id} needs no credentials`);
      }
      for (const [path, item] of Object.entries(doc.paths)) {
        if (path.startsWith('/v1/staff/')) continue;
        for (const [method, op] of Object.entries(item)) assert.deepEqual(op.security, [], `${method} ${path}`);
      }
    });

    test('every staff operation answers 401 without credentials, and says so', async () => {
      for (const e of STAFF_ENDPOINTS as readonly StaffEndpoint[]) {
        if (!e.staff) continue;
        assert.ok(e.problems.includes(401), `${e.id} lists 401`);
        const url = e.path.replace(/\{[^}]+\}/g, 'sample-id');
        const init: RequestInit = { method: e.method };
        if (e.method !== 'GET' && e.method !== 'DELETE') {
          init.headers = { 'Content-Type': 'application/json' };
          init.body = '{}';
        }
        const res = await s.app.request(url, init);
        assert.equal(res.status, 401, `${e.method} ${url}`);
        assert.match(res.headers.get('content-type') ?? '', /application\/problem\+json/);
      }
    });
  });
}
