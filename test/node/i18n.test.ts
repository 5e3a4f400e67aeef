// The translations read as a Flemish and a Belgian-French reader expect: every language has every key,
// each rung of the participation ladder has one name everywhere, and the French follows Belgian law and
// typography (volontaire, not bénévole; no point médian; a narrow no-break space before : ? ! ;).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { test } from 'node:test';
import * as nl from '../../src/i18n/nl.js';
import * as fr from '../../src/i18n/fr.js';
import * as en from '../../src/i18n/en.js';

const WIDGETS = ['common', 'ideaForm', 'initiativeList', 'participationLadder', 'volunteerSignup'] as const;
const CATALOGS = { nl, fr, en };

/** Every plain text of a catalog, with its key. */
function texts(catalog: Record<string, unknown>): [string, string][] {
  return Object.entries(catalog).filter((e): e is [string, string] => typeof e[1] === 'string');
}

test('every language has the same keys for every widget', () => {
  for (const w of WIDGETS) {
    const keys = Object.keys(nl[w]).sort();
    assert.deepEqual(Object.keys(fr[w]).sort(), keys, `fr ${w}`);
    assert.deepEqual(Object.keys(en[w]).sort(), keys, `en ${w}`);
  }
});

test('each rung has one name: the ladder, the list filter and the cards agree', () => {
  for (const [lang, c] of Object.entries(CATALOGS)) {
    for (let rung = 1; rung <= 7; rung++) {
      assert.equal(c.initiativeList.rungName(rung), c.participationLadder.role(rung), `${lang} rung ${rung}`);
    }
  }
});

test('French: volontaire (Belgian volunteer law), no point médian, narrow no-break space before : ? ! ;', () => {
  for (const w of WIDGETS) {
    for (const [key, text] of texts(fr[w])) {
      assert.doesNotMatch(text, /bénévol/i, `fr.${w}.${key}`);
      assert.doesNotMatch(text, /·/, `fr.${w}.${key}`);
      assert.doesNotMatch(text, /[ \u00a0][:?!;]/, `fr.${w}.${key}: a regular space before punctuation`);
    }
  }
  assert.equal(fr.common.colon, '\u202f:');
});

test('Dutch: "je wilt" (not "je wil"), no "verzoeken"', () => {
  for (const w of WIDGETS) {
    for (const [key, text] of texts(nl[w])) {
      assert.doesNotMatch(text, /\bje wil\b(?!t)/, `nl.${w}.${key}`);
      assert.doesNotMatch(text, /verzoeken/, `nl.${w}.${key}`);
    }
  }
});

/** Every .ts file under a folder. */
function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? tsFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** The relative module specifiers a file imports or re-exports, statically or dynamically (`import type` too). */
function specifiers(code: string): string[] {
  return [...code.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g)].map((m) => m[1]!);
}

test('no source module imports the Dutch barrel src/i18n/nl.ts; each widget imports its own Dutch section', () => {
  // A module every widget imports lands in the shared CDN runtime (vite.config.ts): the barrel would put
  // every widget's Dutch on every page (issue 18). It is for tests and scripts only.
  const barrel = resolve('src/i18n/nl.js');
  const offenders: string[] = [];
  for (const file of tsFiles('src')) {
    if (resolve(file) === resolve('src/i18n/nl.ts')) continue;
    for (const spec of specifiers(readFileSync(file, 'utf8'))) {
      if (resolve(dirname(file), spec) === barrel) offenders.push(`${relative('.', file)} imports ${spec}`);
    }
  }
  assert.deepEqual(offenders, []);
  const sections = {
    'idea-form': 'ideaForm',
    'initiative-list': 'initiativeList',
    'participation-ladder': 'participationLadder',
    'volunteer-signup': 'volunteerSignup',
  };
  for (const [name, section] of Object.entries(sections)) {
    const code = readFileSync(`src/components/${name}/${name}.strings.ts`, 'utf8');
    assert.ok(specifiers(code).includes(`../../i18n/nl/${name}.js`), `${name}.strings.ts imports i18n/nl/${name}.js`);
    assert.match(
      code,
      new RegExp(`widgetCatalogs<\\w+>\\(\\s*'${section}',\\s*${section},?\\s*\\)`),
      `${name}.strings.ts`,
    );
  }
});
