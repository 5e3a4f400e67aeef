import { expect } from '@open-wc/testing';

// A CMS page may include the script tag twice (a theme and a content block each adding it).
// This loads the built CDN bundle (dist/cdn, made by the build step of the test command) as two
// separate module instances, each with its own copy of Lit and of every class.
const load = (query: string) => import(/* @vite-ignore */ `/dist/cdn/civic-widgets.js?${query}`);

describe('the CDN bundle loaded twice', () => {
  it('does not throw, keeps the first registration, and the widgets still work', async () => {
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.error ?? e.message);
    window.addEventListener('error', onError);
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      await load('first');
      const first = customElements.get('civic-idea-form');
      await load('second');
      expect(errors).to.deep.equal([]);
      for (const tag of [
        'civic-idea-form',
        'civic-initiative-list',
        'civic-participation-ladder',
        'civic-volunteer-signup',
      ]) {
        expect(customElements.get(tag), tag).to.exist;
      }
      expect(customElements.get('civic-idea-form')).to.equal(first);
      // Same version twice: silent. (Another version warns once: test/browser/internal/define.test.ts.)
      expect(warnings.filter((w) => String(w[0]).includes('already defined'))).to.deep.equal([]);
      const ladder = document.createElement('civic-participation-ladder');
      document.body.append(ladder);
      await (ladder as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      expect(ladder.shadowRoot?.textContent).to.contain('Pröpper');
      ladder.remove();
    } finally {
      window.removeEventListener('error', onError);
      console.warn = warn;
    }
  });
});
