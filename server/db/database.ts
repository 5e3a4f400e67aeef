/**
 * One typed database for both engines: Kysely over better-sqlite3 (embedded default) or `pg`
 * (PostgreSQL, when DATABASE_URL is set).
 *
 * Portable on purpose: text, integer and 0/1 flags only; timestamps are ISO-8601 UTC strings
 * (`2026-01-15T10:00:00.000Z`), which sort correctly as text; translatable texts are JSON text
 * `{"nl": "…", "fr": "…", "en": "…"}` (see {@link pick}), except the texts of initiatives, which
 * live in `initiative_texts` (one row per language) so they can be searched and sorted.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import pg from 'pg';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
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
}
export interface SignupShiftTable {
  signup_id: string;
  shift_id: string;
  status: string;
  created_at: string;
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
export interface RateLimitTable {
  client: string;
  minute: number;
  count: number;
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
      ...(opts.pgSchema ? { options: `-c search_path=${opts.pgSchema}` } : {}),
    });
    // An idle client whose connection fails (server restart, network, pg_terminate_backend) emits
    // 'error' on the pool; without a listener that is an uncaught exception that ends the process.
    // The pool drops the client and opens a new one when needed, so logging is enough.
    const log = opts.log ?? { error: (msg: string, e?: unknown) => console.error(msg, e) };
    pool.on('error', (e) => log.error('an idle PostgreSQL connection failed', e));
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, dialect: 'postgres', close: () => db.destroy() };
  }
  if (opts.databasePath !== ':memory:') mkdirSync(dirname(opts.databasePath), { recursive: true });
  const sqlite = new SqliteDatabase(opts.databasePath);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('synchronous = NORMAL');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: cachingStatements(sqlite) }) });
  return { db, dialect: 'sqlite', close: () => db.destroy() };
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
