import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';

// Autodocs read the components' JSDoc (attributes, events, parts, CSS properties) from the manifest.
setCustomElementsManifest(manifest);

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
      document.documentElement.lang = String(context.globals.locale ?? 'nl');
      return story();
    },
  ],
  parameters: {
    controls: { expanded: true },
  },
  tags: ['autodocs'],
};

export default preview;
