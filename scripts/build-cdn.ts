// Builds dist/cdn/ in one build (see vite.config.ts): civic-widgets.js (all four), one file per widget
// (every src/define entry), the runtime chunk they all import, and the language chunks; then the staff
// console on its own (dist/cdn/staff-console.js and its chunks).
import { readdirSync } from 'node:fs';
import { build } from 'vite';
import { cdnBuildConfig, cdnConfig, cdnEntries, STAFF_ENTRIES } from '../vite.config.js';

await build(cdnBuildConfig(cdnEntries(), { emptyOutDir: true }));
// The staff console apart, self-contained (its own Lit and chunks), so the residents' files stay as they are.
for (const [name, entry] of Object.entries(STAFF_ENTRIES)) await build(cdnConfig(entry, name));
for (const file of readdirSync('dist/cdn').sort()) if (file.endsWith('.js')) console.log(`dist/cdn/${file}`);
