// Builds dist/cdn/: civic-widgets.js (all four) and one file per widget (every src/define entry),
// each on its own with the options in vite.config.ts.
import { existsSync, readdirSync } from 'node:fs';
import { basename } from 'node:path';
import { build } from 'vite';
import { cdnConfig } from '../vite.config.js';

const entries: Record<string, string> = { 'civic-widgets': 'src/all.ts' };
for (const file of existsSync('src/define') ? readdirSync('src/define') : []) {
  if (file.endsWith('.ts')) entries[basename(file, '.ts')] = `src/define/${file}`;
}

let first = true;
for (const [name, entry] of Object.entries(entries)) {
  await build(cdnConfig(entry, name, { emptyOutDir: first }));
  first = false;
  console.log(`dist/cdn/${name}.js`);
}
