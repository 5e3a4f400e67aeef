/**
 * One typed database for both engines: Kysely over better-sqlite3 (embedded default) or `pg`
 * (PostgreSQL, when DATABASE_URL is set).
 *
 * Portable on purpose: text, integer and 0/1 flags only; timestamps are ISO-8601 UTC strings
 * (`2026-01-15T10:00:00.000Z`), which sort correctly as text; translatable texts are JSON text
 * `{"nl": "…", "fr": "…", "en": "…"}` (see {@link pick}), except the texts of initiatives, which
 * live in `initiative_texts` (one row per language) so they can be searched and sorted.
 */
import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import pg from 'pg';
import {
  CompiledQuery,
  Kysely,
  PostgresDialect,
  SqliteDialect,
  SqliteDriver,
  type ColumnType,
  type DatabaseConnection,
} from 'kysely';
import type { Locale } from '../../src/schema/index.js';
import type { Logger } from '../config.js';

/** Flag stored as 0/1 on both engines. */
type Flag = number;
/** JSON text. */
type Json = string;

export interface SiteTable {
  id: number;
  municipality: Json;
  locales: Json;
  default_locale: string;
  tracks: Json;
  privacy_url: string;
  privacy_version: string;
  volunteer_info: Json;
  contact: Json | null;
  demo: Flag;
  updated_at: string;
  /** The page with `<civic-volunteer-signup read-url>` (cancel links in e-mails open it); null when not set. */
  volunteer_page_url: string | null;
  /** The page with `<civic-idea-form>`; null when not set. */
  ideas_page_url: string | null;
}
export interface NamedTable {
  id: string;
  name: Json;
  position: number;
}
export interface OfferTable {
  id: string;
  title: Json;
  description: Json;
  area_id: string | null;
  position: number;
}
export interface InitiativeTable {
  id: string;
  area_id: string | null;
  rung: number;
  coproduction: string;
  status: string;
  organiser: string;
  needs_volunteers: Flag;
  links: Json;
  image: Json | null;
  start_date: string | null;
  end_date: string | null;
  published: Flag;
  source_idea_id: string | null;
  created_at: string;
  updated_at: string;
}
export interface InitiativeTextTable {
  initiative_id: string;
  locale: string;
  title: string;
  summary: string;
  description: string;
  /** Lower-cased, accent-free title + summary + description, for `q` (see search.ts). */
  search: string;
  /** Sort key of the title in this row's language (collation.ts); compared byte-wise. */
  title_key: string | null;
}
export interface InitiativeThemeTable {
  initiative_id: string;
  theme_id: string;
}
export interface IdeaTable {
  id: string;
  reference: string;
  track: string;
  title: string;
  summary: string;
  description: string | null;
  area_id: string;
  theme_ids: Json;
  location_address: string | null;
  neighbours: number;
  test_start: string | null;
  test_end: string | null;
  offer_id: string | null;
  contact_name: string;
  contact_email: string;
  contact_phone: string | null;
  consent_notice_version: string;
  honeypot: string;
  fill_ms: number;
  flagged: Flag;
  status: string;
  initiative_id: string | null;
  search: string;
  received_at: string;
  updated_at: string;
  /** The language the resident wrote in (the widget's); null for ideas from before it was kept. */
  locale: string | null;
  /** Why the status last changed (required for `declined`). */
  status_reason: string | null;
  status_changed_at: string | null;
  /** The audit label of who changed it (an account's e-mail, a token's name). */
  status_changed_by: string | null;
  /** The municipality's reply to the resident. */
  reply: string | null;
  replied_at: string | null;
  replied_by: string | null;
  /** When the contact details were erased (retention, or on request); they are '' from then on. */
  erased_at: string | null;
}
export interface CounterTable {
  kind: string;
  year: number;
  value: number;
}
export interface RoleTable {
  id: string;
  initiative_id: string;
  title: Json;
  description: Json;
  time_asked: Json;
  guidance: Json | null;
  insurance: Json | null;
  expenses: Json | null;
  minimum_age: number | null;
  training: Json | null;
  published: Flag;
  position: number;
  created_at: string;
  updated_at: string;
}
export interface ShiftTable {
  id: string;
  role_id: string;
  start_at: string;
  end_at: string;
  capacity: number;
  places_left: number;
  active: Flag;
  /** When staff cancelled the shift (then `active` is 0); null otherwise. */
  cancelled_at: string | null;
}
export interface SignupTable {
  id: string;
  reference: string;
  role_id: string;
  availability: string | null;
  contact_name: string;
  contact_email: string;
  contact_phone: string | null;
  age_confirmed: Flag | null;
  note_version: string;
  consent_notice_version: string;
  join_waitlist: Flag;
  honeypot: string;
  fill_ms: number;
  flagged: Flag;
  status: string;
  cancel_token_hash: string;
  /** The short cancel code, as `scrypt$salt$hash` (volunteers.ts); null for signups made before it. */
  cancel_code_hash: string | null;
  /** Wrong cancel codes tried for this signup; at {@link MAX_CODE_FAILURES} the code stops working. */
  cancel_code_failures: number;
  created_at: string;
  updated_at: string;
  /** The language the resident signed up in; null for signups from before it was kept. */
  locale: string | null;
  /** When the contact details were erased (cancelled, retention, on request); they are '' from then on. */
  erased_at: string | null;
}
export interface SignupShiftTable {
  signup_id: string;
  shift_id: string;
  status: string;
  created_at: string;
  /** When the reminder before this shift was put in the mail outbox; null before. */
  reminded_at: string | null;
}
export interface IdempotencyTable {
  key: string;
  body_hash: string;
  /** `null` while the first request is still being answered. */
  status: number | null;
  response: string | null;
  created_at: string;
  expires_at: string;
}
/** A staff member. `password_hash` is null until the account's password is set (setup token). */
export interface StaffAccountTable {
  id: string;
  /** Lower-cased. */
  email: string;
  name: string | null;
  /** `admin` or `moderator`. */
  role: string;
  password_hash: string | null;
  setup_token_hash: string | null;
  setup_expires_at: string | null;
  disabled: Flag;
  failed_signins: number;
  locked_until: string | null;
  last_signin_at: string | null;
  created_at: string;
  updated_at: string;
  /** New-idea e-mails: `immediate`, `daily` (a digest) or `off` (the default, on insert too). */
  notify_ideas: ColumnType<string, string | undefined, string>;
  /** The Brussels day (`2026-05-02`) the last daily digest covered; null before the first. */
  digest_day: string | null;
}
/** A signed-in session; `id` is the SHA-256 of the cookie's token, never the token. */
export interface StaffSessionTable {
  id: string;
  account_id: string;
  csrf_hash: string;
  created_at: string;
  last_seen_at: string;
  /** The absolute end of the session, whatever its activity. */
  expires_at: string;
}
/** Named machine access; only the token's SHA-256 is kept. */
export interface ApiTokenTable {
  id: string;
  name: string;
  role: string;
  token_hash: string;
  created_by: string | null;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}
/** One staff action (or one of the server's own, `actor_kind` `system`). */
export interface AuditTable {
  id: string;
  at: string;
  /** `account`, `token`, `cli` or `system`. */
  actor_kind: string;
  actor_id: string | null;
  actor_label: string;
  action: string;
  target_type: string;
  target_id: string | null;
  before: Json | null;
  after: Json | null;
  detail: Json | null;
}
export interface RateLimitTable {
  client: string;
  minute: number;
  count: number;
}

/** One e-mail to send (server/db/mail-outbox.ts); deleted once sent. */
export interface MailOutboxTable {
  id: string;
  /** What it is about (`idea-received`, `signup-confirmed`, …), for staff; never personal data. */
  kind: string;
  to_address: string;
  locale: string;
  subject: string;
  text: string;
  html: string;
  /** Unique when set: a second enqueue with the same key is ignored. */
  dedupe_key: string | null;
  /** `pending`, `sending` (claimed, leased until `lease_until`) or `failed` (given up; kept for staff). */
  status: string;
  /** Attempts begun (counted when claimed, so a process that dies mid-send counts too). */
  attempts: number;
  next_attempt_at: string;
  lease_until: string | null;
  /** Random id of the worker that holds the lease. */
  lease_owner: string | null;
  last_error: string | null;
  created_at: string;
  updated_at: string;
}

/** Every table. */
export interface Database {
  site: SiteTable;
  areas: NamedTable;
  themes: NamedTable;
  offers: OfferTable;
  initiatives: InitiativeTable;
  initiative_texts: InitiativeTextTable;
  initiative_themes: InitiativeThemeTable;
  ideas: IdeaTable;
  counters: CounterTable;
  volunteer_roles: RoleTable;
  shifts: ShiftTable;
  signups: SignupTable;
  signup_shifts: SignupShiftTable;
  idempotency_keys: IdempotencyTable;
  rate_limits: RateLimitTable;
  staff_accounts: StaffAccountTable;
  staff_sessions: StaffSessionTable;
  api_tokens: ApiTokenTable;
  audit_log: AuditTable;
  mail_outbox: MailOutboxTable;
}

export type Dialect = 'sqlite' | 'postgres';
export type Db = Kysely<Database>;

/** An open database and how to close it. */
export interface DatabaseHandle {
  readonly db: Db;
  readonly dialect: Dialect;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** `postgres://…`, or null for SQLite. */
  readonly databaseUrl: string | null;
  /** SQLite file (folder created), or `:memory:`. */
  readonly databasePath: string;
  /** PostgreSQL schema to use (`search_path`); the tests use one per run. */
  readonly pgSchema?: string;
  /** PostgreSQL pool size (default 10). */
  readonly poolSize?: number;
  /** Where errors of idle PostgreSQL connections are logged (default: stderr). */
  readonly log?: Pick<Logger, 'error'>;
}

/** Opens the database (nothing is created yet: run the migrations next). */
export function openDatabase(opts: OpenOptions): DatabaseHandle {
  if (opts.databaseUrl) {
    // int8 (count(*)) as a JS number: counts here stay far below 2^53.
    pg.types.setTypeParser(20, (v) => Number(v));
    const pool = new pg.Pool({
      connectionString: opts.databaseUrl,
      max: opts.poolSize ?? 10,
      // Without it a connect to an unreachable host waits forever and requests pile up; with it the
      // request fails (503, see isDatabaseUnavailable) and the next one tries again.
      connectionTimeoutMillis: 5_000,
      ...(opts.pgSchema ? { options: `-c search_path=${opts.pgSchema}` } : {}),
    });
    // An idle client whose connection fails (server restart, network, pg_terminate_backend) emits
    // 'error' on the pool; without a listener that is an uncaught exception that ends the process.
    // The pool drops the client and opens a new one when needed, so logging is enough.
    const log = opts.log ?? { error: (msg: string, e?: unknown) => console.error(msg, e) };
    // An idle client's error reaches both listeners below (the pool forwards it): log each error once.
    const logged = new WeakSet<object>();
    const logOnce = (msg: string, e: unknown): void => {
      if (typeof e === 'object' && e !== null) {
        if (logged.has(e)) return;
        logged.add(e);
      }
      log.error(msg, e);
    };
    pool.on('error', (e) => logOnce('an idle PostgreSQL connection failed', e));
    // A connection that fails while checked out (the server stops mid-query) emits 'error' on its
    // client, which the pool no longer listens to: without this, an uncaught exception. The query
    // itself rejects (answered 503), and the pool drops the broken client when it comes back.
    pool.on('connect', (client) => {
      client.on('error', (e) => logOnce('a PostgreSQL connection failed', e));
    });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, dialect: 'postgres', close: () => db.destroy() };
  }
  if (opts.databasePath !== ':memory:') createPrivateFile(opts.databasePath);
  const sqlite = new SqliteDatabase(opts.databasePath);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('synchronous = NORMAL');
  // Erased contact details and deleted rows are overwritten with zeros, not left in free space of
  // the file (personal data: an erasure must not survive in the file's unused bytes).
  sqlite.pragma('secure_delete = ON');
  const db = new Kysely<Database>({ dialect: new ImmediateSqliteDialect({ database: cachingStatements(sqlite) }) });
  return { db, dialect: 'sqlite', close: () => db.destroy() };
}

/**
 * SQLite with every transaction begun `BEGIN IMMEDIATE`: it takes the write lock up front (waiting
 * up to busy_timeout for another process to finish), instead of reading first and failing with
 * "database is locked" when it then wants to write while another process wrote in between (which
 * the busy timeout cannot help with). So two processes on one file (a rolling restart) wait for
 * each other and never answer 500. Within one process Kysely runs one transaction at a time anyway.
 */
class ImmediateSqliteDialect extends SqliteDialect {
  readonly #config: ConstructorParameters<typeof SqliteDialect>[0];
  constructor(config: ConstructorParameters<typeof SqliteDialect>[0]) {
    super(config);
    this.#config = config;
  }
  override createDriver(): SqliteDriver {
    return new ImmediateSqliteDriver(this.#config);
  }
}
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

/**
 * Residents' contact details live in the SQLite file: its folder is created 0700 and the file 0600
 * (SQLite gives its -wal and -shm files the database file's mode). An existing file is set to 0600
 * too; an existing folder is left as it is (it may be shared, e.g. /var/lib).
 */
function createPrivateFile(path: string): void {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  if (existsSync(path)) {
    try {
      chmodSync(path, 0o600);
    } catch {
      // not ours to change (another owner): SQLite still opens it
    }
  } else {
    closeSync(openSync(path, 'a', 0o600));
  }
}

/**
 * A consistent copy of the SQLite database at `source` into `dest` (created 0600), through SQLite's
 * online backup: safe while a server writes to it. Resolves with the number of pages copied.
 */
export async function backupSqlite(source: string, dest: string): Promise<number> {
  if (!existsSync(source)) throw new Error(`no database at ${source} (set DATABASE_PATH)`);
  mkdirSync(dirname(dest), { recursive: true, mode: 0o700 });
  closeSync(openSync(dest, 'w', 0o600));
  chmodSync(dest, 0o600);
  const sqlite = new SqliteDatabase(source, { fileMustExist: true });
  try {
    sqlite.pragma('busy_timeout = 5000');
    const { totalPages } = await sqlite.backup(dest);
    return totalPages;
  } finally {
    sqlite.close();
  }
}

/** Error codes of a database that cannot be reached or is starting/stopping (not of a bad query). */
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now (starting up, shutting down, in recovery)
  '53300', // too_many_connections
  'SQLITE_BUSY',
  'SQLITE_CANTOPEN',
]);
const UNAVAILABLE_MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Connection terminated due to connection timeout|the database system is (?:starting up|shutting down)/i;

/**
 * True when `e` says the database is out of reach (down, restarting, network, locked), so the request
 * may succeed later: answered 503 with Retry-After rather than 500.
 */
export function isDatabaseUnavailable(e: unknown): boolean {
  for (let x: unknown = e, i = 0; x instanceof Error && i < 4; x = x.cause, i++) {
    const code = (x as { code?: unknown }).code;
    if (typeof code === 'string' && (UNAVAILABLE_CODES.has(code) || code.startsWith('08'))) return true;
    if (UNAVAILABLE_MESSAGES.test(x.message)) return true;
    if (x instanceof AggregateError && x.errors.some((y) => isDatabaseUnavailable(y))) return true;
  }
  return false;
}

/**
 * better-sqlite3 with its prepared statements kept by SQL text (the last `max` used). Kysely
 * prepares every query it runs, and preparing costs SQLite more than running most of ours; the
 * SQL is parameterised, so the same text comes back with other values. A statement that is still
 * being iterated is not handed out again.
 */
function cachingStatements(sqlite: SqliteDatabase.Database, max = 500) {
  const cache = new Map<string, SqliteDatabase.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(sql: string): SqliteDatabase.Statement {
      const hit = cache.get(sql);
      cache.delete(sql);
      const stmt = hit && !hit.busy ? hit : sqlite.prepare(sql);
      cache.set(sql, stmt);
      if (cache.size > max) cache.delete(cache.keys().next().value!);
      return stmt;
    },
  };
}

/** A translatable text: Dutch always, French and English when given. */
export type Localized = { nl: string; fr?: string; en?: string };

/** The text in `locale`, else Dutch. */
export function pick(json: string, locale: Locale): string;
export function pick(json: string | null, locale: Locale): string | null;
export function pick(json: string | null, locale: Locale): string | null {
  if (json === null) return null;
  const o = JSON.parse(json) as Localized;
  return o[locale] ?? o.nl;
}

/** Now as an ISO-8601 UTC string. */
export const nowIso = (): string => new Date().toISOString();
