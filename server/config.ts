/**
 * Configuration of the reference backend, from environment variables.
 *
 * `loadConfig(env)` checks every variable and throws one {@link ConfigError} that lists every
 * problem with what to fix, so a wrong start fails at once and says why. docs/server.md lists the
 * variables.
 */
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MAX_BODY_BYTES } from '../src/schema/index.js';
import { LOG_LEVELS, type LogLevel } from './log.js';

export { createLogger, LOG_LEVELS, type Logger, type LogLevel } from './log.js';

export interface Config {
  readonly port: number;
  readonly host: string;
  /** `postgres://…` → PostgreSQL; `null` → embedded SQLite at {@link databasePath}. */
  readonly databaseUrl: string | null;
  readonly databasePath: string;
  /** PostgreSQL connections this instance may hold open (DATABASE_POOL_SIZE). */
  readonly databasePoolSize: number;
  /** Exact origins allowed by CORS; `['*']` allows any (never in production). */
  readonly corsOrigins: readonly string[];
  /** DEPRECATED alias of an admin (ADMIN_TOKEN as a bearer token); `null` when not set. Use staff accounts and API tokens. */
  readonly adminToken: string | null;
  /** A staff session ends after this many minutes without a request (STAFF_SESSION_IDLE_MINUTES, default 30). */
  readonly staffSessionIdleMinutes: number;
  /** A staff session ends this many hours after sign-in, whatever its activity (STAFF_SESSION_MAX_HOURS, default 12). */
  readonly staffSessionMaxHours: number;
  readonly bodyLimitBytes: number;
  /** POST/DELETE requests per client address in any 60 s (sliding window, shared in the database); 0 turns the limit off. */
  readonly rateLimitPerMinute: number;
  /**
   * Public GET requests per client address in any 60 s (READ_RATE_LIMIT_PER_MINUTE, default 300), counted
   * in memory per instance (server/http/rate-limit.ts); 0 turns the limit off.
   */
  readonly readRateLimitPerMinute: number;
  /**
   * Seconds browsers and shared caches may reuse a public API answer without asking
   * (PUBLIC_MAX_AGE_SECONDS, default 30; then stale-while-revalidate 300 s); 0: revalidated on every
   * use (`no-cache`, a 304 when unchanged). See server/http/cache.ts.
   */
  readonly publicMaxAgeSeconds: number;
  readonly minFillMs: number;
  /**
   * A request must arrive whole within this many milliseconds (REQUEST_TIMEOUT_MS, default 30 s),
   * its headers within the smaller of this and 10 s; a slower client gets 408 and is disconnected.
   */
  readonly requestTimeoutMs: number;
  /**
   * Days after which the server erases residents' contact details by itself (RETENTION_DAYS,
   * default 365): of ideas closed (declined or published) that long ago, and of signups whose
   * every shift ended that long ago (see server/services/retention.ts).
   */
  readonly retentionDays: number;
  /** Hours before a shift's start when its confirmed volunteers get a reminder (REMINDER_HOURS, default 48; with mail on). */
  readonly reminderHours: number;
  /** Hour (0–23, Europe/Brussels) from which the staff daily digest of new ideas goes (DIGEST_HOUR, default 8). */
  readonly digestHour: number;
  /** Number of proxy hops whose `X-Forwarded-For`/`X-Forwarded-Proto` are trusted; 0 = none. */
  readonly trustProxy: number;
  /** `auto`: seed the demo data only when the embedded database has no site yet. */
  readonly seed: 'demo' | 'none' | 'auto';
  /** `serve` runs the migrations first (MIGRATE_ON_START, default on). */
  readonly migrateOnStart: boolean;
  readonly logLevel: LogLevel;
  readonly demoPage: boolean;
  readonly production: boolean;
  /** Folder of the demo page (GET /). */
  readonly demoDir: string;
  /** Folder of the built widgets (GET /widgets/*). */
  readonly widgetsDir: string;
  /** Serve the widgets' source maps (`*.js.map`, SERVE_SOURCE_MAPS, default off): 404 otherwise. */
  readonly serveSourceMaps: boolean;
  /**
   * E-mail through SMTP (SMTP_URL or SMTP_HOST…, MAIL_FROM, …); `null` when no SMTP server is set:
   * mail is off, nothing is enqueued or sent (server/services/mail.ts).
   */
  readonly mail: MailConfig | null;
  /** Folder where `npm start`'s local mail sink writes the demo's e-mails (DEMO_MAIL_DIR), read by /demo/mail. */
  readonly demoMailDir: string | null;
}

/** How the server sends e-mail (see docs/server.md, "E-mail"). */
export interface MailConfig {
  readonly host: string;
  readonly port: number;
  /** TLS from the first byte (smtps://, port 465 by default). */
  readonly secure: boolean;
  /** STARTTLS on a plain connection: `required` (refuse to send without it), `auto` (when offered), `off`. */
  readonly starttls: 'required' | 'auto' | 'off';
  readonly user: string | null;
  readonly password: string | null;
  /** Check the SMTP server's certificate (SMTP_TLS_REJECT_UNAUTHORIZED, default true). */
  readonly tlsRejectUnauthorized: boolean;
  /** The From header as given (`Name <address>` or `address`). */
  readonly from: string;
  /** The address of {@link from}; its domain names the Message-IDs. */
  readonly fromAddress: string;
  /** Attempts before a message is given up (`failed`, shown to staff): MAIL_MAX_ATTEMPTS, default 10. */
  readonly maxAttempts: number;
  /** Backoff after the first failed attempt, doubled after each (capped at 1 h): MAIL_RETRY_BASE_MS, default 30000. */
  readonly retryBaseMs: number;
  /** How long a claimed message is reserved for its sender (MAIL_LEASE_SECONDS, default 300). */
  readonly leaseSeconds: number;
}

/** Thrown by {@link loadConfig}; `problems` says what to fix, one line each. */
export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * A folder of the repository: next to server/ when run from source (server/config.ts), two up when
 * run compiled (server/dist/cli.js). The installed package has neither: the demo page is off there.
 */
const repoPath = (rel: string): string => {
  const here = fileURLToPath(new URL('.', import.meta.url));
  return fileURLToPath(new URL(`${basename(here) === 'dist' ? '../../' : '../'}${rel}`, import.meta.url));
};

const TRUE = new Set(['1', 'true', 'yes', 'on']);
const FALSE = new Set(['0', 'false', 'no', 'off']);

/** Reads the configuration from `env` (normally `process.env`). */
export function loadConfig(env: Readonly<Record<string, string | undefined>>): Config {
  const problems: string[] = [];
  const get = (name: string): string | undefined => {
    const v = env[name]?.trim();
    return v === undefined || v === '' ? undefined : v;
  };
  const int = (name: string, def: number, min: number, max: number, what: string): number => {
    const raw = get(name);
    if (raw === undefined) return def;
    if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
      problems.push(`${name}="${raw}" is not ${what}: use a whole number from ${min} to ${max}.`);
      return def;
    }
    return Number(raw);
  };
  const bool = (name: string, def: boolean): boolean => {
    const raw = get(name)?.toLowerCase();
    if (raw === undefined) return def;
    if (TRUE.has(raw)) return true;
    if (FALSE.has(raw)) return false;
    problems.push(`${name}="${raw}" is not a yes/no value: use 1/0, true/false, on/off.`);
    return def;
  };

  const production = get('NODE_ENV') === 'production';
  const port = int('PORT', 8080, 0, 65535, 'a port');
  const host = get('HOST') ?? '127.0.0.1';

  let databaseUrl = get('DATABASE_URL') ?? null;
  if (databaseUrl !== null && !/^postgres(?:ql)?:\/\/\S+$/.test(databaseUrl)) {
    problems.push(
      'DATABASE_URL must be a postgres://user@host:port/database URL, or empty for the embedded SQLite database.',
    );
    databaseUrl = null;
  }
  const databasePath = get('DATABASE_PATH') ?? './data/civic-widgets.db';
  const databasePoolSize = int('DATABASE_POOL_SIZE', 10, 1, 1000, 'a number of connections');

  const corsOrigins: string[] = [];
  for (const part of (get('CORS_ORIGINS') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    if (part === '*') {
      if (production)
        problems.push(
          'CORS_ORIGINS="*" is not allowed when NODE_ENV=production: list the exact origins, e.g. https://www.example.be.',
        );
      corsOrigins.push('*');
      continue;
    }
    let origin: string | null = null;
    try {
      const u = new URL(part);
      if ((u.protocol === 'http:' || u.protocol === 'https:') && u.origin === part.replace(/\/$/, ''))
        origin = u.origin;
    } catch {
      origin = null;
    }
    if (origin === null) {
      problems.push(
        `CORS_ORIGINS entry "${part}" is not an origin: write scheme://host[:port] with no path, e.g. https://www.example.be.`,
      );
    } else {
      corsOrigins.push(origin);
    }
  }

  const adminToken = get('ADMIN_TOKEN') ?? null;
  if (adminToken !== null && adminToken.length < 32) {
    problems.push(
      `ADMIN_TOKEN is ${adminToken.length} characters long: use at least 32 random characters (e.g. \`openssl rand -base64 32\`).`,
    );
  }

  const staffSessionIdleMinutes = int('STAFF_SESSION_IDLE_MINUTES', 30, 1, 1440, 'a number of minutes');
  const staffSessionMaxHours = int('STAFF_SESSION_MAX_HOURS', 12, 1, 720, 'a number of hours');

  const bodyLimitBytes = int('BODY_LIMIT_BYTES', MAX_BODY_BYTES, 1024, 10 * 1024 * 1024, 'a body size in bytes');
  const rateLimitPerMinute = int('RATE_LIMIT_PER_MINUTE', 20, 0, 1_000_000, 'a number of requests per minute');
  const readRateLimitPerMinute = int(
    'READ_RATE_LIMIT_PER_MINUTE',
    300,
    0,
    1_000_000,
    'a number of requests per minute',
  );
  const publicMaxAgeSeconds = int('PUBLIC_MAX_AGE_SECONDS', 30, 0, 86_400, 'a number of seconds');
  const minFillMs = int('MIN_FILL_MS', 3000, 0, 3_600_000, 'a number of milliseconds');
  const requestTimeoutMs = int('REQUEST_TIMEOUT_MS', 30_000, 500, 600_000, 'a number of milliseconds');
  const retentionDays = int('RETENTION_DAYS', 365, 1, 36_500, 'a number of days');
  const reminderHours = int('REMINDER_HOURS', 48, 1, 720, 'a number of hours');
  const digestHour = int('DIGEST_HOUR', 8, 0, 23, 'an hour of the day (Europe/Brussels)');

  let trustProxy = 0;
  const tp = get('TRUST_PROXY')?.toLowerCase();
  if (tp !== undefined) {
    if (TRUE.has(tp)) trustProxy = 1;
    else if (FALSE.has(tp)) trustProxy = 0;
    else if (/^\d+$/.test(tp) && Number(tp) <= 10) trustProxy = Number(tp);
    else
      problems.push(`TRUST_PROXY="${tp}" is not valid: use true (one proxy), a number of proxy hops (0-10), or false.`);
  }

  const seedRaw = get('SEED')?.toLowerCase();
  let seed: Config['seed'] = 'auto';
  if (seedRaw === 'demo' || seedRaw === 'none') seed = seedRaw;
  else if (seedRaw !== undefined) problems.push(`SEED="${seedRaw}" is not valid: use demo or none.`);

  const levelRaw = get('LOG_LEVEL')?.toLowerCase() ?? 'info';
  let logLevel: LogLevel = 'info';
  if ((LOG_LEVELS as readonly string[]).includes(levelRaw)) logLevel = levelRaw as LogLevel;
  else problems.push(`LOG_LEVEL="${levelRaw}" is not valid: use ${LOG_LEVELS.join(', ')}.`);

  const demoPage = bool('DEMO_PAGE', !production);
  const migrateOnStart = bool('MIGRATE_ON_START', true);
  const mail = mailConfig(get, int, bool, problems);
  const demoMailDir = get('DEMO_MAIL_DIR') ?? null;
  const serveSourceMaps = bool('SERVE_SOURCE_MAPS', false);

  if (problems.length > 0) throw new ConfigError(problems);
  return {
    port,
    host,
    databaseUrl,
    databasePath,
    databasePoolSize,
    corsOrigins,
    adminToken,
    staffSessionIdleMinutes,
    staffSessionMaxHours,
    bodyLimitBytes,
    rateLimitPerMinute,
    readRateLimitPerMinute,
    publicMaxAgeSeconds,
    minFillMs,
    requestTimeoutMs,
    retentionDays,
    reminderHours,
    digestHour,
    trustProxy,
    seed,
    migrateOnStart,
    logLevel,
    demoPage,
    production,
    demoDir: repoPath('demo'),
    widgetsDir: repoPath('dist/cdn'),
    serveSourceMaps,
    mail,
    demoMailDir,
  };
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '::1', '[::1]']);

/** The e-mail settings (null: mail is off), adding what is wrong to `problems`. */
function mailConfig(
  get: (name: string) => string | undefined,
  int: (name: string, def: number, min: number, max: number, what: string) => number,
  bool: (name: string, def: boolean) => boolean,
  problems: string[],
): MailConfig | null {
  const url = get('SMTP_URL');
  const hostVar = get('SMTP_HOST');
  const maxAttempts = int('MAIL_MAX_ATTEMPTS', 10, 1, 100, 'a number of attempts');
  const retryBaseMs = int('MAIL_RETRY_BASE_MS', 30_000, 10, 3_600_000, 'a number of milliseconds');
  const leaseSeconds = int('MAIL_LEASE_SECONDS', 300, 2, 3600, 'a number of seconds');
  const tlsRejectUnauthorized = bool('SMTP_TLS_REJECT_UNAUTHORIZED', true);
  const others = ['SMTP_PORT', 'SMTP_USER', 'SMTP_PASSWORD', 'SMTP_SECURE', 'SMTP_STARTTLS', 'MAIL_FROM'].filter(
    (n) => get(n) !== undefined,
  );
  if (url === undefined && hostVar === undefined) {
    if (others.length > 0)
      problems.push(`${others.join(', ')} set without an SMTP server: set SMTP_URL or SMTP_HOST too (or unset them).`);
    return null;
  }
  if (url !== undefined && hostVar !== undefined) {
    problems.push('SMTP_URL and SMTP_HOST are both set: use one of them.');
    return null;
  }
  let host = hostVar ?? '';
  let port: number | undefined;
  let secure: boolean | undefined;
  let user = get('SMTP_USER') ?? null;
  let password = get('SMTP_PASSWORD') ?? null;
  if (url !== undefined) {
    let u: URL | null = null;
    try {
      u = new URL(url);
    } catch {
      u = null;
    }
    if (
      !u ||
      (u.protocol !== 'smtp:' && u.protocol !== 'smtps:') ||
      !u.hostname ||
      (u.pathname && u.pathname !== '/')
    ) {
      problems.push(
        'SMTP_URL must be smtp://[user:password@]host[:port] (STARTTLS) or smtps://[user:password@]host[:port] (TLS from the start).',
      );
      return null;
    }
    host = u.hostname;
    secure = u.protocol === 'smtps:';
    if (u.port) port = Number(u.port);
    if (u.username) {
      if (user !== null || password !== null)
        problems.push('SMTP_URL has a user name: do not set SMTP_USER/SMTP_PASSWORD as well.');
      user = decodeURIComponent(u.username);
      password = decodeURIComponent(u.password);
    }
  } else if (!/^[A-Za-z0-9.-]+$|^\[[0-9A-Fa-f:.]+\]$/.test(host)) {
    problems.push(`SMTP_HOST="${host}" is not a host name or address.`);
  }
  const secureVar = get('SMTP_SECURE');
  if (secureVar !== undefined) {
    const v = bool('SMTP_SECURE', false);
    if (secure !== undefined && v !== secure)
      problems.push(
        'SMTP_SECURE disagrees with SMTP_URL (smtps:// is TLS from the start, smtp:// is not): unset SMTP_SECURE.',
      );
    secure = v;
  }
  if (get('SMTP_PORT') !== undefined) {
    if (port !== undefined) problems.push('SMTP_URL has a port: do not set SMTP_PORT as well.');
    port = int('SMTP_PORT', 587, 1, 65535, 'a port');
  }
  secure ??= port === 465;
  port ??= secure ? 465 : 587;
  if ((user === null) !== (password === null || password === ''))
    problems.push('SMTP_USER and SMTP_PASSWORD go together: set both, or neither for a relay without sign-in.');
  const starttlsRaw = get('SMTP_STARTTLS')?.toLowerCase();
  let starttls: MailConfig['starttls'] = LOOPBACK.has(host) || secure ? 'auto' : 'required';
  if (starttlsRaw === 'required' || starttlsRaw === 'auto' || starttlsRaw === 'off') starttls = starttlsRaw;
  else if (starttlsRaw !== undefined)
    problems.push(`SMTP_STARTTLS="${starttlsRaw}" is not valid: use required, auto or off.`);
  const from = get('MAIL_FROM');
  let fromAddress = '';
  if (from === undefined) {
    problems.push(
      'MAIL_FROM is required when SMTP is set: the sender, e.g. "Gemeente Voorbeeld <noreply@voorbeeld.be>".',
    );
  } else {
    const m = /^(?:[^<>]*<([^<>\s]+@[^<>\s]+\.[^<>\s]+)>|([^<>\s]+@[^<>\s]+\.[^<>\s]+))$/.exec(from);
    if (!m)
      problems.push(`MAIL_FROM="${from}" is not an address: write noreply@example.be or "Name <noreply@example.be>".`);
    else fromAddress = (m[1] ?? m[2])!;
  }
  return {
    host,
    port,
    secure,
    starttls,
    user,
    password: user === null ? null : password,
    tlsRejectUnauthorized,
    from: from ?? '',
    fromAddress,
    maxAttempts,
    retryBaseMs,
    leaseSeconds,
  };
}
