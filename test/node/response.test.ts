// readResponse: every kind of answer becomes one typed result, and it never throws.
// Responses here are built in memory (no server): they stand in for what a backend might send.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import * as z from 'zod/mini';
import { readResponse, parseRetryAfter } from '../../src/api/response.js';
import { ApiError, API_ERROR_CODES } from '../../src/api/errors.js';

const Thing = z.object({ id: z.string(), n: z.number() });
const json = (body: unknown, status = 200, type = 'application/json', headers: Record<string, string> = {}) =>
  new Response(typeof body === 'string' ? body : JSON.stringify(body), {
    status,
    headers: { 'content-type': type, ...headers },
  });
const problem = (status: number, extra: Record<string, unknown> = {}) =>
  json({ type: 'urn:x', title: 'Problem', status, ...extra }, status, 'application/problem+json');

async function failure(res: Response) {
  const r = await readResponse(res, Thing);
  assert.equal(r.ok, false);
  if (r.ok) throw new Error('unreachable');
  assert.ok(r.error instanceof ApiError);
  return r.error;
}

test('2xx JSON of the right shape is ok', async () => {
  const r = await readResponse(json({ id: 'a', n: 1 }), Thing);
  assert.deepEqual(r, { ok: true, data: { id: 'a', n: 1 } });
});

test('content type with parameters and problem+json are accepted', async () => {
  assert.equal((await readResponse(json({ id: 'a', n: 1 }, 200, 'Application/JSON; charset=utf-8'), Thing)).ok, true);
  assert.equal((await readResponse(json({ id: 'a', n: 1 }, 200, 'application/problem+json'), Thing)).ok, true);
});

test('a 200 with an HTML body is invalid-response', async () => {
  const e = await failure(json('<!doctype html><h1>Maintenance</h1>', 200, 'text/html'));
  assert.equal(e.code, 'invalid-response');
  assert.equal(e.retryable, false);
  assert.match(e.message, /text\/html/);
});

test('JSON in a body labelled text/plain or application/jsonx is invalid-response', async () => {
  assert.equal((await failure(json({ id: 'a', n: 1 }, 200, 'text/plain'))).code, 'invalid-response');
  assert.equal((await failure(json({ id: 'a', n: 1 }, 200, 'application/jsonx'))).code, 'invalid-response');
  assert.equal((await failure(new Response('{"id":"a","n":1}', { status: 200 }))).code, 'invalid-response');
});

test('truncated JSON is invalid-response', async () => {
  assert.equal((await failure(json('{"id":"a","n":'))).code, 'invalid-response');
  assert.equal((await failure(json(''))).code, 'invalid-response');
});

test('a wrong shape is invalid-response and names the path', async () => {
  const e = await failure(json({ id: 'a', n: 'one' }));
  assert.equal(e.code, 'invalid-response');
  assert.match(e.message, /n:/);
});

test('204 checks undefined against the schema', async () => {
  assert.equal((await readResponse(new Response(null, { status: 204 }), z.undefined())).ok, true);
  assert.equal((await failure(new Response(null, { status: 204 }))).code, 'invalid-response');
});

test('422 problem gives validation with field errors; unknown codes become invalid', async () => {
  const e = await failure(
    problem(422, {
      errors: [
        { path: 'contact.email', code: 'invalid-email' },
        { path: 'title', code: 'made-up' },
        { nonsense: true },
      ],
    }),
  );
  assert.equal(e.code, 'validation');
  assert.equal(e.status, 422);
  assert.deepEqual(e.fieldErrors, [
    { path: 'contact.email', code: 'invalid-email' },
    { path: 'title', code: 'invalid' },
  ]);
  assert.equal(e.retryable, false);
});

test('status decides the code, also when the problem body is garbage', async () => {
  const cases: [number, string, boolean][] = [
    [404, 'not-found', false],
    [409, 'conflict', false],
    [422, 'validation', false],
    [429, 'rate-limited', true],
    [408, 'server', true],
    [500, 'server', true],
    [502, 'server', true],
    [503, 'server', true],
    [400, 'server', false],
    [401, 'server', false],
    [413, 'server', false],
  ];
  for (const [status, code, retryable] of cases) {
    for (const res of [
      problem(status),
      json('{garbage', status, 'application/problem+json'),
      json('<html>', status, 'text/html'),
    ]) {
      const e = await failure(res);
      assert.equal(e.code, code, `status ${status}`);
      assert.equal(e.retryable, retryable, `status ${status} retryable`);
      assert.equal(e.status, status);
    }
  }
  assert.equal((await failure(problem(404))).problem?.type, 'urn:x');
  assert.equal((await failure(json('{garbage', 404, 'application/problem+json'))).problem, undefined);
});

test('429 carries Retry-After in seconds or as an HTTP date', async () => {
  const s = await failure(json({}, 429, 'application/problem+json', { 'retry-after': '7' }));
  assert.equal(s.retryAfterMs, 7000);
  const date = new Date(Date.now() + 20_000).toUTCString();
  const d = await failure(json({}, 429, 'application/problem+json', { 'retry-after': date }));
  assert.ok(d.retryAfterMs! > 15_000 && d.retryAfterMs! <= 20_000, String(d.retryAfterMs));
  assert.equal(parseRetryAfter('soon'), undefined);
  assert.equal(parseRetryAfter(new Date(0).toUTCString()), 0);
});

test('a body that breaks while reading is offline (retryable), not a throw', async () => {
  const stream = new ReadableStream({
    start(c) {
      c.enqueue(new TextEncoder().encode('{"id":'));
      c.error(new TypeError('connection reset'));
    },
  });
  const e = await failure(
    new Response(stream, {
      status: 200,
      headers: { 'content-type': 'application/json' },
    }),
  );
  // Not offline (nothing says navigator.onLine is false): the answer could not be read from the host.
  assert.equal(e.code, 'unreachable');
  assert.equal(e.retryable, true);
});

test('a body already used is a typed error', async () => {
  const res = json({ id: 'a', n: 1 });
  await res.text();
  assert.equal((await failure(res)).code, 'unreachable');
});

// Statuses a Response can carry: 200..599 (the constructor rejects the rest); null-body statuses get no body.
const NULL_BODY = new Set([204, 205, 304]);
const contentTypes = fc.oneof(
  fc.constantFrom(
    'application/json',
    'application/json; charset=utf-8',
    'application/problem+json',
    'text/html',
    'text/plain',
    'application/xml',
    '',
  ),
  fc.string(),
);
const bodies = fc.oneof(
  fc.string(),
  fc.uint8Array({ maxLength: 200 }),
  fc.json(),
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc.record({ id: fc.string(), n: fc.double() }).map((v) => JSON.stringify(v)),
  fc.record({ id: fc.string(), n: fc.integer() }).map((v) => JSON.stringify(v).slice(0, -1)),
  fc
    .record({
      type: fc.string(),
      title: fc.string(),
      status: fc.integer({ min: 100, max: 700 }),
      errors: fc.anything(),
    })
    .map((v) => JSON.stringify(v)),
);

test('property: any body, status and content type gives a typed result and never throws', async () => {
  let oks = 0;
  await fc.assert(
    fc.asyncProperty(fc.integer({ min: 200, max: 599 }), bodies, contentTypes, async (status, body, type) => {
      const headers = new Headers();
      try {
        if (type) headers.set('content-type', type);
      } catch {
        /* an invalid header value: send none */
      }
      const res = new Response(NULL_BODY.has(status) ? null : body, {
        status,
        headers,
      });
      const r = await readResponse(res, Thing);
      assert.equal(typeof r.ok, 'boolean');
      const isJson = /^application\/(problem\+)?json\s*(;|$)/i.test(headers.get('content-type') ?? '');
      let valid = false;
      try {
        valid = typeof body === 'string' && Thing.safeParse(JSON.parse(body)).success;
      } catch {
        /* not JSON */
      }
      const expectOk = status >= 200 && status <= 299 && !NULL_BODY.has(status) && isJson && valid;
      assert.equal(r.ok, expectOk, `status ${status}, type ${type}, body ${String(body).slice(0, 80)}`);
      if (r.ok) {
        oks++;
        assert.ok(status >= 200 && status <= 299, `ok with status ${status}`);
        assert.ok(Thing.safeParse(r.data).success);
      } else {
        assert.ok(r.error instanceof ApiError);
        assert.ok((API_ERROR_CODES as readonly string[]).includes(r.error.code));
        if (status >= 200 && status <= 299) assert.equal(r.error.code, 'invalid-response');
        if (status === 422) assert.equal(r.error.code, 'validation');
        if (status >= 500) assert.equal(r.error.retryable, true);
      }
    }),
    { numRuns: 2000 },
  );
  assert.ok(oks > 0, 'the generators reach the ok case');
});
