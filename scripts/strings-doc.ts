// Writes docs/strings.md: for each widget, every key its `strings` attribute may override, with the
// Dutch text. Run `npx tsx scripts/strings-doc.ts` after changing a catalog; test/node/strings-doc.test.ts
// fails while the page is out of date.
import { writeFileSync } from 'node:fs';
import * as nl from '../src/i18n/nl.js';
import { catalogs as staffCatalogs } from '../src/components/staff-console/staff-console.strings.js';

/** The staff console's own keys (shell and every screen; the shared ones are listed once, below). */
const staffConsole = Object.fromEntries(Object.entries(staffCatalogs.nl).filter(([k]) => !(k in nl.common)));

const WIDGETS: [string, Record<string, unknown>][] = [
  ['civic-idea-form', nl.ideaForm],
  ['civic-initiative-list', nl.initiativeList],
  ['civic-participation-ladder', nl.participationLadder],
  ['civic-volunteer-signup', nl.volunteerSignup],
  ['civic-staff-console', staffConsole],
];

const cell = (value: unknown): string =>
  typeof value === 'function'
    ? '_(made from values: set it from script as a function, or as fixed text)_'
    : String(value).replace(/\|/g, '\\|').replace(/\n/g, ' ');

const table = (strings: Record<string, unknown>): string =>
  [
    '| key | Dutch text |',
    '| --- | --- |',
    ...Object.entries(strings).map(([k, v]) => `| \`${k}\` | ${cell(v)} |`),
  ].join('\n');

export function stringsDoc(): string {
  return `# Texts a page can override

Every text a widget shows can be replaced per element with the \`strings\` attribute (JSON) or property
(an object), in any language: the override wins over the catalog of the current language.

\`\`\`html
<civic-idea-form strings='{"ideaSubmit":"Stuur je idee naar de stad"}'></civic-idea-form>
\`\`\`

A key that a widget does not have, or invalid JSON, is reported once in the browser console. This page is
made by \`scripts/strings-doc.ts\` from the Dutch catalogs (\`src/i18n/nl.ts\`, and for the staff console
\`src/i18n/nl/staff-*.ts\`); the French and English catalogs have the same keys.

${WIDGETS.map(([tag, strings]) => `## \`<${tag}>\`\n\n${table(strings)}\n\nAnd the keys every widget shares, below.`).join('\n\n')}

## Shared by every widget

${table(nl.common)}
`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync('docs/strings.md', stringsDoc());
  console.log('docs/strings.md');
}
