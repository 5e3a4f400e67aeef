/**
 * Building blocks shared by every schema of the contract: locales, ids, e-mail, phone,
 * URLs, dates and trimmed text.
 *
 * Format checks name their field error code as their message (`{ error: 'invalid-email' }`);
 * `toFieldErrors` turns such a message back into the code. The message is never shown to a
 * resident: the widgets translate the code.
 */
import * as z from 'zod/mini';
import { lazy } from './lazy.js';
import type { FieldErrorCode } from './problem.js';

/** Languages of the contract. Dutch is the default. */
export const LOCALES = ['nl', 'fr', 'en'] as const;
/** One of {@link LOCALES}. */
export type Locale = (typeof LOCALES)[number];
/** Builds {@link LocaleSchema} on first use (see lazy.ts). */
export const localeSchema = lazy(() => z.enum(LOCALES));
/** A locale code (`nl`, `fr` or `en`). */
export const LocaleSchema = /* @__PURE__ */ localeSchema();

/** Error parameter that makes a check report the given field error code. */
export const code = (c: FieldErrorCode): { error: FieldErrorCode } => ({ error: c });

/** Identifiers of areas, themes, initiatives, roles, shifts, signups: 1..64 of `[A-Za-z0-9_-]`. */
export const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
/** Builds {@link IdSchema} on first use (see lazy.ts). */
export const idSchema = lazy(() =>
  z.string().check(z.minLength(1), z.maxLength(64), z.regex(ID_PATTERN, code('invalid'))),
);
/** An identifier (see {@link ID_PATTERN}). */
export const IdSchema = /* @__PURE__ */ idSchema();

/** A UUID version 4, as produced by `crypto.randomUUID()`. */
export const UUID_V4_PATTERN = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-4[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$/;
/** Builds {@link IdempotencyKeySchema} on first use (see lazy.ts). */
export const idempotencyKeySchema = lazy(() => z.string().check(z.regex(UUID_V4_PATTERN, code('invalid'))));
/** The `Idempotency-Key` header every POST carries: a UUID v4. */
export const IdempotencyKeySchema = /* @__PURE__ */ idempotencyKeySchema();

/**
 * Text a database can store: no NUL (PostgreSQL refuses it in text) and no lone surrogate (it has
 * no UTF-8 form; SQLite would store broken bytes). A pair that makes one emoji is fine.
 */
export const STORABLE_TEXT_PATTERN = /^(?:[^\u0000\uD800-\uDFFF]|[\uD800-\uDBFF][\uDC00-\uDFFF])*$/;
/** Builds {@link isStorableText} on first use (see lazy.ts: a check built at import costs a widget's load too). */
export const storableTextCheck = lazy(() => z.regex(STORABLE_TEXT_PATTERN, code('invalid')));
/** Check: {@link STORABLE_TEXT_PATTERN} (field error code `invalid`). Every text of the contract has it. */
export const isStorableText = /* @__PURE__ */ storableTextCheck();

/** Shortest and longest contact name, e-mail address and phone number. */
export const CONTACT_LIMITS = { name: [2, 100], email: [1, 254], phone: [6, 32] } as const;

/** A practical e-mail pattern: something@domain.tld, no spaces, no second `@`. */
export const EMAIL_PATTERN =
  /^[^\s@"<>()[\]\\,;:]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\.[A-Za-z]{2,63}$/;
/** Builds {@link EmailSchema} on first use (see lazy.ts). */
export const emailSchema = lazy(() =>
  z
    .string()
    .check(
      z.trim(),
      z.minLength(1),
      z.maxLength(CONTACT_LIMITS.email[1]),
      z.regex(EMAIL_PATTERN, code('invalid-email')),
      storableTextCheck(),
    ),
);
/** An e-mail address (trimmed, at most 254 characters). */
export const EmailSchema = /* @__PURE__ */ emailSchema();

/**
 * Digits, spaces, `+ ( ) - . /`; 6..32 characters with at least 6 digits. Belgian ways of writing
 * a number pass: `016 12 34 56`, `016/12.34.56`, `+32 16 12 34 56`, `0032 (0)16-12-34-56`.
 */
export const PHONE_PATTERN = /^(?=(?:\D*\d){6})[0-9 +()./-]{6,32}$/;
/** Dots and slashes become spaces, runs of spaces one: `016/12.34.56` is stored as `016 12 34 56`. */
export const normalizePhone = (s: string): string => s.replace(/[./]/g, ' ').replace(/\s+/g, ' ').trim();
/** Builds {@link PhoneSchema} on first use (see lazy.ts). */
export const phoneSchema = lazy(() =>
  z
    .string()
    .check(
      z.trim(),
      z.minLength(1),
      z.maxLength(CONTACT_LIMITS.phone[1]),
      z.regex(PHONE_PATTERN, code('invalid-phone')),
      z.overwrite(normalizePhone),
    ),
);
/** A phone number (trimmed, then normalised, see {@link normalizePhone}). Omit the field when the resident leaves it blank. */
export const PhoneSchema = /* @__PURE__ */ phoneSchema();

/*
 * URL, date and integer checks are written as a regex plus a refinement rather than with zod's
 * z.url(), z.iso.* and z.int(): the same rules at a fraction of the bytes in every widget bundle.
 * scripts/openapi.ts maps these check instances back to JSON Schema `format` and `integer` (the exported
 * constants are the very instances the factories answer, so the schemas built from the factories carry them).
 */

/** An absolute `http:` or `https:` URL with a host, no spaces. */
export const HTTP_URL_PATTERN = /^https?:\/\/[^\s/?#@]+(?:[/?#][^\s]*)?$/i;
/** Builds {@link isHttpUrl} on first use (see lazy.ts). */
export const httpUrlCheck = lazy(() => z.regex(HTTP_URL_PATTERN, code('invalid-url')));
/** Check: an http(s) URL (JSON Schema `format: uri`). */
export const isHttpUrl = /* @__PURE__ */ httpUrlCheck();
/** Builds {@link HttpUrlSchema} on first use (see lazy.ts). */
export const httpUrlSchema = lazy(() => z.string().check(z.maxLength(2048), httpUrlCheck()));
/** An absolute `http:` or `https:` URL, at most 2048 characters. `javascript:` and the like fail. */
export const HttpUrlSchema = /* @__PURE__ */ httpUrlSchema();

const realDate = (s: string, time = 'T00:00:00Z'): boolean => {
  const d = new Date(s.length === 10 ? s + time : s);
  return !Number.isNaN(d.getTime()) && (s.length !== 10 || d.toISOString().startsWith(s));
};
/** `YYYY-MM-DD`. */
export const ISO_DATE_PATTERN = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/;
/** `YYYY-MM-DDThh:mm[:ss[.fff]]` with `Z` or an offset. */
export const ISO_DATETIME_PATTERN =
  /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,9})?)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;
/** Builds {@link isIsoDate} on first use (see lazy.ts). */
export const isoDateCheck = lazy(() =>
  z.refine<string>((s) => ISO_DATE_PATTERN.test(s) && realDate(s), code('invalid-date')),
);
/** Check: a real calendar date (JSON Schema `format: date`; leap years checked). */
export const isIsoDate = /* @__PURE__ */ isoDateCheck();
/** Builds {@link isIsoDateTime} on first use (see lazy.ts). */
export const isoDateTimeCheck = lazy(() =>
  z.refine<string>((s) => ISO_DATETIME_PATTERN.test(s) && realDate(s), code('invalid-date')),
);
/** Check: a date-time with `Z` or an offset (JSON Schema `format: date-time`). */
export const isIsoDateTime = /* @__PURE__ */ isoDateTimeCheck();
/** Builds {@link IsoDateSchema} on first use (see lazy.ts). */
export const isoDateSchema = lazy(() => z.string().check(isoDateCheck()));
/** A calendar date `YYYY-MM-DD` (leap years checked). */
export const IsoDateSchema = /* @__PURE__ */ isoDateSchema();
/** Builds {@link IsoDateTimeSchema} on first use (see lazy.ts). */
export const isoDateTimeSchema = lazy(() => z.string().check(isoDateTimeCheck()));
/** A date-time with `Z` or an offset, e.g. `2026-03-01T09:30:00Z`. */
export const IsoDateTimeSchema = /* @__PURE__ */ isoDateTimeSchema();

/** Builds {@link isInteger} on first use (see lazy.ts). */
export const integerCheck = lazy(() => z.refine<number>((n) => Number.isInteger(n), code('invalid-type')));
/** Check: a whole number (JSON Schema `type: integer`). */
export const isInteger = /* @__PURE__ */ integerCheck();
/** A whole number in `min..max` (either bound may be omitted). */
export const integer = (min?: number, max?: number) =>
  z
    .number()
    .check(integerCheck(), ...(min === undefined ? [] : [z.gte(min)]), ...(max === undefined ? [] : [z.lte(max)]));

/** Text that is trimmed and must then be `min..max` characters long. */
export const text = (min: number, max: number) =>
  z.string().check(z.trim(), z.minLength(min), z.maxLength(max), storableTextCheck());

/** Builds {@link ContactSchema} on first use (see lazy.ts). */
export const contactSchema = lazy(() =>
  z.strictObject({
    name: text(...CONTACT_LIMITS.name),
    email: emailSchema(),
    phone: z.optional(phoneSchema()),
  }),
);
/** A contact person in a request: the resident. Sent to staff only, never shown publicly. */
export const ContactSchema = /* @__PURE__ */ contactSchema();
/** See {@link ContactSchema}. */
export type Contact = z.infer<typeof ContactSchema>;

/** Builds {@link ConsentSchema} on first use (see lazy.ts). */
export const consentSchema = lazy(() =>
  z.strictObject({
    privacy: z.literal(true, code('consent-required')),
    noticeVersion: text(1, 64),
  }),
);
/** Consent to processing personal data, for the privacy notice of the given version (GDPR: explicit, separate). */
export const ConsentSchema = /* @__PURE__ */ consentSchema();
/** See {@link ConsentSchema}. */
export type Consent = z.infer<typeof ConsentSchema>;

/** Builds {@link HoneypotSchema} on first use (see lazy.ts). */
export const honeypotSchema = lazy(() => z.string().check(z.maxLength(1000), isStorableText));
/** Hidden form field that people leave empty; must be present. The server flags a non-empty value as a bot. */
export const HoneypotSchema = /* @__PURE__ */ honeypotSchema();
/**
 * Longest fill time kept: a week. Only "too fast" matters, and a form left open in a tab for
 * longer (or a clock that jumped) is not refused: a larger whole number is stored as this one.
 */
export const FILL_MS_MAX = 7 * 24 * 3600_000;
/** Builds {@link FillMsSchema} on first use (see lazy.ts). */
export const fillMsSchema = lazy(() => integer(0).check(z.overwrite((n: number) => Math.min(n, FILL_MS_MAX))));
/**
 * Milliseconds the resident took to fill the form (the server flags implausibly fast submissions):
 * a whole number from 0; above {@link FILL_MS_MAX} it is taken as {@link FILL_MS_MAX}.
 */
export const FillMsSchema = /* @__PURE__ */ fillMsSchema();

/** A reference a person can quote on the phone: `PREFIX-YYYY-NNNNN`, e.g. `IDEE-2026-00042`. */
export const REFERENCE_PATTERN = /^[A-Z]+-\d{4}-\d{5}$/;
/** Prefixes of references, per kind of submission. */
export const REFERENCE_PREFIXES = { idea: 'IDEE', signup: 'VRIJ' } as const;
/** Builds a reference, e.g. `formatReference('IDEE', 2026, 42)` → `IDEE-2026-00042`. */
export const formatReference = (prefix: string, year: number, n: number): string =>
  `${prefix}-${String(year).padStart(4, '0')}-${String(n).padStart(5, '0')}`;
/** Builds {@link ReferenceSchema} on first use (see lazy.ts). */
export const referenceSchema = lazy(() => z.string().check(z.regex(REFERENCE_PATTERN)));
/** A reference (see {@link REFERENCE_PATTERN}). */
export const ReferenceSchema = /* @__PURE__ */ referenceSchema();

/** Array check: no value twice (field error code `invalid`). */
export const unique = <T>() =>
  z.refine<T[]>((a) => new Set(a).size === a.length, { error: 'invalid', params: { code: 'invalid' } });

/** True for a plain object (not null, not an array). */
export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
