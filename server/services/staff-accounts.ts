/**
 * Staff accounts: sign-in (with a growing lockout after failed attempts), sessions (idle and
 * absolute timeout, CSRF token), password setup and change, accounts and named API tokens (admins
 * only), and the first admin from the command line. Every change is audited in its transaction.
 *
 * Lockout: from the {@link LOCKOUT_AFTER}th failed sign-in in a row, an account is locked for
 * 2^(failures − {@link LOCKOUT_AFTER}) minutes, at most {@link LOCKOUT_MAX_MINUTES}; a successful
 * sign-in resets the count. An unknown e-mail address gets the same answers and the same delays
 * (counted in memory), and costs the same scrypt time, so answers do not tell which accounts exist.
 */
import type { Actor } from '../db/audit.js';
import { recordAudit, SYSTEM_ACTOR, CLI_ACTOR } from '../db/audit.js';
import type { Db } from '../db/database.js';
import * as repo from '../db/staff-accounts.js';
import { inTransaction, isUniqueViolation, newId } from '../db/util.js';
import { ConflictError, NotFoundError, ValidationError } from '../errors.js';
import {
  API_TOKEN_PREFIX,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  type ApiToken,
  type ApiTokenCreate,
  type ApiTokenCreated,
  type PasswordChange,
  type PasswordSetup,
  type SignIn,
  type StaffAccount,
  type StaffAccountCreate,
  type StaffAccountCreated,
  type StaffAccountPatch,
  type StaffPreferences,
  type NotifyIdeas,
  type StaffRole,
  type StaffSession,
} from '../../src/schema/staff/index.js';
import {
  burnPasswordCheck,
  csrfTokenFor,
  hashPassword,
  newSecret,
  secretMatches,
  sha256,
  verifyPassword,
} from './passwords.js';

/** Failed sign-ins in a row from which an account is locked. */
export const LOCKOUT_AFTER = 5;
/** Longest lock, in minutes. */
export const LOCKOUT_MAX_MINUTES = 60;
/** How long a setup token (invitation) is valid, in hours. */
export const SETUP_TOKEN_HOURS = 72;

/** Session timeouts (config STAFF_SESSION_IDLE_MINUTES, STAFF_SESSION_MAX_HOURS). */
export interface SessionPolicy {
  readonly idleMinutes: number;
  readonly maxHours: number;
}

const MINUTE = 60_000;
const iso = (ms: number): string => new Date(ms).toISOString();
/** Minutes of the lock after `failures` failures in a row (0: not locked). */
export const lockMinutes = (failures: number): number =>
  failures < LOCKOUT_AFTER ? 0 : Math.min(2 ** (failures - LOCKOUT_AFTER), LOCKOUT_MAX_MINUTES);

/** The audit actor of a signed-in account. */
export const accountActor = (a: repo.AccountRow): Actor => ({
  kind: 'account',
  id: a.id,
  label: a.email,
  role: a.role as StaffRole,
});

/** Checks a new password as the schema does (for the command line, which has no schema parse). */
export function passwordProblem(password: string): string | null {
  if (password.length < PASSWORD_MIN_LENGTH) return `use at least ${PASSWORD_MIN_LENGTH} characters`;
  if (password.length > PASSWORD_MAX_LENGTH) return `use at most ${PASSWORD_MAX_LENGTH} characters`;
  return null;
}

// Failed sign-ins for e-mail addresses that have no account, so they lock as an account would.
const unknownFailures = new Map<string, { failures: number; lockedUntil: number }>();
const MAX_UNKNOWN = 10_000;

export type SignInResult =
  | { readonly ok: true; readonly token: string; readonly session: StaffSession }
  | { readonly ok: false; readonly locked: false }
  | { readonly ok: false; readonly locked: true; readonly retryAfterSeconds: number };

const lockedFor = (untilMs: number, nowMs: number): SignInResult => ({
  ok: false,
  locked: true,
  retryAfterSeconds: Math.max(1, Math.ceil((untilMs - nowMs) / 1000)),
});

/** What `GET /v1/staff/session` and sign-in answer for a session. */
const sessionView = (a: repo.AccountRow, token: string, expiresAt: string, policy: SessionPolicy): StaffSession => ({
  account: {
    id: a.id,
    email: a.email,
    name: a.name,
    role: a.role as StaffRole,
    notifyIdeas: a.notify_ideas as NotifyIdeas,
  },
  csrfToken: csrfTokenFor(token),
  expiresAt,
  idleTimeoutSeconds: policy.idleMinutes * 60,
});

/** Counts a failed password of an account; locks it from the {@link LOCKOUT_AFTER}th. */
async function failed(db: Db, a: repo.AccountRow, nowMs: number): Promise<SignInResult> {
  const n = await repo.recordFailedSignin(db, a.id, iso(nowMs));
  const minutes = lockMinutes(n);
  if (minutes === 0) return { ok: false, locked: false };
  const until = nowMs + minutes * MINUTE;
  await inTransaction(db, async (trx) => {
    await repo.updateAccount(trx, a.id, { locked_until: iso(until) });
    await recordAudit(
      trx,
      SYSTEM_ACTOR,
      { action: 'account.lockout', targetType: 'account', targetId: a.id, detail: { failures: n, minutes } },
      iso(nowMs),
    );
  });
  return lockedFor(until, nowMs);
}

/** Sign-in with e-mail and password: a new session, or why not (the same answer for every wrong case). */
export async function signIn(db: Db, input: SignIn, policy: SessionPolicy, now: Date): Promise<SignInResult> {
  const nowMs = now.getTime();
  const email = input.email.toLowerCase();
  const a = await repo.accountByEmail(db, email);
  if (!a) {
    const u = unknownFailures.get(email);
    if (u && u.lockedUntil > nowMs) return lockedFor(u.lockedUntil, nowMs);
    await burnPasswordCheck(input.password);
    const failures = (u?.failures ?? 0) + 1;
    const minutes = lockMinutes(failures);
    if (unknownFailures.size >= MAX_UNKNOWN) unknownFailures.delete(unknownFailures.keys().next().value!);
    unknownFailures.set(email, { failures, lockedUntil: nowMs + minutes * MINUTE });
    return minutes === 0 ? { ok: false, locked: false } : lockedFor(nowMs + minutes * MINUTE, nowMs);
  }
  if (a.locked_until !== null && Date.parse(a.locked_until) > nowMs)
    return lockedFor(Date.parse(a.locked_until), nowMs);
  const right =
    a.password_hash === null
      ? (await burnPasswordCheck(input.password), false)
      : await verifyPassword(input.password, a.password_hash);
  if (!right) return failed(db, a, nowMs);
  if (Number(a.disabled) === 1) return { ok: false, locked: false };

  const token = newSecret();
  const expiresAt = iso(nowMs + policy.maxHours * 60 * MINUTE);
  await inTransaction(db, async (trx) => {
    await repo.updateAccount(trx, a.id, { failed_signins: 0, locked_until: null, last_signin_at: iso(nowMs) });
    await repo.insertSession(trx, {
      id: sha256(token),
      account_id: a.id,
      csrf_hash: sha256(csrfTokenFor(token)),
      created_at: iso(nowMs),
      last_seen_at: iso(nowMs),
      expires_at: expiresAt,
    });
    await recordAudit(
      trx,
      accountActor(a),
      { action: 'account.signin', targetType: 'account', targetId: a.id },
      iso(nowMs),
    );
  });
  return { ok: true, token, session: sessionView(a, token, expiresAt, policy) };
}

export type SessionResult =
  | {
      readonly ok: true;
      readonly actor: Actor;
      readonly sessionId: string;
      readonly csrfHash: string;
      readonly view: StaffSession;
    }
  | { readonly ok: false; readonly expired: boolean };

/** Last-seen times are written at most this often (ms): enough for an idle timeout in minutes. */
const TOUCH_EVERY_MS = 15_000;

/** The session of a cookie token: valid (and its last-seen time moved on), expired (and deleted), or none. */
export async function resolveSession(db: Db, token: string, policy: SessionPolicy, now: Date): Promise<SessionResult> {
  const id = sha256(token);
  const found = await repo.sessionWithAccount(db, id);
  if (!found) return { ok: false, expired: false };
  const { session, account } = found;
  const nowMs = now.getTime();
  const idleEnd = Date.parse(session.last_seen_at) + policy.idleMinutes * MINUTE;
  if (nowMs >= Date.parse(session.expires_at) || nowMs >= idleEnd) {
    await repo.deleteSession(db, id);
    return { ok: false, expired: true };
  }
  if (Number(account.disabled) === 1) {
    await repo.deleteSession(db, id);
    return { ok: false, expired: false };
  }
  if (nowMs - Date.parse(session.last_seen_at) >= TOUCH_EVERY_MS) await repo.touchSession(db, id, iso(nowMs));
  return {
    ok: true,
    actor: accountActor(account),
    sessionId: id,
    csrfHash: session.csrf_hash,
    view: sessionView(account, token, session.expires_at, policy),
  };
}

/** Sign-out: the session is deleted. */
export async function signOut(db: Db, sessionId: string): Promise<void> {
  await repo.deleteSession(db, sessionId);
}

/** Sets the password of an invited account with its setup token (422 `token` invalid when wrong or expired). */
export async function setupPassword(db: Db, input: PasswordSetup, now: Date): Promise<void> {
  const a = await repo.accountByEmail(db, input.email);
  const hash = await hashPassword(input.password);
  const valid =
    a !== undefined &&
    a.setup_token_hash !== null &&
    a.setup_expires_at !== null &&
    Date.parse(a.setup_expires_at) > now.getTime() &&
    secretMatches(input.token, a.setup_token_hash);
  if (!valid) throw new ValidationError([{ path: 'token', code: 'invalid' }]);
  await inTransaction(db, async (trx) => {
    await repo.updateAccount(trx, a.id, {
      password_hash: hash,
      setup_token_hash: null,
      setup_expires_at: null,
      failed_signins: 0,
      locked_until: null,
      updated_at: now.toISOString(),
    });
    await recordAudit(
      trx,
      accountActor(a),
      { action: 'account.password', targetType: 'account', targetId: a.id, detail: { via: 'setup' } },
      now.toISOString(),
    );
  });
}

/**
 * Changes one's own password; one's other sessions end. A wrong current password counts as a
 * failed sign-in (so a stolen session cannot guess it); `locked` while the account is locked.
 */
export async function changePassword(
  db: Db,
  actor: Actor,
  sessionId: string,
  input: PasswordChange,
  now: Date,
): Promise<{ locked: false } | { locked: true; retryAfterSeconds: number }> {
  const a = actor.id === null ? undefined : await repo.accountById(db, actor.id);
  if (!a || actor.kind !== 'account') throw new NotFoundError('Only a signed-in account has a password.');
  const nowMs = now.getTime();
  if (a.locked_until !== null && Date.parse(a.locked_until) > nowMs) {
    const r = lockedFor(Date.parse(a.locked_until), nowMs);
    return { locked: true, retryAfterSeconds: r.ok || !r.locked ? 1 : r.retryAfterSeconds };
  }
  if (a.password_hash === null || !(await verifyPassword(input.currentPassword, a.password_hash))) {
    const r = await failed(db, a, nowMs);
    if (!r.ok && r.locked) return { locked: true, retryAfterSeconds: r.retryAfterSeconds };
    throw new ValidationError([{ path: 'currentPassword', code: 'invalid' }]);
  }
  const hash = await hashPassword(input.newPassword);
  await inTransaction(db, async (trx) => {
    await repo.updateAccount(trx, a.id, { password_hash: hash, failed_signins: 0, updated_at: now.toISOString() });
    await repo.deleteSessionsOf(trx, a.id, sessionId);
    await recordAudit(
      trx,
      actor,
      { action: 'account.password', targetType: 'account', targetId: a.id, detail: { via: 'change' } },
      now.toISOString(),
    );
  });
  return { locked: false };
}

/** Every account (admins). */
export async function listAccounts(db: Db): Promise<{ items: StaffAccount[] }> {
  return { items: (await repo.listAccounts(db)).map(repo.toAccount) };
}

const emailTaken = (): ConflictError =>
  new ConflictError('An account with this e-mail address exists.', [{ path: 'email', code: 'invalid' }]);

/** A new account: with a password, or with a one-time setup token in the answer. */
export async function createAccount(
  db: Db,
  actor: Actor,
  input: StaffAccountCreate,
  now: Date,
): Promise<StaffAccountCreated> {
  const email = input.email.toLowerCase();
  if (await repo.accountByEmail(db, email)) throw emailTaken();
  const passwordHash = input.password === undefined ? null : await hashPassword(input.password);
  const setupToken = input.password === undefined ? newSecret() : undefined;
  const at = now.toISOString();
  const setupExpiresAt = setupToken ? iso(now.getTime() + SETUP_TOKEN_HOURS * 60 * MINUTE) : undefined;
  const id = newId('acct');
  await inTransaction(db, async (trx) => {
    try {
      await repo.insertAccount(trx, {
        id,
        email,
        name: input.name ?? null,
        role: input.role,
        password_hash: passwordHash,
        setup_token_hash: setupToken ? sha256(setupToken) : null,
        setup_expires_at: setupExpiresAt ?? null,
        disabled: 0,
        failed_signins: 0,
        locked_until: null,
        last_signin_at: null,
        created_at: at,
        updated_at: at,
      });
    } catch (e) {
      if (isUniqueViolation(e)) throw emailTaken();
      throw e;
    }
    await recordAudit(
      trx,
      actor,
      {
        action: 'account.create',
        targetType: 'account',
        targetId: id,
        after: { email, name: input.name ?? null, role: input.role },
        detail: { password: setupToken ? 'setup-token' : 'set' },
      },
      at,
    );
  });
  const account = repo.toAccount((await repo.accountById(db, id))!);
  return setupToken ? { account, setupToken, setupExpiresAt: setupExpiresAt! } : { account };
}

const isActiveAdmin = (a: { role: string; disabled: number }): boolean =>
  a.role === 'admin' && Number(a.disabled) === 0;

/**
 * Sets one's own preferences (the signed-in account `accountId`): new-idea e-mails. Audited as
 * `account.preferences`.
 */
export async function setPreferences(
  db: Db,
  actor: Actor,
  accountId: string,
  prefs: StaffPreferences,
  now: Date,
): Promise<StaffPreferences> {
  const at = now.toISOString();
  return inTransaction(db, async (trx) => {
    const a = await repo.accountById(trx, accountId);
    if (!a) throw new NotFoundError();
    await repo.updateAccount(trx, accountId, { notify_ideas: prefs.notifyIdeas, updated_at: at });
    await recordAudit(
      trx,
      actor,
      {
        action: 'account.preferences',
        targetType: 'account',
        targetId: accountId,
        before: { notifyIdeas: a.notify_ideas },
        after: { notifyIdeas: prefs.notifyIdeas },
      },
      at,
    );
    return { notifyIdeas: prefs.notifyIdeas };
  });
}

/** Changes an account's role, name or disabled state; disabling ends its sessions; the last active admin stays. */
export async function updateAccount(
  db: Db,
  actor: Actor,
  id: string,
  patch: StaffAccountPatch,
  now: Date,
): Promise<StaffAccount> {
  const at = now.toISOString();
  return inTransaction(db, async (trx) => {
    const a = await repo.accountById(trx, id);
    if (!a) throw new NotFoundError();
    const next = {
      role: patch.role ?? a.role,
      disabled: patch.disabled === undefined ? Number(a.disabled) : patch.disabled ? 1 : 0,
      name: patch.name === undefined ? a.name : patch.name,
      notify_ideas: patch.notifyIdeas ?? a.notify_ideas,
    };
    if (isActiveAdmin({ role: a.role, disabled: Number(a.disabled) }) && !isActiveAdmin(next)) {
      if ((await repo.countActiveAdmins(trx)) <= 1)
        throw new ConflictError(
          'The last active admin cannot be disabled or made a moderator.',
          undefined,
          'Make another account an admin first.',
        );
    }
    await repo.updateAccount(trx, id, { ...next, updated_at: at });
    if (next.disabled === 1) await repo.deleteSessionsOf(trx, id);
    const before = { role: a.role, disabled: Number(a.disabled) === 1, name: a.name, notifyIdeas: a.notify_ideas };
    const after = { role: next.role, disabled: next.disabled === 1, name: next.name, notifyIdeas: next.notify_ideas };
    const action = next.disabled === 1 && Number(a.disabled) === 0 ? 'account.disable' : 'account.update';
    await recordAudit(trx, actor, { action, targetType: 'account', targetId: id, before, after }, at);
    return repo.toAccount((await repo.accountById(trx, id))!);
  });
}

/** Every API token, revoked ones too (admins). */
export async function listApiTokens(db: Db): Promise<{ items: ApiToken[] }> {
  return { items: (await repo.listApiTokens(db)).map(repo.toApiToken) };
}

/** A new named API token; the token (`cw_…`) is in this answer only. */
export async function createApiToken(db: Db, actor: Actor, input: ApiTokenCreate, now: Date): Promise<ApiTokenCreated> {
  const token = `${API_TOKEN_PREFIX}${newSecret()}`;
  const id = newId('tok');
  const at = now.toISOString();
  await inTransaction(db, async (trx) => {
    await repo.insertApiToken(trx, {
      id,
      name: input.name,
      role: input.role,
      token_hash: sha256(token),
      created_by: actor.label,
      created_at: at,
      last_used_at: null,
      revoked_at: null,
    });
    await recordAudit(
      trx,
      actor,
      { action: 'token.create', targetType: 'api-token', targetId: id, after: { name: input.name, role: input.role } },
      at,
    );
  });
  return { apiToken: repo.toApiToken((await repo.apiTokenById(db, id))!), token };
}

/** Revokes a token (again: no change). */
export async function revokeApiToken(db: Db, actor: Actor, id: string, now: Date): Promise<ApiToken> {
  const at = now.toISOString();
  return inTransaction(db, async (trx) => {
    const t = await repo.apiTokenById(trx, id);
    if (!t) throw new NotFoundError();
    if (t.revoked_at === null) {
      await repo.revokeApiToken(trx, id, at);
      await recordAudit(
        trx,
        actor,
        { action: 'token.revoke', targetType: 'api-token', targetId: id, detail: { name: t.name } },
        at,
      );
    }
    return repo.toApiToken((await repo.apiTokenById(trx, id))!);
  });
}

/** `last_used_at` is written at most this often (ms), so a busy integration does not write on every call. */
const TOKEN_TOUCH_EVERY_MS = 60_000;

/** The actor of an API token, or null when it is unknown or revoked. */
export async function authenticateApiToken(db: Db, token: string, now: Date): Promise<Actor | null> {
  const t = await repo.apiTokenByHash(db, sha256(token));
  if (!t || t.revoked_at !== null) return null;
  if (t.last_used_at === null || now.getTime() - Date.parse(t.last_used_at) >= TOKEN_TOUCH_EVERY_MS)
    await repo.touchApiToken(db, t.id, now.toISOString());
  return { kind: 'token', id: t.id, label: t.name, role: t.role as StaffRole };
}

/**
 * `civic-widgets-server create-admin EMAIL`: a new admin with this password, or, when the account
 * exists, its password reset, made admin, enabled and unlocked (its sessions end). Audited as the
 * command line.
 */
export async function createAdmin(
  db: Db,
  email: string,
  password: string,
  now: Date = new Date(),
): Promise<{ created: boolean; account: StaffAccount }> {
  const hash = await hashPassword(password);
  const at = now.toISOString();
  const lower = email.toLowerCase();
  return inTransaction(db, async (trx) => {
    const a = await repo.accountByEmail(trx, lower);
    if (a) {
      await repo.updateAccount(trx, a.id, {
        password_hash: hash,
        role: 'admin',
        disabled: 0,
        failed_signins: 0,
        locked_until: null,
        setup_token_hash: null,
        setup_expires_at: null,
        updated_at: at,
      });
      await repo.deleteSessionsOf(trx, a.id);
      await recordAudit(
        trx,
        CLI_ACTOR,
        {
          action: 'account.update',
          targetType: 'account',
          targetId: a.id,
          before: { role: a.role, disabled: Number(a.disabled) === 1 },
          after: { role: 'admin', disabled: false },
          detail: { password: 'reset' },
        },
        at,
      );
      return { created: false, account: repo.toAccount((await repo.accountById(trx, a.id))!) };
    }
    const id = newId('acct');
    await repo.insertAccount(trx, {
      id,
      email: lower,
      name: null,
      role: 'admin',
      password_hash: hash,
      setup_token_hash: null,
      setup_expires_at: null,
      disabled: 0,
      failed_signins: 0,
      locked_until: null,
      last_signin_at: null,
      created_at: at,
      updated_at: at,
    });
    await recordAudit(
      trx,
      CLI_ACTOR,
      {
        action: 'account.create',
        targetType: 'account',
        targetId: id,
        after: { email: lower, name: null, role: 'admin' },
      },
      at,
    );
    return { created: true, account: repo.toAccount((await repo.accountById(trx, id))!) };
  });
}
