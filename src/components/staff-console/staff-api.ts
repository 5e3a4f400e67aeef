/**
 * The staff console's client for the staff API (`/v1/staff/*`, src/schema/staff/endpoints.ts), on top
 * of the widgets' {@link ApiClient}: the same timeouts, retries of what is safe to retry, schema checks
 * and {@link ApiError}s. What differs for staff:
 * - the session cookie (HttpOnly, SameSite=Strict, Path=/v1/staff) goes with every request
 *   (`credentials: 'include'`), so the console must be served from the API's own origin (the reference
 *   server's `/staff` page) or a same-site origin the server trusts;
 * - every POST, PUT, PATCH and DELETE carries the session's CSRF token in `X-CSRF-Token`;
 * - what a 401 or 403 means is told apart by {@link staffProblem} (signed out or session expired,
 *   locked, a missing CSRF token, a role too low).
 * The password is passed through once in `signIn` and never kept.
 */
import type * as z from 'zod/mini';
import * as zm from 'zod/mini';
import { ApiClient, buildQuery, type QueryValue } from '../../api/client.js';
import { ApiError } from '../../api/errors.js';
import type { AnySchema } from '../../api/response.js';
import { InitiativeSchema, PROBLEM_TYPES } from '../../schema/index.js';
import { CSRF_HEADER, StaffSessionSchema, type StaffSession } from '../../schema/staff/accounts.js';
import {
  ApiTokenCreatedSchema,
  ApiTokenListSchema,
  ApiTokenSchema,
  StaffAccountCreatedSchema,
  StaffAccountListSchema,
  StaffAccountSchema,
  type ApiTokenCreate,
  type StaffAccountCreate,
  type StaffAccountPatch,
} from '../../schema/staff/accounts.js';
import { AuditPageSchema, type AuditPage } from '../../schema/staff/audit.js';
import {
  PersonalDataErasedSchema,
  PersonalDataExportSchema,
  type PersonalDataExport,
} from '../../schema/staff/personal-data.js';
import { SiteFileSchema, type SiteFile } from '../../schema/staff/site.js';
import {
  IdeaRecordSchema,
  staffPage,
  type IdeaRecord,
  type IdeaStatusPatch,
  type PublishIdea,
  type StaffIdeaQuery,
} from '../../schema/staff/moderation.js';
import {
  InitiativePatchSchema,
  ShiftCancelledSchema,
  SignupCancelledByStaffSchema,
  SignupRecordSchema,
  StaffInitiativeSchema,
  StaffVolunteerRoleListSchema,
  type InitiativePatch,
  type RoleInput,
  type RolePatch,
  type ShiftInput,
  type ShiftPatch,
  type StaffInitiativeQuery,
  type StaffSignupQuery,
} from '../../schema/staff/moderation.js';

export type { StaffSession };

/** What a failed staff request means for the console. */
export type StaffProblem =
  /** 401: not signed in, or the session expired or ended (sign in again; nothing typed is lost). */
  | 'signed-out'
  /** 429 at sign-in: too many wrong passwords; `retryAfterMs` says for how long. */
  | 'locked'
  /** 403 `csrf-token-invalid`: the console lost its CSRF token (a new session fixes it). */
  | 'csrf'
  /** 403: signed in, but this role may not do this. */
  | 'forbidden'
  /** Anything else: the error's `code` says what (see CommonStrings.apiError). */
  | 'other';

/** See {@link StaffProblem}. */
export function staffProblem(error: ApiError): StaffProblem {
  if (error.status === 401) return 'signed-out';
  if (error.status === 429) return 'locked';
  if (error.status === 403) return error.problem?.type === PROBLEM_TYPES.csrf ? 'csrf' : 'forbidden';
  return 'other';
}

/** Options of {@link StaffApi}. */
export interface StaffApiOptions {
  /** The server's base URL (the console's `endpoint`); requests go to `${endpoint}/v1/staff/...`. */
  endpoint: string;
  lang: string;
  /** Injectable fetch (stories, tests). */
  fetch?: typeof fetch;
}

/** A write the console can keep and send again after signing in: method, path and body only (JSON). */
export interface StaffWrite {
  method: 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  body?: unknown;
}

/** A staff answer without a body (204). */
const NoContent = zm.unknown();
/** A write kept across a page reload is sent again with this schema (any JSON answer). */
export const AnyAnswer = zm.unknown();

const StaffIdeaPageSchema = staffPage(IdeaRecordSchema);
/** `POST /v1/staff/ideas/{id}/publish` answers the idea and its new initiative (as in STAFF_ENDPOINTS). */
export const IdeaPublishedSchema = zm.object({
  idea: zm.nullable(IdeaRecordSchema),
  initiative: zm.nullable(InitiativeSchema),
});
export type StaffIdeaPage = z.output<typeof StaffIdeaPageSchema>;

/** See the module comment. One instance per endpoint and language (the shell makes it). */
export class StaffApi {
  private readonly client: ApiClient;
  /** The session's CSRF token, from signing in or from `session()`. */
  private csrf: string | null = null;

  constructor(options: StaffApiOptions) {
    const base = options.fetch ?? globalThis.fetch.bind(globalThis);
    this.client = new ApiClient({
      endpoint: options.endpoint,
      lang: options.lang,
      // The session cookie goes along (the widgets' client sends none).
      fetch: (input, init) => base(input, { ...init, credentials: 'include' }),
    });
  }

  get endpoint(): string {
    return this.client.endpoint;
  }

  /** A staff read. */
  get<S extends AnySchema>(path: string, schema: S, query?: Record<string, QueryValue>, signal?: AbortSignal) {
    return this.client.request('GET', path, { schema, query, signal });
  }

  /** A staff write with the CSRF token. */
  write<S extends AnySchema>(w: StaffWrite, schema: S, signal?: AbortSignal): Promise<z.output<S>> {
    const headers: Record<string, string> = this.csrf ? { [CSRF_HEADER]: this.csrf } : {};
    return this.client.request(w.method, w.path, { schema, body: w.body, headers, signal });
  }

  /** Who is signed in (401 when nobody is); keeps the session's CSRF token. */
  async session(signal?: AbortSignal): Promise<StaffSession> {
    const s = await this.get('/v1/staff/session', StaffSessionSchema, undefined, signal);
    this.csrf = s.csrfToken;
    return s;
  }

  /** Signs in; the cookie is set by the answer. The password is not kept. */
  async signIn(email: string, password: string): Promise<StaffSession> {
    const s = await this.client.request('POST', '/v1/staff/session', {
      schema: StaffSessionSchema,
      body: { email, password },
    });
    this.csrf = s.csrfToken;
    return s;
  }

  /** Signs out (a session that already ended counts as signed out). */
  async signOut(): Promise<void> {
    try {
      await this.write({ method: 'DELETE', path: '/v1/staff/session' }, NoContent);
    } catch (e) {
      if (!(e instanceof ApiError) || e.status !== 401) throw e;
    } finally {
      this.csrf = null;
    }
  }

  // Moderation of ideas (the inbox and the idea screen).

  listIdeas(query: Partial<StaffIdeaQuery>, signal?: AbortSignal): Promise<StaffIdeaPage> {
    return this.get('/v1/staff/ideas', StaffIdeaPageSchema, { ...query }, signal);
  }

  getIdea(id: string, signal?: AbortSignal): Promise<IdeaRecord> {
    return this.get(`/v1/staff/ideas/${encodeURIComponent(id)}`, IdeaRecordSchema, undefined, signal);
  }

  /** The URL of the ideas CSV for these filters (a link the browser downloads with the cookie). */
  ideasCsvUrl(query: Partial<StaffIdeaQuery>): string {
    const { cursor: _c, limit: _l, ...rest } = query;
    return `${this.endpoint}/v1/staff/ideas.csv${buildQuery(rest)}`;
  }
}

/** The audit log's filters (`GET /v1/staff/audit`). */
export interface AuditFilters {
  action?: string;
  actorId?: string;
  cursor?: string;
  limit?: number;
}

// Reads of the admin screens (site, accounts, audit) and of personal data.
export const adminReads = {
  /** `GET /v1/staff/site`: the site file (404 while there is none). */
  site: (api: StaffApi, signal?: AbortSignal): Promise<SiteFile> =>
    api.get('/v1/staff/site', SiteFileSchema, undefined, signal),
  accounts: (api: StaffApi, signal?: AbortSignal) =>
    api.get('/v1/staff/accounts', StaffAccountListSchema, undefined, signal),
  apiTokens: (api: StaffApi, signal?: AbortSignal) =>
    api.get('/v1/staff/api-tokens', ApiTokenListSchema, undefined, signal),
  audit: (api: StaffApi, filters: AuditFilters, signal?: AbortSignal): Promise<AuditPage> =>
    api.get('/v1/staff/audit', AuditPageSchema, { ...filters }, signal),
  personalData: (api: StaffApi, email: string, signal?: AbortSignal): Promise<PersonalDataExport> =>
    api.get('/v1/staff/personal-data', PersonalDataExportSchema, { email }, signal),
};

/** The writes of the admin screens and of personal data, as {@link StaffWrite}s. */
export const adminWrites = {
  /** `PUT /v1/staff/site`: the whole file (an imported one is sent as read). */
  site: (file: unknown): StaffWrite => ({ method: 'PUT', path: '/v1/staff/site', body: file }),
  createAccount: (body: StaffAccountCreate): StaffWrite => ({ method: 'POST', path: '/v1/staff/accounts', body }),
  patchAccount: (id: string, body: StaffAccountPatch): StaffWrite => ({
    method: 'PATCH',
    path: `/v1/staff/accounts/${encodeURIComponent(id)}`,
    body,
  }),
  createToken: (body: ApiTokenCreate): StaffWrite => ({ method: 'POST', path: '/v1/staff/api-tokens', body }),
  revokeToken: (id: string): StaffWrite => ({
    method: 'DELETE',
    path: `/v1/staff/api-tokens/${encodeURIComponent(id)}`,
  }),
  erase: (email: string): StaffWrite => ({ method: 'POST', path: '/v1/staff/personal-data/erase', body: { email } }),
};

export {
  ApiTokenCreatedSchema,
  ApiTokenSchema,
  PersonalDataErasedSchema,
  SiteFileSchema,
  StaffAccountCreatedSchema,
  StaffAccountSchema,
};

/** The writes of the idea screen, as {@link StaffWrite}s the shell can keep and send again. */
export const ideaWrites = {
  status: (id: string, patch: IdeaStatusPatch): StaffWrite => ({
    method: 'PATCH',
    path: `/v1/staff/ideas/${encodeURIComponent(id)}`,
    body: patch,
  }),
  reply: (id: string, text: string): StaffWrite => ({
    method: 'PUT',
    path: `/v1/staff/ideas/${encodeURIComponent(id)}/reply`,
    body: { text },
  }),
  publish: (id: string, body: PublishIdea): StaffWrite => ({
    method: 'POST',
    path: `/v1/staff/ideas/${encodeURIComponent(id)}/publish`,
    body,
  }),
};

export { IdeaRecordSchema };

// Reads and writes of the initiatives and volunteers screens (CONSOLE-CONTENT).
const StaffInitiativePageSchema = staffPage(StaffInitiativeSchema);
const StaffSignupPageSchema = staffPage(SignupRecordSchema);
export type StaffInitiativePage = z.output<typeof StaffInitiativePageSchema>;
export type StaffSignupPage = z.output<typeof StaffSignupPageSchema>;
const enc = encodeURIComponent;
/** `DELETE` of an initiative: taken offline, kept. */
const UnpublishedSchema = zm.object({ id: zm.string(), published: zm.literal(false) });
/** A shift as the staff API answers it (its role's id and the public shape). */
const StaffShiftSchema = zm.object({ roleId: zm.string(), id: zm.optional(zm.string()) });

export const contentReads = {
  /** `GET /v1/staff/initiatives`: every initiative, published or not, a page at a time. */
  initiatives: (api: StaffApi, q: Partial<StaffInitiativeQuery>, signal?: AbortSignal): Promise<StaffInitiativePage> =>
    api.get('/v1/staff/initiatives', StaffInitiativePageSchema, { ...q }, signal),
  initiative: (api: StaffApi, id: string, signal?: AbortSignal) =>
    api.get(`/v1/staff/initiatives/${enc(id)}`, StaffInitiativeSchema, undefined, signal),
  /** `GET /v1/staff/volunteer-roles?initiativeId=`: an initiative's roles, published or not, with their shifts. */
  roles: (api: StaffApi, initiativeId: string, signal?: AbortSignal) =>
    api.get('/v1/staff/volunteer-roles', StaffVolunteerRoleListSchema, { initiativeId }, signal),
  signups: (api: StaffApi, q: Partial<StaffSignupQuery>, signal?: AbortSignal): Promise<StaffSignupPage> =>
    api.get('/v1/staff/signups', StaffSignupPageSchema, { ...q }, signal),
  /** The URL of the signups CSV for these filters (a link the browser downloads with the session cookie). */
  signupsCsvUrl: (api: StaffApi, q: Partial<StaffSignupQuery>): string => {
    const { cursor: _c, limit: _l, ...rest } = q;
    return `${api.endpoint}/v1/staff/signups.csv${buildQuery(rest)}`;
  },
};

/** The writes of the initiatives and volunteers screens, as {@link StaffWrite}s. */
export const contentWrites = {
  patchInitiative: (id: string, body: InitiativePatch): StaffWrite => ({
    method: 'PATCH',
    path: `/v1/staff/initiatives/${enc(id)}`,
    body,
  }),
  unpublishInitiative: (id: string): StaffWrite => ({ method: 'DELETE', path: `/v1/staff/initiatives/${enc(id)}` }),
  createRole: (body: RoleInput): StaffWrite => ({ method: 'POST', path: '/v1/staff/volunteer-roles', body }),
  patchRole: (id: string, body: RolePatch): StaffWrite => ({
    method: 'PATCH',
    path: `/v1/staff/volunteer-roles/${enc(id)}`,
    body,
  }),
  addShift: (roleId: string, body: ShiftInput): StaffWrite => ({
    method: 'POST',
    path: `/v1/staff/volunteer-roles/${enc(roleId)}/shifts`,
    body,
  }),
  patchShift: (roleId: string, shiftId: string, body: ShiftPatch): StaffWrite => ({
    method: 'PATCH',
    path: `/v1/staff/volunteer-roles/${enc(roleId)}/shifts/${enc(shiftId)}`,
    body,
  }),
  cancelShift: (roleId: string, shiftId: string): StaffWrite => ({
    method: 'DELETE',
    path: `/v1/staff/volunteer-roles/${enc(roleId)}/shifts/${enc(shiftId)}`,
  }),
  cancelSignup: (id: string): StaffWrite => ({ method: 'POST', path: `/v1/staff/signups/${enc(id)}/cancel` }),
};

export {
  InitiativePatchSchema,
  ShiftCancelledSchema,
  SignupCancelledByStaffSchema,
  StaffInitiativeSchema,
  StaffShiftSchema,
  UnpublishedSchema,
};
