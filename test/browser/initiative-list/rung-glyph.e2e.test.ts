// The rung on an initiative's card as a tiny staircase (issue 20), against the REAL reference server
// (scripts/test.mjs starts it; its URL is in window.CIVIC_TEST_ENDPOINT): for every demo initiative the
// glyph's filled step is the `rung` the API gives, next to its text label; with a ladder on the page the
// card's "see rung n on the ladder" opens that rung on the ladder (civic-show-rung), the same rung the
// picture and the self-check open; without a ladder there is no such button. axe in nl, fr and en.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../../src/define/initiative-list.js';
import '../../../src/define/participation-ladder.js';
import type { CivicInitiativeList } from '../../../src/components/initiative-list/initiative-list.js';
import type { CivicParticipationLadder } from '../../../src/components/participation-ladder/participation-ladder.js';
import type { CivicShowRungEvent } from '../../../src/events/index.js';
import type { Initiative, InitiativePage } from '../../../src/schema/initiative.js';
import { initiativeList as fr } from '../../../src/i18n/fr.js';
import { initiativeList as en } from '../../../src/i18n/en.js';
import { initiativeList as nl } from '../../../src/i18n/nl/initiative-list.js';
import { $, $$, find, root } from '../../fixtures/query.js';

const text = (n: Element | null) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();
const STRINGS = { nl, fr, en } as const;

function endpoint(): string {
  const e = (window as { CIVIC_TEST_ENDPOINT?: string }).CIVIC_TEST_ENDPOINT ?? '';
  if (!e) throw new Error('window.CIVIC_TEST_ENDPOINT is empty: run through `node scripts/test.mjs browser`');
  return e;
}

/** Every initiative the server publishes, all pages. */
async function allInitiatives(lang: string): Promise<Initiative[]> {
  const out: Initiative[] = [];
  let cursor = '';
  do {
    const res = await fetch(
      `${endpoint()}/v1/initiatives?limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      {
        headers: { 'Accept-Language': lang },
      },
    );
    expect(res.status).to.equal(200);
    const page = (await res.json()) as InitiativePage;
    out.push(...page.items);
    cursor = page.nextCursor ?? '';
  } while (cursor);
  return out;
}

/** The rung the glyph draws: the filled row of the 14×14 staircase, 2 high, row r at y = 2r - 2. */
function glyphRung(card: Element): number {
  const svg = card.querySelector('svg.rung-glyph')!;
  expect(svg.getAttribute('aria-hidden')).to.equal('true');
  const filled = [...svg.querySelectorAll('path')].filter((p) => p.getAttribute('fill') !== 'none');
  expect(filled).to.have.length(1);
  const box = (filled[0] as SVGPathElement).getBBox();
  // and the filled row is as wide as its step: rung r is 2r wide, flush right
  expect(Math.round(box.x + box.width)).to.equal(14);
  expect(Math.round(box.width)).to.equal(Math.round(box.y) + 2);
  return Math.round(box.y / 2) + 1;
}

async function mountList(lang: string, withLadder: boolean) {
  document.documentElement.lang = lang;
  const wrap = await fixture<HTMLDivElement>(html`<div>
    <civic-initiative-list endpoint=${endpoint()} page-size="100" url-prefix="g20"></civic-initiative-list>
    ${withLadder ? html`<civic-participation-ladder endpoint=${endpoint()}></civic-participation-ladder>` : ''}
  </div>`);
  const list = wrap.querySelector<CivicInitiativeList>('civic-initiative-list')!;
  const ladder = wrap.querySelector<CivicParticipationLadder>('civic-participation-ladder');
  await waitUntil(() => find(list, '[part~="item"]'), 'the cards', { timeout: 10_000 });
  await list.updateComplete;
  return { list, ladder };
}

describe('<civic-initiative-list>: the rung glyph on each card (real server)', () => {
  afterEach(() => {
    document.documentElement.lang = 'nl';
    history.replaceState(null, '', location.pathname);
  });

  for (const lang of ['nl', 'fr', 'en'] as const) {
    it(`${lang}: every demo initiative's glyph shows the API's rung, next to its label; axe`, async () => {
      const items = await allInitiatives(lang);
      expect(items.length, 'demo initiatives').to.be.greaterThan(3);
      const { list } = await mountList(lang, true);
      const cards = $$(list, 'article.card');
      expect(cards.length).to.equal(items.length);
      const t = STRINGS[lang];
      for (const item of items) {
        const card = $(list, `#t-${CSS.escape(item.id)}`).closest('article')!;
        expect(glyphRung(card), item.title).to.equal(item.rung);
        expect(text(card.querySelector('[part~="rung-name"]')), item.title).to.equal(
          t.rungValue(item.rung, t.rungName(item.rung)),
        );
        expect(text(card.querySelector('.rung-link')), item.title).to.equal(t.showOnLadder(item.rung));
      }
      // the filter's "role of residents" names the rungs as the cards do
      const options = [...root(list).querySelectorAll<HTMLOptionElement>('#f-rung option')].filter((o) => o.value);
      expect(options.map((o) => o.value)).to.deep.equal(['1', '2', '3', '4', '5', '6', '7']);
      options.forEach((o) => expect(text(o)).to.contain(t.rungName(Number(o.value))));
      await expect(list).to.be.accessible();
      if (lang !== 'nl') return;
      // forced colours: the glyph takes the system text colour, and axe still passes
      await emulateMedia({ forcedColors: 'active' });
      try {
        const probe = document.createElement('div');
        probe.style.cssText = 'forced-color-adjust:none;color:CanvasText';
        document.body.append(probe);
        const canvasText = getComputedStyle(probe).color;
        probe.remove();
        for (const svg of $$(list, 'svg.rung-glyph')) expect(getComputedStyle(svg).color).to.equal(canvasText);
        await expect(list).to.be.accessible();
      } finally {
        await emulateMedia({ forcedColors: 'none' });
      }
    });
  }

  it("the card's button, the picture and the self-check open the same rung on the ladder; no button without a ladder", async () => {
    const items = await allInitiatives('nl');
    const { list, ladder } = await mountList('nl', true);
    const sent: number[] = [];
    const onShow = (e: CivicShowRungEvent) => sent.push(e.rung);
    window.addEventListener('civic-show-rung', onShow);
    try {
      for (const rung of [...new Set(items.map((i) => i.rung))]) {
        const item = items.find((i) => i.rung === rung)!;
        const card = $(list, `#t-${CSS.escape(item.id)}`).closest('article')!;
        card.querySelector<HTMLButtonElement>('.rung-link')!.click();
        await ladder!.updateComplete;
        const open = $$(ladder!, '[part="explanation"]')
          .filter((p) => !p.hidden)
          .map((p) => p.id);
        expect(open, item.title).to.deep.equal([`p${rung}`]);
        expect(document.activeElement, 'focus moved to the ladder').to.equal(ladder);
        expect(root(ladder!).activeElement?.id).to.equal(`r${rung}`);
        // the picture opens the very same rung
        $(ladder!, `#r${rung}`).click(); // close
        await ladder!.updateComplete;
        $(ladder!, `#g${rung}`).click();
        await ladder!.updateComplete;
        expect(
          $$(ladder!, '[part="explanation"]')
            .filter((p) => !p.hidden)
            .map((p) => p.id),
        ).to.deep.equal(open);
      }
      expect(sent).to.deep.equal([...new Set(items.map((i) => i.rung))]);
      // the self-check too: residents start and decide with their own means: rung 1
      $(ladder!, '.check-button').click();
      await ladder!.updateComplete;
      for (const q of ['initiative', 'decides', 'input', 'open', 'informed']) $(ladder!, `#q-${q}-0`).click();
      $(ladder!, '[part="submit-button"]').click();
      await ladder!.updateComplete;
      $(ladder!, '#check-result .button').click();
      await ladder!.updateComplete;
      expect(
        $$(ladder!, '[part="explanation"]')
          .filter((p) => !p.hidden)
          .map((p) => p.id),
      ).to.deep.equal(['p1']);
    } finally {
      window.removeEventListener('civic-show-rung', onShow);
    }
    list.parentElement!.remove(); // the ladder leaves the page
    const alone = await mountList('nl', false);
    expect(find(alone.list, '.rung-link'), 'no ladder on the page: no button').to.equal(null);
    expect(find(alone.list, 'svg.rung-glyph'), 'the glyph is still there').to.not.equal(null);
  });
});
