// The translations read as a Flemish and a Belgian-French reader expect: every language has every key,
// each rung of the participation ladder has one name everywhere, and the French follows Belgian law and
// typography (volontaire, not bénévole; no point médian; a narrow no-break space before : ? ! ;).
import assert from 'node:assert/strict';
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
