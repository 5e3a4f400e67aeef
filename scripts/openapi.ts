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
import { IdeaSubmissionSchema } from '../src/schema/idea.js';
import type { IdeaTrack } from '../src/schema/site.js';
import { VolunteerSignupSchema } from '../src/schema/volunteer.js';
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
      'The `Idempotency-Key` was used with another body, or a request with it is still being processed (then with `Retry-After`). (`POST /v1/volunteer-signups` answers `SignupProblem409`: a full shift as well.)',
    types: [PROBLEM_TYPES.idempotencyConflict],
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

/**
 * Bodies whose required fields depend on one of their fields: one closed schema per case, built
 * from the fields of the runtime schema (its shape), so a code generator sees a union it can
 * type (`oneOf`, with a `discriminator` where one field tells the cases apart). zod checks the
 * same rules in code (`trackRules` in idea.ts, `shiftsOrAvailability` in volunteer.ts);
 * test/node/openapi.test.ts feeds both the same valid and invalid bodies.
 */
type Shape = Record<string, z.core.$ZodType>;
/** The inner schema of `z.optional(x)`: `x`, now required. */
const required = (s: z.core.$ZodType | undefined): z.core.$ZodType => {
  const def = s?._zod.def as { type?: string; innerType?: z.core.$ZodType } | undefined;
  if (def?.type !== 'optional' || !def.innerType) throw new Error('expected an optional field');
  return def.innerType;
};
const without = (shape: Shape, ...keys: string[]): Shape =>
  Object.fromEntries(Object.entries(shape).filter(([k]) => !keys.includes(k)));

interface Variants {
  /** The field whose value names the case (`discriminator.propertyName`), if there is one. */
  readonly discriminator?: string;
  /** Component name → [discriminator value, closed schema of the case]. */
  readonly cases: Record<string, readonly [string | undefined, z.core.$ZodType]>;
}

/** Fields `create` and `experiment` require and `join` may leave out (idea.ts: `IDEA_KEYS` and `description`). */
const NEW_IDEA_KEYS = ['title', 'summary', 'description', 'areaId', 'themeIds', 'neighbours'] as const;

function ideaVariants(): Variants {
  const shape = IdeaSubmissionSchema.shape as unknown as Shape;
  const base = without(shape, 'track', 'testPeriod', 'offerId');
  const newIdea: Shape = Object.fromEntries(NEW_IDEA_KEYS.map((k) => [k, required(shape[k])]));
  // `create` and `experiment`: a description that is not blank (it is trimmed first).
  newIdea.description = (required(shape.description) as z.ZodMiniString).check(z.regex(/\S/));
  const track = (t: IdeaTrack) => z.literal(t);
  return {
    discriminator: 'track',
    cases: {
      IdeaCreate: ['create', z.strictObject({ track: track('create'), ...base, ...newIdea })],
      IdeaExperiment: [
        'experiment',
        z.strictObject({ track: track('experiment'), ...base, ...newIdea, testPeriod: required(shape.testPeriod) }),
      ],
      IdeaJoin: ['join', z.strictObject({ track: track('join'), ...base, offerId: required(shape.offerId) })],
    },
  };
}

function signupVariants(): Variants {
  const shape = VolunteerSignupSchema.shape as unknown as Shape;
  const base = without(shape, 'shiftIds', 'availability');
  const shiftIds = required(shape.shiftIds) as z.ZodMiniArray;
  return {
    cases: {
      VolunteerSignupShifts: [undefined, z.strictObject({ ...base, shiftIds: shiftIds.check(z.minLength(1)) })],
      // An empty `shiftIds` next to `availability` is allowed (it chooses no shift).
      VolunteerSignupAvailability: [
        undefined,
        z.strictObject({
          ...base,
          availability: required(shape.availability),
          shiftIds: z.optional(shiftIds.check(z.maxLength(0))),
        }),
      ],
    },
  };
}

/** Request bodies written as one schema per case, by component name. */
const VARIANTS: Record<string, () => Variants> = { IdeaSubmission: ideaVariants, VolunteerSignup: signupVariants };

/** Array fields whose `unique()` refinement is `uniqueItems` in JSON Schema, by component. */
const UNIQUE_ITEMS: Record<string, string[]> = {
  IdeaCreate: ['themeIds'],
  IdeaExperiment: ['themeIds'],
  IdeaJoin: ['themeIds'],
  VolunteerSignupShifts: ['shiftIds'],
  VolunteerSignupAvailability: ['shiftIds'],
};

/**
 * Problem bodies with a fixed `type` and, for some, members of their own (components
 * `<name>`: the `Problem` members and these). `shiftIds` mirrors server/http/problem.ts.
 */
const PROBLEM_KINDS: Record<string, { type: string; status: number; properties?: Json; required?: string[] }> = {
  ValidationProblem: {
    type: PROBLEM_TYPES.validation,
    status: 422,
    required: ['errors'],
  },
  IdempotencyConflictProblem: { type: PROBLEM_TYPES.idempotencyConflict, status: 409 },
  ShiftFullProblem: {
    type: PROBLEM_TYPES.shiftFull,
    status: 409,
    properties: {
      shiftIds: {
        type: 'array',
        minItems: 1,
        uniqueItems: true,
        items: { type: 'string' },
        description:
          'The chosen shifts that are full. Send the signup again with `joinWaitlist: true` to be put on their reserve list, or choose other shifts.',
      },
    },
    required: ['shiftIds'],
  },
};

function problemKinds(): Record<string, Json> {
  const out: Record<string, Json> = {};
  for (const [name, k] of Object.entries(PROBLEM_KINDS)) {
    out[name] = {
      allOf: [
        { $ref: REF('Problem') },
        {
          type: 'object',
          properties: { type: { const: k.type }, status: { const: k.status }, ...k.properties },
          required: ['type', 'status', ...(k.required ?? [])],
        },
      ],
    };
  }
  return out;
}

/** `oneOf` of problem kinds, told apart by `type`. */
const problemUnion = (...names: string[]): Json => ({
  oneOf: names.map((n) => ({ $ref: REF(n) })),
  discriminator: {
    propertyName: 'type',
    mapping: Object.fromEntries(names.map((n) => [PROBLEM_KINDS[n]!.type, REF(n)])),
  },
});

/** The problem body of the public responses `Problem<status>` where it is narrower than `Problem`. */
const PROBLEM_BODIES: Record<number, Json> = {
  409: { $ref: REF('IdempotencyConflictProblem') },
  422: { $ref: REF('ValidationProblem') },
};
/** Operations whose answer to a status has its own response (components `responses.<name>`). */
const OPERATION_PROBLEMS: Record<string, Record<number, string>> = {
  signUpVolunteer: { 409: 'SignupProblem409' },
};

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
  const unions: Record<string, Json> = {};
  for (const { name, schema } of named) {
    const variants = VARIANTS[name]?.();
    if (variants && !(name in unions)) {
      // The body is the union of its cases; each case is a component of its own.
      const refs = Object.keys(variants.cases).map((n) => ({ $ref: REF(n) }));
      unions[name] = { oneOf: refs };
      if (variants.discriminator) {
        unions[name].discriminator = {
          propertyName: variants.discriminator,
          mapping: Object.fromEntries(Object.entries(variants.cases).map(([n, [value]]) => [value, REF(n)])),
        };
      }
      for (const [n, [, s]] of Object.entries(variants.cases)) registry.add(s, { id: n });
      continue;
    }
    if (!registry.has(schema)) registry.add(schema, { id: name });
  }
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
    out[name] = rest;
  }
  return { ...unions, ...out };
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

/** A query value as typed: `"true"`/`"false"` → boolean, a whole number → number, else the string. */
const typedValue = (v: unknown): unknown =>
  v === 'true' ? true : v === 'false' ? false : typeof v === 'string' && /^-?\d+$/.test(v) ? Number(v) : v;

/** A regex that can only match digits (`^(?:100|[1-9][0-9]?)$`), as opposed to ids and text. */
const isDigitsPattern = (pattern: string): boolean => /^\^[()?:|[\]0-9{},$-]*$/.test(pattern.replaceAll('\\d', '0'));
/** Largest number tried when reading an integer range from a pattern; reaching it means no maximum. */
const PROBE_MAX = 100_000;

/**
 * A query parameter's schema as a code generator should type it. The contract's query schemas take
 * strings (that is what a URL carries) and parse `"true"`/`"false"` into booleans and digits into
 * numbers; OpenAPI serializes `type: boolean` and `type: integer` parameters as exactly those
 * strings, so the typed schema describes the same requests and gives `needsVolunteers: true`,
 * `limit: 20`. An integer's range is read from the enum or the pattern (every accepted number up
 * to {@link PROBE_MAX}, which must be one unbroken range).
 */
function typedQueryParam(s: Json): Json {
  const { default: dflt, ...rest } = s;
  const withDefault = (t: Json): Json => (dflt === undefined ? t : { ...t, default: typedValue(dflt) });
  const values = rest.enum as unknown[] | undefined;
  if (rest.type === 'string' && Array.isArray(values)) {
    if (values.includes('true') && values.includes('false')) {
      const others = values.filter((v) => v !== 'true' && v !== 'false');
      const bool = { type: 'boolean' };
      return withDefault(others.length === 0 ? bool : { anyOf: [bool, { type: 'string', enum: others }] });
    }
    if (values.every((v) => typeof v === 'string' && /^-?\d+$/.test(v))) {
      const nums = values.map(Number);
      return withDefault({ type: 'integer', minimum: Math.min(...nums), maximum: Math.max(...nums), enum: nums });
    }
  }
  if (rest.type === 'string' && typeof rest.pattern === 'string' && isDigitsPattern(rest.pattern)) {
    const re = new RegExp(rest.pattern, 'u');
    const ok: number[] = [];
    for (let n = 0; n <= PROBE_MAX; n++) if (re.test(String(n))) ok.push(n);
    const [min, max] = [ok[0], ok.at(-1)];
    if (min !== undefined && max !== undefined && ok.length === max - min + 1) {
      return withDefault({ type: 'integer', minimum: min, ...(max === PROBE_MAX ? {} : { maximum: max }) });
    }
  }
  return s;
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
        schema: typedQueryParam(schema),
        ...(name in example ? { example: typedValue(example[name]) } : {}),
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
    const retry = status === '429' || status === '503' || (status === '409' && !name.startsWith('Staff'));
    const staff = name.startsWith('Staff');
    out[name] = {
      description: `${p.description} Problem types: ${p.types.map((t) => `\`${t}\``).join(', ')}.`,
      ...(retry ? { headers: { [HEADERS.retryAfter]: { $ref: '#/components/headers/RetryAfter' } } } : {}),
      content: {
        'application/problem+json': {
          schema: (!staff && PROBLEM_BODIES[Number(status)]) || { $ref: REF('Problem') },
          ...(status === '422' ? { example: ex.exampleValidationProblem } : {}),
        },
      },
    };
  }
  const fullShift = ex.exampleSignupShifts.shiftIds?.[0] ?? 'shift-a';
  out.SignupProblem409 = {
    description:
      'A chosen shift is full and `joinWaitlist` is false (`shift-full`, with the full shifts in `shiftIds`), or the `Idempotency-Key` was used with another body or its first request is still being processed (`idempotency-key-reused`, then with `Retry-After`).',
    headers: { [HEADERS.retryAfter]: { $ref: '#/components/headers/RetryAfter' } },
    content: {
      'application/problem+json': {
        schema: problemUnion('ShiftFullProblem', 'IdempotencyConflictProblem'),
        examples: {
          shiftFull: {
            value: {
              type: PROBLEM_TYPES.shiftFull,
              title: `Full: ${fullShift}. Send joinWaitlist: true to be put on the reserve list.`,
              status: 409,
              shiftIds: [fullShift],
            },
          },
          idempotencyKeyReused: {
            value: {
              type: PROBLEM_TYPES.idempotencyConflict,
              title: 'This Idempotency-Key was used with another body.',
              status: 409,
            },
          },
        },
      },
    },
  };
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
    const name =
      OPERATION_PROBLEMS[e.id]?.[status] ??
      (staff && status in STAFF_STATUS_PROBLEMS ? `StaffProblem${status}` : `Problem${status}`);
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
    // Public by default; every staff operation names its schemes (session cookie + CSRF, or API token).
    security: [],
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
      schemas: { ...components(response, 'output'), ...problemKinds(), ...components(request, 'input') },
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
