/**
 * One function per endpoint of the contract, each pairing its path with the schema of its answer.
 * Separate functions (not client methods) so a widget's bundle carries only the schemas of the
 * endpoints it calls; each schema is built when the first answer that needs it arrives (src/schema/lazy.ts), not
 * when the script loads nor before the request is sent. Each rejects with an ApiError only (see client.ts). Submissions (`POST /v1/ideas`,
 * `POST /v1/volunteer-signups`) go through the outbox (outbox.ts), which calls `client.request` itself.
 */
import { initiativePageSchema, initiativeSchema, type InitiativeQuery } from '../schema/initiative.js';
import { siteSchema, type Site } from '../schema/site.js';
import {
  signupCancelledSchema,
  type SignupCancelByCode,
  volunteerRoleListSchema,
  type VolunteerRoleQuery,
} from '../schema/volunteer.js';
import type { ApiClient } from './client.js';
import { SharedRequests } from './shared-request.js';

const seg = encodeURIComponent;

/** The site per endpoint and language, one request for every widget on the page (shared-request.ts). */
const sites = new SharedRequests<Site>();

/**
 * `GET /v1/site`: areas, themes, tracks, offers, privacy notice, volunteer information note. Widgets on
 * one page with the same endpoint and language share one request and its answer; a failed request is
 * not kept, so a retry asks again. `fresh` asks the server again anyway, past the browser's HTTP cache
 * (after staff changed the site), and keeps the new answer for the widgets that ask later.
 */
export function getSite(client: ApiClient, signal?: AbortSignal, options: { fresh?: boolean } = {}): Promise<Site> {
  return sites.get(
    client.transport,
    `GET ${client.endpoint}/v1/site (${client.lang})`,
    (shared) =>
      client.request('GET', '/v1/site', {
        schema: siteSchema,
        signal: shared,
        // Past the browser's HTTP cache too (the server then answers 304 when nothing changed).
        ...(options.fresh ? { cache: 'no-cache' as const } : {}),
      }),
    { signal, fresh: options.fresh },
  );
}

/** `GET /v1/initiatives`: one page of initiatives matching the filters. */
export function listInitiatives(client: ApiClient, query: Partial<InitiativeQuery> = {}, signal?: AbortSignal) {
  return client.request('GET', '/v1/initiatives', { query, schema: initiativePageSchema, signal });
}

/** `GET /v1/initiatives/{id}`. */
export function getInitiative(client: ApiClient, id: string, signal?: AbortSignal) {
  return client.request('GET', `/v1/initiatives/${seg(id)}`, { schema: initiativeSchema, signal });
}

/** `GET /v1/volunteer-roles`, optionally of one initiative. */
export function listVolunteerRoles(client: ApiClient, query: VolunteerRoleQuery = {}, signal?: AbortSignal) {
  return client.request('GET', '/v1/volunteer-roles', { query, schema: volunteerRoleListSchema, signal });
}

/** `DELETE /v1/volunteer-signups/{id}` with the `X-Cancel-Token` header. */
export function cancelSignup(client: ApiClient, id: string, cancelToken: string, signal?: AbortSignal) {
  return client.request('DELETE', `/v1/volunteer-signups/${seg(id)}`, {
    schema: signupCancelledSchema,
    signal,
    headers: { 'X-Cancel-Token': cancelToken },
  });
}

/**
 * `POST /v1/volunteer-signups/cancel` with the receipt's reference and short cancel code (as typed:
 * case, spaces and dashes do not matter). 403 `cancel-code-mismatch` / `cancel-code-locked` reject
 * with an ApiError whose `problem.type` says which.
 */
export function cancelSignupByCode(client: ApiClient, body: SignupCancelByCode, signal?: AbortSignal) {
  return client.request('POST', '/v1/volunteer-signups/cancel', { body, schema: signupCancelledSchema, signal });
}
