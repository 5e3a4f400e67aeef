/**
 * Volunteering: roles with or without shifts (`GET /v1/volunteer-roles`), signing up
 * (`POST /v1/volunteer-signups`) and cancelling (`DELETE /v1/volunteer-signups/{id}`).
 * Honest about what is asked (time) and what the municipality gives back.
 */
import * as z from 'zod/mini';
import { lazy } from './lazy.js';
import {
  code,
  consentSchema,
  contactSchema,
  fillMsSchema,
  honeypotSchema,
  idSchema,
  integer,
  isoDateTimeSchema,
  isRecord,
  referenceSchema,
  text,
  unique,
} from './common.js';

/** Builds {@link ShiftSchema} on first use (see lazy.ts). */
export const shiftSchema = lazy(() =>
  z.object({
    id: idSchema(),
    start: isoDateTimeSchema(),
    end: isoDateTimeSchema(),
    capacity: integer(1),
    placesLeft: integer(0),
  }),
);
/** One shift of a role. `placesLeft` 0 means full: a signup can then join the reserve list. */
export const ShiftSchema = /* @__PURE__ */ shiftSchema();
/** See {@link ShiftSchema}. */
export type Shift = z.infer<typeof ShiftSchema>;

/** Builds {@link RoleGivesSchema} on first use (see lazy.ts). */
export const roleGivesSchema = lazy(() =>
  z.object({
    guidance: z.nullable(z.string()),
    insurance: z.nullable(z.string()),
    expenses: z.nullable(z.string()),
  }),
);
/** What the municipality gives a volunteer in return; `null` = nothing of that kind. */
export const RoleGivesSchema = /* @__PURE__ */ roleGivesSchema();
/** See {@link RoleGivesSchema}. */
export type RoleGives = z.infer<typeof RoleGivesSchema>;

/** Builds {@link RoleRequirementsSchema} on first use (see lazy.ts). */
export const roleRequirementsSchema = lazy(() =>
  z.object({
    minimumAge: z.nullable(integer(0)),
    training: z.nullable(z.string()),
  }),
);
/** What a role requires; `null` = no such requirement. */
export const RoleRequirementsSchema = /* @__PURE__ */ roleRequirementsSchema();
/** See {@link RoleRequirementsSchema}. */
export type RoleRequirements = z.infer<typeof RoleRequirementsSchema>;

/** Builds {@link VolunteerRoleSchema} on first use (see lazy.ts). */
export const volunteerRoleSchema = lazy(() =>
  z.object({
    id: idSchema(),
    initiativeId: idSchema(),
    title: z.string(),
    description: z.string(),
    /** The time asked, as text, e.g. "2 hours a week". */
    timeAsked: z.string(),
    gives: roleGivesSchema(),
    requirements: roleRequirementsSchema(),
    shifts: z.array(shiftSchema()),
  }),
);
/**
 * A volunteer role. `shifts` empty = a role without shifts: the resident describes their
 * availability instead.
 */
export const VolunteerRoleSchema = /* @__PURE__ */ volunteerRoleSchema();
/** See {@link VolunteerRoleSchema}. */
export type VolunteerRole = z.infer<typeof VolunteerRoleSchema>;

/** Builds {@link VolunteerRoleListSchema} on first use (see lazy.ts). */
export const volunteerRoleListSchema = lazy(() => z.object({ items: z.array(volunteerRoleSchema()) }));
/** Response of `GET /v1/volunteer-roles`. */
export const VolunteerRoleListSchema = /* @__PURE__ */ volunteerRoleListSchema();
/** See {@link VolunteerRoleListSchema}. */
export type VolunteerRoleList = z.infer<typeof VolunteerRoleListSchema>;

/** Builds {@link VolunteerRoleQuerySchema} on first use (see lazy.ts). */
export const volunteerRoleQuerySchema = lazy(() => z.object({ initiative: z.optional(idSchema()) }));
/** Query of `GET /v1/volunteer-roles`: only the roles of one initiative. Unknown parameters are ignored. */
export const VolunteerRoleQuerySchema = /* @__PURE__ */ volunteerRoleQuerySchema();
/** See {@link VolunteerRoleQuerySchema}. */
export type VolunteerRoleQuery = z.infer<typeof VolunteerRoleQuerySchema>;

/** Builds {@link AcknowledgementSchema} on first use (see lazy.ts). */
export const acknowledgementSchema = lazy(() =>
  z.strictObject({
    informationNote: z.literal(true, code('acknowledgement-required')),
    noteVersion: text(1, 64),
  }),
);
/** Acknowledgement of the volunteer information note (Belgian volunteer law), of the given version. */
export const AcknowledgementSchema = /* @__PURE__ */ acknowledgementSchema();
/** See {@link AcknowledgementSchema}. */
export type Acknowledgement = z.infer<typeof AcknowledgementSchema>;

/** Shifts or availability: exactly one of them (runs even when other fields fail). */
const shiftsOrAvailability = lazy(() =>
  z.check<unknown>(
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
  ),
);

/** Limits of a signup's availability text and its number of shifts, for the schema and for the messages that name them. */
export const VOLUNTEER_LIMITS = { availability: [5, 500], shifts: [0, 20] } as const;

/** Builds {@link VolunteerSignupSchema} on first use (see lazy.ts). */
export const volunteerSignupSchema = lazy(() =>
  z
    .strictObject({
      roleId: idSchema(),
      shiftIds: z.optional(z.array(idSchema()).check(z.maxLength(VOLUNTEER_LIMITS.shifts[1]), unique<string>())),
      availability: z.optional(text(...VOLUNTEER_LIMITS.availability)),
      contact: contactSchema(),
      /** The resident confirms they meet the role's minimum age. */
      ageConfirmed: z.optional(z.boolean()),
      acknowledgement: acknowledgementSchema(),
      consent: consentSchema(),
      /** If a chosen shift is full: `true` puts the signup on the reserve list, `false` answers 409 shift-full. */
      joinWaitlist: z._default(z.boolean(), false),
      honeypot: honeypotSchema(),
      fillMs: fillMsSchema(),
    })
    .check(shiftsOrAvailability()),
);
/**
 * Body of `POST /v1/volunteer-signups`. Either `shiftIds` (non-empty) or `availability`.
 * The server checks what the schema cannot know: that the shifts belong to the role, that a role
 * with shifts gets shifts, and `ageConfirmed` against the role's minimum age.
 */
export const VolunteerSignupSchema = /* @__PURE__ */ volunteerSignupSchema();
/** Parsed body of a signup (`joinWaitlist` filled in). */
export type VolunteerSignup = z.output<typeof VolunteerSignupSchema>;
/** Body of a signup as sent. */
export type VolunteerSignupInput = z.input<typeof VolunteerSignupSchema>;

/** Status of a signup, or of one of its shifts. */
export const SIGNUP_STATUSES = ['confirmed', 'waitlisted'] as const;
/** One of {@link SIGNUP_STATUSES}. */
export type SignupStatus = (typeof SIGNUP_STATUSES)[number];

/** Builds {@link CancelTokenSchema} on first use (see lazy.ts). */
export const cancelTokenSchema = lazy(() => z.string().check(z.minLength(32), z.maxLength(256)));
/** A secret that lets the volunteer cancel; at least 32 characters. */
export const CancelTokenSchema = /* @__PURE__ */ cancelTokenSchema();

/** Characters of a cancel code: capitals and digits without the look-alikes 0/O, 1/I/L and U/V. */
export const CANCEL_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTWXYZ';
/** Length of a cancel code (8 characters of {@link CANCEL_CODE_ALPHABET}: about 39 bits). */
export const CANCEL_CODE_LENGTH = 8;
/** Builds {@link CancelCodeSchema} on first use (see lazy.ts). */
export const cancelCodeSchema = lazy(() =>
  z.string().check(z.regex(new RegExp(`^[${CANCEL_CODE_ALPHABET}]{${CANCEL_CODE_LENGTH}}$`))),
);
/** A cancel code as the server gives it, e.g. `K7MP2XRA` (a receipt may show it as `K7MP-2XRA`). */
export const CancelCodeSchema = /* @__PURE__ */ cancelCodeSchema();

/** Builds {@link SignupReceiptSchema} on first use (see lazy.ts). */
export const signupReceiptSchema = lazy(() =>
  z.object({
    id: idSchema(),
    reference: referenceSchema(),
    status: z.enum(SIGNUP_STATUSES),
    shifts: z.array(z.object({ shiftId: idSchema(), status: z.enum(SIGNUP_STATUSES) })),
    cancelToken: cancelTokenSchema(),
    /**
     * Short code that cancels the signup together with `reference`, for a resident who keeps the
     * receipt but not the link (`POST /v1/volunteer-signups/cancel`). Optional: a backend may
     * offer the token only.
     */
    cancelCode: z.optional(cancelCodeSchema()),
  }),
);
/**
 * Response `201` of `POST /v1/volunteer-signups`. `status` is `confirmed` when at least one place
 * (or a role without shifts) is confirmed, `waitlisted` when everything is on the reserve list.
 */
export const SignupReceiptSchema = /* @__PURE__ */ signupReceiptSchema();
/** See {@link SignupReceiptSchema}. */
export type SignupReceipt = z.infer<typeof SignupReceiptSchema>;

/** Builds {@link SignupCancelSchema} on first use (see lazy.ts). */
export const signupCancelSchema = lazy(() => z.strictObject({ cancelToken: cancelTokenSchema() }));
/** Optional body of `DELETE /v1/volunteer-signups/{id}`, when the `X-Cancel-Token` header cannot be sent. */
export const SignupCancelSchema = /* @__PURE__ */ signupCancelSchema();
/** See {@link SignupCancelSchema}. */
export type SignupCancel = z.infer<typeof SignupCancelSchema>;

/** Builds {@link SignupCancelByCodeSchema} on first use (see lazy.ts). */
export const signupCancelByCodeSchema = lazy(() =>
  z.strictObject({
    reference: z.string().check(z.minLength(1), z.maxLength(40)),
    cancelCode: z.string().check(z.minLength(1), z.maxLength(40)),
  }),
);
/**
 * Body of `POST /v1/volunteer-signups/cancel`: the receipt's reference and cancel code as a
 * resident types them; case, spaces and dashes do not matter (`vrij 2026 00003`, `k7mp-2xra`).
 */
export const SignupCancelByCodeSchema = /* @__PURE__ */ signupCancelByCodeSchema();
/** See {@link SignupCancelByCodeSchema}. */
export type SignupCancelByCode = z.infer<typeof SignupCancelByCodeSchema>;

/** Builds {@link SignupCancelledSchema} on first use (see lazy.ts). */
export const signupCancelledSchema = lazy(() =>
  z.object({
    id: idSchema(),
    status: z.literal('cancelled'),
    /** The signup's reference (optional: older backends answer without it). */
    reference: z.optional(referenceSchema()),
  }),
);
/** Response `200` of `DELETE /v1/volunteer-signups/{id}` and `POST /v1/volunteer-signups/cancel`. */
export const SignupCancelledSchema = /* @__PURE__ */ signupCancelledSchema();
/** See {@link SignupCancelledSchema}. */
export type SignupCancelled = z.infer<typeof SignupCancelledSchema>;
