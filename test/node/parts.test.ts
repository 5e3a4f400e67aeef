// One vocabulary of CSS part names (src/internal/parts.ts): every `@csspart` a widget documents and
// every `part="…"` written in the widgets' templates is a name of it, every name is used, and
// docs/parts.md lists exactly these names. The browser test test/browser/internal/parts.test.ts checks
// the parts the widgets actually render.
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { PART_NAMES, PARTS } from '../../src/internal/parts.js';

const src = new URL('../../src/', import.meta.url);
const WIDGETS = ['idea-form', 'initiative-list', 'participation-ladder', 'volunteer-signup'];
const known = new Set<string>(PART_NAMES);

async function sources(): Promise<[string, string][]> {
  const files = (await readdir(src, { recursive: true })).filter((f) => f.endsWith('.ts'));
  return Promise.all(files.map(async (f) => [f, await readFile(new URL(f, src), 'utf8')] as [string, string]));
}

/** The `@csspart` names of a widget's class JSDoc. */
async function documented(widget: string): Promise<string[]> {
  const text = await readFile(new URL(`components/${widget}/${widget}.ts`, src), 'utf8');
  return [...text.matchAll(/@csspart\s+([\w-]+)/g)].map((m) => m[1]!);
}

/** Every part name written as a literal in a template: `part="a b"`. */
const written = (text: string): string[] =>
  [...text.matchAll(/\bpart=["']([^"'$]*)["']/g)].flatMap((m) => m[1]!.split(/\s+/).filter(Boolean));

test('the vocabulary: kebab-case names, each with its meaning', () => {
  assert.ok(PART_NAMES.length >= 14);
  for (const name of PART_NAMES) {
    assert.match(name, /^[a-z]+(-[a-z]+)*$/, name);
    assert.ok(PARTS[name].length > 5, `${name} has a meaning`);
  }
  // style.md's anatomy nouns are all in it.
  for (const noun of ['form', 'error-summary', 'field', 'label', 'hint', 'error-message', 'input', 'fieldset']) {
    assert.ok(known.has(noun), noun);
  }
  for (const noun of ['legend', 'submit-button', 'status', 'list', 'item', 'rung']) assert.ok(known.has(noun), noun);
});

test('every @csspart of every widget is in the vocabulary, once', async () => {
  for (const w of WIDGETS) {
    const names = await documented(w);
    assert.ok(names.length > 5, `${w} documents its parts`);
    for (const n of names) assert.ok(known.has(n), `${w}: @csspart ${n} is not in src/internal/parts.ts`);
    assert.equal(new Set(names).size, names.length, `${w}: a @csspart twice`);
  }
});

test('every part written in a template under src/ is in the vocabulary, and every name is used', async () => {
  const used = new Set<string>();
  for (const [file, text] of await sources()) {
    if (file.endsWith('parts.ts')) continue;
    for (const n of written(text)) {
      assert.ok(known.has(n), `${file}: part="${n}" is not in src/internal/parts.ts`);
      used.add(n);
    }
    // Code that selects by part name uses names of the vocabulary too.
    for (const m of text.matchAll(/\[part~?=["']?([\w-]+)["']?\]|byPart\(["']([\w-]+)["']\)/g)) {
      const n = m[1] ?? m[2]!;
      assert.ok(known.has(n), `${file}: selects part ${n}, not in the vocabulary`);
    }
  }
  for (const n of PART_NAMES) assert.ok(used.has(n), `${n} is in the vocabulary but no widget renders it`);
});

test('a widget documents the parts its own files write', async () => {
  const all = await sources();
  // Shared blocks every form renders: the widgets with forms document them.
  for (const w of WIDGETS) {
    const docs = new Set(await documented(w));
    for (const [file, text] of all) {
      if (!file.startsWith(`components/${w}/`)) continue;
      for (const n of written(text)) assert.ok(docs.has(n), `${file} writes part="${n}", ${w}.ts has no @csspart ${n}`);
    }
  }
});

test('docs/parts.md lists exactly the vocabulary', async () => {
  const doc = await readFile(new URL('../../docs/parts.md', import.meta.url), 'utf8');
  const rows = [...doc.matchAll(/^\|\s*`([\w-]+)`\s*\|/gm)].map((m) => m[1]!);
  assert.deepEqual([...new Set(rows)].sort(), [...PART_NAMES].sort());
});
