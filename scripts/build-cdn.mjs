// Builds dist/cdn/: one self-contained, minified ES module per widget plus civic-widgets.js (all four),
// each with Lit, zod/mini and the client inside, so a CMS page needs one <script type="module">.
// Each entry is built on its own so no file depends on a shared chunk.
import { build } from 'vite';
import { existsSync, readdirSync } from 'node:fs';
import { basename } from 'node:path';

/**
 * Lit's css`` blocks reach the bundle as written, indentation and comments included (the minifier
 * leaves template strings alone). This collapses them: comments and indentation out, a run of
 * spaces to one, none around { } ; and , (spaces around : and > stay: they can change a selector).
 * Line breaks are kept, so every line stays where it was and the source maps stay right.
 * About 0.5 kB gzip per widget.
 */
const collapseCss = {
  name: 'civic-collapse-css',
  transform(code, id) {
    if (!id.endsWith('.ts') || !code.includes('css`')) return null;
    const keepLines = (text) => '\n'.repeat(text.split('\n').length - 1);
    const collapsed = code.replace(
      /css`([^`]*)`/g,
      (_, body) =>
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

const entries = { 'civic-widgets': 'src/all.ts' };
for (const file of existsSync('src/define') ? readdirSync('src/define') : []) {
  if (file.endsWith('.ts')) entries[basename(file, '.ts')] = `src/define/${file}`;
}

let first = true;
for (const [name, entry] of Object.entries(entries)) {
  await build({
    configFile: false,
    logLevel: 'warn',
    plugins: [collapseCss],
    build: {
      outDir: 'dist/cdn',
      emptyOutDir: first,
      target: 'es2022',
      sourcemap: true,
      lib: { entry, formats: ['es'], fileName: () => `${name}.js` },
      // allow-extension: code shared with a language chunk stays in the entry (the chunk imports it from
      // there), so the entry is still one self-contained file.
      rolldownOptions: { preserveEntrySignatures: 'allow-extension', output: { minify: true } },
    },
  });
  first = false;
  console.log(`dist/cdn/${name}.js`);
}
