/**
 * Generates the OpenAPI 3.1 document of contract v1 from the zod schemas in src/schema
 * (src/schema/endpoints.ts lists the public endpoints, src/schema/staff/endpoints.ts the staff API;
 * src/schema/examples.ts gives the examples). Public operations declare `security: []`; staff
 * operations the session cookie (+ CSRF header when they change something) or an API token.
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
import { CSRF_HEADER, STAFF_SESSION_COOKIE } from '../src/schema/staff/accounts.js';
import { STAFF_ENDPOINTS, STAFF_TAGS, type StaffEndpoint } from '../src/schema/staff/endpoints.js';

/** Security schemes (`components.securitySchemes`) by name. */
const SECURITY_SCHEMES: Record<string, Json> = {
  staffSession: {
    type: 'apiKey',
    in: 'cookie',
    name: STAFF_SESSION_COOKIE,
    description:
      'The session of a signed-in staff member: set by `POST /v1/staff/session` (HttpOnly, SameSite=Strict, Path=/v1/staff, Secure over https), ended by `DELETE /v1/staff/session`, by the idle timeout or by the absolute timeout (then 401).',
  },
  csrfToken: {
    type: 'apiKey',
    in: 'header',
    name: CSRF_HEADER,
    description:
      'The `csrfToken` of the session (answered by `POST` and `GET /v1/staff/session`): required with the session cookie on every request that changes something (POST, PUT, PATCH, DELETE); without it 403 `csrf-token-invalid`.',
  },
  apiToken: {
    type: 'http',
    scheme: 'bearer',
    description:
      "A named API token (`Authorization: Bearer cw_…`) that an admin created, for a municipality's own integrations; it has a role and can be revoked (then 401). No CSRF header is needed. The server's `ADMIN_TOKEN`, if still configured, is accepted the same way as a deprecated alias of an admin API token (the server warns at start-up).",
  },
};
/** A staff read: the session cookie, or an API token. A write: the cookie AND the CSRF header, or a token. */
const SESSION_READ = { staffSession: [] };
const SESSION_WRITE = { staffSession: [], csrfToken: [] };
const API_TOKEN = { apiToken: [] };

/** A JSON Schema or OpenAPI object: plain JSON. */
type Json = Record<string, unknown>;

const REF = (name: string): string => `#/components/schemas/${name}`;

/** Problem types a status may carry, for the descriptions (components `Problem<status>`). */
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
  401: {
    description:
      'Staff API: not signed in, the session expired (idle or absolute timeout) or was signed out, or the API token is unknown or revoked.',
    types: [PROBLEM_TYPES.unauthorized],
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

/** What a status means on a staff operation where it differs (components `StaffProblem<status>`). */
const STAFF_STATUS_PROBLEMS: Record<number, { description: string; types: string[] }> = {
  400: {
    description:
      'Malformed request: not JSON, a bad query parameter, or an API token where only a signed-in session will do.',
    types: [PROBLEM_TYPES.malformed],
  },
  403: {
    description: `Not allowed: the role is too low for this operation (a moderator on an admin operation: \`forbidden\`), or a state-changing request with the session cookie lacks the session's CSRF token in the \`${CSRF_HEADER}\` header (\`csrf-token-invalid\`).`,
    types: [PROBLEM_TYPES.forbidden, PROBLEM_TYPES.csrf],
  },
  409: {
    description:
      'Conflict with the current state: the chosen id or e-mail address is taken, a status move the workflow does not allow, the idea is not accepted or published already, a capacity below the places taken, a cancelled shift, the last active admin, or a site file that removes what is still in use.',
    types: [PROBLEM_TYPES.validation],
  },
  429: {
    description:
      'Too many requests (wait for `Retry-After` seconds), or sign-in for this account is locked after repeated wrong passwords (`Retry-After` says for how long).',
    types: [PROBLEM_TYPES.rateLimited],
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
  // `nullable(unknown())` (audit before/after): any JSON value, not `anyOf: [{}, {type: null}]`.
  const def = ctx.zodSchema._zod.def as { type: string; innerType?: z.core.$ZodType };
  if (def.type === 'nullable' && def.innerType?._zod.def.type === 'unknown') delete ctx.jsonSchema.anyOf;
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

/** True for an operation of the staff API (`/v1/staff/*`), signing in included. */
const isStaffPath = (e: Endpoint): boolean => e.path.startsWith('/v1/staff/');
const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The operation's `security`: none for public ones (and signing in), else session (+CSRF) or token. */
function security(e: Endpoint & { sessionOnly?: true }): Json[] {
  if (!e.staff) return [];
  const session = STATE_CHANGING.has(e.method) ? SESSION_WRITE : SESSION_READ;
  return e.sessionOnly ? [session] : [session, API_TOKEN];
}

/** What the description says about who may call a staff operation. */
function roleNote(e: Endpoint & { sessionOnly?: true }): string {
  if (!e.staff) return 'No credentials needed.';
  const who = e.staff === 'admin' ? 'Admins only' : 'Any staff member (moderator or admin)';
  const cookie = STATE_CHANGING.has(e.method) ? `session cookie with the \`${CSRF_HEADER}\` header` : 'session cookie';
  const how = e.sessionOnly ? `${cookie} (an API token answers 400)` : `${cookie}, or an API token`;
  return `Least role: \`${e.staff}\`. ${who}, with a ${how}.`;
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
  // Staff answers are in Dutch (texts are edited per language in the bodies); public ones follow Accept-Language.
  if (!isStaffPath(e)) params.push({ $ref: '#/components/parameters/AcceptLanguage' });
  return params;
}

function problemResponses(): Record<string, Json> {
  const out: Record<string, Json> = {};
  const all = [
    ...Object.entries(STATUS_PROBLEMS).map(([status, p]) => [`Problem${status}`, status, p] as const),
    ...Object.entries(STAFF_STATUS_PROBLEMS).map(([status, p]) => [`StaffProblem${status}`, status, p] as const),
  ];
  for (const [name, status, p] of all) {
    const retry = status === '429' || status === '503';
    out[name] = {
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

function successResponse(e: Endpoint, example: unknown): Json {
  const { status, contentType = 'application/json', name } = e.response;
  if (status === 204) return { description: 'Done; no content.' };
  const csv = contentType === 'text/csv';
  const media: Json = {
    schema: csv
      ? { type: 'string', description: 'RFC 4180, UTF-8 with a BOM, CRLF line ends, a header row.' }
      : { $ref: REF(name) },
  };
  if (example !== undefined) media.example = example;
  return {
    description: status === 201 ? 'Created.' : 'OK.',
    ...(isStaffPath(e)
      ? csv
        ? { headers: { 'Content-Disposition': { $ref: '#/components/headers/ContentDisposition' } } }
        : {}
      : { headers: { [HEADERS.contentLanguage]: { $ref: '#/components/headers/ContentLanguage' } } }),
    content: { [contentType]: media },
  };
}

function operation(e: Endpoint, tag: string): Json {
  const examples = EXAMPLES[e.id];
  const op: Json = { operationId: e.id, tags: [tag], summary: e.summary };
  const staff = isStaffPath(e);
  const description = staff ? [e.description, roleNote(e)].filter(Boolean).join('\n\n') : e.description;
  if (description) op.description = description;
  op.security = security(e);
  if (e.staff) op['x-staff-role'] = e.staff;
  op.parameters = parameters(e);
  if (e.body) {
    const named = Object.entries(examples?.requests ?? {}).map(([k, value]) => [k, { value }]);
    op.requestBody = {
      required: e.body.required,
      content: {
        'application/json': {
          schema: { $ref: REF(e.body.name) },
          ...(named.length > 0 ? { examples: Object.fromEntries(named) } : {}),
        },
      },
    };
  }
  const responses: Json = { [String(e.response.status)]: successResponse(e, examples?.response) };
  for (const status of [...e.problems, ...COMMON_PROBLEM_STATUSES].sort((a, b) => a - b)) {
    const name = staff && status in STAFF_STATUS_PROBLEMS ? `StaffProblem${status}` : `Problem${status}`;
    responses[String(status)] = { $ref: `#/components/responses/${name}` };
  }
  op.responses = responses;
  return op;
}

/** Builds the OpenAPI 3.1 document of contract v1. */
export function buildOpenApi(): Json {
  const endpoints: readonly (Endpoint & { tag?: string })[] = [
    ...ENDPOINTS,
    ...(STAFF_ENDPOINTS as readonly StaffEndpoint[]),
  ];
  const request: NamedSchema[] = [...COMPONENT_SCHEMAS.request];
  const response: NamedSchema[] = [...COMPONENT_SCHEMAS.response];
  for (const e of endpoints) {
    if (e.body) request.push(e.body);
    if (e.response.status !== 204 && !e.response.contentType) response.push(e.response);
  }
  const paths: Record<string, Json> = {};
  for (const e of endpoints) {
    paths[e.path] ??= {};
    paths[e.path]![e.method.toLowerCase()] = operation(e, e.tag ?? 'public');
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
        'The staff API (`/v1/staff/*`, tags `staff-*`) is for municipal staff and their integrations: a session cookie with a CSRF header, or an API token; each operation names its least role (`x-staff-role`). ' +
        'See docs/api.md.',
      license: { name: 'EUPL-1.2', identifier: 'EUPL-1.2' },
    },
    servers: [{ url: '/' }],
    tags: [
      {
        name: 'public',
        description:
          'What the resident widgets call: the site, initiatives, ideas, volunteering. No credentials (`security: []`); rate limited.',
      },
      ...Object.entries(STAFF_TAGS).map(([name, description]) => ({
        name,
        description: `Staff API. ${description}`,
      })),
    ],
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
        ContentDisposition: {
          description: 'The file name to save the download as (`attachment; filename="..."`).',
          schema: { type: 'string' },
        },
      },
      responses: problemResponses(),
      securitySchemes: SECURITY_SCHEMES,
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
