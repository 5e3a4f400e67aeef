// custom-elements.json from the components' JSDoc (`npm run analyze`). The base class is analysed too,
// so every widget lists the attributes and theming tokens it inherits (endpoint, heading-level, strings,
// --civic-*). The analyzer also guesses an event from each `dispatchEvent(new SomeEvent(arg))` and
// names it after the argument (`receipt`); only the documented `civic-*` events are kept.
export default {
  globs: ['src/components/**/*.ts', 'src/internal/civic-element.ts'],
  exclude: ['src/**/*.styles.ts'],
  litelement: true,
  plugins: [
    {
      name: 'civic-events-only',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const d of mod.declarations ?? []) {
            if (d.events) d.events = d.events.filter((e) => e.name?.startsWith('civic-'));
          }
        }
      },
    },
  ],
};
