/**
 * Every endpoint of contract v1 in one table: used by the OpenAPI generator (scripts/openapi.ts)
 * and usable by a server for routing and request validation.
 */
import * as z from 'zod/mini';
import { IdempotencyKeySchema, IdSchema } from './common.js';
import { ProblemSchema, FieldErrorSchema } from './problem.js';
import { SiteSchema } from './site.js';
import { InitiativePageSchema, InitiativeQuerySchema, InitiativeSchema } from './initiative.js';
import { IdeaReceiptSchema, IdeaSubmissionSchema } from './idea.js';
import {
  CancelTokenSchema,
  SignupCancelByCodeSchema,
  SignupCancelledSchema,
  SignupCancelSchema,
  SignupReceiptSchema,
  VolunteerRoleListSchema,
  VolunteerRoleQuerySchema,
  VolunteerRoleSchema,
  VolunteerSignupSchema,
} from './volunteer.js';

/** Version of the contract; the URL carries its major version (`/v1`). */
export const CONTRACT_VERSION = '1.0.0';

/** Header names of the contract. */
export const HEADERS = {
  idempotencyKey: 'Idempotency-Key',
  cancelToken: 'X-Cancel-Token',
  acceptLanguage: 'Accept-Language',
  contentLanguage: 'Content-Language',
  retryAfter: 'Retry-After',
} as const;

/** Largest request body the server accepts, in bytes (larger: 413). */
export const MAX_BODY_BYTES = 32 * 1024;
/** How long the server remembers an idempotency key, in hours. */
export const IDEMPOTENCY_KEY_TTL_HOURS = 24;

/** A schema with the name it has in the OpenAPI document (`components.schemas`). */
export interface NamedSchema {
  readonly name: string;
  readonly schema: z.core.$ZodType;
}

/** One endpoint of the contract. */
export interface Endpoint {
  /** Stable name, also the OpenAPI `operationId`. */
  readonly id: string;
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** OpenAPI-style path, e.g. `/v1/initiatives/{id}`. */
  readonly path: string;
  readonly summary: string;
  readonly description?: string;
  /** Path parameters (each an id). */
  readonly pathParams?: Readonly<Record<string, z.core.$ZodType>>;
  /** Query parameters: an object schema whose properties are strings on the wire. */
  readonly query?: z.core.$ZodType;
  /** JSON request body (`application/json`). */
  readonly body?: NamedSchema & { readonly required: boolean };
  /** Request headers besides `Accept-Language` (which every endpoint honours). */
  readonly headers?: Readonly<
    Record<string, { readonly schema: z.core.$ZodType; readonly required: boolean; readonly description: string }>
  >;
  /**
   * The success answer: JSON by default; `contentType: 'text/csv'` for a file download (its
   * schema is then a string). Status 204 has no body (its schema is ignored).
   */
  readonly response: NamedSchema & { readonly status: 200 | 201 | 204; readonly contentType?: 'text/csv' };
  /** Statuses answered with `application/problem+json`, besides 500 and 503 that any endpoint may give. */
  readonly problems: readonly number[];
  /** True when the request must carry an `Idempotency-Key`. */
  readonly idempotent: boolean;
  /**
   * Staff API only: the least role that may call it (`moderator`: any staff member; `admin`:
   * admins only). Absent: a public endpoint (`security: []`).
   */
  readonly staff?: 'moderator' | 'admin';
}

const idempotencyHeader = {
  [HEADERS.idempotencyKey]: {
    schema: IdempotencyKeySchema,
    required: true,
    description: 'A UUID v4, new for each submission and the same on every retry of it.',
  },
};

/** The endpoints of contract v1. */
export const ENDPOINTS = [
  {
    id: 'getSite',
    method: 'GET',
    path: '/v1/site',
    summary: 'The municipality: areas, themes, open idea tracks, offers, privacy notice, volunteer note.',
    response: { name: 'Site', schema: SiteSchema, status: 200 },
    problems: [429],
    idempotent: false,
  },
  {
    id: 'listInitiatives',
    method: 'GET',
    path: '/v1/initiatives',
    summary: 'Initiatives, filtered and sorted, one page at a time.',
    query: InitiativeQuerySchema,
    response: { name: 'InitiativePage', schema: InitiativePageSchema, status: 200 },
    problems: [400, 429],
    idempotent: false,
  },
  {
    id: 'getInitiative',
    method: 'GET',
    path: '/v1/initiatives/{id}',
    summary: 'One initiative.',
    pathParams: { id: IdSchema },
    response: { name: 'Initiative', schema: InitiativeSchema, status: 200 },
    problems: [404, 429],
    idempotent: false,
  },
  {
    id: 'submitIdea',
    method: 'POST',
    path: '/v1/ideas',
    summary: 'Submit an idea for the neighbourhood.',
    body: { name: 'IdeaSubmission', schema: IdeaSubmissionSchema, required: true },
    headers: idempotencyHeader,
    response: { name: 'IdeaReceipt', schema: IdeaReceiptSchema, status: 201 },
    problems: [400, 409, 413, 415, 422, 429],
    idempotent: true,
  },
  {
    id: 'listVolunteerRoles',
    method: 'GET',
    path: '/v1/volunteer-roles',
    summary: 'Volunteer roles, with their shifts.',
    query: VolunteerRoleQuerySchema,
    response: { name: 'VolunteerRoleList', schema: VolunteerRoleListSchema, status: 200 },
    problems: [400, 429],
    idempotent: false,
  },
  {
    id: 'signUpVolunteer',
    method: 'POST',
    path: '/v1/volunteer-signups',
    summary: 'Sign up as a volunteer for shifts of a role, or with your availability.',
    body: { name: 'VolunteerSignup', schema: VolunteerSignupSchema, required: true },
    headers: idempotencyHeader,
    response: { name: 'SignupReceipt', schema: SignupReceiptSchema, status: 201 },
    problems: [400, 404, 409, 413, 415, 422, 429],
    idempotent: true,
  },
  {
    id: 'cancelVolunteerSignup',
    method: 'DELETE',
    path: '/v1/volunteer-signups/{id}',
    summary: 'Cancel a signup with its cancel token.',
    description:
      'The token goes in the `X-Cancel-Token` header or, where a header cannot be sent, in a JSON body `{ "cancelToken": ... }`. Cancelling again answers 200 again.',
    pathParams: { id: IdSchema },
    headers: {
      [HEADERS.cancelToken]: {
        schema: CancelTokenSchema,
        required: false,
        description: 'The `cancelToken` of the signup receipt. Required unless the body carries it.',
      },
    },
    body: { name: 'SignupCancel', schema: SignupCancelSchema, required: false },
    response: { name: 'SignupCancelled', schema: SignupCancelledSchema, status: 200 },
    problems: [400, 403, 404, 429],
    idempotent: false,
  },
  {
    id: 'cancelVolunteerSignupByCode',
    method: 'POST',
    path: '/v1/volunteer-signups/cancel',
    summary: 'Cancel a signup with its reference and cancel code (without the link).',
    description:
      'For a resident who kept the receipt but not the link: the `reference` and `cancelCode` of the signup receipt; case, spaces and dashes do not matter. A reference and code that do not belong together answer 403 `cancel-code-mismatch` (an unknown reference too); after 10 wrong codes for one signup its code stops working and the answer is 403 `cancel-code-locked` (the link still works). Rate limited like every write. Cancelling again answers 200 again.',
    body: { name: 'SignupCancelByCode', schema: SignupCancelByCodeSchema, required: true },
    response: { name: 'SignupCancelled', schema: SignupCancelledSchema, status: 200 },
    problems: [400, 403, 413, 415, 422, 429],
    idempotent: false,
  },
] as const satisfies readonly Endpoint[];

/** One of {@link ENDPOINTS}. */
export type EndpointId = (typeof ENDPOINTS)[number]['id'];

/** Named schemas that are parts of others, listed in `components.schemas` too. */
export const COMPONENT_SCHEMAS: {
  readonly request: readonly NamedSchema[];
  readonly response: readonly NamedSchema[];
} = {
  request: [],
  response: [
    { name: 'Initiative', schema: InitiativeSchema },
    { name: 'VolunteerRole', schema: VolunteerRoleSchema },
    { name: 'FieldError', schema: FieldErrorSchema },
    { name: 'Problem', schema: ProblemSchema },
  ],
};

/** Problem statuses every endpoint may answer. */
export const COMMON_PROBLEM_STATUSES = [500, 503] as const;
