// The picture's live examples (issue 20), against the REAL reference server (scripts/test.mjs starts it;
// its URL is in window.CIVIC_TEST_ENDPOINT): a rung chosen on the picture shows, at that rung of the
// picture, the titles the server publishes for it, the same as its explanation lists.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../../src/define/participation-ladder.js';
import type { CivicParticipationLadder } from '../../../src/components/participation-ladder/participation-ladder.js';
import type { InitiativePage } from '../../../src/schema/initiative.js';
import { $, $$, find } from '../../fixtures/query.js';

const text = (n: Element | null) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();

function endpoint(): string {
  const e = (window as { CIVIC_TEST_ENDPOINT?: string }).CIVIC_TEST_ENDPOINT ?? '';
  if (!e) throw new Error('window.CIVIC_TEST_ENDPOINT is empty: run through `node scripts/test.mjs browser`');
  return e;
}

describe('<civic-participation-ladder>: live examples at their rung of the picture (real server)', () => {
  it('each rung chosen on the picture shows its published examples at that rung, and only there', async () => {
    const el = await fixture<CivicParticipationLadder>(
      html`<civic-participation-ladder endpoint=${endpoint()}></civic-participation-ladder>`,
    );
    let withExamples = 0;
    for (let n = 1; n <= 7; n++) {
      const res = await fetch(`${endpoint()}/v1/initiatives?rung=${n}&limit=3`, {
        headers: { 'Accept-Language': 'nl' },
      });
      const titles = ((await res.json()) as InitiativePage).items.filter((i) => i.rung === n).map((i) => i.title);
      const loaded = oneEvent(el, 'civic-load');
      $(el, `#g${n}`).click();
      await loaded;
      await waitUntil(() => !text(find(el, `#p${n} [part="examples"]`)).includes('…'), 'examples rendered');
      await el.updateComplete;
      const seen = $$(el, '.picture .seen');
      if (!titles.length) {
        expect(seen, `rung ${n} has no examples`).to.have.length(0);
        continue;
      }
      withExamples++;
      expect(seen, `rung ${n}`).to.have.length(1);
      expect(seen[0].closest('button')!.id).to.equal(`g${n}`);
      for (const title of titles) {
        expect(text(seen[0]), `rung ${n}`).to.contain(title);
        expect(text(find(el, `#p${n} [part="examples"]`)), `rung ${n} explanation`).to.contain(title);
      }
    }
    expect(withExamples, 'the demo data has examples on several rungs').to.be.greaterThan(2);
    await expect(el).to.be.accessible();
  });
});
