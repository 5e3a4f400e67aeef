/**
 * Entry point: configuration, database (migrated; demo data on first start), the app on a socket,
 * the URLs printed, a clean stop on SIGINT/SIGTERM (server and database closed, exit 0).
 *
 *   tsx server/main.ts            (see docs/server.md for the environment variables)
 */
import { createApp } from './app.js';
import { ConfigError, createLogger, loadConfig } from './config.js';
import { openDatabase } from './db/database.js';
import { purgeExpiredKeys } from './db/idempotency.js';
import { migrate } from './db/migrations.js';
import { seedDemo } from './db/seed-demo.js';
import { hasSite } from './db/site.js';
import { listenProblem, serveApp } from './serve.js';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig(process.env);
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(
        `civic-widgets server: ${e.message}\nFix the environment variables above (see docs/server.md) and start again.`,
      );
      process.exit(1);
    }
    throw e;
  }
  const log = createLogger(config.logLevel);
  const handle = openDatabase({ databaseUrl: config.databaseUrl, databasePath: config.databasePath, log });
  const where = handle.dialect === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : `SQLite at ${config.databasePath}`;
  await migrate(handle.db, handle.dialect);
  log.info(`database: ${where}, migrated`);

  const seedNow = config.seed === 'demo' || (config.seed === 'auto' && handle.dialect === 'sqlite');
  if (seedNow && (await seedDemo(handle.db))) log.info('seeded the demo data (Voorbeeldgemeente (demo))');
  if (!(await hasSite(handle.db)))
    log.warn('the database has no site yet: GET /v1/site answers 503. Start once with SEED=demo, or add the site.');
  if (config.adminToken === null)
    log.warn('ADMIN_TOKEN is not set: the staff API (/v1/staff) is disabled and answers 503.');
  if (config.corsOrigins.includes('*'))
    log.warn('CORS_ORIGINS=* lets any site call this API; list exact origins in production.');

  const purge = setInterval(() => {
    purgeExpiredKeys(handle.db).catch((e: unknown) => log.error('purging idempotency keys failed', e));
  }, 3_600_000);
  purge.unref();

  const app = createApp({ config, db: handle.db, log });
  const listen = { port: config.port, hostname: config.host };
  const served = serveApp(
    app,
    listen,
    (info) => {
      const shown = ['0.0.0.0', '127.0.0.1', '::', '::1', 'localhost'].includes(config.host)
        ? 'localhost'
        : config.host;
      const base = `http://${shown}:${info.port}`;
      console.log(`civic-widgets server listening on ${base} (${where})`);
      console.log(`  API:       ${base}/v1/site`);
      if (config.demoPage) console.log(`  Demo page: ${base}/`);
      console.log('  Stop with Ctrl-C.');
    },
    (e) => {
      // The socket could not be opened: one clear line, as for a configuration error, then exit 1.
      const problem = listenProblem(e, listen);
      console.error(
        `civic-widgets server: ${problem ?? `cannot listen on ${listen.hostname}:${listen.port}: ${e.message}`}`,
      );
      clearInterval(purge);
      void handle.close().finally(() => process.exit(1));
    },
  );

  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    log.info(`${signal}: stopping`);
    clearInterval(purge);
    const force = setTimeout(() => {
      log.error('did not stop within 10 s; exiting');
      process.exit(1);
    }, 10_000);
    force.unref();
    void served.close().then(() =>
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

main().catch((e: unknown) => {
  console.error('civic-widgets server failed to start:', e instanceof Error ? e.message : e);
  process.exit(1);
});
