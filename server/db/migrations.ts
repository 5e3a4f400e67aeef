/**
 * Schema migrations, run on every start (Kysely's Migrator: it takes a lock, so several instances
 * starting at once on one PostgreSQL migrate once). Written with Kysely's schema builder in
 * portable types so the same steps run on SQLite and PostgreSQL. Append new migrations; never
 * edit one that has shipped.
 */
import { Migrator, PostgresAdapter, sql, type Kysely, type Migration } from 'kysely';
import type { Locale } from '../../src/schema/index.js';
import { FILTER_COLUMN, rebuildInitiativeSearch, SEARCH_COLUMNS } from '../search/initiative-index.js';
import { titleSortKey } from './collation.js';
import type { Db, Dialect } from './database.js';
import { sealAnswer, storedKey } from './idempotency.js';

// Migrations take an untyped Kysely: they describe tables, not use them.
type AnyDb = Kysely<unknown>;

const m001: Migration = {
  async up(db: AnyDb) {
    await db.schema
      .createTable('site')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('municipality', 'text', (c) => c.notNull())
      .addColumn('locales', 'text', (c) => c.notNull())
      .addColumn('default_locale', 'text', (c) => c.notNull())
      .addColumn('tracks', 'text', (c) => c.notNull())
      .addColumn('privacy_url', 'text', (c) => c.notNull())
      .addColumn('privacy_version', 'text', (c) => c.notNull())
      .addColumn('volunteer_info', 'text', (c) => c.notNull())
      .addColumn('contact', 'text')
      .addColumn('demo', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    for (const t of ['areas', 'themes']) {
      await db.schema
        .createTable(t)
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
    }
    await db.schema
      .createTable('offers')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('description', 'text', (c) => c.notNull())
      .addColumn('area_id', 'text')
      .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();

    await db.schema
      .createTable('initiatives')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('area_id', 'text')
      .addColumn('rung', 'integer', (c) => c.notNull())
      .addColumn('coproduction', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('organiser', 'text', (c) => c.notNull())
      .addColumn('needs_volunteers', 'integer', (c) => c.notNull())
      .addColumn('links', 'text', (c) => c.notNull())
      .addColumn('image', 'text')
      .addColumn('start_date', 'text')
      .addColumn('end_date', 'text')
      .addColumn('published', 'integer', (c) => c.notNull())
      .addColumn('source_idea_id', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('initiatives_published_updated')
      .on('initiatives')
      .columns(['published', 'updated_at', 'id'])
      .execute();
    await db.schema
      .createTable('initiative_texts')
      .addColumn('initiative_id', 'text', (c) => c.notNull().references('initiatives.id').onDelete('cascade'))
      .addColumn('locale', 'text', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('summary', 'text', (c) => c.notNull())
      .addColumn('description', 'text', (c) => c.notNull())
      .addColumn('search', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('initiative_texts_pk', ['initiative_id', 'locale'])
      .execute();
    await db.schema
      .createIndex('initiative_texts_locale_title')
      .on('initiative_texts')
      .columns(['locale', 'title'])
      .execute();
    await db.schema
      .createTable('initiative_themes')
      .addColumn('initiative_id', 'text', (c) => c.notNull().references('initiatives.id').onDelete('cascade'))
      .addColumn('theme_id', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('initiative_themes_pk', ['initiative_id', 'theme_id'])
      .execute();
    await db.schema
      .createIndex('initiative_themes_theme')
      .on('initiative_themes')
      .columns(['theme_id', 'initiative_id'])
      .execute();

    await db.schema
      .createTable('ideas')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('reference', 'text', (c) => c.notNull().unique())
      .addColumn('track', 'text', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('summary', 'text', (c) => c.notNull())
      .addColumn('description', 'text')
      .addColumn('area_id', 'text', (c) => c.notNull())
      .addColumn('theme_ids', 'text', (c) => c.notNull())
      .addColumn('location_address', 'text')
      .addColumn('neighbours', 'integer', (c) => c.notNull())
      .addColumn('test_start', 'text')
      .addColumn('test_end', 'text')
      .addColumn('offer_id', 'text')
      .addColumn('contact_name', 'text', (c) => c.notNull())
      .addColumn('contact_email', 'text', (c) => c.notNull())
      .addColumn('contact_phone', 'text')
      .addColumn('consent_notice_version', 'text', (c) => c.notNull())
      .addColumn('honeypot', 'text', (c) => c.notNull())
      .addColumn('fill_ms', 'integer', (c) => c.notNull())
      .addColumn('flagged', 'integer', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('initiative_id', 'text')
      .addColumn('search', 'text', (c) => c.notNull())
      .addColumn('received_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('ideas_received').on('ideas').columns(['received_at', 'id']).execute();
    await db.schema
      .createTable('counters')
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('year', 'integer', (c) => c.notNull())
      .addColumn('value', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('counters_pk', ['kind', 'year'])
      .execute();

    await db.schema
      .createTable('volunteer_roles')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('initiative_id', 'text', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('description', 'text', (c) => c.notNull())
      .addColumn('time_asked', 'text', (c) => c.notNull())
      .addColumn('guidance', 'text')
      .addColumn('insurance', 'text')
      .addColumn('expenses', 'text')
      .addColumn('minimum_age', 'integer')
      .addColumn('training', 'text')
      .addColumn('published', 'integer', (c) => c.notNull())
      .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('shifts')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('role_id', 'text', (c) => c.notNull().references('volunteer_roles.id'))
      .addColumn('start_at', 'text', (c) => c.notNull())
      .addColumn('end_at', 'text', (c) => c.notNull())
      .addColumn('capacity', 'integer', (c) => c.notNull())
      .addColumn('places_left', 'integer', (c) => c.notNull().check(sql`places_left >= 0`))
      .addColumn('active', 'integer', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('shifts_role').on('shifts').columns(['role_id', 'start_at']).execute();
    await db.schema
      .createTable('signups')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('reference', 'text', (c) => c.notNull().unique())
      .addColumn('role_id', 'text', (c) => c.notNull())
      .addColumn('availability', 'text')
      .addColumn('contact_name', 'text', (c) => c.notNull())
      .addColumn('contact_email', 'text', (c) => c.notNull())
      .addColumn('contact_phone', 'text')
      .addColumn('age_confirmed', 'integer')
      .addColumn('note_version', 'text', (c) => c.notNull())
      .addColumn('consent_notice_version', 'text', (c) => c.notNull())
      .addColumn('join_waitlist', 'integer', (c) => c.notNull())
      .addColumn('honeypot', 'text', (c) => c.notNull())
      .addColumn('fill_ms', 'integer', (c) => c.notNull())
      .addColumn('flagged', 'integer', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('cancel_token_hash', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('signups_created').on('signups').columns(['created_at', 'id']).execute();
    await db.schema
      .createTable('signup_shifts')
      .addColumn('signup_id', 'text', (c) => c.notNull().references('signups.id').onDelete('cascade'))
      .addColumn('shift_id', 'text', (c) => c.notNull().references('shifts.id'))
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('signup_shifts_pk', ['signup_id', 'shift_id'])
      .execute();
    await db.schema
      .createIndex('signup_shifts_shift')
      .on('signup_shifts')
      .columns(['shift_id', 'status', 'created_at'])
      .execute();

    await db.schema
      .createTable('idempotency_keys')
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('body_hash', 'text', (c) => c.notNull())
      .addColumn('status', 'integer')
      .addColumn('response', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('idempotency_keys_expires').on('idempotency_keys').column('expires_at').execute();
    await db.schema
      .createTable('rate_limits')
      .addColumn('client', 'text', (c) => c.notNull())
      .addColumn('minute', 'integer', (c) => c.notNull())
      .addColumn('count', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('rate_limits_pk', ['client', 'minute'])
      .execute();
  },
};

/**
 * The schema of PostgreSQL's pg_trgm extension, installing it when it is missing and this role
 * may (it is a trusted extension: the database's CREATE privilege is enough); null when it is not
 * available (not installed on the server, or not allowed). Installed in `public` when that
 * exists, so one installation serves every schema of the database (and is not dropped with one);
 * each attempt runs under a savepoint so a refusal leaves the migration's transaction usable.
 */
async function trigramSchema(db: AnyDb): Promise<string | null> {
  const find = async () =>
    (
      await sql<{ schema: string }>`
        select n.nspname as schema from pg_extension e join pg_namespace n on n.oid = e.extnamespace
        where e.extname = 'pg_trgm'`.execute(db)
    ).rows[0]?.schema ?? null;
  let schema = await find();
  for (const create of [
    sql`create extension if not exists pg_trgm with schema public`,
    sql`create extension if not exists pg_trgm`,
  ]) {
    if (schema !== null) break;
    await sql`savepoint pg_trgm`.execute(db);
    try {
      await create.execute(db);
    } catch {
      // Not available here, not allowed, or another instance created it at the same moment.
      await sql`rollback to savepoint pg_trgm`.execute(db);
    }
    await sql`release savepoint pg_trgm`.execute(db);
    schema = await find();
  }
  return schema;
}

/**
 * Fast public search (`GET /v1/initiatives`):
 * - `start` sort: an index on the sort key, so that list walks in order and stops at the page
 *   like the default sort does on `initiatives_published_updated` (read backwards);
 * - SQLite: a covering index on (locale, initiative_id, search), so counting matches reads the
 *   narrow index instead of the wide text rows;
 * - PostgreSQL: a trigram GIN index on `search`, which serves `LIKE '%…%'` for three characters
 *   and more, when the pg_trgm extension is available; without it search stays a scan, with the
 *   same results. (No B-tree on `search` there: a long description would exceed its row size.)
 */
const m002: Migration = {
  async up(db: AnyDb) {
    await sql`create index initiatives_published_start on initiatives (published, (coalesce(start_date, '9999-12-31')), id)`.execute(
      db,
    );
    if (db.getExecutor().adapter instanceof PostgresAdapter) {
      const trgm = await trigramSchema(db);
      if (trgm !== null) {
        await sql`create index initiative_texts_search_trgm on initiative_texts using gin (search ${sql.id(trgm, 'gin_trgm_ops')})`.execute(
          db,
        );
      }
    } else {
      await db.schema
        .createIndex('initiative_texts_locale_search')
        .on('initiative_texts')
        .columns(['locale', 'initiative_id', 'search'])
        .execute();
    }
  },
};

/**
 * Issue 19:
 * - `initiative_texts.title_key`: the title's sort key in its language (collation.ts), filled
 *   for existing rows here, so `sort=title` follows the language's collation on both databases
 *   with one index walk. On PostgreSQL the column is `COLLATE "C"`: the key is compared byte-wise,
 *   whatever the database's default collation.
 * - `signups.cancel_code_hash` and `cancel_code_failures`: the short cancel code (hashed) and
 *   the count of wrong codes tried for it.
 */
const m003: Migration = {
  async up(db: AnyDb) {
    const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
    await sql`alter table initiative_texts add column title_key text ${postgres ? sql`collate "C"` : sql``}`.execute(
      db,
    );
    const rows = await sql<{ initiative_id: string; locale: string; title: string }>`
      select initiative_id, locale, title from initiative_texts`.execute(db);
    for (const r of rows.rows) {
      await sql`update initiative_texts set title_key = ${titleSortKey(r.title, r.locale as Locale)}
        where initiative_id = ${r.initiative_id} and locale = ${r.locale}`.execute(db);
    }
    await sql`drop index initiative_texts_locale_title`.execute(db);
    await db.schema
      .createIndex('initiative_texts_locale_title_key')
      .on('initiative_texts')
      .columns(['locale', 'title_key', 'initiative_id'])
      .execute();
    await db.schema.alterTable('signups').addColumn('cancel_code_hash', 'text').execute();
    await db.schema
      .alterTable('signups')
      .addColumn('cancel_code_failures', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
  },
};

/**
 * Issue 13, staff side:
 * - `staff_accounts` (admins and moderators, password hashed), `staff_sessions` (the cookie's
 *   session, stored by the SHA-256 of its token) and `api_tokens` (named machine access, hashed);
 * - `audit_log`: every staff action, who (`actor_*`), what (`action`, `target_*`), when (`at`),
 *   and for changes of settings the state before and after (JSON);
 * - ideas: the moderation state (the reason of the last status change, who changed it and when,
 *   the reply to the resident) and the resident's language; ideas and signups: `erased_at`, set
 *   when the contact details were erased (cancelled, retention, on request).
 */
const m004: Migration = {
  async up(db: AnyDb) {
    await db.schema
      .createTable('staff_accounts')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('email', 'text', (c) => c.notNull().unique())
      .addColumn('name', 'text')
      .addColumn('role', 'text', (c) => c.notNull())
      .addColumn('password_hash', 'text')
      .addColumn('setup_token_hash', 'text')
      .addColumn('setup_expires_at', 'text')
      .addColumn('disabled', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('failed_signins', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('locked_until', 'text')
      .addColumn('last_signin_at', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('staff_sessions')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('account_id', 'text', (c) => c.notNull().references('staff_accounts.id').onDelete('cascade'))
      .addColumn('csrf_hash', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('last_seen_at', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('staff_sessions_account').on('staff_sessions').column('account_id').execute();
    await db.schema
      .createTable('api_tokens')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('role', 'text', (c) => c.notNull())
      .addColumn('token_hash', 'text', (c) => c.notNull().unique())
      .addColumn('created_by', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('last_used_at', 'text')
      .addColumn('revoked_at', 'text')
      .execute();
    await db.schema
      .createTable('audit_log')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('actor_kind', 'text', (c) => c.notNull())
      .addColumn('actor_id', 'text')
      .addColumn('actor_label', 'text', (c) => c.notNull())
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('target_type', 'text', (c) => c.notNull())
      .addColumn('target_id', 'text')
      .addColumn('before', 'text')
      .addColumn('after', 'text')
      .addColumn('detail', 'text')
      .execute();
    await db.schema.createIndex('audit_log_at').on('audit_log').columns(['at', 'id']).execute();
    await db.schema
      .createIndex('audit_log_target')
      .on('audit_log')
      .columns(['target_type', 'target_id', 'at'])
      .execute();

    for (const [column, type] of [
      ['locale', 'text'],
      ['status_reason', 'text'],
      ['status_changed_at', 'text'],
      ['status_changed_by', 'text'],
      ['reply', 'text'],
      ['replied_at', 'text'],
      ['replied_by', 'text'],
      ['erased_at', 'text'],
    ] as const) {
      await db.schema.alterTable('ideas').addColumn(column, type).execute();
    }
    await db.schema.alterTable('signups').addColumn('locale', 'text').execute();
    await db.schema.alterTable('signups').addColumn('erased_at', 'text').execute();
  },
};

/**
 * Idempotency answers sealed (server/db/idempotency.ts): each row's key becomes its SHA-256 and its
 * stored answer (a signup's holds the cancel token and code) is encrypted under a key derived from
 * the plaintext key, which the row still has here; afterwards nothing in the table opens without
 * the client's key.
 */
const m005SealedIdempotency: Migration = {
  async up(db: AnyDb) {
    const t = db as unknown as Db;
    const rows = await t.selectFrom('idempotency_keys').select(['key', 'response']).execute();
    for (const r of rows) {
      await t
        .updateTable('idempotency_keys')
        .set({ key: storedKey(r.key), response: r.response === null ? null : sealAnswer(r.key, r.response) })
        .where('key', '=', r.key)
        .execute();
    }
  },
};

/**
 * Moderation: the idea status `rejected` is called `declined` (the staff API was not published
 * yet, so rows are renamed in place), and a shift can be cancelled (`cancelled_at`; its signups
 * are kept).
 */
const m005Moderation: Migration = {
  async up(db: AnyDb) {
    await sql`update ideas set status = 'declined' where status = 'rejected'`.execute(db);
    await db.schema.alterTable('shifts').addColumn('cancelled_at', 'text').execute();
  },
};

/**
 * The mail outbox (issue 15): one row per e-mail to send, written in the transaction of the event
 * that causes it; the worker (server/services/mail.ts) claims, sends and deletes it. `dedupe_key`
 * is unique (NULLs do not collide on either engine), so a second enqueue with the same key is
 * ignored. Rows hold personal data: deleted once sent, and after RETENTION_DAYS when failed.
 */
const m006MailOutbox: Migration = {
  async up(db: AnyDb) {
    await db.schema
      .createTable('mail_outbox')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('to_address', 'text', (c) => c.notNull())
      .addColumn('locale', 'text', (c) => c.notNull())
      .addColumn('subject', 'text', (c) => c.notNull())
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('html', 'text', (c) => c.notNull())
      .addColumn('dedupe_key', 'text', (c) => c.unique())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('next_attempt_at', 'text', (c) => c.notNull())
      .addColumn('lease_until', 'text')
      .addColumn('lease_owner', 'text')
      .addColumn('last_error', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('mail_outbox_due').on('mail_outbox').columns(['status', 'next_attempt_at']).execute();
  },
};

/**
 * Mail settings and bookkeeping (issue 15, messages): the pages where the municipality placed the
 * widgets (`site.volunteer_page_url`: cancel links open it; `site.ideas_page_url`), each staff
 * account's choice of new-idea notifications (`notify_ideas`: immediate, daily or off) and the
 * Brussels day its last digest covered, and when a confirmed place was reminded of its shift (so
 * the reminder goes once, even after its outbox row is deleted).
 */
const m007MailSettings: Migration = {
  async up(db: AnyDb) {
    await db.schema.alterTable('site').addColumn('volunteer_page_url', 'text').execute();
    await db.schema.alterTable('site').addColumn('ideas_page_url', 'text').execute();
    await db.schema
      .alterTable('staff_accounts')
      .addColumn('notify_ideas', 'text', (c) => c.notNull().defaultTo('off'))
      .execute();
    await db.schema.alterTable('staff_accounts').addColumn('digest_day', 'text').execute();
    await db.schema.alterTable('signup_shifts').addColumn('reminded_at', 'text').execute();
  },
};

/**
 * SQLite: the FTS5 table `initiative_fts` over `columns` of `initiative_search` (contentless, rowid =
 * key) and the triggers that keep it (migrations 008 and 010). `ascii`: tokens are split at spaces
 * only (they hold letters and digits, already folded).
 */
async function createSearchFts(db: AnyDb, columns: readonly string[]): Promise<void> {
  const cols = sql.join(columns.map((c) => sql.id(c)));
  const newCols = sql.join(columns.map((c) => sql.ref(`new.${c}`)));
  await sql`create virtual table initiative_fts using fts5(${cols}, content='', contentless_delete=1, tokenize='ascii', detail='column')`.execute(
    db,
  );
  await sql`create trigger initiative_search_ai after insert on initiative_search begin
    insert into initiative_fts (rowid, ${cols}) values (new.key, ${newCols}); end`.execute(db);
  await sql`create trigger initiative_search_ad after delete on initiative_search begin
    delete from initiative_fts where rowid = old.key; end`.execute(db);
  await sql`create trigger initiative_search_au after update on initiative_search begin
    delete from initiative_fts where rowid = old.key;
    insert into initiative_fts (rowid, ${cols}) values (new.key, ${newCols}); end`.execute(db);
}

/**
 * Full-text search of initiatives (issue 16; server/search/): `initiative_search`, one row per
 * published initiative with the index tokens (words stemmed in Dutch, French and English, without
 * accents) of its title and body per language and its order `key`; on SQLite the FTS5 table
 * `initiative_fts` over those columns (contentless, rowid = key, kept by triggers); on PostgreSQL
 * generated `tsvector` columns per language (all text, and the title alone) with GIN indexes.
 * Filled for the existing initiatives by migration 010.
 */
const m008FullTextSearch: Migration = {
  async up(db: AnyDb) {
    const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
    let t = db.schema
      .createTable('initiative_search')
      .addColumn('initiative_id', 'text', (c) => c.primaryKey().references('initiatives.id').onDelete('cascade'))
      .addColumn('key', postgres ? 'bigint' : 'integer', (c) => c.notNull().unique());
    for (const col of SEARCH_COLUMNS) t = t.addColumn(col, 'text', (c) => c.notNull());
    await t.execute();
    const locales = [...new Set(SEARCH_COLUMNS.map((c) => c.slice(0, -2)))];
    if (postgres) {
      // Tokens are made by the app (words.ts) and taken verbatim: no parser, no dictionary.
      const vector = (cols: string[]) =>
        sql`array_to_tsvector(array_remove(string_to_array(${sql.join(
          cols.map((c) => sql.ref(c)),
          sql` || ' ' || `,
        )}, ' '), ''))`;
      for (const l of locales) {
        for (const [name, cols] of [
          [`tsv_${l}`, [`${l}_t`, `${l}_b`]],
          [`tsv_${l}_t`, [`${l}_t`]],
        ] as const) {
          await sql`alter table initiative_search add column ${sql.id(name)} tsvector generated always as (${vector([...cols])}) stored`.execute(
            db,
          );
          await sql`create index ${sql.id(`initiative_search_${name}`)} on initiative_search using gin (${sql.id(name)})`.execute(
            db,
          );
        }
      }
    } else {
      await createSearchFts(db, SEARCH_COLUMNS);
    }
    // Filled by migration 010, which adds the filter column the current code writes.
  },
};

/**
 * A change counter of the public list (server/search/list-cache.ts): `initiative_changes.n`, raised
 * by triggers in the transaction of every write to `initiatives`, `initiative_texts` and
 * `initiative_themes` (whoever writes, cascades included), so any instance can tell whether totals
 * it counted earlier still hold. On SQLite also `initiative_fts_vocab`, the terms of the full-text
 * index, to spell a prefix out as the terms it stands for (server/search/initiative-index.ts).
 */
const m009ListChanges: Migration = {
  async up(db: AnyDb) {
    const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
    await db.schema
      .createTable('initiative_changes')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('n', postgres ? 'bigint' : 'integer', (c) => c.notNull())
      .execute();
    await sql`insert into initiative_changes (id, n) values (1, 0)`.execute(db);
    const tables = ['initiatives', 'initiative_texts', 'initiative_themes'];
    if (postgres) {
      await sql`create function initiative_changes_bump() returns trigger language plpgsql as $$
        begin update initiative_changes set n = n + 1 where id = 1; return null; end $$`.execute(db);
      for (const t of tables)
        await sql`create trigger ${sql.id(`${t}_changes`)} after insert or update or delete or truncate on ${sql.id(t)}
          for each statement execute function initiative_changes_bump()`.execute(db);
    } else {
      for (const t of tables)
        for (const op of ['insert', 'update', 'delete'])
          await sql`create trigger ${sql.id(`${t}_changes_${op}`)} after ${sql.raw(op)} on ${sql.id(t)}
            begin update initiative_changes set n = n + 1 where id = 1; end`.execute(db);
      await sql`create virtual table initiative_fts_vocab using fts5vocab(initiative_fts, row)`.execute(db);
    }
  },
};

/**
 * The filter tokens of each indexed initiative (`initiative_search.filters`, see FILTER_COLUMN in
 * server/search/initiative-index.ts): on SQLite a column of the FTS5 index as well, so a search with
 * filters is counted and paged by the index alone. FTS5 cannot add a column to a table: the index,
 * its triggers and its vocabulary are made again. Then every published initiative's row is made.
 */
const m010SearchFilters: Migration = {
  async up(db: AnyDb) {
    const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
    await sql`alter table initiative_search add column ${sql.id(FILTER_COLUMN)} text not null default ''`.execute(db);
    if (!postgres) {
      for (const t of ['initiative_search_ai', 'initiative_search_ad', 'initiative_search_au'])
        await sql`drop trigger ${sql.id(t)}`.execute(db);
      await sql`delete from initiative_search`.execute(db);
      await sql`drop table initiative_fts_vocab`.execute(db);
      await sql`drop table initiative_fts`.execute(db);
      await createSearchFts(db, [...SEARCH_COLUMNS, FILTER_COLUMN]);
      await sql`create virtual table initiative_fts_vocab using fts5vocab(initiative_fts, row)`.execute(db);
    }
    await rebuildInitiativeSearch(db as unknown as Db);
  },
};

/** Every migration, by name, in order. */
export const MIGRATIONS: Readonly<Record<string, Migration>> = {
  '001_initial': m001,
  '002_search_indexes': m002,
  '003_title_collation_cancel_codes': m003,
  '004_staff_audit_personal_data': m004,
  '005_moderation_declined_shift_cancel': m005Moderation,
  '005_sealed_idempotency_answers': m005SealedIdempotency,
  '006_mail_outbox': m006MailOutbox,
  '007_mail_settings': m007MailSettings,
  '008_full_text_search': m008FullTextSearch,
  '009_list_changes': m009ListChanges,
  '010_search_filters': m010SearchFilters,
};

/** Brings the schema up to date; throws when a migration fails. */
export async function migrate(db: Db, dialect: Dialect): Promise<void> {
  // On PostgreSQL, keep Kysely's own bookkeeping tables in the current schema (it would otherwise
  // find another schema's tables of the same name and skip creating its own).
  const migrationTableSchema =
    dialect === 'postgres'
      ? (await sql<{ s: string }>`select current_schema() as s`.execute(db)).rows[0]?.s
      : undefined;
  const migrator = new Migrator({
    db,
    migrationTableSchema,
    provider: { getMigrations: async () => ({ ...MIGRATIONS }) },
  });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    throw new Error(
      `Database migration ${failed?.migrationName ?? ''} failed: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
