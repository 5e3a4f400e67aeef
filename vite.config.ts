/**
 * The CDN build (dist/cdn/, made by scripts/build-cdn.ts or `vite build`): minified ES modules for a
 * CMS page to load with <script type="module">, built in ONE build from several entries:
 *   civic-widgets.js          all four widgets (it only imports the files below)
 *   idea-form.js, initiative-list.js, participation-ladder.js, volunteer-signup.js: one widget each
 *   runtime-<hash>.js         what every widget uses: Lit, zod/mini and the schemas, the client, the
 *                             base element, the i18n controller and the common Dutch strings, the styles
 *                             (each widget's own Dutch strings stay in its file)
 *   forms-<hash>.js           what two or three widgets use (form machinery, outbox, drafts)
 *   fr-<hash>.js, en-<hash>.js  French and English strings, fetched only when a page uses them
 *   staff-console.js          the staff console, built apart (STAFF_ENTRIES): self-contained, its own chunks
 * Every entry imports the same runtime file, so a page that loads several of them (or the
 * all-in-one next to one of them) runs one Lit, creates one Trusted Types policy and downloads the
 * shared code once. The folder is deployed as a whole (README, "Embedding a widget").
 * bench/lib.ts builds single self-contained bundles with {@link cdnConfig} to measure one widget alone.
 * (The npm build is plain `tsc -p tsconfig.build.json`: unbundled modules with lit and zod as dependencies.)
 */
import { existsSync, readdirSync } from 'node:fs';
import { basename } from 'node:path';
import { defineConfig, type InlineConfig, type Plugin } from 'vite';

/**
 * Lit's css`` blocks reach the bundle as written, indentation and comments included (the minifier
 * leaves template strings alone). This collapses them: comments and indentation out, a run of
 * spaces to one, none around { } ; and , (spaces around : and > stay: they can change a selector).
 * Line breaks are kept, so every line stays where it was and the source maps stay right.
 * About 0.5 kB gzip per widget.
 */
const collapseCss: Plugin = {
  name: 'civic-collapse-css',
  transform(code, id) {
    if (!id.endsWith('.ts') || !code.includes('css`')) return null;
    const keepLines = (text: string) => '\n'.repeat(text.split('\n').length - 1);
    const collapsed = code.replace(
      /css`([^`]*)`/g,
      (_, body: string) =>
        'css`' +
        body
          .replace(/\/\*[\s\S]*?\*\//g, keepLines)
          .replace(/[ \t]*\n\s*/g, (ws) => keepLines(ws) || ' ')
          .replace(/[ \t]+/g, ' ')
          .replace(/ ?([{};,]) ?/g, '$1') +
        '`',
    );
    return { code: collapsed, map: null };
  },
};

/**
 * Lit creates its Trusted Types policy with `trustedTypes.createPolicy('lit-html', …)` when its module
 * runs. A page whose CSP says `trusted-types lit-html` without 'allow-duplicates' and that already
 * runs another Lit makes that call throw, and no widget is defined. This wraps the one call in
 * lit-html so the console first says, in words a webmaster can act on, what to add to the header;
 * the error is then rethrown (without the policy Lit cannot render under Trusted Types). The build
 * fails if lit-html's call is not found exactly once, so a Lit upgrade cannot drop the message silently.
 */
export const LIT_POLICY_MESSAGE =
  "civic-widgets: this page's Content-Security-Policy did not let the widgets create the Trusted Types policy " +
  '"lit-html", so they cannot show. If the page runs its own copy of Lit (or another copy of civic-widgets), ' +
  "allow a second policy of that name with 'allow-duplicates': " +
  "Content-Security-Policy: require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates' " +
  '(keep the other policy names the page lists). See "Content-Security-Policy" in the civic-widgets README.';

const litPolicyHint: Plugin = {
  name: 'civic-lit-policy-hint',
  transform(code, id) {
    if (!/[\\/]lit-html[\\/](development[\\/])?lit-html\.js$/.test(id)) return null;
    const call = /([\w$.]+)\.createPolicy\(\s*(['"])lit-html\2\s*,/g;
    const found = code.match(call)?.length ?? 0;
    if (found !== 1) this.error(`expected one createPolicy('lit-html', …) in ${id}, found ${found}`);
    const helper =
      `\nfunction __civicLitPolicy(factory, options) {` +
      ` try { return factory.createPolicy("lit-html", options); }` +
      ` catch (e) { console.error(${JSON.stringify(LIT_POLICY_MESSAGE)}, e); throw e; } }\n`;
    // Padded to the length it replaces and the helper after the last line: every line and column of
    // lit-html stays where it was, so the source map stays right without a new one.
    const wrapped = code.replace(call, (match, factory: string) => `__civicLitPolicy(${factory},`.padEnd(match.length));
    return { code: wrapped + helper, map: null };
  },
};

/**
 * An entry imports its widget code and the runtime; civic-widgets.js imports the four widget files,
 * which import the runtime: a browser would find the runtime one round trip later. This adds an
 * import of every chunk an entry needs but does not name, at the end of the entry (import
 * declarations are hoisted wherever they stand, and the source map of the code above stays right),
 * so the browser fetches them all at once. Entry names carry no hash, so no name changes.
 */
const hoistImports: Plugin = {
  name: 'civic-hoist-imports',
  generateBundle(_options, bundle) {
    const importsOf = (file: string): string[] => {
      const chunk = bundle[file];
      return chunk?.type === 'chunk' ? chunk.imports : [];
    };
    for (const chunk of Object.values(bundle)) {
      if (chunk.type !== 'chunk' || !chunk.isEntry) continue;
      const seen = new Set<string>();
      const visit = (file: string): void => {
        for (const dep of importsOf(file)) {
          if (seen.has(dep)) continue;
          seen.add(dep);
          visit(dep);
        }
      };
      visit(chunk.fileName);
      const missing = [...seen].filter((f) => !chunk.imports.includes(f)).sort();
      if (missing.length === 0) continue;
      chunk.code += missing.map((f) => `import"./${f}";`).join('') + '\n';
      chunk.imports.push(...missing);
    }
  },
};

export interface CdnOptions {
  outDir?: string;
  emptyOutDir?: boolean;
  /**
   * Source maps. Default `'hidden'`: the `.map` files are written but the scripts carry no
   * `//# sourceMappingURL` comment, so a browser never asks for a map a CDN does not serve (the
   * reference server serves them only with SERVE_SOURCE_MAPS=1, and then names each in a `SourceMap`
   * header); whoever wants them can still load them in the browser's tools.
   */
  sourcemap?: boolean | 'hidden';
}

/**
 * Registration files in src/define that are not resident widgets: the staff console. It is built on its
 * own (scripts/build-cdn.ts, {@link cdnConfig}) into dist/cdn/staff-console.js with its own chunks, so it
 * never changes what the residents' files share or download (in the shared build it did: the runtime
 * and forms chunks were cut differently).
 */
export const STAFF_ENTRIES: Record<string, string> = { 'staff-console': 'src/define/staff-console.ts' };

/** The entries of dist/cdn: the all-in-one and every registration file in src/define but the staff ones. */
export function cdnEntries(): Record<string, string> {
  const entries: Record<string, string> = { 'civic-widgets': 'src/all.ts' };
  for (const file of existsSync('src/define') ? readdirSync('src/define').sort() : []) {
    const name = basename(file, '.ts');
    if (file.endsWith('.ts') && !(name in STAFF_ENTRIES)) entries[name] = `src/define/${file}`;
  }
  return entries;
}

/**
 * True for a module that may go into a shared chunk: everything except the widgets' own code
 * (src/components, src/define, src/all.ts) and the languages loaded on demand (fr, en). Of these,
 * what all entries use goes into `runtime`, what at least two widgets use into `forms`; the rest
 * stays in the one widget file that uses it.
 */
export function isRuntimeModule(id: string): boolean {
  const path = id.replace(/\\/g, '/');
  if (/\/src\/(components|define)\//.test(path) || path.endsWith('/src/all.ts')) return false;
  if (/\/src\/i18n\/(fr|en)\.ts$/.test(path)) return false;
  return true;
}

/** The vite configuration that builds all CDN entries (name → file) into one folder with shared chunks. */
export function cdnBuildConfig(entries: Record<string, string>, options: CdnOptions = {}): InlineConfig {
  return {
    configFile: false,
    logLevel: 'warn',
    plugins: [collapseCss, litPolicyHint, hoistImports],
    build: {
      outDir: options.outDir ?? 'dist/cdn',
      emptyOutDir: options.emptyOutDir ?? false,
      target: 'es2022',
      sourcemap: options.sourcemap ?? 'hidden',
      lib: { entry: entries, formats: ['es'], fileName: (_format, name) => `${name}.js` },
      rolldownOptions: {
        preserveEntrySignatures: 'allow-extension',
        output: {
          minify: true,
          chunkFileNames: '[name]-[hash].js',
          // minShareCount counts entries, civic-widgets included: all of them is `runtime`; the
          // all-in-one and two widgets is `forms`.
          codeSplitting: {
            groups: [
              { name: 'runtime', test: isRuntimeModule, minShareCount: Object.keys(entries).length, priority: 2 },
              { name: 'forms', test: isRuntimeModule, minShareCount: 3, priority: 1 },
            ],
          },
        },
      },
    },
  };
}

/**
 * The vite configuration that builds `entry` alone into one self-contained `<outDir>/<name>.js`
 * (languages as separate chunks), with the same plugins and minification: what bench/lib.ts measures.
 */
export function cdnConfig(entry: string, name: string, options: CdnOptions = {}): InlineConfig {
  return {
    configFile: false,
    logLevel: 'warn',
    plugins: [collapseCss, litPolicyHint],
    build: {
      outDir: options.outDir ?? 'dist/cdn',
      emptyOutDir: options.emptyOutDir ?? false,
      target: 'es2022',
      sourcemap: options.sourcemap ?? 'hidden',
      lib: { entry, formats: ['es'], fileName: () => `${name}.js` },
      // allow-extension: code shared with a language chunk stays in the entry (the chunk imports it
      // from there), so the entry is still one self-contained file.
      rolldownOptions: { preserveEntrySignatures: 'allow-extension', output: { minify: true } },
    },
  };
}

export default defineConfig(cdnBuildConfig(cdnEntries()));
