/**
 * Generates the OpenAPI 3.1 document of contract v1 from the zod schemas in src/schema
 * (src/schema/endpoints.ts lists the endpoints; src/schema/examples.ts gives the examples).
 *
 * Run: `tsx scripts/openapi.ts [outfile]` (default dist/openapi.json).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as z from 'zod/mini';
import {
  COMMON_PROBLEM_STATUSES,
  COMPONENT_SCHEMAS,
  CONTRACT_VERSION,
  ENDPOINTS,
  HEADERS,
  IDEMPOTENCY_KEY_TTL_HOURS,
  type Endpoint,
  type NamedSchema,
} from '../src/schema/endpoints.js';
import { isHttpUrl, isInteger, isIsoDate, isIsoDateTime, LOCALES } from '../src/schema/common.js';
import { PROBLEM_TYPES } from '../src/schema/problem.js';
import * as ex from '../src/schema/examples.js';

/** A JSON Schema or OpenAPI object: plain JSON. */
type Json = Record<string, unknown>;

const REF = (name: string): string => `#/components/schemas/${name}`;

/** Problem types a status may carry, for the descriptions. */
const STATUS_PROBLEMS: Record<number, { description: string; types: string[] }> = {
  400: {
    description: 'Malformed request: not JSON, a bad query parameter, or no `Idempotency-Key`.',
    types: [PROBLEM_TYPES.malformed, PROBLEM_TYPES.idempotencyKeyMissing],
  },
  403: {
    description:
      'The cancel token does not match; or (cancelling by code) the reference and cancel code do not belong together, or too many wrong codes were tried for that signup.',
    types: [PROBLEM_TYPES.unauthorized, PROBLEM_TYPES.cancelCodeMismatch, PROBLEM_TYPES.cancelCodeLocked],
  },
  404: {
    description: 'Not found (also: a role or shift id in the body that does not exist).',
    types: [PROBLEM_TYPES.notFound],
  },
  409: {
    description:
      'The `Idempotency-Key` was used with another body, or a chosen shift is full and `joinWaitlist` is false.',
    types: [PROBLEM_TYPES.idempotencyConflict, PROBLEM_TYPES.shiftFull],
  },
  413: { description: 'The body is too large.', types: [PROBLEM_TYPES.tooLarge] },
  415: { description: 'The body is not `application/json`.', types: [PROBLEM_TYPES.unsupportedMediaType] },
  422: {
    description: 'Fields failed validation; `errors` lists them as `{ path, code }`.',
    types: [PROBLEM_TYPES.validation],
  },
  429: { description: 'Too many requests; wait for `Retry-After` seconds.', types: [PROBLEM_TYPES.rateLimited] },
  500: { description: 'Server error.', types: [PROBLEM_TYPES.server] },
  503: {
    description: 'Temporarily unavailable; retry after `Retry-After` seconds if given.',
    types: [PROBLEM_TYPES.server],
  },
};

/** JSON Schema notes for rules zod checks in code (track rules, uniqueness), keyed by component. */
const CONDITIONS: Record<string, Json> = {
  IdeaSubmission: {
    allOf: [
      {
        if: { properties: { track: { const: 'experiment' } }, required: ['track'] },
        then: { required: ['testPeriod'] },
        else: { not: { required: ['testPeriod'] } },
      },
      {
        if: { properties: { track: { const: 'join' } }, required: ['track'] },
        then: { required: ['offerId'] },
        else: {
          not: { required: ['offerId'] },
          required: ['description', 'title', 'summary', 'areaId', 'themeIds', 'neighbours'],
          properties: { description: { minLength: 1 } },
        },
      },
    ],
  },
  VolunteerSignup: {
    oneOf: [
      { required: ['shiftIds'], properties: { shiftIds: { minItems: 1 } }, not: { required: ['availability'] } },
      { required: ['availability'], not: { required: ['shiftIds'], properties: { shiftIds: { minItems: 1 } } } },
    ],
  },
};
const UNIQUE_ITEMS: Record<string, string[]> = { IdeaSubmission: ['themeIds'], VolunteerSignup: ['shiftIds'] };

/** Examples per operation: request bodies by name, and the success response. */
const EXAMPLES: Record<
  string,
  { query?: Record<string, string>; requests?: Record<string, unknown>; response: unknown }
> = {
  getSite: { response: ex.exampleSite },
  listInitiatives: {
    query: { ...ex.exampleInitiativeQuery } as Record<string, string>,
    response: ex.exampleInitiativePage,
  },
  getInitiative: { response: ex.exampleInitiative },
  submitIdea: {
    requests: { create: ex.exampleIdeaCreate, experiment: ex.exampleIdeaExperiment, join: ex.exampleIdeaJoin },
    response: ex.exampleIdeaReceipt,
  },
  listVolunteerRoles: { query: { initiative: 'zaalbeheer' }, response: ex.exampleRoleList },
  signUpVolunteer: {
    requests: { shifts: ex.exampleSignupShifts, availability: ex.exampleSignupAvailability },
    response: ex.exampleSignupReceipt,
  },
  cancelVolunteerSignup: { requests: { body: ex.exampleSignupCancel }, response: ex.exampleSignupCancelled },
  cancelVolunteerSignupByCode: {
    requests: { body: ex.exampleSignupCancelByCode },
    response: ex.exampleSignupCancelled,
  },
};

type OverrideContext = { zodSchema: z.core.$ZodTypes; jsonSchema: Json };

/**
 * The contract writes URL, date and integer checks as small refinements (see common.ts); here they
 * become the JSON Schema keywords a partner's tooling expects.
 */
const formats = (ctx: OverrideContext): void => {
  const checks = (ctx.zodSchema._zod.def as { checks?: unknown[] }).checks ?? [];
  if (checks.includes(isInteger)) ctx.jsonSchema.type = 'integer';
  if (checks.includes(isHttpUrl)) ctx.jsonSchema.format = 'uri';
  if (checks.includes(isIsoDate)) ctx.jsonSchema.format = 'date';
  if (checks.includes(isIsoDateTime)) ctx.jsonSchema.format = 'date-time';
};

/** Drops `additionalProperties: false` from non-strict (response) objects: clients ignore unknown fields. */
const openResponses = (ctx: OverrideContext): void => {
  formats(ctx);
  const def = ctx.zodSchema._zod.def;
  if (def.type === 'object' && def.catchall === undefined && ctx.jsonSchema.additionalProperties === false) {
    delete ctx.jsonSchema.additionalProperties;
  }
};

/** Converts named schemas to component JSON Schemas, `$ref`-ing each other. */
function components(named: readonly NamedSchema[], io: 'input' | 'output'): Record<string, Json> {
  const registry = z.registry<{ id: string }>();
  for (const { name, schema } of named) if (!registry.has(schema)) registry.add(schema, { id: name });
  const { schemas } = z.toJSONSchema(registry, {
    target: 'draft-2020-12',
    io,
    unrepresentable: 'any',
    uri: REF,
    override: io === 'output' ? openResponses : formats,
  });
  const out: Record<string, Json> = {};
  for (const [name, s] of Object.entries(schemas)) {
    const { $schema: _s, $id: _i, ...rest } = s as Json;
    const props = rest.properties as Record<string, Json> | undefined;
    for (const key of UNIQUE_ITEMS[name] ?? []) if (props?.[key]) props[key].uniqueItems = true;
    out[name] = { ...rest, ...CONDITIONS[name] };
  }
  return out;
}

/** Inline JSON Schema of a single (unnamed) schema, as the wire sends it. */
function inline(schema: z.core.$ZodType): Json {
  const { $schema: _s, ...rest } = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'any',
    override: formats,
  }) as Json;
  return rest;
}

function parameters(e: Endpoint): Json[] {
  const params: Json[] = [];
  for (const [name, schema] of Object.entries(e.pathParams ?? {})) {
    params.push({ name, in: 'path', required: true, schema: inline(schema) });
  }
  if (e.query) {
    const q = inline(e.query);
    const required = new Set((q.required as string[] | undefined) ?? []);
    const example = EXAMPLES[e.id]?.query ?? {};
    for (const [name, schema] of Object.entries((q.properties ?? {}) as Record<string, Json>)) {
      params.push({
        name,
        in: 'query',
        required: required.has(name),
        schema,
        ...(name in example ? { example: example[name] } : {}),
      });
    }
  }
  for (const [name, h] of Object.entries(e.headers ?? {})) {
    params.push({
      name,
      in: 'header',
      required: h.required,
      description: h.description,
      schema: inline(h.schema),
      ...(name === HEADERS.idempotencyKey ? { example: ex.exampleIdempotencyKey } : {}),
    });
  }
  params.push({ $ref: '#/components/parameters/AcceptLanguage' });
  return params;
}

function problemResponses(): Record<string, Json> {
  const out: Record<string, Json> = {};
  for (const [status, p] of Object.entries(STATUS_PROBLEMS)) {
    const retry = status === '429' || status === '503';
    out[`Problem${status}`] = {
      description: `${p.description} Problem types: ${p.types.map((t) => `\`${t}\``).join(', ')}.`,
      ...(retry ? { headers: { [HEADERS.retryAfter]: { $ref: '#/components/headers/RetryAfter' } } } : {}),
      content: {
        'application/problem+json': {
          schema: { $ref: REF('Problem') },
          ...(status === '422' ? { example: ex.exampleValidationProblem } : {}),
        },
      },
    };
  }
  return out;
}

function operation(e: Endpoint): Json {
  const examples = EXAMPLES[e.id];
  const op: Json = { operationId: e.id, summary: e.summary, parameters: parameters(e) };
  if (e.description) op.description = e.description;
  if (e.body) {
    op.requestBody = {
      required: e.body.required,
      content: {
        'application/json': {
          schema: { $ref: REF(e.body.name) },
          examples: Object.fromEntries(Object.entries(examples?.requests ?? {}).map(([k, value]) => [k, { value }])),
        },
      },
    };
  }
  const responses: Json = {
    [String(e.response.status)]: {
      description: e.response.status === 201 ? 'Created.' : 'OK.',
      headers: { [HEADERS.contentLanguage]: { $ref: '#/components/headers/ContentLanguage' } },
      content: {
        'application/json': {
          schema: { $ref: REF(e.response.name) },
          ...(examples ? { example: examples.response } : {}),
        },
      },
    },
  };
  for (const status of [...e.problems, ...COMMON_PROBLEM_STATUSES].sort((a, b) => a - b)) {
    responses[String(status)] = { $ref: `#/components/responses/Problem${status}` };
  }
  op.responses = responses;
  return op;
}

/** Builds the OpenAPI 3.1 document of contract v1. */
export function buildOpenApi(): Json {
  const endpoints: readonly Endpoint[] = ENDPOINTS;
  const request: NamedSchema[] = [...COMPONENT_SCHEMAS.request];
  const response: NamedSchema[] = [...COMPONENT_SCHEMAS.response];
  for (const e of endpoints) {
    if (e.body) request.push(e.body);
    response.push(e.response);
  }
  const paths: Record<string, Json> = {};
  for (const e of endpoints) {
    paths[e.path] ??= {};
    paths[e.path]![e.method.toLowerCase()] = operation(e);
  }
  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://spec.openapis.org/oas/3.1/dialect/base',
    info: {
      title: 'civic-widgets API',
      version: CONTRACT_VERSION,
      summary: 'Citizen participation: initiatives, ideas and volunteering for a municipality.',
      description:
        'Contract v1 that the civic-widgets web components speak. Errors are `application/problem+json` (RFC 9457). ' +
        `Every POST carries an \`Idempotency-Key\` (UUID v4): the same key and body give the first answer again; the same key with another body gives 409. Keys are kept ${IDEMPOTENCY_KEY_TTL_HOURS} hours. ` +
        'See docs/api.md.',
      license: { name: 'EUPL-1.2', identifier: 'EUPL-1.2' },
    },
    servers: [{ url: '/' }],
    paths,
    components: {
      schemas: { ...components(response, 'output'), ...components(request, 'input') },
      parameters: {
        AcceptLanguage: {
          name: HEADERS.acceptLanguage,
          in: 'header',
          required: false,
          description: `Language of the returned content: one of ${LOCALES.join(', ')} (default nl).`,
          schema: { type: 'string' },
          example: 'nl',
        },
      },
      headers: {
        RetryAfter: { description: 'Seconds to wait before retrying.', schema: { type: 'integer', minimum: 0 } },
        ContentLanguage: {
          description: 'Language of the returned content.',
          schema: { type: 'string', enum: [...LOCALES] },
        },
      },
      responses: problemResponses(),
    },
  };
}

const isMain = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const file = resolve(process.argv[2] ?? 'dist/openapi.json');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(buildOpenApi(), null, 2)}\n`);
  console.log(`wrote ${file}`);
}
