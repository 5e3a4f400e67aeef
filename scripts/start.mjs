// `npm start`: the demo. Builds the widgets (dist/cdn) only when a source file is newer than the last
// build, compiles the server (esbuild, well under a second) and runs it with the demo page and, on the
// embedded database, the demo municipality. Ctrl-C stops it. `npm run serve` runs the server from
// TypeScript instead, without building anything.
//
// E-mail: unless SMTP_URL or SMTP_HOST is set, a local mail sink (scripts/mail-sink.mjs: smtp-server,
// in this process, on a free loopback port) receives what the demo sends and writes each message,
// parsed with mailparser, to data/demo-mail/<id>.json; the demo server lists them at /demo/mail and
// prints that address when it listens. Nothing leaves the machine.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startMailSink } from './mail-sink.mjs';

/** The newest modification time under `dir` (0 when it does not exist). */
function newest(dir) {
  if (!existsSync(dir)) return 0;
  let t = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    t = Math.max(t, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return t;
}

const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

const built = existsSync('dist/cdn/civic-widgets.js') ? newest('dist/cdn') : 0;
const sources = Math.max(newest('src'), statSync('vite.config.ts').mtimeMs, statSync('package.json').mtimeMs);
if (built < sources) run('npm', ['run', 'build:cdn']);
else console.error('widgets in dist/cdn are up to date');
run(process.execPath, ['server/build.mjs']);

const env = { ...process.env, DEMO_PAGE: process.env.DEMO_PAGE ?? 'on' };
let sink = null;
if (!process.env.SMTP_URL && !process.env.SMTP_HOST) {
  const dir = resolve(process.env.DEMO_MAIL_DIR ?? 'data/demo-mail');
  sink = await startMailSink(dir);
  Object.assign(env, {
    SMTP_URL: `smtp://127.0.0.1:${sink.port}`,
    MAIL_FROM: env.MAIL_FROM ?? '"Voorbeeldgemeente (demo)" <noreply@demo.example>',
    DEMO_MAIL_DIR: dir,
  });
  // The server prints the /demo/mail address itself once it listens (right with PORT=0 too).
  console.error(`demo mail sink on 127.0.0.1:${sink.port}: the demo's e-mails are kept in ${dir}`);
}

// The staff console at /staff, and a demo admin to sign in with: made here, at each demo start, with a
// new random password (create-admin resets it when the account exists), printed once. Never in
// production (NODE_ENV=production) and never on a PostgreSQL database (DATABASE_URL): there an admin
// is made by hand with `create-admin` (docs/deploy.md). The server itself never seeds an account.
{
  const port = env.PORT ?? '8080';
  const staffUrl = port === '0' ? 'the address the server prints below, at /staff' : `http://localhost:${port}/staff`;
  if (process.env.NODE_ENV === 'production' || process.env.DATABASE_URL) {
    console.error(`staff console: ${staffUrl} (sign in with an account made by \`create-admin EMAIL\`)`);
  } else {
    const { randomBytes } = await import('node:crypto');
    const email = 'demo-admin@demo.example';
    const password = randomBytes(12).toString('base64url');
    const made = spawnSync(process.execPath, ['server/dist/cli.js', 'create-admin', email], {
      input: `${password}\n`,
      env,
      encoding: 'utf8',
    });
    if (made.status !== 0) {
      console.error(`staff console: ${staffUrl}; the demo admin could not be made:\n${made.stderr}${made.stdout}`);
    } else {
      console.error(
        `staff console: ${staffUrl}\n` +
          `  demo admin (this demo only): e-mail ${email}, password ${password} (new at every npm start)`,
      );
    }
  }
}

const server = spawn(process.execPath, ['server/dist/cli.js', 'serve', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env,
});
// Ctrl-C reaches the server too (same process group); a TERM sent to this process is passed on.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => {
  sink?.close();
  process.exit(code ?? (signal ? 1 : 0));
});
