// custom-elements.json from the components' JSDoc (`npm run analyze`), as a tool or a partner's
// generator reads it: the shipped JavaScript's module paths (dist/**/*.js, as tsconfig.build.json
// emits them), a `custom-element-definition` export per tag in the dist/define/*.js module that
// registers it, the public API only, and types a user can write. scripts/frameworks.ts generates the
// React wrappers, the JSX/Vue/Svelte types, VS Code custom data and web-types from it.
//
// The analyzer reads one file at a time, so it prints a property's type as written (`track?: IdeaTrack`,
// `strings: Overrides<S>`). The `civic-public-api` plugin below asks TypeScript's checker instead:
// unions of literals come out spelled (`'create' | 'experiment' | 'join' | undefined`), every name left
// in a type must be exported by the package (else the analysis fails, naming it), and each event gets
// the type its widget fires it with, from the `<Class>EventMap` interfaces in src/events/index.ts.
import { readdirSync, readFileSync } from 'node:fs';
import ts from 'typescript';

/** src/x/y.ts → dist/x/y.js (tsconfig.build.json: rootDir src, outDir dist). */
const shipped = (path) => path.replace(/^\/?src\//, 'dist/').replace(/\.ts$/, '.js');

/** Names a type may use besides the package's exports: the language's and the DOM's own. */
const GLOBAL_NAMES = new Set([
  'Array',
  'ReadonlyArray',
  'Record',
  'Partial',
  'Readonly',
  'Promise',
  'Date',
  'Map',
  'Set',
  'ReadonlyMap',
  'ReadonlySet',
  'HTMLElement',
  'Event',
]);

/**
 * Types that name the base class's parameter stay readable as what a page writes: `strings` takes
 * a JSON object of string overrides (docs/strings.md lists each widget's keys).
 */
const SIMPLER = [{ pattern: /^Overrides<.*>$/, text: 'Record<string, string>' }];

/** The names (identifiers that are not literals) a type text refers to. */
export const typeNames = (text) =>
  (
    text
      .replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|`[^`]*`/g, '') // literals
      .replace(/[\w$]+\??\s*:/g, '') // property names in object types
      .match(/\b[A-Za-z_$][\w$]*\b/g) ?? []
  ).filter(
    (n) => !/^(string|number|boolean|undefined|null|unknown|any|never|void|object|true|false|readonly|keyof)$/.test(n),
  );

function program() {
  const config = ts.getParsedCommandLineOfConfigFile(
    'tsconfig.build.json',
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} },
  );
  if (!config) throw new Error('custom-elements-manifest: cannot read tsconfig.build.json');
  return ts.createProgram(['src/index.ts'], { ...config.options, noEmit: true });
}

function publicApiPlugin() {
  return {
    name: 'civic-public-api',
    packageLinkPhase({ customElementsManifest }) {
      const prog = program();
      const checker = prog.getTypeChecker();
      const index =
        prog.getSourceFile('src/index.ts') ?? prog.getSourceFiles().find((f) => f.fileName.endsWith('/src/index.ts'));
      const exports = checker.getExportsOfModule(checker.getSymbolAtLocation(index));
      const exported = new Set(exports.map((s) => s.name));
      const resolve = (s) => (s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s);

      const fail = (message) => {
        throw new Error(`custom-elements-manifest: ${message}`);
      };
      const checkNames = (text, where) => {
        for (const name of typeNames(text)) {
          if (!exported.has(name) && !GLOBAL_NAMES.has(name)) {
            fail(
              `${where} has the type \`${text}\`; \`${name}\` is not exported by the package (export it or simplify the type)`,
            );
          }
        }
        return text;
      };
      const flags = ts.TypeFormatFlags.NoTruncation | ts.TypeFormatFlags.UseSingleQuotesForStringLiteralType;
      const print = (type) => {
        if (!type.isUnion()) return checker.typeToString(type, undefined, flags);
        const parts = type.types.map((t) => checker.typeToString(t, undefined, flags));
        // TypeScript keeps a union in its own order; `'1' | … | '7'` reads better counted.
        if (parts.every((p) => /^'\d+'$|^undefined$/.test(p)))
          parts.sort((a, b) => (a === 'undefined' ? 1 : b === 'undefined' ? -1 : a.slice(1, -1) - b.slice(1, -1)));
        const hasBoolean = parts.includes('true') && parts.includes('false');
        const rest = parts.filter((p) => !(hasBoolean && (p === 'true' || p === 'false')));
        // `boolean` first and `undefined`/`null` last, as one writes a union.
        const tail = rest.filter((p) => p === 'undefined' || p === 'null');
        return [...(hasBoolean ? ['boolean'] : []), ...rest.filter((p) => !tail.includes(p)), ...tail].join(' | ');
      };

      const classOf = (className) => {
        const symbol = exports.find((s) => s.name === className);
        if (!symbol) fail(`${className} is not exported from src/index.ts`);
        return checker.getDeclaredTypeOfSymbol(resolve(symbol));
      };
      const eventMapOf = (className) => {
        const symbol = exports.find((s) => s.name === `${className}EventMap`);
        if (!symbol) return undefined;
        const decl = resolve(symbol).declarations?.find(ts.isInterfaceDeclaration);
        return new Map(
          decl.members
            .filter(ts.isPropertySignature)
            .map((m) => [m.name.getText().replace(/^['"]|['"]$/g, ''), m.type.getText()]),
        );
      };

      const isPublic = (m) => !m.privacy && !m.static && !m.name.startsWith('_') && !m.name.startsWith('#');

      const elements = [];
      const keep = new Set(); // module paths kept (the elements' and the classes they inherit from)
      for (const mod of customElementsManifest.modules) {
        for (const d of mod.declarations ?? []) {
          if (d.customElement && d.tagName) {
            elements.push({ mod, d });
            keep.add(mod.path);
          }
        }
      }

      for (const { d } of elements) {
        const type = classOf(d.name);
        const typeOf = (name) => {
          const prop = type.getProperty(name);
          if (!prop) fail(`${d.name}.${name} not found by the type checker`);
          const text = print(checker.getTypeOfSymbol(prop));
          return SIMPLER.find((s) => s.pattern.test(text))?.text ?? text;
        };
        d.members = (d.members ?? []).filter(isPublic);
        for (const m of d.members) {
          if (m.kind === 'field') m.type = { text: checkNames(typeOf(m.name), `${d.tagName} property ${m.name}`) };
          if (m.inheritedFrom?.module) {
            m.inheritedFrom.module = shipped(m.inheritedFrom.module);
            keep.add(m.inheritedFrom.module);
          }
        }
        const fields = new Set(d.members.map((m) => m.name));
        d.attributes = (d.attributes ?? []).filter((a) => !a.fieldName || fields.has(a.fieldName));
        for (const a of d.attributes) {
          if (a.fieldName) a.type = { text: typeOf(a.fieldName) };
          if (a.inheritedFrom?.module) a.inheritedFrom.module = shipped(a.inheritedFrom.module);
        }
        if (d.superclass?.module) d.superclass.module = shipped(d.superclass.module);

        // Events: the documented `civic-*` ones (the analyzer also guesses one per
        // `dispatchEvent(new X(arg))`, named after the argument), typed from the widget's event map.
        const map = eventMapOf(d.name) ?? new Map();
        d.events = (d.events ?? []).filter((e) => e.name?.startsWith('civic-'));
        const documented = new Set(d.events.map((e) => e.name));
        for (const name of map.keys()) {
          if (!documented.has(name))
            fail(`${d.tagName} fires ${name} (${d.name}EventMap) but its JSDoc has no @fires ${name}`);
        }
        for (const e of d.events) {
          const text = map.get(e.name);
          if (!text)
            fail(
              `${d.tagName} documents @fires ${e.name} but ${d.name}EventMap in src/events/index.ts has no type for it`,
            );
          e.type = { text: checkNames(text, `${d.tagName} event ${e.name}`) };
          if (!e.description) fail(`${d.tagName} event ${e.name} has no description`);
        }
      }

      // Only the elements' modules (and the base class they inherit members from), at their shipped paths.
      customElementsManifest.modules = customElementsManifest.modules
        .filter((mod) => keep.has(mod.path) || keep.has(shipped(mod.path)))
        .map((mod) => {
          const declarations = (mod.declarations ?? []).filter((d) => d.kind === 'class');
          const names = new Set(declarations.map((d) => d.name));
          // The base class: its public members, with the same simpler types as the elements list them.
          for (const d of declarations.filter((c) => !c.tagName)) {
            d.members = (d.members ?? []).filter(isPublic);
            for (const m of [...d.members, ...(d.attributes ?? [])]) {
              if (!m.type) continue;
              const text = SIMPLER.find((x) => x.pattern.test(m.type.text))?.text ?? m.type.text;
              m.type = { text: checkNames(text, `${d.name}.${m.name}`) };
            }
          }
          return {
            ...mod,
            path: shipped(mod.path),
            declarations,
            exports: (mod.exports ?? [])
              .filter((x) => names.has(x.declaration?.name))
              .map((x) => ({ ...x, declaration: { ...x.declaration, module: shipped(x.declaration.module) } })),
          };
        });

      // The modules that register a tag: src/define/<name>.ts calls `safeDefine('<tag>', <Class>)`.
      const byClass = new Map(elements.map(({ mod, d }) => [d.name, { d, path: shipped(mod.path) }]));
      for (const file of readdirSync('src/define')
        .filter((f) => f.endsWith('.ts'))
        .sort()) {
        const source = readFileSync(`src/define/${file}`, 'utf8');
        const exports = [];
        for (const [, tag, className] of source.matchAll(/safeDefine\(\s*'([^']+)'\s*,\s*(\w+)\s*\)/g)) {
          const element = byClass.get(className);
          if (!element) fail(`src/define/${file} registers ${className}, which is not a documented custom element`);
          if (element.d.tagName !== tag)
            fail(`src/define/${file} registers ${className} as <${tag}>, its JSDoc says @tag ${element.d.tagName}`);
          exports.push({
            kind: 'custom-element-definition',
            name: tag,
            declaration: { name: className, module: element.path },
          });
        }
        if (exports.length)
          customElementsManifest.modules.push({
            kind: 'javascript-module',
            path: `dist/define/${file.replace(/\.ts$/, '.js')}`,
            declarations: [],
            exports,
          });
      }
      const defined = new Set(
        customElementsManifest.modules
          .flatMap((m) => m.exports ?? [])
          .filter((x) => x.kind === 'custom-element-definition')
          .map((x) => x.name),
      );
      for (const { d } of elements)
        if (!defined.has(d.tagName)) fail(`<${d.tagName}> has no src/define/*.ts that registers it`);
    },
  };
}

export default {
  globs: ['src/components/**/*.ts', 'src/internal/civic-element.ts'],
  exclude: ['src/**/*.styles.ts'],
  litelement: true,
  plugins: [publicApiPlugin()],
};
