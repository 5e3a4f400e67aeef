import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../custom-elements.json';

type Declaration = {
  members?: Array<{ privacy?: string }>;
  events?: Array<{ name?: string; description?: string }>;
  cssParts?: Array<{ name: string }>;
};

/**
 * Autodocs read the components' JSDoc (attributes, events, parts, CSS properties) from the manifest.
 * Left out of the tables: private and protected members (internal state, not API), and events the
 * analyzer guessed from `dispatchEvent(new SomeEvent(arg))` without a name or `@fires` description.
 * Parts are named as in CSS, `::part(name)`: Storybook keys its table rows by name, so a part named
 * like an attribute (`rung`, `status`) or a property (`form`) would otherwise hide that row.
 */
function publicApi(m: typeof manifest): typeof manifest {
  const modules = m.modules.map((mod) => ({
    ...mod,
    declarations: (mod.declarations as Declaration[] | undefined)?.map((d) => ({
      ...d,
      members: d.members?.filter((x) => !x.privacy || x.privacy === 'public'),
      events: d.events?.filter((e) => e.name && e.description),
      cssParts: d.cssParts?.map((p) => ({ ...p, name: `::part(${p.name})` })),
    })),
  }));
  return { ...m, modules } as typeof manifest;
}

setCustomElementsManifest(publicApi(manifest));

/**
 * On a Docs page many stories reach their state at once, and the widgets move focus to their error
 * summary or result panel, as they should on a real page; the Docs page would then jump to whichever
 * story did so last. So on Docs pages (only there) programmatic focus does not scroll.
 */
let onDocsPage = false;
const focus = HTMLElement.prototype.focus;
HTMLElement.prototype.focus = function (this: HTMLElement, options?: FocusOptions) {
  focus.call(this, onDocsPage ? { ...options, preventScroll: true } : options);
};

const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'Language of the widgets (sets <html lang>)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'nl', title: 'Nederlands' },
          { value: 'fr', title: 'Français' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'nl' },
  decorators: [
    (story, context) => {
      onDocsPage = context.viewMode === 'docs';
      const locale = String(context.globals.locale ?? 'nl');
      document.documentElement.lang = locale;
      // Docs pages wrap every story in Storybook's own `lang="en"`; the widgets follow the nearest
      // `lang`, so say it again next to the story (a story's own `lang` attribute still wins).
      return html`<div lang=${locale} style="display: contents">${story()}</div>`;
    },
  ],
  parameters: {
    controls: { expanded: true },
  },
  tags: ['autodocs'],
};

export default preview;
