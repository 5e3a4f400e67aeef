/**
 * Valid input never gives 500, on either database (issue 12): fast-check posts bodies and sends
 * queries around what the contract accepts, with the edge values a database cannot store (NUL,
 * lone surrogates, fillMs beyond int4 or 1e300, crafted cursors). Never a 500; what the contract
 * refuses is 422 (bodies) or 400 (queries); and both databases answer every input alike (same
 * seed, same inputs, the same list of statuses).
 */
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import fc from 'fast-check';
import * as z from 'zod/mini';
import {
  IdeaSubmissionSchema,
  InitiativeQuerySchema,
  VolunteerSignupSchema,
  validate,
} from '../../src/schema/index.js';
import { StaffIdeaQuerySchema } from '../../src/schema/staff/index.js';
import { dialects, idea, post, setup, signup, staff, type TestServer } from './helpers.js';

const RUNS = 500;
const SEED = 20260512;

/** Texts: ordinary, any UTF-16 unit (lone surrogates included), and the known troublemakers. */
const edgeText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n)), maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.constantFrom('\u0000', 'a\u0000b', 'Bankjes\u0000 op het plein', '\uD800', 'x\uDC00y', 'ok 😀 ok', '\uDBFF', ''),
);
const edgeNumber = fc.oneof(
  fc.integer(),
  fc.constantFrom(2147483647, 2147483648, 1e300, -1, 1.5, 0, Number.MAX_SAFE_INTEGER, 4e9, -2147483649),
);
const edgeValue = fc.oneof(edgeText, edgeNumber, fc.constantFrom(null, true, [], {}));

type Mutation = { path: string[]; value: unknown };
const mutationOf = (paths: string[][]) =>
  fc.array(
    fc.record({
      path: fc.constantFrom(...paths),
      value: fc.oneof({ weight: 3, arbitrary: edgeText }, { weight: 2, arbitrary: edgeNumber }, edgeValue),
    }),
    { minLength: 0, maxLength: 3 },
  );

function apply(base: Record<string, unknown>, muts: Mutation[]): Record<string, unknown> {
  const body = structuredClone(base);
  for (const { path, value } of muts) {
    let o = body as Record<string, unknown>;
    for (const k of path.slice(0, -1)) {
      if (typeof o[k] !== 'object' || o[k] === null) o[k] = {};
      o = o[k] as Record<string, unknown>;
    }
    o[path.at(-1)!] = value;
  }
  return body;
}

const IDEA_PATHS = [
  ['title'],
  ['summary'],
  ['description'],
  ['location', 'address'],
  ['contact', 'name'],
  ['contact', 'email'],
  ['contact', 'phone'],
  ['consent', 'noticeVersion'],
  ['honeypot'],
  ['fillMs'],
  ['fillMs'],
  ['neighbours'],
  ['areaId'],
].map((p) => p);
const SIGNUP_PATHS = [
  ['availability'],
  ['contact', 'name'],
  ['contact', 'email'],
  ['contact', 'phone'],
  ['acknowledgement', 'noteVersion'],
  ['consent', 'noticeVersion'],
  ['honeypot'],
  ['fillMs'],
  ['fillMs'],
  ['roleId'],
];

const b64 = (v: unknown) => Buffer.from(JSON.stringify(v), 'utf8').toString('base64url');
/** Cursors: the reported ones, near-misses of real ones, and anything. */
const edgeCursor = fc.oneof(
  fc.constantFrom(
    b64(['\u0000', 'x']),
    b64(['x', '\u0000']),
    b64(['\uD800', 'x']),
    b64([1e300, 'x']),
    b64([2147483648, 'init-1']),
    b64(['2026-01-01T00:00:00.000Z', 'a\u0000']),
    b64([null, 'x']),
    b64(['a', 'b', 'c']),
    'not-a-cursor',
  ),
  fc.tuple(fc.oneof(edgeText, edgeNumber), edgeText).map(b64),
  fc.string({ maxLength: 60 }),
);

const queryOf = (keys: Record<string, fc.Arbitrary<string>>) =>
  fc.record(keys, { requiredKeys: [] }).map((o) => new URLSearchParams(o as Record<string, string>).toString());

const publicQuery = queryOf({
  q: edgeText,
  area: fc.oneof(fc.constantFrom('centrum', 'noord'), edgeText),
  theme: fc.oneof(fc.constantFrom('groen', 'ontmoeting'), edgeText),
  rung: fc.oneof(fc.constantFrom('1', '7', '8', '0'), edgeText),
  status: fc.oneof(fc.constantFrom('idea', 'running', 'testing'), edgeText),
  needsVolunteers: fc.constantFrom('true', 'false', 'yes', '\u0000'),
  sort: fc.constantFrom('updated', 'title', 'start', 'other'),
  cursor: edgeCursor,
  limit: fc.oneof(fc.constantFrom('1', '2', '50', '0', '101', '1e3'), edgeText),
});
const staffQuery = queryOf({
  q: fc.oneof(edgeText, fc.constant('a\u0000b')),
  status: fc.constantFrom('received', 'published', 'nope'),
  track: fc.constantFrom('create', 'join', 'x'),
  flagged: fc.constantFrom('true', 'false', 'any', '?'),
  cursor: edgeCursor,
  limit: fc.constantFrom('1', '2', '20', '0', 'x'),
});

/** Statuses per endpoint and database, compared at the end. */
const seen: Record<string, Record<string, number[]>> = {};
const record = (endpoint: string, dialect: string, status: number) =>
  ((seen[endpoint] ??= {})[dialect] ??= []).push(status);

const queryObject = (qs: string) => Object.fromEntries(new URLSearchParams(qs));

async function check(
  s: TestServer,
  endpoint: string,
  schema: z.core.$ZodType,
  input: unknown,
  send: () => Promise<Response>,
  refused: number,
  allowed: number[],
): Promise<void> {
  const r = await send();
  const text = await r.text();
  record(endpoint, s.dialect, r.status);
  assert.ok(r.status < 500, `${endpoint} ${JSON.stringify(input)} → ${r.status} ${text}`);
  if (!validate(schema, input).ok) assert.equal(r.status, refused, `${JSON.stringify(input)}: ${text}`);
  else assert.ok(allowed.includes(r.status), `${endpoint} ${JSON.stringify(input)} → ${r.status} ${text}`);
}

for (const dialect of dialects()) {
  describe(`contract fuzz (${dialect})`, () => {
    let s: TestServer;
    after(() => s?.close());

    it(`POST /v1/ideas: ${RUNS} bodies`, async () => {
      s = await setup(dialect);
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom('create', 'experiment', 'join') as fc.Arbitrary<'create'>,
          mutationOf(IDEA_PATHS),
          async (track, muts) => {
            const body = apply(idea(track), muts);
            await check(s, 'ideas', IdeaSubmissionSchema, body, () => post(s.app, '/v1/ideas', body), 422, [201, 422]);
          },
        ),
        { numRuns: RUNS, seed: SEED },
      );
    });

    it(`POST /v1/volunteer-signups: ${RUNS} bodies`, async () => {
      await fc.assert(
        fc.asyncProperty(fc.boolean(), mutationOf(SIGNUP_PATHS), async (wait, muts) => {
          const body = apply(signup({ joinWaitlist: wait }), muts);
          await check(
            s,
            'signups',
            VolunteerSignupSchema,
            body,
            () => post(s.app, '/v1/volunteer-signups', body),
            422,
            [201, 409, 422],
          );
        }),
        { numRuns: RUNS, seed: SEED },
      );
    });

    it(`GET /v1/initiatives: ${RUNS} queries`, async () => {
      await fc.assert(
        fc.asyncProperty(publicQuery, async (qs) => {
          await check(
            s,
            'initiatives',
            InitiativeQuerySchema,
            queryObject(qs),
            () => Promise.resolve(s.app.request(`/v1/initiatives?${qs}`)),
            400,
            [200, 400],
          );
        }),
        { numRuns: RUNS, seed: SEED },
      );
    });

    it(`GET /v1/staff/ideas: ${RUNS} queries`, async () => {
      const raw = await staff(s.app, '/v1/staff/ideas?q=a%00b');
      record('staff-raw', dialect, raw.status);
      assert.equal(raw.status, 400, 'q=a%00b');
      await fc.assert(
        fc.asyncProperty(staffQuery, async (qs) => {
          await check(
            s,
            'staff-ideas',
            StaffIdeaQuerySchema,
            queryObject(qs),
            () => staff(s.app, `/v1/staff/ideas?${qs}`),
            400,
            [200, 400],
          );
        }),
        { numRuns: RUNS, seed: SEED },
      );
    });
  });
}

describe('contract fuzz: both databases alike', () => {
  it('the same inputs get the same statuses on SQLite and PostgreSQL', (t) => {
    if (dialects().length < 2) return t.skip('TEST_DATABASE_URL is not set');
    for (const [endpoint, by] of Object.entries(seen)) {
      assert.equal(by.sqlite?.length, by.postgres?.length, endpoint);
      assert.deepEqual(by.postgres, by.sqlite, `${endpoint}: statuses differ between the databases`);
    }
  });
});
