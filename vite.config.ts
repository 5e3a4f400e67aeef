/**
 * The CDN build: one self-contained, minified ES module per entry, Lit, zod/mini and the client
 * inside, for a CMS page to load with one <script type="module">. `vite build` builds the all-in-one
 * dist/cdn/civic-widgets.js; scripts/build-cdn.ts builds every entry (each on its own, so no file
 * depends on a shared chunk); bench/lib.ts builds bundles to measure with the same options.
 * (The npm build is plain `tsc -p tsconfig.build.json`: unbundled modules with lit and zod as dependencies.)
 */
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

export interface CdnOptions {
  outDir?: string;
  emptyOutDir?: boolean;
  sourcemap?: boolean;
}

/** The vite configuration that builds `entry` into `<outDir>/<name>.js`. */
export function cdnConfig(entry: string, name: string, options: CdnOptions = {}): InlineConfig {
  return {
    configFile: false,
    logLevel: 'warn',
    plugins: [collapseCss],
    build: {
      outDir: options.outDir ?? 'dist/cdn',
      emptyOutDir: options.emptyOutDir ?? false,
      target: 'es2022',
      sourcemap: options.sourcemap ?? true,
      lib: { entry, formats: ['es'], fileName: () => `${name}.js` },
      // allow-extension: code shared with a language chunk stays in the entry (the chunk imports it
      // from there), so the entry is still one self-contained file.
      rolldownOptions: { preserveEntrySignatures: 'allow-extension', output: { minify: true } },
    },
  };
}

export default defineConfig(cdnConfig('src/all.ts', 'civic-widgets'));
