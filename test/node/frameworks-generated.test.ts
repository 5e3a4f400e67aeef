// custom-elements.json and what scripts/frameworks.ts generates from it. The manifest: shipped module
// paths, a definition per tag in the module that registers it, public members only, every event typed
// as its widget's event map (src/events/index.ts) says, and only names the package exports. The
// generated files: VS Code custom data and web-types list every element, attribute (with the values of
// a union of literals), event and CSS part of the manifest; the React wrappers, JSX, Vue and Svelte
// types have a typed prop for every event. The source of truth for what a widget fires is its
// `<Class>EventMap`, read with the TypeScript checker, so dropping an event anywhere fails here.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { test } from 'node:test';
import ts from 'typescript';
import { elementsOf, eventProp, generate, literals, typeNames, type Manifest } from '../../scripts/frameworks.js';

const root = new URL('../../', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('custom-elements.json', root), 'utf8')) as Manifest;
const pkg = { name: 'civic-widgets', version: '0.0.0-test' };
const TAGS = ['civic-idea-form', 'civic-initiative-list', 'civic-participation-ladder', 'civic-volunteer-signup'];

/** The package's exported names and each widget's event map, from the TypeScript checker. */
const api = (() => {
  const program = ts.createProgram([new URL('src/index.ts', root).pathname], {
    strict: true,
    experimentalDecorators: true,
    useDefineForClassFields: false,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ['lib.es2023.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
    skipLibCheck: true,
    noEmit: true,
    types: [],
  });
  const checker = program.getTypeChecker();
  const index = program.getSourceFile(new URL('src/index.ts', root).pathname)!;
  const exports = checker.getExportsOfModule(checker.getSymbolAtLocation(index)!);
  const resolve = (s: ts.Symbol): ts.Symbol => (s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s);
  const eventMaps = new Map<string, Map<string, string>>();
  for (const s of exports) {
    const decl = resolve(s).declarations?.find(ts.isInterfaceDeclaration);
    if (!decl || !/^Civic\w+EventMap$/.test(s.name)) continue;
    eventMaps.set(
      s.name.replace(/EventMap$/, ''),
      new Map(
        decl.members
          .filter(ts.isPropertySignature)
          .map((m) => [m.name.getText().replace(/^'|'$/g, ''), m.type!.getText()] as [string, string]),
      ),
    );
  }
  return { exported: new Set(exports.map((s) => s.name)), eventMaps };
})();

const elements = elementsOf(manifest);
const files = generate(manifest, pkg);
const file = (name: string): string => files.get(name) ?? assert.fail(`${name} was not generated`);

test('the manifest: shipped module paths, one definition per tag in the module that registers it', () => {
  for (const mod of manifest.modules) {
    assert.match(mod.path, /^dist\/.*\.js$/, `module ${mod.path}`);
    for (const x of mod.exports ?? []) assert.doesNotMatch(x.declaration.module ?? '', /^\/?src\/|\.ts$/);
  }
  assert.deepEqual(
    elements.map((e) => e.tagName).filter((t) => TAGS.includes(t)),
    TAGS,
  );
  for (const el of elements) {
    assert.match(el.defineModule, /^dist\/define\/[\w-]+\.js$/);
    const source = readFileSync(
      new URL(el.defineModule.replace(/^dist\//, 'src/').replace(/\.js$/, '.ts'), root),
      'utf8',
    );
    assert.match(
      source,
      new RegExp(`safeDefine\\('${el.tagName}', ${el.className}\\)`),
      `${el.defineModule} registers <${el.tagName}>`,
    );
    assert.ok(existsSync(new URL(el.classModule.replace(/^dist\//, 'src/').replace(/\.js$/, '.ts'), root)));
  }
});

test('the manifest: public API only, types a user can write', () => {
  for (const mod of manifest.modules) {
    for (const d of mod.declarations ?? []) {
      for (const m of d.members ?? []) {
        const where = `${d.name}.${m.name}`;
        assert.equal(m.privacy, undefined, `${where} is ${m.privacy}`);
        assert.ok(!m.static, `${where} is static`);
        assert.doesNotMatch(m.name, /^[_#]/, where);
        assert.notEqual(m.name, 'form', `${where}: the internal form controller`);
        if (m.type)
          for (const n of typeNames(m.type.text)) assert.ok(api.exported.has(n), `${where}: ${m.type.text} names ${n}`);
      }
      for (const a of d.attributes ?? []) {
        if (a.type)
          for (const n of typeNames(a.type.text)) assert.ok(api.exported.has(n), `${d.name} [${a.name}]: ${n}`);
      }
    }
  }
  const form = elements.find((e) => e.tagName === 'civic-idea-form')!;
  assert.equal(
    form.properties.find((p) => p.name === 'track')?.type?.text,
    "'create' | 'experiment' | 'join' | undefined",
  );
  assert.deepEqual(literals(form.attributes.find((a) => a.name === 'track')?.type?.text), [
    'create',
    'experiment',
    'join',
  ]);
});

test("the manifest: every event of each widget's event map, with its type and a description", () => {
  for (const el of elements) {
    const map = api.eventMaps.get(el.className) ?? new Map<string, string>();
    assert.deepEqual(
      el.events.map((e) => e.name).sort(),
      [...map.keys()].sort(),
      `<${el.tagName}> events against ${el.className}EventMap`,
    );
    for (const e of el.events) {
      assert.equal(e.type.text, map.get(e.name), `<${el.tagName}> ${e.name}`);
      assert.ok(e.description, `<${el.tagName}> ${e.name} has a description`);
      for (const n of typeNames(e.type.text)) assert.ok(api.exported.has(n), `${e.type.text}: ${n} is exported`);
    }
  }
  assert.equal(
    elements.find((e) => e.tagName === 'civic-idea-form')!.events.find((e) => e.name === 'civic-submitted')!.type.text,
    'CivicSubmittedEvent<IdeaReceipt>',
  );
  assert.equal(
    elements.find((e) => e.tagName === 'civic-volunteer-signup')!.events.find((e) => e.name === 'civic-submitted')!.type
      .text,
    'CivicSubmittedEvent<SignupReceipt>',
  );
});

interface VsTag {
  name: string;
  description: string;
  attributes: Array<{ name: string; description: string; values?: Array<{ name: string }> }>;
}

test('VS Code custom data: every element, attribute with its values, event and part', () => {
  const data = JSON.parse(file('vscode.html-custom-data.json')) as { version: number; tags: VsTag[] };
  assert.equal(data.version, 1.1);
  assert.deepEqual(
    data.tags.map((t) => t.name),
    elements.map((e) => e.tagName),
  );
  for (const el of elements) {
    const tag = data.tags.find((t) => t.name === el.tagName)!;
    assert.deepEqual(
      tag.attributes.map((a) => a.name),
      el.attributes.map((a) => a.name),
      el.tagName,
    );
    for (const a of el.attributes) {
      const values = literals(a.type?.text);
      const got = tag.attributes.find((x) => x.name === a.name)!;
      assert.deepEqual(got.values?.map((v) => v.name) ?? [], values, `${el.tagName} [${a.name}] values`);
      if (a.description) assert.ok(got.description.includes(a.description), `${el.tagName} [${a.name}] description`);
    }
    for (const e of el.events)
      assert.ok(tag.description.includes(`\`${e.name}\``), `${el.tagName} describes ${e.name}`);
    for (const p of el.cssParts)
      assert.ok(tag.description.includes(`::part(${p.name})`), `${el.tagName} lists part ${p.name}`);
  }
  const track = data.tags.find((t) => t.name === 'civic-idea-form')!.attributes.find((a) => a.name === 'track')!;
  assert.deepEqual(track.values, [{ name: 'create' }, { name: 'experiment' }, { name: 'join' }]);
});

interface WebTypesElement {
  name: string;
  attributes: Array<{ name: string; value: { type: string | string[] } }>;
  events: Array<{ name: string; type: string }>;
  js: { properties: Array<{ name: string; type: string }>; events: Array<{ name: string; type: string }> };
  css: { parts: Array<{ name: string }>; properties: Array<{ name: string }> };
}

test('web-types: every element, attribute (enums as value.type), property, event and part', () => {
  const data = JSON.parse(file('web-types.json')) as {
    $schema: string;
    name: string;
    contributions: { html: { elements: WebTypesElement[] } };
  };
  assert.equal(data.$schema, 'https://raw.githubusercontent.com/JetBrains/web-types/master/schema/web-types.json');
  assert.equal(data.name, 'civic-widgets');
  const got = data.contributions.html.elements;
  assert.deepEqual(
    got.map((e) => e.name),
    elements.map((e) => e.tagName),
  );
  for (const el of elements) {
    const w = got.find((e) => e.name === el.tagName)!;
    assert.deepEqual(
      w.attributes.map((a) => a.name),
      el.attributes.map((a) => a.name),
    );
    for (const a of el.attributes) {
      const values = literals(a.type?.text);
      const type = w.attributes.find((x) => x.name === a.name)!.value.type;
      if (values.length)
        assert.deepEqual(
          type,
          values.map((v) => `'${v}'`),
          `${el.tagName} [${a.name}]`,
        );
      else assert.equal(typeof type, 'string');
    }
    assert.deepEqual(
      w.js.properties.map((p) => p.name),
      el.properties.map((p) => p.name),
    );
    const events = el.events.map((e) => [e.name, e.type.text]);
    assert.deepEqual(
      w.events.map((e) => [e.name, e.type]),
      events,
      `${el.tagName} events`,
    );
    assert.deepEqual(
      w.js.events.map((e) => [e.name, e.type]),
      events,
    );
    assert.deepEqual(
      w.css.parts.map((p) => p.name),
      el.cssParts.map((p) => p.name),
    );
    assert.deepEqual(
      w.css.properties.map((p) => p.name),
      el.cssProperties.map((p) => p.name),
    );
    assert.ok(el.cssParts.length > 0 || el.tagName === 'civic-staff-console', `${el.tagName} has parts`);
  }
});

test('React wrappers: one module per element that registers only its own element, typed event props', () => {
  const defines = (text: string): string[] => [...text.matchAll(/^import '([^']+)';$/gm)].map((m) => m[1]!);
  for (const el of elements) {
    const name = el.defineModule.replace(/^dist\/define\/|\.js$/g, '');
    const js = file(`frameworks/react/${name}.js`);
    const dts = file(`frameworks/react/${name}.d.ts`);
    assert.match(js, /^import \{ createComponent \} from '@lit\/react';$/m);
    assert.match(js, /^import \* as React from 'react';$/m);
    assert.ok(
      js.includes(`export const ${el.className} = /* @__PURE__ */ createComponent({\n  tagName: '${el.tagName}',`),
      el.className,
    );
    // Only its own registration and its own class: an app that imports one wrapper bundles one widget.
    assert.deepEqual(defines(js), [`../../define/${name}.js`], `${el.className} registers only <${el.tagName}>`);
    assert.deepEqual(
      [...js.matchAll(/from '(\.[^']+)'/g)].map((m) => m[1]),
      [el.classModule.replace(/^dist\//, '../../')],
      `${el.className} imports only its own class`,
    );
    assert.ok(dts.includes(`export declare const ${el.className}: ReactWebComponent<`), el.className);
    for (const e of el.events) {
      assert.ok(js.includes(`${eventProp(e.name)}: '${e.name}',`), `${el.className} ${e.name}`);
      assert.ok(dts.includes(`${eventProp(e.name)}: EventName<${e.type.text}>;`), `${el.className} ${e.name} type`);
    }
  }
  // The index re-exports the four resident widgets and has no code of its own (nothing a bundler must
  // keep); the staff console only by its own path.
  const index = file('frameworks/react.js');
  const indexDts = file('frameworks/react.d.ts');
  const residents = elements.filter((el) => TAGS.includes(el.tagName));
  assert.deepEqual(
    index.split('\n').filter((l) => l && !l.startsWith('//')),
    residents.map(
      (el) => `export { ${el.className} } from './react/${el.defineModule.replace(/^dist\/define\//, '')}';`,
    ),
  );
  for (const el of residents) {
    assert.ok(indexDts.includes(`export { ${el.className} } from './react/`), `react.d.ts: ${el.className}`);
    assert.ok(indexDts.includes(`export type { ${el.className}Events } from './react/`), `react.d.ts: events`);
  }
  assert.doesNotMatch(index + indexDts, /staff/i);
  assert.equal(eventProp('civic-submit-error'), 'onCivicSubmitError');
});

test('JSX, Vue and Svelte types: a tag per element, a typed prop per event', () => {
  const jsx = file('frameworks/jsx.d.ts');
  const vue = file('frameworks/vue.d.ts');
  const svelte = file('frameworks/svelte.d.ts');
  assert.match(jsx, /declare module 'react' \{\n {2}namespace JSX \{\n {4}interface IntrinsicElements \{/);
  assert.match(vue, /declare module 'vue' \{\n {2}interface GlobalComponents \{/);
  assert.match(svelte, /declare module 'svelte\/elements' \{\n {2}interface SvelteHTMLElements \{/);
  for (const el of elements) {
    for (const text of [jsx, vue, svelte]) assert.ok(text.includes(`    '${el.tagName}': `), el.tagName);
    for (const p of el.properties) {
      for (const text of [jsx, vue, svelte])
        assert.match(text, new RegExp(`^ {2}${p.name}\\?: `, 'm'), `${el.tagName} .${p.name}`);
    }
    for (const e of el.events) {
      assert.ok(jsx.includes(`'on${e.name}'?: (event: ${e.type.text}) => void;`), `jsx ${el.tagName} ${e.name}`);
      assert.ok(vue.includes(`${eventProp(e.name)}?: (event: ${e.type.text}) => void;`), `vue ${el.tagName} ${e.name}`);
      assert.ok(svelte.includes(`'on${e.name}'?: (event: ${e.type.text}) => void;`), `svelte ${el.tagName} ${e.name}`);
      assert.ok(
        svelte.includes(`'on:${e.name}'?: (event: ${e.type.text}) => void;`),
        `svelte 4 ${el.tagName} ${e.name}`,
      );
    }
  }
});

test('an event without a type in the manifest stops the generator', () => {
  const broken = structuredClone(manifest);
  const form = broken.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'civic-idea-form')!;
  delete form.events![0]!.type;
  assert.throws(() => generate(broken, pkg), /civic-idea-form> event civic-load has no type/);
});

test('the command writes exactly the files of the interface into the output folder', () => {
  const out = mkdtempSync(join(tmpdir(), 'civic-frameworks-'));
  try {
    execFileSync(process.execPath, ['--import', 'tsx', 'scripts/frameworks.ts', out], { cwd: root, stdio: 'pipe' });
    assert.deepEqual(readdirSync(join(out, 'frameworks')).sort(), [
      'jsx.d.ts',
      'react',
      'react.d.ts',
      'react.js',
      'svelte.d.ts',
      'vue.d.ts',
    ]);
    assert.deepEqual(
      readdirSync(join(out, 'frameworks/react')).sort(),
      elements
        .flatMap((el) => {
          const name = el.defineModule.replace(/^dist\/define\/|\.js$/g, '');
          return [`${name}.d.ts`, `${name}.js`];
        })
        .sort(),
    );
    assert.deepEqual(readdirSync(out).sort(), ['frameworks', 'vscode.html-custom-data.json', 'web-types.json']);
    assert.equal(readFileSync(join(out, 'frameworks/react.js'), 'utf8'), file('frameworks/react.js'));
    assert.equal(
      readFileSync(join(out, 'frameworks/react/idea-form.js'), 'utf8'),
      file('frameworks/react/idea-form.js'),
    );
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
