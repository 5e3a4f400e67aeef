/**
 * The files a partner's framework or editor reads, generated from custom-elements.json (run after
 * `npm run analyze`; written once here, never by hand):
 *
 * - dist/frameworks/react/<name>.js + .d.ts (`civic-widgets/react/idea-form`, …): a React component
 *   made with `@lit/react`'s `createComponent` per tag, with `onCivicSubmitted`-style event props typed
 *   by the widget's events (as Shoelace and Web Awesome generate theirs); each module imports only its
 *   own element, so an app bundles only the widgets it uses.
 * - dist/frameworks/react.js + react.d.ts (`civic-widgets/react`): the four resident widgets'
 *   components re-exported (tree-shakable: package.json "sideEffects" names only the registrations).
 * - dist/frameworks/jsx.d.ts (`civic-widgets/jsx`): the tags in React 19's `JSX.IntrinsicElements`
 *   (React 19 sets a custom element's known properties as properties and listens for
 *   `oncivic-submitted`-style props).
 * - dist/frameworks/vue.d.ts (`civic-widgets/vue`): the tags in Vue's `GlobalComponents`.
 * - dist/frameworks/svelte.d.ts (`civic-widgets/svelte`): the tags in Svelte's `SvelteHTMLElements`.
 * - dist/vscode.html-custom-data.json: VS Code custom HTML data (`html.customData`).
 * - dist/web-types.json: JetBrains web-types (package.json `"web-types"`).
 *
 * Usage: `node --import tsx scripts/frameworks.ts [outDir] [manifest]` (defaults: dist, custom-elements.json).
 * Types in the manifest name only what the package exports (custom-elements-manifest.config.mjs checks
 * that), so the .d.ts files import them from the package's index.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, posix, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

// ---- The manifest, as far as this script reads it ------------------------------------------------

interface TypeText {
  text: string;
}
interface Member {
  kind: string;
  name: string;
  description?: string;
  type?: TypeText;
  default?: string;
  attribute?: string;
  privacy?: string;
  static?: boolean;
  readonly?: boolean;
}
interface Attribute {
  name: string;
  description?: string;
  type?: TypeText;
  default?: string;
  fieldName?: string;
}
interface CemEvent {
  name: string;
  description?: string;
  type?: TypeText;
}
interface Named {
  name: string;
  description?: string;
  default?: string;
}
interface Declaration {
  kind: string;
  name: string;
  tagName?: string;
  customElement?: boolean;
  summary?: string;
  description?: string;
  members?: Member[];
  attributes?: Attribute[];
  events?: CemEvent[];
  cssParts?: Named[];
  cssProperties?: Named[];
  slots?: Named[];
}
interface Export {
  kind: string;
  name: string;
  declaration: { name: string; module?: string };
}
interface Module {
  path: string;
  declarations?: Declaration[];
  exports?: Export[];
}
export interface Manifest {
  modules: Module[];
}

/** One element as the generators see it. */
export interface Element {
  tagName: string;
  className: string;
  /** The module that declares the class, e.g. dist/components/idea-form/idea-form.js. */
  classModule: string;
  /** The module that registers the tag, e.g. dist/define/idea-form.js. */
  defineModule: string;
  summary: string;
  description: string;
  properties: Member[];
  attributes: Attribute[];
  events: Array<CemEvent & { type: TypeText }>;
  cssParts: Named[];
  cssProperties: Named[];
  slots: Named[];
}

export function elementsOf(manifest: Manifest): Element[] {
  const definitions = new Map<string, string>();
  for (const mod of manifest.modules) {
    for (const x of mod.exports ?? []) if (x.kind === 'custom-element-definition') definitions.set(x.name, mod.path);
  }
  const elements: Element[] = [];
  for (const mod of manifest.modules) {
    for (const d of mod.declarations ?? []) {
      if (!d.tagName) continue;
      const defineModule = definitions.get(d.tagName);
      if (!defineModule) throw new Error(`<${d.tagName}> has no custom-element-definition in the manifest`);
      elements.push({
        tagName: d.tagName,
        className: d.name,
        classModule: mod.path,
        defineModule,
        summary: d.summary ?? '',
        description: d.description ?? '',
        properties: (d.members ?? []).filter((m) => m.kind === 'field' && !m.privacy && !m.static),
        attributes: d.attributes ?? [],
        events: (d.events ?? []).map((e) => {
          if (!e.type?.text) throw new Error(`<${d.tagName}> event ${e.name} has no type in the manifest`);
          return { ...e, type: e.type };
        }),
        cssParts: d.cssParts ?? [],
        cssProperties: d.cssProperties ?? [],
        slots: d.slots ?? [],
      });
    }
  }
  return elements.sort((a, b) => a.tagName.localeCompare(b.tagName));
}

// ---- Helpers ---------------------------------------------------------------------------------------

/** `civic-submit-error` → `onCivicSubmitError` (React wrappers' and Vue's prop for an event). */
export const eventProp = (name: string): string =>
  'on' + name.replace(/(^|-)([a-z])/g, (_m, _dash: string, c: string) => c.toUpperCase());

/** The string literals of a union (`'a' | 'b' | undefined` → a, b), or none if it is not only literals. */
export function literals(type: string | undefined): string[] {
  if (!type) return [];
  const parts = type
    .split('|')
    .map((p) => p.trim())
    .filter((p) => p !== 'undefined' && p !== 'null');
  const values = parts.map((p) => /^'((?:[^'\\]|\\.)*)'$|^"((?:[^"\\]|\\.)*)"$/.exec(p));
  return parts.length > 0 && values.every(Boolean) ? values.map((m) => (m![1] ?? m![2])!) : [];
}

const BUILT_IN = new Set(
  'string number boolean undefined null unknown any never void object true false readonly keyof Array ReadonlyArray Record Partial Readonly Promise Date Map Set ReadonlyMap ReadonlySet HTMLElement Event'.split(
    ' ',
  ),
);

/** The package's names a type text uses (to import them). */
export function typeNames(text: string): string[] {
  const bare = text.replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|`[^`]*`/g, '').replace(/[\w$]+\??\s*:/g, '');
  return [...new Set(bare.match(/\b[A-Za-z_$][\w$]*\b/g) ?? [])].filter((n) => !BUILT_IN.has(n));
}

const doc = (text: string | undefined, indent = ''): string =>
  text ? `${indent}/** ${text.replace(/\*\//g, '*\\/').replace(/\n/g, `\n${indent} * `)} */\n` : '';

/** A relative import specifier from one dist file to another (both as manifest paths). */
const relative = (from: string, to: string): string => {
  const r = posix.relative(posix.dirname(from), to);
  return r.startsWith('.') ? r : `./${r}`;
};

const key = (name: string): string => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`);

/** What a tool shows for an element: summary, description, then its events and parts. */
function markdown(el: Element): string {
  const lines = [el.summary, el.description].filter(Boolean);
  if (el.events.length)
    lines.push('', '**Events**', ...el.events.map((e) => `- \`${e.name}\`: ${e.description ?? ''}`));
  if (el.cssParts.length)
    lines.push('', '**CSS parts**', ...el.cssParts.map((p) => `- \`::part(${p.name})\`: ${p.description ?? ''}`));
  return lines.join('\n').trim();
}

const typeOf = (text: string | undefined): string => text ?? 'unknown';
/** A property's type as a prop: optional already, so without `| undefined`. */
const propType = (text: string | undefined): string =>
  typeOf(text)
    .split(' | ')
    .filter((p) => p !== 'undefined')
    .join(' | ') || 'unknown';

// ---- React (@lit/react) ----------------------------------------------------------------------------

/**
 * Tags the `civic-widgets/react` index leaves out: the staff console is the municipality's own
 * application (bigger than the four resident widgets together), so an app imports it by its own path,
 * `civic-widgets/react/staff-console`, never by accident.
 */
export const NOT_IN_REACT_INDEX = new Set(['civic-staff-console']);

/** `dist/define/idea-form.js` → `idea-form`: the name of the element's module under frameworks/react/. */
export const reactModuleName = (el: Element): string => posix.basename(el.defineModule, '.js');

/** frameworks/react/idea-form.js: one wrapper, importing only its own element's class and registration. */
export function reactWrapperJs(el: Element): string {
  const from = `dist/frameworks/react/${reactModuleName(el)}.js`;
  const events = el.events.map((e) => `    ${eventProp(e.name)}: '${e.name}',`);
  return [
    '// Generated by scripts/frameworks.ts from custom-elements.json. Do not edit.',
    "import { createComponent } from '@lit/react';",
    "import * as React from 'react';",
    `import { ${el.className} as ${el.className}Element } from '${relative(from, el.classModule)}';`,
    `import '${relative(from, el.defineModule)}';`,
    '',
    // Pure: a bundler may drop the call when the component is not used (package.json "sideEffects"
    // names only the registrations, so it may drop the whole module too).
    `export const ${el.className} = /* @__PURE__ */ createComponent({`,
    `  tagName: '${el.tagName}',`,
    `  elementClass: ${el.className}Element,`,
    '  react: React,',
    `  displayName: '${el.className}',`,
    `  events: {${events.length ? `\n${events.join('\n')}\n  ` : ''}},`,
    '});',
    '',
  ].join('\n');
}

export function reactWrapperDts(el: Element): string {
  const from = `dist/frameworks/react/${reactModuleName(el)}.d.ts`;
  let out = '// Generated by scripts/frameworks.ts from custom-elements.json. Do not edit.\n';
  out += "import type { EventName, ReactWebComponent } from '@lit/react';\n";
  out += typeImports(
    from,
    el.events.map((e) => e.type.text),
  );
  out += `import type { ${el.className} as ${el.className}Element } from '${relative(from, el.classModule)}';\n`;
  // A type, not an interface: @lit/react's `EventNames` constraint needs an index signature.
  out += `\n/** The events of \`<${el.tagName}>\` as React props. */\nexport type ${el.className}Events = {\n`;
  for (const e of el.events) out += doc(e.description, '  ') + `  ${eventProp(e.name)}: EventName<${e.type.text}>;\n`;
  out += '};\n';
  out += doc(`\`<${el.tagName}>\` for React: ${el.summary}`);
  out += `export declare const ${el.className}: ReactWebComponent<${el.className}Element, ${el.className}Events>;\n`;
  return out;
}

const indexed = (elements: Element[]): Element[] => elements.filter((el) => !NOT_IN_REACT_INDEX.has(el.tagName));

/**
 * frameworks/react.js (`civic-widgets/react`): the resident widgets' wrappers, re-exported. It has no
 * code of its own, so a bundler keeps only the wrappers an app uses (and their registrations).
 */
export function reactJs(elements: Element[]): string {
  return (
    '// Generated by scripts/frameworks.ts from custom-elements.json. Do not edit.\n' +
    indexed(elements)
      .map((el) => `export { ${el.className} } from './react/${reactModuleName(el)}.js';\n`)
      .join('')
  );
}

export function reactDts(elements: Element[]): string {
  return (
    '// Generated by scripts/frameworks.ts from custom-elements.json. Do not edit.\n' +
    indexed(elements)
      .map(
        (el) =>
          `export { ${el.className} } from './react/${reactModuleName(el)}.js';\n` +
          `export type { ${el.className}Events } from './react/${reactModuleName(el)}.js';\n`,
      )
      .join('')
  );
}

function typeImports(from: string, texts: string[], index = 'dist/index.js'): string {
  const names = [...new Set(texts.flatMap(typeNames))].sort();
  return names.length ? `import type { ${names.join(', ')} } from '${relative(from, index)}';\n` : '';
}

// ---- Types for React 19 JSX, Vue and Svelte ----------------------------------------------------------

/** The properties of an element, as props, documented (`track?: 'create' | …;`). */
function propLines(el: Element, indent: string): string {
  let out = '';
  for (const p of el.properties)
    out += doc(p.description, indent) + `${indent}${key(p.name)}?: ${propType(p.type?.text)};\n`;
  return out;
}

/** Attributes that are not also a property of the same name (`heading-level`), as strings. */
function attributeLines(el: Element, indent: string): string {
  const props = new Set(el.properties.map((p) => p.name));
  let out = '';
  for (const a of el.attributes) {
    if (props.has(a.name)) continue;
    const values = literals(a.type?.text);
    const type = values.length
      ? values.map((v) => `'${v}'`).join(' | ')
      : /boolean/.test(a.type?.text ?? '')
        ? 'boolean | string'
        : 'string';
    out += doc(a.description, indent) + `${indent}${key(a.name)}?: ${type};\n`;
  }
  return out;
}

const header = (from: string, elements: Element[]): string =>
  '// Generated by scripts/frameworks.ts from custom-elements.json. Do not edit.\n' +
  typeImports(
    from,
    elements.flatMap((el) => [...el.events.map((e) => e.type.text), ...el.properties.map((p) => typeOf(p.type?.text))]),
  ) +
  elements.map((el) => `import type { ${el.className} } from '${relative(from, el.classModule)}';\n`).join('');

export function jsxDts(elements: Element[]): string {
  let out = header('dist/frameworks/jsx.d.ts', elements);
  out += "import type { DetailedHTMLProps, HTMLAttributes } from 'react';\n";
  for (const el of elements) {
    out += `\n/** \`<${el.tagName}>\` in React 19 JSX: properties, attributes and \`on<event>\` listeners. */\n`;
    out += `export interface ${el.className}JsxProps extends DetailedHTMLProps<HTMLAttributes<${el.className}>, ${el.className}> {\n`;
    out += propLines(el, '  ') + attributeLines(el, '  ');
    for (const e of el.events) out += doc(e.description, '  ') + `  'on${e.name}'?: (event: ${e.type.text}) => void;\n`;
    out += '}\n';
  }
  out += "\ndeclare module 'react' {\n  namespace JSX {\n    interface IntrinsicElements {\n";
  for (const el of elements) out += `      '${el.tagName}': ${el.className}JsxProps;\n`;
  out += '    }\n  }\n}\n';
  return out;
}

export function vueDts(elements: Element[]): string {
  let out = header('dist/frameworks/vue.d.ts', elements);
  out += "import type { DefineComponent } from 'vue';\n";
  for (const el of elements) {
    out += `\n/** \`<${el.tagName}>\` in Vue templates: props and \`@civic-*\` listeners (\`onCivic*\`). */\n`;
    out += `export interface ${el.className}VueProps {\n`;
    out += propLines(el, '  ') + attributeLines(el, '  ');
    for (const e of el.events)
      out += doc(e.description, '  ') + `  ${eventProp(e.name)}?: (event: ${e.type.text}) => void;\n`;
    out += '}\n';
  }
  out += "\ndeclare module 'vue' {\n  interface GlobalComponents {\n";
  for (const el of elements) out += `    '${el.tagName}': DefineComponent<${el.className}VueProps>;\n`;
  out += '  }\n}\n';
  return out;
}

export function svelteDts(elements: Element[]): string {
  let out = header('dist/frameworks/svelte.d.ts', elements);
  out += "import type { HTMLAttributes } from 'svelte/elements';\n";
  for (const el of elements) {
    out += `\n/** \`<${el.tagName}>\` in Svelte: properties, attributes, \`oncivic-*\` (Svelte 5) and \`on:civic-*\` (Svelte 4). */\n`;
    out += `export interface ${el.className}SvelteProps extends HTMLAttributes<${el.className}> {\n`;
    out += propLines(el, '  ') + attributeLines(el, '  ');
    for (const e of el.events) {
      out += doc(e.description, '  ') + `  'on${e.name}'?: (event: ${e.type.text}) => void;\n`;
      out += `  'on:${e.name}'?: (event: ${e.type.text}) => void;\n`;
    }
    out += '}\n';
  }
  out += "\ndeclare module 'svelte/elements' {\n  interface SvelteHTMLElements {\n";
  for (const el of elements) out += `    '${el.tagName}': ${el.className}SvelteProps;\n`;
  out += '  }\n}\n';
  return out;
}

// ---- Editors --------------------------------------------------------------------------------------

/** VS Code custom HTML data (https://github.com/microsoft/vscode-custom-data). */
export function vscodeData(elements: Element[]): object {
  return {
    $schema: 'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
    version: 1.1,
    tags: elements.map((el) => ({
      name: el.tagName,
      description: markdown(el),
      attributes: el.attributes.map((a) => {
        const values = literals(a.type?.text);
        return {
          name: a.name,
          description: [
            a.description,
            a.type ? `Type: \`${a.type.text}\`` : '',
            a.default ? `Default: \`${a.default}\`` : '',
          ]
            .filter(Boolean)
            .join('\n\n'),
          ...(values.length ? { values: values.map((name) => ({ name })) } : {}),
          ...(a.type?.text === 'boolean' ? { valueSet: 'v' } : {}),
        };
      }),
    })),
  };
}

/** JetBrains web-types (https://github.com/JetBrains/web-types). */
export function webTypes(elements: Element[], pkg: { name: string; version: string }): object {
  const attrType = (text: string | undefined): string | string[] => {
    const values = literals(text);
    return values.length ? values.map((v) => `'${v}'`) : propType(text);
  };
  return {
    $schema: 'https://raw.githubusercontent.com/JetBrains/web-types/master/schema/web-types.json',
    name: pkg.name,
    version: pkg.version,
    'description-markup': 'markdown',
    'js-types-syntax': 'typescript',
    contributions: {
      html: {
        elements: elements.map((el) => ({
          name: el.tagName,
          description: markdown(el),
          source: { module: `./${el.classModule}`, symbol: el.className },
          attributes: el.attributes.map((a) => ({
            name: a.name,
            description: a.description ?? '',
            ...(a.default ? { default: a.default } : {}),
            value: {
              type: attrType(a.type?.text),
              ...(a.type?.text === 'boolean' ? { required: false } : {}),
            },
          })),
          events: el.events.map((e) => ({ name: e.name, description: e.description ?? '', type: e.type.text })),
          ...(el.slots.length
            ? { slots: el.slots.map((s) => ({ name: s.name, description: s.description ?? '' })) }
            : {}),
          js: {
            properties: el.properties.map((p) => ({
              name: p.name,
              description: p.description ?? '',
              type: propType(p.type?.text),
            })),
            events: el.events.map((e) => ({ name: e.name, description: e.description ?? '', type: e.type.text })),
          },
          css: {
            parts: el.cssParts.map((p) => ({ name: p.name, description: p.description ?? '' })),
            properties: el.cssProperties.map((p) => ({
              name: p.name,
              description: [p.description, p.default ? `Default: ${p.default}` : ''].filter(Boolean).join(' '),
            })),
          },
        })),
      },
    },
  };
}

// ---- Writing ----------------------------------------------------------------------------------------

export function generate(manifest: Manifest, pkg: { name: string; version: string }): Map<string, string> {
  const elements = elementsOf(manifest);
  const json = (value: object): string => JSON.stringify(value, null, 2) + '\n';
  return new Map([
    ['frameworks/react.js', reactJs(elements)],
    ['frameworks/react.d.ts', reactDts(elements)],
    ...elements.flatMap((el): Array<[string, string]> => [
      [`frameworks/react/${reactModuleName(el)}.js`, reactWrapperJs(el)],
      [`frameworks/react/${reactModuleName(el)}.d.ts`, reactWrapperDts(el)],
    ]),
    ['frameworks/jsx.d.ts', jsxDts(elements)],
    ['frameworks/vue.d.ts', vueDts(elements)],
    ['frameworks/svelte.d.ts', svelteDts(elements)],
    ['vscode.html-custom-data.json', json(vscodeData(elements))],
    ['web-types.json', json(webTypes(elements, pkg))],
  ]);
}

function main(): void {
  const [outDir = 'dist', manifestPath = 'custom-elements.json'] = process.argv.slice(2);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { name: string; version: string };
  for (const [file, text] of generate(manifest, pkg)) {
    const path = join(outDir, file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    console.log(`wrote ${path}`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
