/**
 * The OpenAPI 3.1 document generated from the schemas: valid, complete, and in agreement with zod.
 * Run: node --import tsx --test test/node/openapi.test.ts
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Validator } from '@seriousme/openapi-schema-validator';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import * as z from 'zod/mini';
import { buildOpenApi } from '../../scripts/openapi.js';
import {
  COPRODUCTION_KINDS,
  ENDPOINTS,
  IDEA_TRACKS,
  INITIATIVE_STATUSES,
  IdeaSubmissionSchema,
  InitiativeSchema,
  ProblemSchema,
  SignupReceiptSchema,
  SiteSchema,
  VolunteerSignupSchema,
} from '../../src/schema/index.js';
import * as ex from '../../src/schema/examples.js';
import { STAFF_ENDPOINTS } from '../../src/schema/staff/endpoints.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- walking a JSON document
const doc = buildOpenApi() as Json;
const schemas = doc.components.schemas as Record<string, Json>;

const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema({ ...doc, $id: 'https://civic-widgets.invalid/openapi.json' });
const jsonValid = (name: string, value: unknown): boolean => {
  const v = ajv.getSchema(`https://civic-widgets.invalid/openapi.json#/components/schemas/${name}`);
  assert.ok(v, `no schema ${name}`);
  return v(value) as boolean;
};

test('the document is valid OpenAPI 3.1', async () => {
  const validator = new Validator();
  const res = await validator.validate(structuredClone(doc));
  assert.deepEqual(res.errors, undefined);
  assert.equal(res.valid, true);
  assert.equal(validator.version, '3.1');
});

test('every endpoint of endpoints.ts is in the document, with its responses and headers', () => {
  for (const e of ENDPOINTS) {
    const op = doc.paths[e.path]?.[e.method.toLowerCase()] as Json | undefined;
    assert.ok(op, `${e.method} ${e.path}`);
    assert.equal(op.operationId, e.id);
    assert.ok(op.responses[String(e.response.status)], `${e.id} success`);
    for (const s of e.problems) assert.ok(op.responses[String(s)], `${e.id} ${s}`);
    const names = (op.parameters as Json[]).map((p) => p.name ?? p.$ref);
    assert.ok(names.includes('#/components/parameters/AcceptLanguage'));
    const key = (op.parameters as Json[]).find((p) => p.name === 'Idempotency-Key');
    assert.equal(Boolean(key?.required), e.idempotent, `${e.id} Idempotency-Key`);
  }
  assert.ok(doc.components.responses.Problem429.headers['Retry-After']);
  const paths = new Set([...ENDPOINTS, ...STAFF_ENDPOINTS].map((e) => e.path));
  assert.deepEqual(Object.keys(doc.paths).sort(), [...paths].sort());
  assert.deepEqual(doc.servers, [{ url: '/' }]);
});

/** Keys zod requires of an object schema (input or output side). */
function zodRequired(schema: z.core.$ZodType, io: 'input' | 'output'): string[] {
  const shape = (schema._zod.def as unknown as { shape: Record<string, z.core.$ZodType> }).shape;
  return Object.entries(shape)
    .filter(([, s]) =>
      io === 'input' ? s._zod.optin !== 'optional' && s._zod.def.type !== 'default' : s._zod.optout !== 'optional',
    )
    .map(([k]) => k)
    .sort();
}

test('required keys and enums agree with zod', () => {
  const cases: [string, z.core.$ZodType, 'input' | 'output'][] = [
    ['Site', SiteSchema, 'output'],
    ['Initiative', InitiativeSchema, 'output'],
    ['SignupReceipt', SignupReceiptSchema, 'output'],
    ['Problem', ProblemSchema, 'output'],
  ];
  for (const [name, schema, io] of cases) {
    assert.deepEqual([...(schemas[name]!.required as string[])].sort(), zodRequired(schema, io), name);
  }
  // The bodies with conditional rules: every case requires what zod requires always, and more.
  const always = (schema: z.core.$ZodType) => zodRequired(schema, 'input');
  for (const [name, schema, cases] of [
    ['IdeaSubmission', IdeaSubmissionSchema, ['IdeaCreate', 'IdeaExperiment', 'IdeaJoin']],
    ['VolunteerSignup', VolunteerSignupSchema, ['VolunteerSignupShifts', 'VolunteerSignupAvailability']],
  ] as const) {
    assert.deepEqual(
      (schemas[name]!.oneOf as Json[]).map((r) => r.$ref),
      cases.map((c) => `#/components/schemas/${c}`),
      name,
    );
    for (const c of cases) {
      const req = schemas[c]!.required as string[];
      for (const key of always(schema)) assert.ok(req.includes(key), `${c} requires ${key}`);
      assert.equal(schemas[c]!.additionalProperties, false, `${c}: request bodies are closed`);
    }
  }
  assert.deepEqual(
    ['IdeaCreate', 'IdeaExperiment', 'IdeaJoin'].map((c) => schemas[c]!.properties.track.const),
    [...IDEA_TRACKS],
  );
  assert.deepEqual(schemas.IdeaSubmission!.discriminator, {
    propertyName: 'track',
    mapping: {
      create: '#/components/schemas/IdeaCreate',
      experiment: '#/components/schemas/IdeaExperiment',
      join: '#/components/schemas/IdeaJoin',
    },
  });
  assert.ok((schemas.IdeaJoin!.required as string[]).includes('offerId'));
  assert.ok(!('offerId' in schemas.IdeaCreate!.properties) && !('testPeriod' in schemas.IdeaJoin!.properties));
  assert.deepEqual(schemas.Initiative!.properties.status.enum, [...INITIATIVE_STATUSES]);
  assert.deepEqual(schemas.Initiative!.properties.coproduction.enum, [...COPRODUCTION_KINDS]);
  assert.deepEqual(schemas.Initiative!.properties.rung.enum, [1, 2, 3, 4, 5, 6, 7]);
  assert.equal(schemas.Initiative!.additionalProperties, undefined, 'responses are open');
});

/** Every combination of the fields the track rules are about, valid or not. */
function* ideaBodies(): Generator<Record<string, unknown>> {
  const { track: _t, testPeriod, offerId: _o, ...full } = ex.exampleIdeaExperiment;
  const optional: Record<string, unknown> = { ...full, testPeriod, offerId: ex.exampleIdeaJoin.offerId };
  delete optional.contact;
  delete optional.consent;
  delete optional.honeypot;
  delete optional.fillMs;
  const keys = Object.keys(optional).filter((k) => k !== 'description');
  const required = { contact: full.contact, consent: full.consent, honeypot: '', fillMs: 1000 };
  for (const track of [...IDEA_TRACKS, 'other', undefined]) {
    for (let mask = 0; mask < 1 << keys.length; mask++) {
      for (const description of [undefined, full.description, '', '   ']) {
        const body: Record<string, unknown> = { ...(track === undefined ? {} : { track }), ...required };
        keys.forEach((k, i) => {
          if (mask & (1 << i)) body[k] = optional[k];
        });
        if (description !== undefined) body.description = description;
        yield body;
      }
    }
  }
}

function* signupBodies(): Generator<Record<string, unknown>> {
  const { shiftIds: _s, joinWaitlist: _j, ...base } = ex.exampleSignupShifts;
  for (const shiftIds of [undefined, [], ['shift-a'], ['shift-a', 'shift-b'], ['shift-a', 'shift-a']])
    for (const availability of [undefined, ex.exampleSignupAvailability.availability, ''])
      for (const joinWaitlist of [undefined, false, true])
        yield {
          ...base,
          ...(shiftIds === undefined ? {} : { shiftIds }),
          ...(availability === undefined ? {} : { availability }),
          ...(joinWaitlist === undefined ? {} : { joinWaitlist }),
        };
}

test('per case, zod and the OpenAPI schema accept and refuse the same bodies (every combination of the conditional fields)', () => {
  const cases: [string, z.core.$ZodType, Iterable<Record<string, unknown>>, string | undefined][] = [
    ['IdeaSubmission', IdeaSubmissionSchema, ideaBodies(), 'track'],
    ['VolunteerSignup', VolunteerSignupSchema, signupBodies(), undefined],
  ];
  for (const [name, schema, bodies, discriminator] of cases) {
    const mapping = schemas[name]!.discriminator?.mapping as Record<string, string> | undefined;
    const variants = (schemas[name]!.oneOf as Json[]).map((r) => (r.$ref as string).split('/').at(-1)!);
    const accepted: Record<string, number> = {};
    let refused = 0;
    let total = 0;
    for (const body of bodies) {
      total++;
      const zodOk = z.safeParse(schema, body).success;
      const what = `${name} ${JSON.stringify(body).slice(0, 400)}`;
      assert.equal(jsonValid(name, body), zodOk, `${what}: zod ${zodOk ? 'accepts' : 'refuses'}, JSON Schema not`);
      // Exactly one case takes a valid body: the one its discriminator names.
      const taking = variants.filter((v) => jsonValid(v, body));
      if (!zodOk) {
        assert.deepEqual(taking, [], what);
        refused++;
        continue;
      }
      assert.equal(taking.length, 1, `${what}: cases ${taking.join(', ')}`);
      if (discriminator) assert.equal(mapping?.[body[discriminator] as string], `#/components/schemas/${taking[0]}`);
      accepted[taking[0]!] = (accepted[taking[0]!] ?? 0) + 1;
    }
    // Not vacuous: every case accepted some bodies, and many were refused.
    for (const v of variants) assert.ok((accepted[v] ?? 0) > 0, `${v} accepted nothing`);
    assert.ok(refused > total / 4, `${name}: ${refused} of ${total} refused`);
  }
  // The cases the issue names, by hand.
  const { offerId: _o, ...joinWithoutOffer } = ex.exampleIdeaJoin;
  for (const [body, ok] of [
    [ex.exampleIdeaJoin, true],
    [joinWithoutOffer, false],
    [{ ...ex.exampleIdeaCreate, track: 'join' }, false],
    [{ ...ex.exampleIdeaCreate, track: 'join', offerId: 'buurtmoestuin' }, true],
    [{ ...ex.exampleIdeaCreate, track: 'experiment' }, false],
    [{ ...ex.exampleIdeaCreate, description: ' ' }, false],
  ] as const) {
    assert.equal(z.safeParse(IdeaSubmissionSchema, body).success, ok, JSON.stringify(body));
    assert.equal(jsonValid('IdeaSubmission', body), ok, JSON.stringify(body));
  }
});

/** The query parameters of an operation, by name. */
const queryParams = (path: string, method = 'get'): Record<string, Json> =>
  Object.fromEntries(
    (doc.paths[path][method].parameters as Json[]).filter((p) => p.in === 'query').map((p) => [p.name, p.schema]),
  );

test('query parameters are typed (booleans, integers with their range) and mean what zod parses', () => {
  const q = queryParams('/v1/initiatives');
  assert.deepEqual(q.needsVolunteers, { type: 'boolean' });
  assert.deepEqual(q.rung, { type: 'integer', minimum: 1, maximum: 7, enum: [1, 2, 3, 4, 5, 6, 7] });
  assert.deepEqual(q.limit, { type: 'integer', minimum: 1, maximum: 100, default: 20 });
  assert.deepEqual(queryParams('/v1/staff/ideas').flagged, {
    anyOf: [{ type: 'boolean' }, { type: 'string', enum: ['any'] }],
    default: false,
  });
  // For every typed parameter of every operation: what the schema allows, serialized as OpenAPI
  // does (`String(value)`), zod accepts; just outside an integer's range, zod refuses.
  let typed = 0;
  for (const e of [...ENDPOINTS, ...STAFF_ENDPOINTS] as { path: string; method: string; query?: z.core.$ZodType }[]) {
    if (!e.query) continue;
    const parses = (name: string, value: unknown) => z.safeParse(e.query!, { [name]: String(value) }).success;
    for (const [name, s] of Object.entries(queryParams(e.path, e.method.toLowerCase()))) {
      const where = `${e.method} ${e.path} ?${name}`;
      const types = s.anyOf ? (s.anyOf as Json[]) : [s];
      if (types.every((t) => t.type === 'string')) continue;
      typed++;
      for (const t of types) {
        if (t.type === 'boolean') for (const b of [true, false]) assert.ok(parses(name, b), `${where}=${b}`);
        if (t.type === 'string') for (const v of t.enum as string[]) assert.ok(parses(name, v), `${where}=${v}`);
        if (t.type !== 'integer') continue;
        for (const n of (t.enum as number[] | undefined) ?? [t.minimum, t.maximum])
          assert.ok(parses(name, n), `${where}=${n}`);
        assert.equal(parses(name, t.minimum - 1), false, `${where}=${t.minimum - 1}`);
        if (t.maximum !== undefined) assert.equal(parses(name, t.maximum + 1), false, `${where}=${t.maximum + 1}`);
      }
      if (s.default !== undefined) {
        const parsed = z.parse(e.query, {}) as Record<string, unknown>;
        assert.equal(String(parsed[name]), String(s.default), `${where} default`);
      }
    }
  }
  assert.ok(typed >= 13, `${typed} typed parameters`);
});

test('problem bodies with members of their own are schemas: 409 shift-full (shiftIds), 422 (errors)', () => {
  const signup409 = doc.paths['/v1/volunteer-signups'].post.responses['409'];
  assert.equal(signup409.$ref, '#/components/responses/SignupProblem409');
  const media = doc.components.responses.SignupProblem409.content['application/problem+json'];
  assert.deepEqual(media.schema.discriminator.propertyName, 'type');
  const shiftFull = {
    type: 'urn:civic-widgets:problem:shift-full',
    title: 'Full: shift-a.',
    status: 409,
    shiftIds: ['shift-a'],
  };
  const v = ajv.compile({
    $ref: 'https://civic-widgets.invalid/openapi.json#/components/responses/SignupProblem409/content/application~1problem+json/schema',
  });
  assert.ok(v(shiftFull), JSON.stringify(v.errors));
  assert.equal(v({ ...shiftFull, shiftIds: undefined }), false, 'shift-full without shiftIds');
  assert.ok(v({ type: 'urn:civic-widgets:problem:idempotency-key-reused', title: 'Reused.', status: 409 }));
  assert.equal(v({ type: 'urn:civic-widgets:problem:validation', title: 'x', status: 409 }), false);
  for (const example of Object.values(media.examples as Record<string, { value: unknown }>))
    assert.ok(v(example.value), JSON.stringify(v.errors));
  assert.ok(jsonValid('ValidationProblem', ex.exampleValidationProblem));
  assert.equal(jsonValid('ValidationProblem', { ...ex.exampleValidationProblem, errors: undefined }), false);
  assert.equal(
    doc.components.responses.Problem422.content['application/problem+json'].schema.$ref,
    '#/components/schemas/ValidationProblem',
  );
  assert.equal(doc.paths['/v1/ideas'].post.responses['409'].$ref, '#/components/responses/Problem409');
});

test('every example in the document passes zod and the JSON Schema, and has every required key', () => {
  let seen = 0;
  for (const e of ENDPOINTS) {
    const op = doc.paths[e.path][e.method.toLowerCase()] as Json;
    const response = op.responses[String(e.response.status)].content['application/json'];
    assert.ok(response.example !== undefined, `${e.id} has a response example`);
    const bodies: [string, z.core.$ZodType, unknown][] = [[e.response.name, e.response.schema, response.example]];
    if ('body' in e) {
      const examples = op.requestBody.content['application/json'].examples as Record<string, { value: unknown }>;
      assert.ok(Object.keys(examples).length > 0, `${e.id} has request examples`);
      for (const { value } of Object.values(examples)) bodies.push([e.body.name, e.body.schema, value]);
    }
    for (const [name, schema, value] of bodies) {
      assert.ok(z.safeParse(schema, value).success, `zod accepts the ${name} example`);
      assert.ok(jsonValid(name, value), `JSON Schema accepts the ${name} example: ${JSON.stringify(ajv.errors)}`);
      // A union: the keys its case requires (the one case that takes the example).
      const taking = schemas[name]!.oneOf
        ? (schemas[name]!.oneOf as Json[])
            .map((r) => (r.$ref as string).split('/').at(-1)!)
            .filter((c) => jsonValid(c, value))
        : [name];
      assert.equal(taking.length, 1, `${name} example: one case`);
      for (const key of schemas[taking[0]!]!.required as string[])
        assert.ok(key in (value as object), `${name} example has ${key}`);
      seen++;
    }
  }
  assert.ok(seen >= 12);
});

test('JSON Schema and zod reject the same broken bodies', () => {
  const { testPeriod: _tp, ...noPeriod } = ex.exampleIdeaExperiment;
  const { offerId: _o, ...noOffer } = ex.exampleIdeaJoin;
  const { description: _d, ...noDescription } = ex.exampleIdeaCreate;
  const { shiftIds: _s, ...noShifts } = ex.exampleSignupShifts;
  const cases: [string, z.core.$ZodType, unknown][] = [
    ['IdeaSubmission', IdeaSubmissionSchema, noPeriod],
    ['IdeaSubmission', IdeaSubmissionSchema, noOffer],
    ['IdeaSubmission', IdeaSubmissionSchema, noDescription],
    ['IdeaSubmission', IdeaSubmissionSchema, { ...ex.exampleIdeaCreate, offerId: 'boekentil' }],
    ['IdeaSubmission', IdeaSubmissionSchema, { ...ex.exampleIdeaCreate, extra: true }],
    ['IdeaSubmission', IdeaSubmissionSchema, { ...ex.exampleIdeaCreate, themeIds: ['groen', 'groen'] }],
    [
      'IdeaSubmission',
      IdeaSubmissionSchema,
      { ...ex.exampleIdeaCreate, consent: { privacy: false, noticeVersion: '1' } },
    ],
    ['IdeaSubmission', IdeaSubmissionSchema, { ...ex.exampleIdeaCreate, neighbours: 2.5 }],
    ['IdeaSubmission', IdeaSubmissionSchema, { ...ex.exampleIdeaCreate, contact: { name: 'Sample', email: 'nope' } }],
    ['VolunteerSignup', VolunteerSignupSchema, noShifts],
    ['VolunteerSignup', VolunteerSignupSchema, { ...ex.exampleSignupShifts, shiftIds: [] }],
    ['VolunteerSignup', VolunteerSignupSchema, { ...ex.exampleSignupShifts, availability: 'Weekends' }],
    [
      'VolunteerSignup',
      VolunteerSignupSchema,
      { ...ex.exampleSignupShifts, acknowledgement: { informationNote: false, noteVersion: '1' } },
    ],
    ['Initiative', InitiativeSchema, { ...ex.exampleInitiative, links: [{ label: 'x', url: 'javascript:alert(1)' }] }],
    ['Initiative', InitiativeSchema, { ...ex.exampleInitiative, rung: 8 }],
    ['Initiative', InitiativeSchema, { ...ex.exampleInitiative, updatedAt: 'yesterday' }],
  ];
  for (const [name, schema, value] of cases) {
    assert.equal(z.safeParse(schema, value).success, false, `zod rejects ${JSON.stringify(value).slice(0, 120)}`);
    assert.equal(jsonValid(name, value), false, `JSON Schema rejects ${JSON.stringify(value).slice(0, 120)}`);
  }
});

test('every JSON example in docs/api.md is one of the example objects', () => {
  const md = readFileSync(new URL('../../docs/api.md', import.meta.url), 'utf8');
  const blocks = [...md.matchAll(/```json\n([\s\S]*?)\n```/g)].map((m) => JSON.parse(m[1]!) as unknown);
  const known = Object.values(ex).filter((v) => typeof v === 'object');
  assert.ok(blocks.length >= 12, `found ${blocks.length} JSON blocks`);
  for (const block of blocks) {
    assert.ok(
      known.some((k) => {
        try {
          assert.deepEqual(block, k);
          return true;
        } catch {
          return false;
        }
      }),
      `not an example: ${JSON.stringify(block).slice(0, 80)}`,
    );
  }
  for (const e of ENDPOINTS)
    assert.ok(md.includes(`### \`${e.method} ${e.path}\``), `docs cover ${e.method} ${e.path}`);
});

const STATE_CHANGING = new Set(['post', 'put', 'patch', 'delete']);

test('the document is public by default (root security: []); staff operations a session (+CSRF when writing) or an API token', () => {
  assert.deepEqual(doc.security, []);
  const schemes = doc.components.securitySchemes as Json;
  assert.equal(schemes.staffSession.type, 'apiKey');
  assert.equal(schemes.staffSession.in, 'cookie');
  assert.deepEqual([schemes.csrfToken.in, schemes.csrfToken.name], ['header', 'X-CSRF-Token']);
  assert.deepEqual([schemes.apiToken.type, schemes.apiToken.scheme], ['http', 'bearer']);
  assert.match(schemes.apiToken.description, /ADMIN_TOKEN.*deprecated/);
  const tags = new Set((doc.tags as Json[]).map((t) => t.name));
  let publicOps = 0;
  let staffOps = 0;
  for (const [path, item] of Object.entries(doc.paths as Record<string, Json>)) {
    for (const [method, op] of Object.entries(item as Record<string, Json>)) {
      const where = `${method.toUpperCase()} ${path}`;
      assert.ok(Array.isArray(op.security), `${where} declares security`);
      for (const tag of op.tags as string[]) assert.ok(tags.has(tag), `${where} tag ${tag} is described`);
      if (!op['x-staff-role']) {
        assert.deepEqual(op.security, [], `${where} is public`);
        publicOps++;
        continue;
      }
      staffOps++;
      assert.ok(path.startsWith('/v1/staff/'), where);
      assert.ok(['moderator', 'admin'].includes(op['x-staff-role']), where);
      assert.ok(op.description.includes(`Least role: \`${op['x-staff-role']}\``), `${where} names its least role`);
      assert.ok(op.responses['401'], `${where} answers 401`);
      const session = STATE_CHANGING.has(method) ? { staffSession: [], csrfToken: [] } : { staffSession: [] };
      const entry = STAFF_ENDPOINTS.find((e) => e.id === op.operationId) as { sessionOnly?: true } | undefined;
      const expected = entry?.sessionOnly ? [session] : [session, { apiToken: [] }];
      assert.deepEqual(op.security, expected, `${where} security`);
      if (STATE_CHANGING.has(method) || op['x-staff-role'] === 'admin') assert.ok(op.responses['403'], `${where} 403`);
    }
  }
  assert.equal(publicOps, ENDPOINTS.length + STAFF_ENDPOINTS.filter((e) => !('staff' in e)).length);
  assert.equal(staffOps, STAFF_ENDPOINTS.filter((e) => 'staff' in e).length);
});

test('redocly lint with its recommended rules finds no errors and no warnings', () => {
  const dir = mkdtempSync(join(tmpdir(), 'civic-openapi-'));
  try {
    const file = join(dir, 'openapi.json');
    writeFileSync(file, JSON.stringify(doc));
    const cli = createRequire(import.meta.url).resolve('@redocly/cli/bin/cli.js');
    const r = spawnSync(process.execPath, [cli, 'lint', '--extends=recommended', '--format=json', file], {
      cwd: dir, // no redocly.yaml there: exactly the recommended rules
      encoding: 'utf8',
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
    });
    const json = r.stdout.slice(r.stdout.indexOf('{'));
    const problems = (JSON.parse(json) as { problems: { ruleId: string; severity: string; message: string }[] })
      .problems;
    const errors = problems.filter((p) => p.severity === 'error');
    assert.deepEqual(
      errors.map((p) => `${p.ruleId}: ${p.message}`),
      [],
    );
    // No warnings either (the request examples once broke the track rules' if/then/else: 35).
    assert.deepEqual(
      problems.map((p) => `${p.severity} ${p.ruleId}: ${p.message}`),
      [],
    );
    assert.equal(r.status, 0, r.stderr);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
