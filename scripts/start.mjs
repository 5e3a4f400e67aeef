// `npm start`: the demo. Builds the widgets (dist/cdn) only when a source file is newer than the last
// build, compiles the server (esbuild, well under a second) and runs it with the demo page and, on the
// embedded database, the demo municipality. Ctrl-C stops it. `npm run serve` runs the server from
// TypeScript instead, without building anything.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

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

const server = spawn(process.execPath, ['server/dist/cli.js', 'serve', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, DEMO_PAGE: process.env.DEMO_PAGE ?? 'on' },
});
// Ctrl-C reaches the server too (same process group); a TERM sent to this process is passed on.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
