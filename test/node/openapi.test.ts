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
    ['IdeaSubmission', IdeaSubmissionSchema, 'input'],
    ['VolunteerSignup', VolunteerSignupSchema, 'input'],
  ];
  for (const [name, schema, io] of cases) {
    assert.deepEqual([...(schemas[name]!.required as string[])].sort(), zodRequired(schema, io), name);
  }
  assert.deepEqual(schemas.Initiative!.properties.status.enum, [...INITIATIVE_STATUSES]);
  assert.deepEqual(schemas.Initiative!.properties.coproduction.enum, [...COPRODUCTION_KINDS]);
  assert.deepEqual(schemas.Initiative!.properties.rung.enum, [1, 2, 3, 4, 5, 6, 7]);
  assert.deepEqual(schemas.IdeaSubmission!.properties.track.enum, [...IDEA_TRACKS]);
  assert.equal(schemas.IdeaSubmission!.additionalProperties, false, 'request bodies are closed');
  assert.equal(schemas.Initiative!.additionalProperties, undefined, 'responses are open');
  const rung = (doc.paths['/v1/initiatives'].get.parameters as Json[]).find((p) => p.name === 'rung');
  assert.deepEqual(rung?.schema.enum, ['1', '2', '3', '4', '5', '6', '7']);
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
      for (const key of schemas[name]!.required as string[])
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

test('public operations declare security: []; staff operations a session (+CSRF when writing) or an API token', () => {
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

test('redocly lint with its recommended rules finds no errors', () => {
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
    assert.equal(r.status, 0, r.stderr);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
