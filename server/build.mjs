// Compiles the server to one JavaScript file, server/dist/cli.js: the server's code and the contract
// it shares with the widgets (src/schema) are bundled in; npm packages stay imports, installed as the
// package's dependencies. Runs from the repository (npm run build -w server, npm pack -w server).
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const started = Date.now();
await build({
  entryPoints: [`${here}main.ts`],
  outfile: `${here}dist/cli.js`,
  bundle: true,
  packages: 'external',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  banner: { js: '#!/usr/bin/env node' },
  legalComments: 'none',
  logLevel: 'warning',
});
console.log(`server/dist/cli.js built in ${Date.now() - started} ms`);
