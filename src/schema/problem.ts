/**
 * Errors on the wire: `application/problem+json` (RFC 9457).
 *
 * `type` is a stable URN per kind of problem; `errors` (only on 422) lists the fields
 * that failed, each with a stable `code` that the widgets translate. A resident never
 * reads the server's English `title`.
 */
import * as z from 'zod/mini';
import { lazy } from './lazy.js';
import { integer } from './common.js';

/**
 * Codes a field error may carry. The widgets have a translated message for each code a resident's
 * form can get (the staff-only codes fall back to the generic "check this field" message).
 */
export const FIELD_ERROR_CODES = [
  'required',
  'too-short',
  'too-long',
  'too-small',
  'too-big',
  'invalid-email',
  'invalid-phone',
  'invalid-url',
  'invalid-date',
  'date-order',
  'invalid-choice',
  'consent-required',
  'acknowledgement-required',
  'invalid-type',
  'unknown-field',
  /** Staff API (site file): a text is missing in one of the site's languages. */
  'missing-translation',
  /** Staff API: still used by other records, so it cannot be removed (409). */
  'in-use',
  'invalid',
] as const;
export type FieldErrorCode = (typeof FIELD_ERROR_CODES)[number];

/** Builds {@link FieldErrorSchema} on first use (see lazy.ts). */
export const fieldErrorSchema = lazy(() =>
  z.object({
    /** Dotted path into the request body, e.g. `contact.email` or `themes.0`. */
    path: z.string(),
    code: z.enum(FIELD_ERROR_CODES),
  }),
);
export const FieldErrorSchema = /* @__PURE__ */ fieldErrorSchema();
export type FieldError = z.infer<typeof FieldErrorSchema>;

/** The stable problem types (URNs: stable names, nothing to fetch). */
export const PROBLEM_TYPES = {
  validation: 'urn:civic-widgets:problem:validation',
  malformed: 'urn:civic-widgets:problem:malformed-request',
  notFound: 'urn:civic-widgets:problem:not-found',
  methodNotAllowed: 'urn:civic-widgets:problem:method-not-allowed',
  unsupportedMediaType: 'urn:civic-widgets:problem:unsupported-media-type',
  tooLarge: 'urn:civic-widgets:problem:payload-too-large',
  rateLimited: 'urn:civic-widgets:problem:rate-limited',
  idempotencyConflict: 'urn:civic-widgets:problem:idempotency-key-reused',
  idempotencyKeyMissing: 'urn:civic-widgets:problem:idempotency-key-missing',
  shiftFull: 'urn:civic-widgets:problem:shift-full',
  unauthorized: 'urn:civic-widgets:problem:unauthorized',
  /** Staff API: signed in, but this role may not do this (a moderator changing the site). */
  forbidden: 'urn:civic-widgets:problem:forbidden',
  /** Staff API: a state-changing request signed in by cookie without the session's `X-CSRF-Token`. */
  csrf: 'urn:civic-widgets:problem:csrf-token-invalid',
  /** `POST /v1/volunteer-signups/cancel`: no signup has this reference and cancel code. */
  cancelCodeMismatch: 'urn:civic-widgets:problem:cancel-code-mismatch',
  /** `POST /v1/volunteer-signups/cancel`: too many wrong codes for this reference; the link still works. */
  cancelCodeLocked: 'urn:civic-widgets:problem:cancel-code-locked',
  gone: 'urn:civic-widgets:problem:gone',
  server: 'urn:civic-widgets:problem:server-error',
} as const;

/** Builds {@link ProblemSchema} on first use (see lazy.ts). */
export const problemSchema = lazy(() =>
  z.object({
    type: z.string(),
    title: z.string(),
    status: integer(400, 599),
    detail: z.optional(z.string()),
    instance: z.optional(z.string()),
    /** Present on 422: every field that failed validation. */
    errors: z.optional(z.array(fieldErrorSchema())),
  }),
);
export const ProblemSchema = /* @__PURE__ */ problemSchema();
export type Problem = z.infer<typeof ProblemSchema>;
