/**
 * One function per endpoint of the contract, each pairing its path with the schema of its answer.
 * Separate functions (not client methods) so a widget's bundle carries only the schemas of the
 * endpoints it calls. Each rejects with an ApiError only (see client.ts). Submissions (`POST /v1/ideas`,
 * `POST /v1/volunteer-signups`) go through the outbox (outbox.ts), which calls `client.request` itself.
 */
import { InitiativePageSchema, InitiativeSchema, type InitiativeQuery } from '../schema/initiative.js';
import { SiteSchema } from '../schema/site.js';
import {
  SignupCancelledSchema,
  type SignupCancelByCode,
  VolunteerRoleListSchema,
  type VolunteerRoleQuery,
} from '../schema/volunteer.js';
import type { ApiClient } from './client.js';

const seg = encodeURIComponent;

/** `GET /v1/site`: areas, themes, tracks, offers, privacy notice, volunteer information note. */
export function getSite(client: ApiClient, signal?: AbortSignal) {
  return client.request('GET', '/v1/site', { schema: SiteSchema, signal });
}

/** `GET /v1/initiatives`: one page of initiatives matching the filters. */
export function listInitiatives(client: ApiClient, query: Partial<InitiativeQuery> = {}, signal?: AbortSignal) {
  return client.request('GET', '/v1/initiatives', { query, schema: InitiativePageSchema, signal });
}

/** `GET /v1/initiatives/{id}`. */
export function getInitiative(client: ApiClient, id: string, signal?: AbortSignal) {
  return client.request('GET', `/v1/initiatives/${seg(id)}`, { schema: InitiativeSchema, signal });
}

/** `GET /v1/volunteer-roles`, optionally of one initiative. */
export function listVolunteerRoles(client: ApiClient, query: VolunteerRoleQuery = {}, signal?: AbortSignal) {
  return client.request('GET', '/v1/volunteer-roles', { query, schema: VolunteerRoleListSchema, signal });
}

/** `DELETE /v1/volunteer-signups/{id}` with the `X-Cancel-Token` header. */
export function cancelSignup(client: ApiClient, id: string, cancelToken: string, signal?: AbortSignal) {
  return client.request('DELETE', `/v1/volunteer-signups/${seg(id)}`, {
    schema: SignupCancelledSchema,
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
  return client.request('POST', '/v1/volunteer-signups/cancel', { body, schema: SignupCancelledSchema, signal });
}
