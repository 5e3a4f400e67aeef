/**
 * Staff accounts, sign-in and API tokens (`/v1/staff/session`, `/v1/staff/accounts`,
 * `/v1/staff/api-tokens`): what the staff console and an integration send and receive.
 * The rules (who may do what, lockout, timeouts) are the server's; docs/server.md, "Staff accounts".
 */
import * as z from 'zod/mini';
import { code, EmailSchema, IsoDateTimeSchema, text } from '../index.js';
import { StaffRoleSchema } from './audit.js';

/** Shortest password the server accepts (field error `too-short` below it). */
export const PASSWORD_MIN_LENGTH = 12;
/** Longest password the server accepts (field error `too-long` above it). */
export const PASSWORD_MAX_LENGTH = 256;

/** The name of the session cookie (HttpOnly, SameSite=Strict, Path=/v1/staff, Secure over https). */
export const STAFF_SESSION_COOKIE = 'civic_staff';
/** The header a cookie-authenticated state-changing staff request must carry. */
export const CSRF_HEADER = 'X-CSRF-Token';
/** Every API token starts with this (so a leaked one is recognised by secret scanners). */
export const API_TOKEN_PREFIX = 'cw_';

/** A new password: {@link PASSWORD_MIN_LENGTH} to {@link PASSWORD_MAX_LENGTH} characters. */
export const NewPasswordSchema = z
  .string()
  .check(z.minLength(PASSWORD_MIN_LENGTH, code('too-short')), z.maxLength(PASSWORD_MAX_LENGTH, code('too-long')));
/** A password as typed at sign-in (no length policy shown to a guesser, only a bound). */
const TypedPasswordSchema = z.string().check(z.minLength(1), z.maxLength(PASSWORD_MAX_LENGTH, code('too-long')));
/** A secret the server gave out (setup token): base64url, bounded. */
const SecretSchema = z.string().check(z.minLength(1), z.maxLength(200), z.regex(/^[A-Za-z0-9_-]+$/, code('invalid')));

/** `POST /v1/staff/session`: sign in. */
export const SignInSchema = z.strictObject({ email: EmailSchema, password: TypedPasswordSchema });
export type SignIn = z.infer<typeof SignInSchema>;

/**
 * E-mails about new ideas, per staff account: `immediate` (one per idea, as it comes in), `daily`
 * (a digest of the previous day's ideas, from DIGEST_HOUR Brussels time) or `off` (the default).
 * Only while the server sends e-mail; flagged (bot-like) ideas are never announced.
 */
export const NOTIFY_IDEAS = ['immediate', 'daily', 'off'] as const;
export const NotifyIdeasSchema = z.enum(NOTIFY_IDEAS);
export type NotifyIdeas = z.infer<typeof NotifyIdeasSchema>;

/** Who is signed in (the session's account). */
export const SessionAccountSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.nullable(z.string()),
  role: StaffRoleSchema,
  /** How this account hears about new ideas ({@link NOTIFY_IDEAS}). Optional: servers from before e-mail leave it out. */
  notifyIdeas: z.optional(NotifyIdeasSchema),
});

/**
 * `POST /v1/staff/session` (200, with the cookie) and `GET /v1/staff/session`: the account, the
 * session's CSRF token (send it as `X-CSRF-Token` on every POST/PUT/PATCH/DELETE; the same token
 * for the whole session, so a reloaded console gets it back here), the absolute end of the
 * session and its idle timeout.
 */
export const StaffSessionSchema = z.object({
  account: SessionAccountSchema,
  csrfToken: z.string(),
  expiresAt: IsoDateTimeSchema,
  idleTimeoutSeconds: z.number(),
});
export type StaffSession = z.infer<typeof StaffSessionSchema>;

/** `POST /v1/staff/session/setup`: set the password of an invited account with its setup token (204). */
export const PasswordSetupSchema = z.strictObject({
  email: EmailSchema,
  token: SecretSchema,
  password: NewPasswordSchema,
});
export type PasswordSetup = z.infer<typeof PasswordSetupSchema>;

/** `POST /v1/staff/session/password`: change one's own password (204; one's other sessions end). */
export const PasswordChangeSchema = z.strictObject({
  currentPassword: TypedPasswordSchema,
  newPassword: NewPasswordSchema,
});
export type PasswordChange = z.infer<typeof PasswordChangeSchema>;

/** `PATCH /v1/staff/session/preferences`: one's own preferences (200 with them). */
export const StaffPreferencesSchema = z.strictObject({ notifyIdeas: NotifyIdeasSchema });
export type StaffPreferences = z.infer<typeof StaffPreferencesSchema>;

/** A staff account as admins see it (never its password or setup token). */
export const StaffAccountSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.nullable(z.string()),
  role: StaffRoleSchema,
  disabled: z.boolean(),
  /** False while the account waits for its password (setup token). */
  passwordSet: z.boolean(),
  /** See {@link NOTIFY_IDEAS}. Optional: servers from before e-mail leave it out. */
  notifyIdeas: z.optional(NotifyIdeasSchema),
  lastSignInAt: z.nullable(IsoDateTimeSchema),
  createdAt: IsoDateTimeSchema,
  updatedAt: IsoDateTimeSchema,
});
export type StaffAccount = z.infer<typeof StaffAccountSchema>;

/** `GET /v1/staff/accounts` (admins). */
export const StaffAccountListSchema = z.object({ items: z.array(StaffAccountSchema) });

/** `POST /v1/staff/accounts` (admins): without `password`, the answer carries a one-time setup token. */
export const StaffAccountCreateSchema = z.strictObject({
  email: EmailSchema,
  name: z.optional(text(1, 100)),
  role: StaffRoleSchema,
  password: z.optional(NewPasswordSchema),
});
export type StaffAccountCreate = z.infer<typeof StaffAccountCreateSchema>;

/** Answer of `POST /v1/staff/accounts` (201): the setup token is shown once, only here. */
export const StaffAccountCreatedSchema = z.object({
  account: StaffAccountSchema,
  setupToken: z.optional(z.string()),
  setupExpiresAt: z.optional(IsoDateTimeSchema),
});
export type StaffAccountCreated = z.infer<typeof StaffAccountCreatedSchema>;

/** `PATCH /v1/staff/accounts/{id}` (admins): disabling ends the account's sessions. */
export const StaffAccountPatchSchema = z.strictObject({
  role: z.optional(StaffRoleSchema),
  disabled: z.optional(z.boolean()),
  name: z.optional(z.nullable(text(1, 100))),
  notifyIdeas: z.optional(NotifyIdeasSchema),
});
export type StaffAccountPatch = z.infer<typeof StaffAccountPatchSchema>;

/** A named API token as admins see it (never the token). */
export const ApiTokenSchema = z.object({
  id: z.string(),
  name: z.string(),
  role: StaffRoleSchema,
  /** The audit label of who created it. */
  createdBy: z.nullable(z.string()),
  createdAt: IsoDateTimeSchema,
  lastUsedAt: z.nullable(IsoDateTimeSchema),
  revokedAt: z.nullable(IsoDateTimeSchema),
});
export type ApiToken = z.infer<typeof ApiTokenSchema>;

/** `GET /v1/staff/api-tokens` (admins). */
export const ApiTokenListSchema = z.object({ items: z.array(ApiTokenSchema) });

/** `POST /v1/staff/api-tokens` (admins). */
export const ApiTokenCreateSchema = z.strictObject({ name: text(1, 100), role: StaffRoleSchema });
export type ApiTokenCreate = z.infer<typeof ApiTokenCreateSchema>;

/** Answer of `POST /v1/staff/api-tokens` (201): `token` (`cw_…`) is shown once, only here. */
export const ApiTokenCreatedSchema = z.object({ apiToken: ApiTokenSchema, token: z.string() });
export type ApiTokenCreated = z.infer<typeof ApiTokenCreatedSchema>;
