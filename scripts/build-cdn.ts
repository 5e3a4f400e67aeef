// Builds dist/cdn/ in one build (see vite.config.ts): civic-widgets.js (all four), one file per widget
// (every src/define entry), the runtime chunk they all import, and the language chunks.
import { readdirSync } from 'node:fs';
import { build } from 'vite';
import { cdnBuildConfig, cdnEntries } from '../vite.config.js';

await build(cdnBuildConfig(cdnEntries(), { emptyOutDir: true }));
for (const file of readdirSync('dist/cdn').sort()) if (file.endsWith('.js')) console.log(`dist/cdn/${file}`);
