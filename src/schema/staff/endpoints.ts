/**
 * Every endpoint of the staff API (`/v1/staff/*`) in one table, like {@link ENDPOINTS} for the
 * public one: the OpenAPI generator (scripts/openapi.ts) publishes it, and
 * test/server/staff-contract.test.ts fails when a staff route of the reference server is missing
 * here or an entry here has no route.
 *
 * `staff` is the least role that may call an endpoint; an entry without it (signing in) needs no
 * credentials. Every staff request is authenticated by the session cookie (and, when it changes
 * something, the CSRF header) or by an API token; `problems` lists what each route really answers.
 */
import * as z from 'zod/mini';
import { IdSchema, InitiativeSchema, ShiftSchema, VolunteerRoleSchema, type Endpoint } from '../index.js';
import {
  IDEA_STATUSES,
  IdeaRecordSchema,
  IdeaReplySchema,
  IdeaStatusPatchSchema,
  InitiativeInputSchema,
  InitiativePatchSchema,
  PublishIdeaSchema,
  RoleInputSchema,
  RolePatchSchema,
  ShiftCancelledSchema,
  ShiftInputSchema,
  ShiftPatchSchema,
  SignupRecordSchema,
  staffPage,
  StaffIdeaQuerySchema,
  StaffSignupQuerySchema,
} from './moderation.js';

/** Groups of staff operations (OpenAPI tags), with what each covers. */
export const STAFF_TAGS = {
  'staff-moderation': 'What residents sent: ideas (review, status, publish as an initiative) and volunteer signups.',
  'staff-content': 'What residents see: initiatives, volunteer roles and their shifts.',
} as const;
export type StaffTag = keyof typeof STAFF_TAGS;

/** One endpoint of the staff API: an {@link Endpoint} with its group. */
export interface StaffEndpoint extends Endpoint {
  readonly tag: StaffTag;
}

/** `POST /v1/staff/ideas/{id}/publish`: the idea, now `published`, and its new initiative. */
export const IdeaPublishedSchema = z.object({
  idea: z.nullable(IdeaRecordSchema),
  initiative: z.nullable(InitiativeSchema),
});
/** `DELETE` of an initiative or a volunteer role: taken offline, kept. */
export const UnpublishedSchema = z.object({ id: IdSchema, published: z.literal(false) });
/** A shift as staff see it: its role's id and the public shape (only the role id once it is offline). */
export const StaffShiftSchema = z.object({ roleId: IdSchema, ...z.partial(ShiftSchema).shape });
/** A CSV file (RFC 4180, UTF-8 with BOM, CRLF; a header row, then one row per record). */
export const CsvSchema = z.string();

const id = { id: IdSchema };
const shiftPath = { id: IdSchema, shiftId: IdSchema };
const csvQuery = (schema: typeof StaffIdeaQuerySchema | typeof StaffSignupQuerySchema) =>
  z.omit(schema, { cursor: true, limit: true });

/** A staff read: not signed in (or a revoked token) answers 401. */
const READ = [401] as const;
/** A staff write: malformed JSON 400, 401, a missing CSRF token or too low a role 403, 413, 415, invalid fields 422. */
const WRITE = [400, 401, 403, 413, 415, 422] as const;

/** The staff endpoints of contract v1. */
export const STAFF_ENDPOINTS = [
  {
    id: 'staffListIdeas',
    tag: 'staff-moderation',
    staff: 'moderator',
    method: 'GET',
    path: '/v1/staff/ideas',
    summary: 'Ideas residents sent, newest first, one page at a time.',
    description:
      'Flagged ideas (honeypot filled or sent too fast) are left out unless `flagged=true` (only them) or `flagged=any`. `q` searches title, summary and description. Pass `nextCursor` back as `cursor` for the next page.',
    query: StaffIdeaQuerySchema,
    response: { name: 'StaffIdeaPage', schema: staffPage(IdeaRecordSchema), status: 200 },
    problems: [400, ...READ],
    idempotent: false,
  },
  {
    id: 'staffExportIdeasCsv',
    tag: 'staff-moderation',
    staff: 'moderator',
    method: 'GET',
    path: '/v1/staff/ideas.csv',
    summary: 'The same ideas as a CSV file, all of them.',
    description:
      "The filters of `GET /v1/staff/ideas`, without paging (`cursor` and `limit` are ignored). Contains residents’ contact details: handle as personal data. Cells starting with `=`, `+`, `-`, `@`, tab or CR are prefixed with `'` so spreadsheets do not run them.",
    query: csvQuery(StaffIdeaQuerySchema),
    response: { name: 'IdeasCsv', schema: CsvSchema, status: 200, contentType: 'text/csv' },
    problems: [400, ...READ],
    idempotent: false,
  },
  {
    id: 'staffGetIdea',
    tag: 'staff-moderation',
    staff: 'moderator',
    method: 'GET',
    path: '/v1/staff/ideas/{id}',
    summary: 'One idea, with everything the resident sent.',
    pathParams: id,
    response: { name: 'IdeaRecord', schema: IdeaRecordSchema, status: 200 },
    problems: [...READ, 404],
    idempotent: false,
  },
  {
    id: 'staffSetIdeaStatus',
    tag: 'staff-moderation',
    staff: 'moderator',
    method: 'PATCH',
    path: '/v1/staff/ideas/{id}',
    summary: 'Move an idea to another status, with a reason.',
    description: `Statuses: ${IDEA_STATUSES.map((x) => `\`${x}\``).join(', ')}. Allowed moves: received → under-review, accepted or declined; under-review → accepted, declined or back to received; accepted → under-review or declined; declined → under-review; \`published\` only by publishing. Any other move answers 409. A \`reason\` is required for \`declined\` (422 \`required\` at \`reason\`). Who and when are kept on the idea and in its history (the audit log).`,
    pathParams: id,
    body: { name: 'IdeaStatusPatch', schema: IdeaStatusPatchSchema, required: true },
    response: { name: 'IdeaRecord', schema: IdeaRecordSchema, status: 200 },
    problems: [...WRITE, 404, 409],
    idempotent: false,
  },
  {
    id: 'staffReplyToIdea',
    tag: 'staff-moderation',
    staff: 'moderator',
    method: 'PUT',
    path: '/v1/staff/ideas/{id}/reply',
    summary: 'Store the reply to the resident (replaces an earlier one).',
    description:
      'Kept with the idea (who and when) and in its history. It will be e-mailed to the resident once the server sends e-mail; until then staff send it themselves.',
    pathParams: id,
    body: { name: 'IdeaReply', schema: IdeaReplySchema, required: true },
    response: { name: 'IdeaRecord', schema: IdeaRecordSchema, status: 200 },
    problems: [...WRITE, 404],
    idempotent: false,
  },
  {
    id: 'staffPublishIdea',
    tag: 'staff-moderation',
    staff: 'moderator',
    method: 'POST',
    path: '/v1/staff/ideas/{id}/publish',
    summary: 'Publish an idea as a new initiative.',
    description:
      'Only from `accepted`. The body (optional) chooses the initiative’s id, rung, kind of co-production, status, organiser and whether it needs volunteers. 409 when the idea is not accepted (or published already) or the id is taken.',
    pathParams: id,
    body: { name: 'PublishIdea', schema: PublishIdeaSchema, required: false },
    response: { name: 'IdeaPublished', schema: IdeaPublishedSchema, status: 201 },
    problems: [...WRITE, 404, 409],
    idempotent: false,
  },
  {
    id: 'staffListSignups',
    tag: 'staff-moderation',
    staff: 'moderator',
    method: 'GET',
    path: '/v1/staff/signups',
    summary: 'Volunteer signups, newest first, one page at a time.',
    description: 'Filter by role, shift or status; flagged signups as for ideas.',
    query: StaffSignupQuerySchema,
    response: { name: 'StaffSignupPage', schema: staffPage(SignupRecordSchema), status: 200 },
    problems: [400, ...READ],
    idempotent: false,
  },
  {
    id: 'staffExportSignupsCsv',
    tag: 'staff-moderation',
    staff: 'moderator',
    method: 'GET',
    path: '/v1/staff/signups.csv',
    summary: 'The same signups as a CSV file, all of them.',
    description:
      'The filters of `GET /v1/staff/signups`, without paging. Contains volunteers’ contact details: handle as personal data.',
    query: csvQuery(StaffSignupQuerySchema),
    response: { name: 'SignupsCsv', schema: CsvSchema, status: 200, contentType: 'text/csv' },
    problems: [400, ...READ],
    idempotent: false,
  },
  {
    id: 'staffGetInitiative',
    tag: 'staff-content',
    staff: 'moderator',
    method: 'GET',
    path: '/v1/staff/initiatives/{id}',
    summary: 'One initiative, also when it is unpublished (in Dutch).',
    pathParams: id,
    response: { name: 'Initiative', schema: InitiativeSchema, status: 200 },
    problems: [...READ, 404],
    idempotent: false,
  },
  {
    id: 'staffCreateInitiative',
    tag: 'staff-content',
    staff: 'moderator',
    method: 'POST',
    path: '/v1/staff/initiatives',
    summary: 'Create an initiative, its texts in nl (required), fr and en.',
    description: 'The answer is the initiative as residents see it in Dutch. 409 when the chosen id is taken.',
    body: { name: 'InitiativeInput', schema: InitiativeInputSchema, required: true },
    response: { name: 'Initiative', schema: InitiativeSchema, status: 201 },
    problems: [...WRITE, 409],
    idempotent: false,
  },
  {
    id: 'staffUpdateInitiative',
    tag: 'staff-content',
    staff: 'moderator',
    method: 'PATCH',
    path: '/v1/staff/initiatives/{id}',
    summary: 'Change some fields of an initiative (also its rung on the participation ladder).',
    pathParams: id,
    body: { name: 'InitiativePatch', schema: InitiativePatchSchema, required: true },
    response: { name: 'Initiative', schema: InitiativeSchema, status: 200 },
    problems: [...WRITE, 404],
    idempotent: false,
  },
  {
    id: 'staffUnpublishInitiative',
    tag: 'staff-content',
    staff: 'moderator',
    method: 'DELETE',
    path: '/v1/staff/initiatives/{id}',
    summary: 'Unpublish an initiative (it is kept; publish it again with PATCH).',
    pathParams: id,
    response: { name: 'Unpublished', schema: UnpublishedSchema, status: 200 },
    problems: [...READ, 403, 404],
    idempotent: false,
  },
  {
    id: 'staffGetVolunteerRole',
    tag: 'staff-content',
    staff: 'moderator',
    method: 'GET',
    path: '/v1/staff/volunteer-roles/{id}',
    summary: 'One volunteer role with its shifts, also when it is unpublished (in Dutch).',
    pathParams: id,
    response: { name: 'VolunteerRole', schema: VolunteerRoleSchema, status: 200 },
    problems: [...READ, 404],
    idempotent: false,
  },
  {
    id: 'staffCreateVolunteerRole',
    tag: 'staff-content',
    staff: 'moderator',
    method: 'POST',
    path: '/v1/staff/volunteer-roles',
    summary: 'Create a volunteer role of an initiative, its texts in nl (required), fr and en.',
    description: '404 when the initiative does not exist; 409 when the chosen id is taken.',
    body: { name: 'RoleInput', schema: RoleInputSchema, required: true },
    response: { name: 'VolunteerRole', schema: VolunteerRoleSchema, status: 201 },
    problems: [...WRITE, 404, 409],
    idempotent: false,
  },
  {
    id: 'staffUpdateVolunteerRole',
    tag: 'staff-content',
    staff: 'moderator',
    method: 'PATCH',
    path: '/v1/staff/volunteer-roles/{id}',
    summary: 'Change some fields of a volunteer role.',
    pathParams: id,
    body: { name: 'RolePatch', schema: RolePatchSchema, required: true },
    response: { name: 'VolunteerRole', schema: VolunteerRoleSchema, status: 200 },
    problems: [...WRITE, 404],
    idempotent: false,
  },
  {
    id: 'staffUnpublishVolunteerRole',
    tag: 'staff-content',
    staff: 'moderator',
    method: 'DELETE',
    path: '/v1/staff/volunteer-roles/{id}',
    summary: 'Unpublish a volunteer role (kept, with its signups).',
    pathParams: id,
    response: { name: 'Unpublished', schema: UnpublishedSchema, status: 200 },
    problems: [...READ, 403, 404],
    idempotent: false,
  },
  {
    id: 'staffAddShift',
    tag: 'staff-content',
    staff: 'moderator',
    method: 'POST',
    path: '/v1/staff/volunteer-roles/{id}/shifts',
    summary: 'Add a shift to a volunteer role.',
    description: '422 when it does not end after it starts; 409 when the chosen id is taken.',
    pathParams: id,
    body: { name: 'ShiftInput', schema: ShiftInputSchema, required: true },
    response: { name: 'StaffShift', schema: StaffShiftSchema, status: 201 },
    problems: [...WRITE, 404, 409],
    idempotent: false,
  },
  {
    id: 'staffUpdateShift',
    tag: 'staff-content',
    staff: 'moderator',
    method: 'PATCH',
    path: '/v1/staff/volunteer-roles/{id}/shifts/{shiftId}',
    summary: 'Change a shift’s times or capacity.',
    description:
      '409 when the capacity would be below the places taken, or the shift is cancelled; places added go to the reserve list first. 422 when it would not end after it starts.',
    pathParams: shiftPath,
    body: { name: 'ShiftPatch', schema: ShiftPatchSchema, required: true },
    response: { name: 'StaffShift', schema: StaffShiftSchema, status: 200 },
    problems: [...WRITE, 404, 409],
    idempotent: false,
  },
  {
    id: 'staffCancelShift',
    tag: 'staff-content',
    staff: 'moderator',
    method: 'DELETE',
    path: '/v1/staff/volunteer-roles/{id}/shifts/{shiftId}',
    summary: 'Cancel a shift: residents no longer see it, its signups are kept.',
    description:
      'Its confirmed and reserve volunteers stay listed for staff (they will be told by e-mail once the server sends e-mail). 409 when it is cancelled already.',
    pathParams: shiftPath,
    response: { name: 'ShiftCancelled', schema: ShiftCancelledSchema, status: 200 },
    problems: [...READ, 403, 404, 409],
    idempotent: false,
  },
] as const satisfies readonly StaffEndpoint[];

/** One of {@link STAFF_ENDPOINTS}. */
export type StaffEndpointId = (typeof STAFF_ENDPOINTS)[number]['id'];
