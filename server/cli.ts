/**
 * The command line of the server package: `civic-widgets-server <command>`. Every command reads the
 * same environment variables (docs/server.md); `runCli` returns the exit code, or never returns for
 * `serve` (which exits on SIGINT/SIGTERM).
 */
import { createApp } from './app.js';
import { runSiteCommand, siteArgsProblem, SITE_USAGE } from './cli-site.js';
import { ConfigError, createLogger, loadConfig, type Config, type Logger } from './config.js';
import { backupSqlite, openDatabase, type DatabaseHandle } from './db/database.js';
import { purgeExpiredKeys } from './db/idempotency.js';
import { migrate } from './db/migrations.js';
import { seedDemo, type DemoPages } from './db/seed-demo.js';
import { startRetention } from './services/retention.js';
import { startMailJobs } from './services/reminders.js';
import { startMailWorker } from './services/mail.js';
import { hasSite } from './db/site.js';
import { listenProblem, serveApp } from './serve.js';
import { createAdmin, passwordProblem } from './services/staff-accounts.js';
import { EmailSchema, validate } from '../src/schema/index.js';
import { PASSWORD_MIN_LENGTH } from '../src/schema/staff/index.js';

const NAME = 'civic-widgets-server';

const USAGE = `Usage: ${NAME} <command> [options]

Commands:
  serve            migrate the database (unless MIGRATE_ON_START=false) and serve the API (the default)
  migrate          bring the database schema up to date, then exit (run once per upgrade)
  seed-demo        add the demo municipality to a database that has no site yet, then exit
  backup FILE      copy the SQLite database to FILE, consistently, while the server runs
                   (PostgreSQL: use pg_dump, see docs/deploy.md)
  create-admin EMAIL
                   create a staff admin with a password read from stdin (asked twice, not shown,
                   on a terminal; the first line when piped); if the account exists, reset its
                   password, make it an admin and enable it. No default password exists.
  check-config     check the environment variables and print the settings (secrets hidden)
${SITE_USAGE}
  help             this text

Options:
  -h, --help       this text (also after a command)

Configuration comes from environment variables (PORT, HOST, DATABASE_URL, DATABASE_PATH,
CORS_ORIGINS, TRUST_PROXY, LOG_LEVEL, ...; ADMIN_TOKEN is deprecated): see docs/server.md and docs/deploy.md.
With NODE_ENV=production the server never adds demo data by itself.
`;

/** Where diagnostics for a person go (not the JSON log). */
const say = (line: string): void => void process.stderr.write(`${line}\n`);

function readConfig(): Config | null {
  try {
    return loadConfig(process.env);
  } catch (e) {
    if (e instanceof ConfigError) {
      say(`${NAME}: ${e.message}\nFix the environment variables above (see docs/server.md) and start again.`);
      return null;
    }
    throw e;
  }
}

const describeDb = (config: Config): string =>
  config.databaseUrl !== null ? 'PostgreSQL (DATABASE_URL)' : `SQLite at ${config.databasePath}`;

const open = (config: Config, log: Logger): DatabaseHandle =>
  openDatabase({
    databaseUrl: config.databaseUrl,
    databasePath: config.databasePath,
    poolSize: config.databasePoolSize,
    log,
  });

/** Runs `argv` (without node and the script); resolves with the exit code (`serve` keeps running). */
export async function runCli(argv: readonly string[]): Promise<number> {
  const [command = 'serve', ...rest] = argv;
  if (['-h', '--help', 'help'].includes(command) || rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(USAGE);
    return 0;
  }
  const expected: Record<string, number> = {
    serve: 0,
    migrate: 0,
    'seed-demo': 0,
    backup: 1,
    'check-config': 0,
    'create-admin': 1,
  };
  if (command === 'site') {
    const problem = siteArgsProblem(NAME, rest);
    if (problem) {
      say(problem);
      return 2;
    }
    const siteConfig = readConfig();
    if (!siteConfig) return 1;
    // Logs to stderr: `site export` writes the file to stdout.
    const siteLog = createLogger(siteConfig.logLevel, process.stderr);
    return runSiteCommand(NAME, rest, () => open(siteConfig, siteLog), say);
  }
  if (!(command in expected)) {
    say(`${NAME}: unknown command "${command}".\n\n${USAGE}`);
    return 2;
  }
  if (rest.length !== expected[command]) {
    say(
      command === 'backup'
        ? `${NAME} backup: name the file to write, e.g. ${NAME} backup /var/backups/civic-widgets.db`
        : command === 'create-admin'
          ? `${NAME} create-admin: name the account's e-mail address, e.g. ${NAME} create-admin it@example.be`
          : `${NAME} ${command}: takes no arguments (got ${rest.join(' ')}).`,
    );
    return 2;
  }
  const config = readConfig();
  if (!config) return 1;
  const log = createLogger(config.logLevel);

  switch (command) {
    case 'check-config':
      return checkConfig(config);
    case 'backup':
      return backup(config, rest[0]!, log);
    case 'create-admin':
      return createAdminCommand(config, rest[0]!, log);
    case 'migrate':
    case 'seed-demo': {
      const handle = open(config, log);
      try {
        await migrate(handle.db, handle.dialect);
        log.info(`database: ${describeDb(config)}, migrated`);
        if (command === 'seed-demo') {
          if (await seedDemo(handle.db, demoPages(config))) log.info('seeded the demo data (Voorbeeldgemeente (demo))');
          else log.info('the database has a site already: demo data not added');
        }
        return 0;
      } finally {
        await handle.close();
      }
    }
    default:
      await serve(config, log);
      return 0;
  }
}

function checkConfig(config: Config): number {
  const shown = {
    ...config,
    databaseUrl: config.databaseUrl?.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@') ?? null,
    adminToken: config.adminToken === null ? null : '(set)',
    mail: config.mail && { ...config.mail, password: config.mail.password === null ? null : '(set)' },
  };
  process.stdout.write(`${JSON.stringify(shown, null, 2)}\n`);
  say(`${NAME}: the configuration is valid.`);
  return 0;
}

/** One line typed on a terminal without echo (raw mode); null on Ctrl-C or Ctrl-D. */
function readHidden(prompt: string): Promise<string | null> {
  const stdin = process.stdin;
  process.stderr.write(prompt);
  stdin.setRawMode(true);
  stdin.resume();
  stdin.setEncoding('utf8');
  let line = '';
  return new Promise((resolve) => {
    const done = (v: string | null): void => {
      stdin.off('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
      process.stderr.write('\n');
      resolve(v);
    };
    const onData = (chunk: string): void => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n') return done(line);
        if (ch === '\u0003' || ch === '\u0004') return done(null);
        if (ch === '\u007f' || ch === '\b') line = line.slice(0, -1);
        else line += ch;
      }
    };
    stdin.on('data', onData);
  });
}

/** The first line of a piped stdin (without its line end); null when stdin is empty. */
function readFirstLine(): Promise<string | null> {
  const stdin = process.stdin;
  stdin.setEncoding('utf8');
  let buf = '';
  return new Promise((resolve, reject) => {
    const finish = (v: string | null): void => {
      stdin.off('data', onData);
      stdin.off('end', onEnd);
      stdin.off('error', reject);
      stdin.pause();
      resolve(v);
    };
    const onData = (chunk: string): void => {
      buf += chunk;
      const nl = buf.indexOf('\n');
      if (nl >= 0) finish(buf.slice(0, nl).replace(/\r$/, ''));
    };
    const onEnd = (): void => finish(buf === '' ? null : buf.replace(/\r?\n?$/, ''));
    stdin.on('data', onData);
    stdin.on('end', onEnd);
    stdin.on('error', reject);
  });
}

/** `create-admin EMAIL`: the password from stdin, never a default one. */
async function createAdminCommand(config: Config, email: string, log: Logger): Promise<number> {
  const checked = validate(EmailSchema, email);
  if (!checked.ok) {
    say(`${NAME} create-admin: "${email}" is not an e-mail address.`);
    return 2;
  }
  let password: string | null;
  if (process.stdin.isTTY) {
    password = await readHidden(`Password for ${checked.data} (at least ${PASSWORD_MIN_LENGTH} characters): `);
    const again = password === null ? null : await readHidden('The same password again: ');
    if (password === null || again === null) {
      say(`${NAME} create-admin: cancelled.`);
      return 1;
    }
    if (again !== password) {
      say(`${NAME} create-admin: the two passwords differ; nothing changed.`);
      return 1;
    }
  } else {
    password = await readFirstLine();
  }
  if (password === null || password === '') {
    say(`${NAME} create-admin: give the password on stdin (e.g. from a password manager); nothing changed.`);
    return 1;
  }
  const problem = passwordProblem(password);
  if (problem !== null) {
    say(
      `${NAME} create-admin: the password is too ${password.length < PASSWORD_MIN_LENGTH ? 'short' : 'long'}: ${problem}; nothing changed.`,
    );
    return 1;
  }
  const handle = open(config, log);
  try {
    await migrate(handle.db, handle.dialect);
    const r = await createAdmin(handle.db, checked.data, password);
    say(
      r.created
        ? `${NAME} create-admin: created the admin ${r.account.email}; sign in with POST /v1/staff/session.`
        : `${NAME} create-admin: ${r.account.email} existed: its password is reset, it is an admin and enabled, its sessions ended.`,
    );
    return 0;
  } finally {
    await handle.close();
  }
}

async function backup(config: Config, file: string, log: Logger): Promise<number> {
  if (config.databaseUrl !== null) {
    say(
      `${NAME} backup: copies the embedded SQLite database only. For PostgreSQL use pg_dump, e.g.\n` +
        `  pg_dump --format=custom --file=${file} "$DATABASE_URL"\n(see docs/deploy.md, "Backups and restore").`,
    );
    return 2;
  }
  try {
    const pages = await backupSqlite(config.databasePath, file);
    log.info(`backed up ${config.databasePath} to ${file}`, { pages });
    return 0;
  } catch (e) {
    say(`${NAME} backup: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
}

/**
 * The demo page's sections (served at `/` when DEMO_PAGE is on), for the demo site's page URLs:
 * e-mails of the demo then link to the demo page (cancel links open its volunteer signup).
 */
function demoPages(config: Config): DemoPages {
  if (!config.demoPage || config.port === 0) return {};
  const host = ['0.0.0.0', '127.0.0.1', '::', '::1', 'localhost'].includes(config.host) ? 'localhost' : config.host;
  const base = `http://${host.includes(':') ? `[${host}]` : host}:${config.port}/`;
  return { volunteer: `${base}#vrijwilligers`, ideas: `${base}#idee` };
}

async function serve(config: Config, log: Logger): Promise<void> {
  const handle = open(config, log);
  const where = describeDb(config);
  if (config.migrateOnStart) {
    await migrate(handle.db, handle.dialect);
    log.info(`database: ${where}, migrated`);
  } else {
    log.info(`database: ${where} (MIGRATE_ON_START=false: /readyz answers 503 until it is migrated)`);
  }

  // The demo municipality only when asked (SEED=demo), or on the embedded database outside production.
  const seedNow =
    config.seed === 'demo' || (config.seed === 'auto' && handle.dialect === 'sqlite' && !config.production);
  if (seedNow && (await seedDemo(handle.db, demoPages(config))))
    log.info('seeded the demo data (Voorbeeldgemeente (demo))');
  if (config.migrateOnStart && !(await hasSite(handle.db)))
    log.warn(
      `the database has no site yet: GET /v1/site answers 503. For a demo run \`${NAME} seed-demo\` (or start with SEED=demo); for a real site, add it through the staff API (docs/server.md).`,
    );
  if (config.adminToken !== null)
    log.warn(
      'ADMIN_TOKEN is set: it is DEPRECATED and will be removed. Create staff accounts (`civic-widgets-server create-admin EMAIL`) and named API tokens (POST /v1/staff/api-tokens) instead, then unset it.',
    );
  if (config.corsOrigins.includes('*'))
    log.warn('CORS_ORIGINS=* lets any site call this API; list exact origins in production.');

  const purge = setInterval(() => {
    purgeExpiredKeys(handle.db).catch((e: unknown) => log.error('purging idempotency keys failed', e));
  }, 3_600_000);
  purge.unref();
  // Contact details past RETENTION_DAYS are erased now and every hour (server/services/retention.ts).
  const stopRetention = startRetention(handle.db, config.retentionDays, log);
  // E-mail from the outbox (server/services/mail.ts), when SMTP is set; otherwise said once.
  const mailWorker = config.mail
    ? startMailWorker({ db: handle.db, dialect: handle.dialect, mail: config.mail, log })
    : null;
  // Reminders before shifts and the staff daily digest (server/services/reminders.ts), with mail on.
  const stopMailJobs = config.mail
    ? startMailJobs(handle.db, { reminderHours: config.reminderHours, digestHour: config.digestHour }, log)
    : () => undefined;
  if (!config.mail)
    log.info('mail: off (no SMTP_URL or SMTP_HOST): no e-mails are sent or queued (docs/server.md, "E-mail")');

  const app = createApp({ config, db: handle.db, log });
  const listen = { port: config.port, hostname: config.host };
  // The demo's local mail sink (`npm start`): its e-mails are read at /demo/mail, on the port listened on.
  const demoMail = config.demoPage && config.demoMailDir !== null && config.mail !== null;
  const served = serveApp(
    app,
    listen,
    (info) => {
      const shown = ['0.0.0.0', '127.0.0.1', '::', '::1', 'localhost'].includes(config.host)
        ? 'localhost'
        : config.host;
      const base = `http://${shown}:${info.port}`;
      log.info(`listening on ${base} (${where})`, {
        url: base,
        api: `${base}/v1/site`,
        ...(config.demoPage ? { demoPage: `${base}/` } : {}),
        ...(demoMail ? { demoMail: `${base}/demo/mail` } : {}),
      });
      if (process.stderr.isTTY) {
        say(`civic-widgets server listening on ${base} (${where})`);
        say(`  API:       ${base}/v1/site`);
        if (config.demoPage) say(`  Demo page: ${base}/`);
        if (demoMail) say(`  Demo mail: ${base}/demo/mail`);
        say('  Stop with Ctrl-C.');
      }
    },
    (e) => {
      // The socket could not be opened: one clear line, as for a configuration error, then exit 1.
      const problem = listenProblem(e, listen);
      say(`civic-widgets server: ${problem ?? `cannot listen on ${listen.hostname}:${listen.port}: ${e.message}`}`);
      clearInterval(purge);
      stopRetention();
      stopMailJobs();
      void (mailWorker?.stop() ?? Promise.resolve()).finally(() => void handle.close().finally(() => process.exit(1)));
    },
    config.requestTimeoutMs,
  );

  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    log.info(`${signal}: stopping`);
    clearInterval(purge);
    stopRetention();
    stopMailJobs();
    const force = setTimeout(() => {
      log.error('did not stop within 10 s; exiting');
      process.exit(1);
    }, 10_000);
    force.unref();
    // The message being sent is finished (sent and deleted, or marked) before the database closes.
    void Promise.all([served.close(), mailWorker?.stop()]).then(() =>
      handle
        .close()
        .then(() => process.exit(0))
        .catch((e: unknown) => {
          log.error('closing the database failed', e);
          process.exit(1);
        }),
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}
