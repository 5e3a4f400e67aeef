/**
 * Volunteering: roles with or without shifts (`GET /v1/volunteer-roles`), signing up
 * (`POST /v1/volunteer-signups`) and cancelling (`DELETE /v1/volunteer-signups/{id}`).
 * Honest about what is asked (time) and what the municipality gives back.
 */
import * as z from 'zod/mini';
import {
  code,
  ConsentSchema,
  ContactSchema,
  FillMsSchema,
  HoneypotSchema,
  IdSchema,
  integer,
  IsoDateTimeSchema,
  isRecord,
  ReferenceSchema,
  text,
  unique,
} from './common.js';

/** One shift of a role. `placesLeft` 0 means full: a signup can then join the reserve list. */
export const ShiftSchema = z.object({
  id: IdSchema,
  start: IsoDateTimeSchema,
  end: IsoDateTimeSchema,
  capacity: integer(1),
  placesLeft: integer(0),
});
/** See {@link ShiftSchema}. */
export type Shift = z.infer<typeof ShiftSchema>;

/** What the municipality gives a volunteer in return; `null` = nothing of that kind. */
export const RoleGivesSchema = z.object({
  guidance: z.nullable(z.string()),
  insurance: z.nullable(z.string()),
  expenses: z.nullable(z.string()),
});
/** See {@link RoleGivesSchema}. */
export type RoleGives = z.infer<typeof RoleGivesSchema>;

/** What a role requires; `null` = no such requirement. */
export const RoleRequirementsSchema = z.object({
  minimumAge: z.nullable(integer(0)),
  training: z.nullable(z.string()),
});
/** See {@link RoleRequirementsSchema}. */
export type RoleRequirements = z.infer<typeof RoleRequirementsSchema>;

/**
 * A volunteer role. `shifts` empty = a role without shifts: the resident describes their
 * availability instead.
 */
export const VolunteerRoleSchema = z.object({
  id: IdSchema,
  initiativeId: IdSchema,
  title: z.string(),
  description: z.string(),
  /** The time asked, as text, e.g. "2 hours a week". */
  timeAsked: z.string(),
  gives: RoleGivesSchema,
  requirements: RoleRequirementsSchema,
  shifts: z.array(ShiftSchema),
});
/** See {@link VolunteerRoleSchema}. */
export type VolunteerRole = z.infer<typeof VolunteerRoleSchema>;

/** Response of `GET /v1/volunteer-roles`. */
export const VolunteerRoleListSchema = z.object({ items: z.array(VolunteerRoleSchema) });
/** See {@link VolunteerRoleListSchema}. */
export type VolunteerRoleList = z.infer<typeof VolunteerRoleListSchema>;

/** Query of `GET /v1/volunteer-roles`: only the roles of one initiative. Unknown parameters are ignored. */
export const VolunteerRoleQuerySchema = z.object({ initiative: z.optional(IdSchema) });
/** See {@link VolunteerRoleQuerySchema}. */
export type VolunteerRoleQuery = z.infer<typeof VolunteerRoleQuerySchema>;

/** Acknowledgement of the volunteer information note (Belgian volunteer law), of the given version. */
export const AcknowledgementSchema = z.strictObject({
  informationNote: z.literal(true, code('acknowledgement-required')),
  noteVersion: text(1, 64),
});
/** See {@link AcknowledgementSchema}. */
export type Acknowledgement = z.infer<typeof AcknowledgementSchema>;

/** Shifts or availability: exactly one of them (runs even when other fields fail). */
const shiftsOrAvailability = z.check<unknown>(
  (payload) => {
    const v = payload.value;
    if (!isRecord(v)) return;
    const hasShifts = Array.isArray(v.shiftIds) && v.shiftIds.length > 0;
    const hasAvailability = v.availability !== undefined;
    if (!hasShifts && !hasAvailability) {
      payload.issues.push({
        code: 'custom',
        path: ['shiftIds'],
        message: 'required',
        input: v.shiftIds,
        params: { code: 'required' },
      });
    } else if (hasShifts && hasAvailability) {
      payload.issues.push({
        code: 'custom',
        path: ['availability'],
        message: 'invalid',
        input: v.availability,
        params: { code: 'invalid' },
      });
    }
  },
  { when: () => true },
);

/** Limits of a signup's availability text and its number of shifts, for the schema and for the messages that name them. */
export const VOLUNTEER_LIMITS = { availability: [5, 500], shifts: [0, 20] } as const;

/**
 * Body of `POST /v1/volunteer-signups`. Either `shiftIds` (non-empty) or `availability`.
 * The server checks what the schema cannot know: that the shifts belong to the role, that a role
 * with shifts gets shifts, and `ageConfirmed` against the role's minimum age.
 */
export const VolunteerSignupSchema = z
  .strictObject({
    roleId: IdSchema,
    shiftIds: z.optional(z.array(IdSchema).check(z.maxLength(VOLUNTEER_LIMITS.shifts[1]), unique<string>())),
    availability: z.optional(text(...VOLUNTEER_LIMITS.availability)),
    contact: ContactSchema,
    /** The resident confirms they meet the role's minimum age. */
    ageConfirmed: z.optional(z.boolean()),
    acknowledgement: AcknowledgementSchema,
    consent: ConsentSchema,
    /** If a chosen shift is full: `true` puts the signup on the reserve list, `false` answers 409 shift-full. */
    joinWaitlist: z._default(z.boolean(), false),
    honeypot: HoneypotSchema,
    fillMs: FillMsSchema,
  })
  .check(shiftsOrAvailability);
/** Parsed body of a signup (`joinWaitlist` filled in). */
export type VolunteerSignup = z.output<typeof VolunteerSignupSchema>;
/** Body of a signup as sent. */
export type VolunteerSignupInput = z.input<typeof VolunteerSignupSchema>;

/** Status of a signup, or of one of its shifts. */
export const SIGNUP_STATUSES = ['confirmed', 'waitlisted'] as const;
/** One of {@link SIGNUP_STATUSES}. */
export type SignupStatus = (typeof SIGNUP_STATUSES)[number];

/** A secret that lets the volunteer cancel; at least 32 characters. */
export const CancelTokenSchema = z.string().check(z.minLength(32), z.maxLength(256));

/** Characters of a cancel code: capitals and digits without the look-alikes 0/O, 1/I/L and U/V. */
export const CANCEL_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTWXYZ';
/** Length of a cancel code (8 characters of {@link CANCEL_CODE_ALPHABET}: about 39 bits). */
export const CANCEL_CODE_LENGTH = 8;
/** A cancel code as the server gives it, e.g. `K7MP2XRA` (a receipt may show it as `K7MP-2XRA`). */
export const CancelCodeSchema = z
  .string()
  .check(z.regex(new RegExp(`^[${CANCEL_CODE_ALPHABET}]{${CANCEL_CODE_LENGTH}}$`)));

/**
 * Response `201` of `POST /v1/volunteer-signups`. `status` is `confirmed` when at least one place
 * (or a role without shifts) is confirmed, `waitlisted` when everything is on the reserve list.
 */
export const SignupReceiptSchema = z.object({
  id: IdSchema,
  reference: ReferenceSchema,
  status: z.enum(SIGNUP_STATUSES),
  shifts: z.array(z.object({ shiftId: IdSchema, status: z.enum(SIGNUP_STATUSES) })),
  cancelToken: CancelTokenSchema,
  /**
   * Short code that cancels the signup together with `reference`, for a resident who keeps the
   * receipt but not the link (`POST /v1/volunteer-signups/cancel`). Optional: a backend may
   * offer the token only.
   */
  cancelCode: z.optional(CancelCodeSchema),
});
/** See {@link SignupReceiptSchema}. */
export type SignupReceipt = z.infer<typeof SignupReceiptSchema>;

/** Optional body of `DELETE /v1/volunteer-signups/{id}`, when the `X-Cancel-Token` header cannot be sent. */
export const SignupCancelSchema = z.strictObject({ cancelToken: CancelTokenSchema });
/** See {@link SignupCancelSchema}. */
export type SignupCancel = z.infer<typeof SignupCancelSchema>;

/**
 * Body of `POST /v1/volunteer-signups/cancel`: the receipt's reference and cancel code as a
 * resident types them; case, spaces and dashes do not matter (`vrij 2026 00003`, `k7mp-2xra`).
 */
export const SignupCancelByCodeSchema = z.strictObject({
  reference: z.string().check(z.minLength(1), z.maxLength(40)),
  cancelCode: z.string().check(z.minLength(1), z.maxLength(40)),
});
/** See {@link SignupCancelByCodeSchema}. */
export type SignupCancelByCode = z.infer<typeof SignupCancelByCodeSchema>;

/** Response `200` of `DELETE /v1/volunteer-signups/{id}` and `POST /v1/volunteer-signups/cancel`. */
export const SignupCancelledSchema = z.object({
  id: IdSchema,
  status: z.literal('cancelled'),
  /** The signup's reference (optional: older backends answer without it). */
  reference: z.optional(ReferenceSchema),
});
/** See {@link SignupCancelledSchema}. */
export type SignupCancelled = z.infer<typeof SignupCancelledSchema>;
