/**
 * Staff API schemas for what residents sent and what residents see: ideas (list, status with a
 * reason, reply, publish, history), volunteer signups (list), initiatives, volunteer roles and
 * shifts (create, change, cancel).
 */
import * as z from 'zod/mini';
import {
  code,
  CoproductionKindSchema,
  DEFAULT_LIMIT,
  HttpUrlSchema,
  IdeaTrackSchema,
  IdSchema,
  InitiativeSchema,
  InitiativeStatusSchema,
  IsoDateSchema,
  IsoDateTimeSchema,
  LIMIT_PATTERN,
  LocaleSchema,
  OrganiserSchema,
  RungSchema,
  text,
  unique,
  VolunteerRoleSchema,
} from '../index.js';

/**
 * Statuses an idea moves through: received → under-review → accepted | declined → published (the
 * allowed moves are the table in server/services/ideas.ts and docs/server.md).
 */
export const IDEA_STATUSES = ['received', 'under-review', 'accepted', 'declined', 'published'] as const;
export type IdeaStatus = (typeof IDEA_STATUSES)[number];

/** Statuses of a signup as staff see them. */
export const STAFF_SIGNUP_STATUSES = ['confirmed', 'waitlisted', 'cancelled'] as const;

/** A text in Dutch (required), French and English (optional: Dutch is shown instead). */
export const localized = (min: number, max: number) =>
  z.strictObject({ nl: text(min, max), fr: z.optional(text(min, max)), en: z.optional(text(min, max)) });

const limitParam = z.pipe(
  z._default(z.string().check(z.regex(LIMIT_PATTERN, code('invalid'))), String(DEFAULT_LIMIT)),
  z.transform((s: string) => Number(s)),
);
const flaggedParam = z._default(z.enum(['true', 'false', 'any']), 'false');

/** `GET /v1/staff/ideas` (and `.csv`). Flagged ideas are hidden unless `flagged=true|any`. */
export const StaffIdeaQuerySchema = z.object({
  status: z.optional(z.enum(IDEA_STATUSES)),
  track: z.optional(IdeaTrackSchema),
  areaId: z.optional(IdSchema),
  flagged: flaggedParam,
  q: z.optional(text(0, 200)),
  cursor: z.optional(z.string().check(z.minLength(1), z.maxLength(500))),
  limit: limitParam,
});
export type StaffIdeaQuery = z.output<typeof StaffIdeaQuerySchema>;

/** `GET /v1/staff/signups` (and `.csv`). */
export const StaffSignupQuerySchema = z.object({
  roleId: z.optional(IdSchema),
  shiftId: z.optional(IdSchema),
  status: z.optional(z.enum(STAFF_SIGNUP_STATUSES)),
  flagged: flaggedParam,
  cursor: z.optional(z.string().check(z.minLength(1), z.maxLength(500))),
  limit: limitParam,
});
export type StaffSignupQuery = z.output<typeof StaffSignupQuerySchema>;

/**
 * One step in an idea's history, read from the audit log (oldest first): `action` is the audit
 * action (`idea.status`, `idea.reply`, `idea.publish`, `personal-data.erase`, …), `by` who did it
 * (an account's e-mail, a token's name); `from`/`to` for status moves, `reason` when one was given.
 */
export const IdeaHistoryEntrySchema = z.object({
  at: IsoDateTimeSchema,
  by: z.string(),
  action: z.string(),
  from: z.optional(z.enum(IDEA_STATUSES)),
  to: z.optional(z.enum(IDEA_STATUSES)),
  reason: z.optional(z.string()),
});
export type IdeaHistoryEntry = z.infer<typeof IdeaHistoryEntrySchema>;

/** The municipality's reply to the resident (e-mailed once the server sends e-mail). */
export const IdeaReplyRecordSchema = z.object({ text: z.string(), at: IsoDateTimeSchema, by: z.string() });

/**
 * Everything a resident submitted with an idea, and what the server knows about it. Once the
 * contact details are erased (retention, or on request: `erasedAt` set), `contact` holds empty
 * strings and a null phone.
 */
export const IdeaRecordSchema = z.object({
  id: IdSchema,
  reference: z.string(),
  status: z.enum(IDEA_STATUSES),
  track: IdeaTrackSchema,
  title: z.string(),
  summary: z.string(),
  description: z.nullable(z.string()),
  areaId: IdSchema,
  themeIds: z.array(IdSchema),
  location: z.nullable(z.object({ address: z.string() })),
  neighbours: z.number(),
  testPeriod: z.nullable(z.object({ start: IsoDateSchema, end: IsoDateSchema })),
  offerId: z.nullable(IdSchema),
  contact: z.object({ name: z.string(), email: z.string(), phone: z.nullable(z.string()) }),
  consent: z.object({ privacy: z.literal(true), noticeVersion: z.string() }),
  honeypot: z.string(),
  fillMs: z.number(),
  flagged: z.boolean(),
  initiativeId: z.nullable(IdSchema),
  receivedAt: IsoDateTimeSchema,
  updatedAt: IsoDateTimeSchema,
  /** The language the resident wrote in; null for ideas from before it was kept. */
  locale: z.nullable(LocaleSchema),
  /** Why the status last changed (always given for `declined`). */
  statusReason: z.nullable(z.string()),
  statusChangedAt: z.nullable(IsoDateTimeSchema),
  statusChangedBy: z.nullable(z.string()),
  reply: z.nullable(IdeaReplyRecordSchema),
  history: z.array(IdeaHistoryEntrySchema),
  /** When the contact details were erased, or null. */
  erasedAt: z.nullable(IsoDateTimeSchema),
});
export type IdeaRecord = z.infer<typeof IdeaRecordSchema>;

/** A volunteer signup as staff see it. */
export const SignupRecordSchema = z.object({
  id: IdSchema,
  reference: z.string(),
  roleId: IdSchema,
  status: z.enum(STAFF_SIGNUP_STATUSES),
  shifts: z.array(z.object({ shiftId: IdSchema, status: z.enum(STAFF_SIGNUP_STATUSES) })),
  availability: z.nullable(z.string()),
  contact: z.object({ name: z.string(), email: z.string(), phone: z.nullable(z.string()) }),
  ageConfirmed: z.nullable(z.boolean()),
  acknowledgement: z.object({ informationNote: z.literal(true), noteVersion: z.string() }),
  consent: z.object({ privacy: z.literal(true), noticeVersion: z.string() }),
  joinWaitlist: z.boolean(),
  honeypot: z.string(),
  fillMs: z.number(),
  flagged: z.boolean(),
  createdAt: IsoDateTimeSchema,
  updatedAt: IsoDateTimeSchema,
});
export type SignupRecord = z.infer<typeof SignupRecordSchema>;

/** A page of staff records. */
export const staffPage = <T extends z.core.$ZodType>(item: T) =>
  z.object({ items: z.array(item), total: z.number(), nextCursor: z.nullable(z.string()) });

/** Most characters of a status reason and of a reply. */
export const STATUS_REASON_MAX = 2000;
export const REPLY_MAX = 5000;

/**
 * `PATCH /v1/staff/ideas/{id}`: a move allowed by the transition table (409 otherwise); `reason`
 * required for `declined` (422 `required` at `reason`), optional otherwise. `published` is reached
 * only through publishing.
 */
export const IdeaStatusPatchSchema = z.strictObject({
  status: z.enum(IDEA_STATUSES),
  reason: z.optional(text(1, STATUS_REASON_MAX)),
});
export type IdeaStatusPatch = z.output<typeof IdeaStatusPatchSchema>;

/** `PUT /v1/staff/ideas/{id}/reply`: the reply to the resident (replaces an earlier one). */
export const IdeaReplySchema = z.strictObject({ text: text(1, REPLY_MAX) });
export type IdeaReply = z.output<typeof IdeaReplySchema>;

/** `POST /v1/staff/ideas/{id}/publish` (only from `accepted`): choices for the new initiative (all optional). */
export const PublishIdeaSchema = z.strictObject({
  id: z.optional(IdSchema),
  rung: z.optional(RungSchema),
  coproduction: z.optional(CoproductionKindSchema),
  status: z.optional(InitiativeStatusSchema),
  organiser: z.optional(OrganiserSchema),
  needsVolunteers: z.optional(z.boolean()),
});
export type PublishIdea = z.output<typeof PublishIdeaSchema>;

const LinkInputSchema = z.strictObject({ label: localized(1, 200), url: HttpUrlSchema });
const ImageInputSchema = z.strictObject({ url: HttpUrlSchema, alt: localized(0, 500) });

const initiativeShape = {
  title: localized(1, 200),
  summary: localized(1, 1000),
  description: localized(0, 10000),
  areaId: z.nullable(IdSchema),
  themeIds: z.array(IdSchema).check(z.maxLength(20), unique<string>()),
  rung: RungSchema,
  coproduction: CoproductionKindSchema,
  status: InitiativeStatusSchema,
  organiser: OrganiserSchema,
  needsVolunteers: z.boolean(),
  links: z.array(LinkInputSchema).check(z.maxLength(20)),
  image: z.nullable(ImageInputSchema),
  startDate: z.nullable(IsoDateSchema),
  endDate: z.nullable(IsoDateSchema),
  published: z.boolean(),
};

/** `POST /v1/staff/initiatives`. */
export const InitiativeInputSchema = z.strictObject({
  ...initiativeShape,
  id: z.optional(IdSchema),
  links: z._default(initiativeShape.links, []),
  image: z._default(initiativeShape.image, null),
  startDate: z._default(initiativeShape.startDate, null),
  endDate: z._default(initiativeShape.endDate, null),
  published: z._default(z.boolean(), true),
});
export type InitiativeInput = z.output<typeof InitiativeInputSchema>;

/** `PATCH /v1/staff/initiatives/{id}`: any fields of the input. */
export const InitiativePatchSchema = z.partial(z.strictObject(initiativeShape));
export type InitiativePatch = z.output<typeof InitiativePatchSchema>;

const roleShape = {
  initiativeId: IdSchema,
  title: localized(1, 200),
  description: localized(1, 5000),
  timeAsked: localized(1, 200),
  gives: z.strictObject({
    guidance: z.nullable(localized(1, 1000)),
    insurance: z.nullable(localized(1, 1000)),
    expenses: z.nullable(localized(1, 1000)),
  }),
  requirements: z.strictObject({
    minimumAge: z.nullable(z.number().check(z.int(), z.gte(0), z.lte(120))),
    training: z.nullable(localized(1, 1000)),
  }),
  published: z.boolean(),
};

/** `POST /v1/staff/volunteer-roles`. */
export const RoleInputSchema = z.strictObject({
  ...roleShape,
  id: z.optional(IdSchema),
  published: z._default(z.boolean(), true),
});
export type RoleInput = z.output<typeof RoleInputSchema>;

/** `PATCH /v1/staff/volunteer-roles/{id}`. */
export const RolePatchSchema = z.partial(z.strictObject(roleShape));
export type RolePatch = z.output<typeof RolePatchSchema>;

const shiftShape = {
  start: IsoDateTimeSchema,
  end: IsoDateTimeSchema,
  capacity: z.number().check(z.int(), z.gte(1), z.lte(100000)),
};

/** `POST /v1/staff/volunteer-roles/{id}/shifts`. */
export const ShiftInputSchema = z.strictObject({ ...shiftShape, id: z.optional(IdSchema) });
export type ShiftInput = z.output<typeof ShiftInputSchema>;

/** `PATCH /v1/staff/volunteer-roles/{id}/shifts/{shiftId}` (409 once the shift is cancelled). */
export const ShiftPatchSchema = z.partial(z.strictObject(shiftShape));
export type ShiftPatch = z.output<typeof ShiftPatchSchema>;

/**
 * `DELETE /v1/staff/volunteer-roles/{id}/shifts/{shiftId}`: the shift is cancelled (no longer
 * shown or open to signups); its signups are kept and stay listed for staff.
 */
export const ShiftCancelledSchema = z.object({
  id: IdSchema,
  roleId: IdSchema,
  active: z.literal(false),
  cancelledAt: IsoDateTimeSchema,
});
export type ShiftCancelled = z.infer<typeof ShiftCancelledSchema>;

/** A text as stored for staff: Dutch, and French and English when given. */
export const LocalizedTextSchema = z.object({ nl: z.string(), fr: z.optional(z.string()), en: z.optional(z.string()) });
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

/** `GET /v1/staff/initiatives`: every initiative, published or not (`published` filters), most recently changed first. */
export const StaffInitiativeQuerySchema = z.object({
  published: z._default(z.enum(['true', 'false', 'any']), 'any'),
  cursor: z.optional(z.string().check(z.minLength(1), z.maxLength(500))),
  limit: limitParam,
});
export type StaffInitiativeQuery = z.output<typeof StaffInitiativeQuerySchema>;

/**
 * An initiative as staff edit it: the public shape in Dutch, whether it is published, and its texts
 * in every language (a language without its own text holds the Dutch one).
 */
export const StaffInitiativeSchema = z.object({
  ...InitiativeSchema.shape,
  published: z.boolean(),
  texts: z.object({ title: LocalizedTextSchema, summary: LocalizedTextSchema, description: LocalizedTextSchema }),
});
export type StaffInitiative = z.infer<typeof StaffInitiativeSchema>;

/** `GET /v1/staff/volunteer-roles?initiativeId=`: the roles of one initiative, published or not. */
export const StaffRoleQuerySchema = z.object({ initiativeId: IdSchema });

/** A volunteer role as staff edit it: the public shape in Dutch (active shifts), published, its texts per language. */
export const StaffVolunteerRoleSchema = z.object({
  ...VolunteerRoleSchema.shape,
  published: z.boolean(),
  texts: z.object({ title: LocalizedTextSchema, description: LocalizedTextSchema, timeAsked: LocalizedTextSchema }),
});
export type StaffVolunteerRole = z.infer<typeof StaffVolunteerRoleSchema>;
export const StaffVolunteerRoleListSchema = z.object({ items: z.array(StaffVolunteerRoleSchema) });

/**
 * `POST /v1/staff/signups/{id}/cancel`: the signup is cancelled as if the volunteer did it (contact
 * details erased, each place freed and given to the first on that shift's reserve list, in one
 * transaction). `promoted` names who moved up; `changed` is false when it was cancelled already.
 */
export const SignupCancelledByStaffSchema = z.object({
  id: IdSchema,
  reference: z.string(),
  status: z.literal('cancelled'),
  changed: z.boolean(),
  promoted: z.array(z.object({ signupId: IdSchema, reference: z.string(), shiftId: IdSchema })),
});
export type SignupCancelledByStaff = z.infer<typeof SignupCancelledByStaffSchema>;
