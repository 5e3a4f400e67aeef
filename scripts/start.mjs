// `npm start`: the demo. Builds the widgets (dist/cdn) only when a source file is newer than the last
// build, compiles the server (esbuild, well under a second) and runs it with the demo page and, on the
// embedded database, the demo municipality. Ctrl-C stops it. `npm run serve` runs the server from
// TypeScript instead, without building anything.
//
// E-mail: unless SMTP_URL or SMTP_HOST is set, a local mail sink (smtp-server, in this process, on a
// free loopback port) receives what the demo sends and writes each message, parsed with mailparser,
// to data/demo-mail/<id>.json; the demo server lists them at /demo/mail. Nothing leaves the machine.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

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

/** A local SMTP server that keeps what it receives in `dir` as JSON; resolves with its port. */
async function startMailSink(dir) {
  const { SMTPServer } = await import('smtp-server');
  const { simpleParser } = await import('mailparser');
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  let n = 0;
  const sink = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    size: 1024 * 1024,
    onData(stream, session, cb) {
      simpleParser(stream).then(
        (m) => {
          const id = `${Date.now()}-${(n++).toString().padStart(4, '0')}`;
          const mail = {
            id,
            receivedAt: new Date().toISOString(),
            from: m.from?.text ?? session.envelope.mailFrom?.address ?? '',
            to: session.envelope.rcptTo.map((r) => r.address),
            subject: m.subject ?? '',
            text: m.text ?? '',
            html: typeof m.html === 'string' ? m.html : '',
            messageId: m.messageId ?? '',
          };
          writeFileSync(join(dir, `${id}.json`), JSON.stringify(mail, null, 2), { mode: 0o600 });
          cb();
        },
        (e) => cb(e),
      );
    },
  });
  sink.on('error', (e) => console.error('demo mail sink:', e.message));
  await new Promise((r) => sink.listen(0, '127.0.0.1', r));
  return { port: sink.server.address().port, close: () => sink.close() };
}

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
  const port = env.PORT ?? '8080';
  console.error(
    `demo mail sink on 127.0.0.1:${sink.port}: the demo's e-mails are kept in ${dir} and shown at http://localhost:${port}/demo/mail`,
  );
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
