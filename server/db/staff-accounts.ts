/**
 * Staff accounts, their sessions and the named API tokens: reads and writes. The rules (lockout,
 * timeouts, the last admin) are in server/services/staff-accounts.ts; only hashes of passwords and
 * tokens ever reach these tables.
 */
import type { Insertable, Selectable, Updateable } from 'kysely';
import type { ApiToken, NotifyIdeas, StaffAccount, StaffRole } from '../../src/schema/staff/index.js';
import type { ApiTokenTable, Db, StaffAccountTable, StaffSessionTable } from './database.js';

export type AccountRow = Selectable<StaffAccountTable>;
export type SessionRow = StaffSessionTable;
export type ApiTokenRow = ApiTokenTable;

/** An account as admins see it. */
export const toAccount = (r: AccountRow): StaffAccount => ({
  id: r.id,
  email: r.email,
  name: r.name,
  role: r.role as StaffRole,
  disabled: Number(r.disabled) === 1,
  passwordSet: r.password_hash !== null,
  notifyIdeas: r.notify_ideas as NotifyIdeas,
  lastSignInAt: r.last_signin_at,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

/** A token as admins see it (never its hash). */
export const toApiToken = (r: ApiTokenRow): ApiToken => ({
  id: r.id,
  name: r.name,
  role: r.role as StaffRole,
  createdBy: r.created_by,
  createdAt: r.created_at,
  lastUsedAt: r.last_used_at,
  revokedAt: r.revoked_at,
});

export const accountByEmail = (db: Db, email: string): Promise<AccountRow | undefined> =>
  db.selectFrom('staff_accounts').selectAll().where('email', '=', email.toLowerCase()).executeTakeFirst();

export const accountById = (db: Db, id: string): Promise<AccountRow | undefined> =>
  db.selectFrom('staff_accounts').selectAll().where('id', '=', id).executeTakeFirst();

export const listAccounts = (db: Db): Promise<AccountRow[]> =>
  db.selectFrom('staff_accounts').selectAll().orderBy('email').execute();

export async function insertAccount(db: Db, row: Insertable<StaffAccountTable>): Promise<void> {
  await db.insertInto('staff_accounts').values(row).execute();
}

export async function updateAccount(db: Db, id: string, values: Updateable<StaffAccountTable>): Promise<void> {
  await db.updateTable('staff_accounts').set(values).where('id', '=', id).execute();
}

/** Accounts that may act as admins (role admin, not disabled). */
export async function countActiveAdmins(db: Db): Promise<number> {
  const r = await db
    .selectFrom('staff_accounts')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('role', '=', 'admin')
    .where('disabled', '=', 0)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function insertSession(db: Db, row: Insertable<StaffSessionTable>): Promise<void> {
  await db.insertInto('staff_sessions').values(row).execute();
}

/** A session and its account, by the SHA-256 of the cookie's token. */
export async function sessionWithAccount(
  db: Db,
  id: string,
): Promise<{ session: SessionRow; account: AccountRow } | undefined> {
  const session = await db.selectFrom('staff_sessions').selectAll().where('id', '=', id).executeTakeFirst();
  if (!session) return undefined;
  const account = await accountById(db, session.account_id);
  return account ? { session, account } : undefined;
}

export async function touchSession(db: Db, id: string, at: string): Promise<void> {
  await db.updateTable('staff_sessions').set({ last_seen_at: at }).where('id', '=', id).execute();
}

export async function deleteSession(db: Db, id: string): Promise<void> {
  await db.deleteFrom('staff_sessions').where('id', '=', id).execute();
}

/** Ends every session of an account (but `exceptId`, when given). */
export async function deleteSessionsOf(db: Db, accountId: string, exceptId?: string): Promise<void> {
  let q = db.deleteFrom('staff_sessions').where('account_id', '=', accountId);
  if (exceptId !== undefined) q = q.where('id', '!=', exceptId);
  await q.execute();
}

export async function insertApiToken(db: Db, row: Insertable<ApiTokenTable>): Promise<void> {
  await db.insertInto('api_tokens').values(row).execute();
}

export const listApiTokens = (db: Db): Promise<ApiTokenRow[]> =>
  db.selectFrom('api_tokens').selectAll().orderBy('created_at', 'desc').orderBy('id').execute();

export const apiTokenById = (db: Db, id: string): Promise<ApiTokenRow | undefined> =>
  db.selectFrom('api_tokens').selectAll().where('id', '=', id).executeTakeFirst();

export const apiTokenByHash = (db: Db, hash: string): Promise<ApiTokenRow | undefined> =>
  db.selectFrom('api_tokens').selectAll().where('token_hash', '=', hash).executeTakeFirst();

export async function revokeApiToken(db: Db, id: string, at: string): Promise<void> {
  await db.updateTable('api_tokens').set({ revoked_at: at }).where('id', '=', id).execute();
}

export async function touchApiToken(db: Db, id: string, at: string): Promise<void> {
  await db.updateTable('api_tokens').set({ last_used_at: at }).where('id', '=', id).execute();
}

/** Counts one more failed sign-in of an account (atomically); the new count. */
export async function recordFailedSignin(db: Db, id: string, at: string): Promise<number> {
  const r = await db
    .updateTable('staff_accounts')
    .set((eb) => ({ failed_signins: eb('failed_signins', '+', 1), updated_at: at }))
    .where('id', '=', id)
    .returning('failed_signins')
    .executeTakeFirstOrThrow();
  return Number(r.failed_signins);
}
