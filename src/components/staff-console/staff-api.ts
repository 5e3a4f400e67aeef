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
  IdeaRecordSchema,
  staffPage,
  type IdeaRecord,
  type IdeaStatusPatch,
  type PublishIdea,
  type StaffIdeaQuery,
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
