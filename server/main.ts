/**
 * Entry point of the server: `civic-widgets-server [command]` when installed (compiled to dist/cli.js
 * by build.mjs), `node --import tsx server/main.ts [command]` from the repository. Without a command it
 * serves. See cli.ts for the commands and docs/server.md for the environment variables.
 */
import { runCli } from './cli.js';

runCli(process.argv.slice(2)).then(
  (code) => {
    // `serve` resolves once it listens and keeps the process alive; the other commands end here.
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`civic-widgets server failed to start: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  },
);
