import { expect } from '@open-wc/testing';

// A CMS page may include the script tag twice (a theme and a content block each adding it), under
// two addresses, or the all-in-one next to a per-widget file. This loads the built CDN files
// (dist/cdn, made by the build step of the test command) as separate entry module instances: they
// import the same runtime chunk, so the page gets one more copy of Lit (next to the test harness's
// own), not one per file. (Under an enforcing Trusted Types CSP: test/node/cdn-trusted-types.test.ts.)
const load = (query: string, file = 'civic-widgets.js') => import(/* @vite-ignore */ `/dist/cdn/${file}?${query}`);
const litCopies = () => (window as unknown as { litHtmlVersions?: string[] }).litHtmlVersions?.length ?? 0;

describe('the CDN bundle loaded twice', () => {
  it('does not throw, keeps the first registration, shares one Lit, and the widgets still work', async () => {
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.error ?? e.message);
    window.addEventListener('error', onError);
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const before = litCopies();
      await load('first');
      const first = customElements.get('civic-idea-form');
      await load('second');
      await load('third', 'initiative-list.js');
      expect(errors).to.deep.equal([]);
      expect(litCopies(), 'copies of Lit the CDN files added').to.equal(before + 1);
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
