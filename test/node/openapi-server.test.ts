/**
 * The reference server's answers match what the OpenAPI document promises a code generator:
 * typed query parameters serialized as OpenAPI does, the per-track idea body, the 409 shift-full
 * body with `shiftIds`, the idempotency 409 and the 422 with `errors`. Each answer is checked
 * against the response schema of its operation and status in the generated document.
 * SQLite always, PostgreSQL too when TEST_DATABASE_URL is set.
 * Run: node --import tsx --test test/node/openapi-server.test.ts
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { buildOpenApi } from '../../scripts/openapi.js';
import { PROBLEM_TYPES } from '../../src/schema/index.js';
import { dialects, idea, post, setup, signup, type TestServer } from '../server/helpers.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- walking a JSON document
const doc = buildOpenApi() as Json;
const ID = 'https://civic-widgets.invalid/openapi.json';
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema({ ...doc, $id: ID });

const pointer = (...parts: string[]): string =>
  parts.map((p) => p.replaceAll('~', '~0').replaceAll('/', '~1')).join('/');

/** Asserts that an answer is what the document says `method path` answers with its status. */
async function conforms(r: Response, path: string, method: string): Promise<Json> {
  const text = await r.text();
  let response = doc.paths[path][method].responses[String(r.status)] as Json | undefined;
  assert.ok(response, `${method.toUpperCase()} ${path} answered ${r.status}, not in the document: ${text}`);
  let at = `#/${pointer('paths', path, method, 'responses', String(r.status))}`;
  if (response.$ref) {
    at = response.$ref as string;
    response = doc.components.responses[at.split('/').at(-1)!] as Json;
  }
  const type = (r.headers.get('content-type') ?? '').split(';')[0]!;
  assert.ok(response.content?.[type], `${method.toUpperCase()} ${path} ${r.status}: content type ${type}`);
  const validate = ajv.compile({ $ref: `${ID}${at}/${pointer('content', type, 'schema')}` });
  const body = JSON.parse(text) as Json;
  assert.ok(validate(body), `${method.toUpperCase()} ${path} ${r.status}: ${JSON.stringify(validate.errors)} ${text}`);
  return body;
}

for (const dialect of dialects()) {
  describe(`the server answers as the OpenAPI document says (${dialect})`, () => {
    let s: TestServer;
    before(async () => {
      s = await setup(dialect);
    });
    after(() => s.close());

    it('typed query parameters, serialized as OpenAPI does, are accepted; out of range is 400', async () => {
      const query = { needsVolunteers: true, limit: 20, rung: 3 };
      const qs = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)]));
      const page = await conforms(await s.app.request(`/v1/initiatives?${qs}`), '/v1/initiatives', 'get');
      for (const item of page.items as Json[]) assert.equal(item.rung, 3);
      const limit = (doc.paths['/v1/initiatives'].get.parameters as Json[]).find((p) => p.name === 'limit')!;
      const tooMany = await s.app.request(`/v1/initiatives?limit=${limit.schema.maximum + 1}`);
      assert.equal(tooMany.status, 400);
      await conforms(tooMany, '/v1/initiatives', 'get');
    });

    it('ideas: a join without offerId is 422 with errors; with it, 201', async () => {
      const { offerId: _o, ...noOffer } = idea('join');
      const p = await conforms(await post(s.app, '/v1/ideas', noOffer), '/v1/ideas', 'post');
      assert.equal(p.status, 422);
      assert.ok((p.errors as Json[]).some((e) => e.path === 'offerId' && e.code === 'required'));
      const receipt = await conforms(await post(s.app, '/v1/ideas', idea('join')), '/v1/ideas', 'post');
      assert.equal(receipt.status, 'received');
    });

    it('signups: 409 shift-full carries shiftIds; a reused Idempotency-Key is 409 idempotency-key-reused', async () => {
      const full = signup({ roleId: 'fietspiloot', shiftIds: ['piloot-3'] });
      const p = await conforms(await post(s.app, '/v1/volunteer-signups', full), '/v1/volunteer-signups', 'post');
      assert.equal(p.type, PROBLEM_TYPES.shiftFull);
      assert.deepEqual(p.shiftIds, ['piloot-3']);
      const key = randomUUID();
      const first = await post(s.app, '/v1/volunteer-signups', signup(), { key });
      assert.equal((await conforms(first, '/v1/volunteer-signups', 'post')).status, 'confirmed');
      const again = await post(s.app, '/v1/volunteer-signups', signup({ fillMs: 61000 }), { key });
      const conflict = await conforms(again, '/v1/volunteer-signups', 'post');
      assert.equal(conflict.type, PROBLEM_TYPES.idempotencyConflict);
      const ideaKey = randomUUID();
      await post(s.app, '/v1/ideas', idea('create'), { key: ideaKey });
      const reused = await post(s.app, '/v1/ideas', idea('create', { fillMs: 61000 }), { key: ideaKey });
      assert.equal(reused.status, 409);
      await conforms(reused, '/v1/ideas', 'post');
    });
  });
}
