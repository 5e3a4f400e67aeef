// The ladder as a picture (issue 20): seven rung buttons drawn as a staircase, rung 1 on top; each named
// with its number, role and style; chosen by keyboard or click it opens the same rung's explanation as
// the text version, the self-check's answer is marked on it, and `civic-show-rung` from anywhere on the
// page opens a rung. axe in nl, fr and en, also in forced colours; no animation with reduced motion;
// 320 px with 200 % text; hostile page CSS. No endpoint here (nothing is fetched): the live examples at
// their rung are in ladder-picture.e2e.test.ts, against the real server.
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../../src/define/participation-ladder.js';
import type { CivicParticipationLadder } from '../../../src/components/participation-ladder/participation-ladder.js';
import { CivicShowRungEvent } from '../../../src/events/index.js';
import { RUNG_ROLES as NL_ROLES } from '../../../src/i18n/nl/rungs.js';
import { participationLadder as fr } from '../../../src/i18n/fr.js';
import { participationLadder as en } from '../../../src/i18n/en.js';
import { participationLadder as nl } from '../../../src/i18n/nl/participation-ladder.js';
import { $, $$, find, root } from '../../fixtures/query.js';

const text = (n: Element | null) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();
const focused = (el: HTMLElement) => root(el).activeElement as HTMLElement | null;
const CATALOG = { nl, fr, en } as const;

/** The accessible name a button gets from its content: its text, aria-hidden parts left out. */
function nameOf(node: Node): string {
  if (node instanceof Element && node.getAttribute('aria-hidden') === 'true') return '';
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  return [...node.childNodes].map(nameOf).join(' ');
}
const accName = (n: Element) => nameOf(n).replace(/\s+/g, ' ').trim();

async function settle(el: CivicParticipationLadder) {
  await el.updateComplete;
  await nextFrame();
}

async function mount(attrs = '', lang = 'nl'): Promise<CivicParticipationLadder> {
  document.documentElement.lang = lang;
  const wrap = await fixture<HTMLDivElement>(
    `<div><civic-participation-ladder ${attrs}></civic-participation-ladder></div>`,
  );
  const el = wrap.querySelector<CivicParticipationLadder>('civic-participation-ladder')!;
  await settle(el);
  return el;
}

/** Answers the self-check by clicks (`values` in the order of the questions) and submits it. */
async function selfCheck(el: CivicParticipationLadder, indexes: number[]) {
  $(el, '.check-button').click();
  await settle(el);
  const qs = ['initiative', 'decides', 'input', 'open', 'informed'];
  qs.forEach((q, i) => $(el, `#q-${q}-${indexes[i]}`).click());
  $(el, '[part="submit-button"]').click();
  await settle(el);
}

afterEach(async () => {
  await emulateMedia({ forcedColors: 'none', reducedMotion: 'no-preference' });
  await setViewport({ width: 800, height: 600 });
  document.documentElement.style.fontSize = '';
  document.documentElement.lang = 'nl';
});

describe('<civic-participation-ladder>: the picture', () => {
  for (const lang of ['nl', 'fr', 'en'] as const) {
    it(`${lang}: seven rungs as a staircase, rung 1 on top, each named with number, role and style; axe, also in forced colours`, async () => {
      const el = await mount('rung="3"', lang);
      const t = CATALOG[lang];
      const steps = $$(el, '.picture > li[part~="rung"]');
      expect(steps).to.have.length(7);
      const buttons = steps.map((li) => li.querySelector<HTMLButtonElement>('button.step-button')!);
      buttons.forEach((b, i) => {
        const n = i + 1;
        const name = accName(b);
        expect(name, `rung ${n}`).to.contain(t.rungName(n));
        expect(name.toLowerCase(), `rung ${n}`).to.contain(t.role(n).toLowerCase());
        expect(name.toLowerCase(), `rung ${n}`).to.contain(t.style(n).toLowerCase());
        expect(b.getAttribute('aria-controls')).to.equal(`p${n}`);
        expect(b.tabIndex).to.equal(0);
      });
      // the role names are the one source the list's filter and cards use too
      if (lang === 'nl')
        NL_ROLES.forEach((r, i) => expect(text(steps[i].querySelector('.role')).toLowerCase()).to.equal(r));
      // a staircase: rung 1 on top, each lower rung below the one above and with a wider block
      const blocks = steps.map((li) => li.querySelector('.block')!.getBoundingClientRect());
      for (let i = 1; i < 7; i++) {
        expect(blocks[i].top, `rung ${i + 1} below rung ${i}`).to.be.greaterThan(blocks[i - 1].top);
        expect(blocks[i].width, `rung ${i + 1} wider than rung ${i}`).to.be.greaterThan(blocks[i - 1].width);
        expect(Math.abs(blocks[i].right - blocks[0].right), 'blocks flush right').to.be.lessThan(1);
      }
      // the project's rung says so on the picture
      expect(text(steps[2])).to.contain(t.here);
      expect(steps.filter((s) => s.classList.contains('here'))).to.have.length(1);
      await expect(el).to.be.accessible();
      await emulateMedia({ forcedColors: 'active' });
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      // system colours keep the structure: every block outlined, the project's step in Highlight
      const probe = document.createElement('div');
      probe.style.cssText = 'forced-color-adjust:none;background:Highlight;color:CanvasText';
      document.body.append(probe);
      const highlight = getComputedStyle(probe).backgroundColor;
      const canvasText = getComputedStyle(probe).color;
      probe.remove();
      for (const li of steps) {
        const s = getComputedStyle(li.querySelector('.block')!);
        expect(s.borderBlockStartWidth).to.equal('3px');
        expect(s.borderInlineStartStyle).to.equal('solid');
        if (!li.classList.contains('here')) expect(s.borderInlineStartColor).to.equal(canvasText);
      }
      expect(getComputedStyle(steps[2].querySelector('.block')!).backgroundColor).to.equal(highlight);
      await expect(el).to.be.accessible();
    });
  }

  it('keyboard: Tab reaches each rung of the picture, arrows move, Enter opens the same rung as the text version and moves focus there', async () => {
    const el = await mount();
    for (let n = 1; n <= 7; n++) {
      await sendKeys({ press: 'Tab' });
      expect(focused(el)?.id, `Tab ${n}`).to.equal(`g${n}`);
    }
    await sendKeys({ press: 'Home' });
    expect(focused(el)?.id).to.equal('g1');
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(el)?.id).to.equal('g2');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect($(el, '#p2').hidden).to.equal(false);
    expect($(el, '#r2').getAttribute('aria-expanded')).to.equal('true');
    expect(focused(el)?.id).to.equal('r2');
    expect($(el, '.picture > li:nth-child(2)').classList.contains('open')).to.equal(true);
    // Space on another rung of the picture
    $(el, '#g6').focus();
    await sendKeys({ press: 'Space' });
    await settle(el);
    expect($(el, '#p6').hidden).to.equal(false);
    expect($(el, '#p2').hidden).to.equal(true);
    expect(focused(el)?.id).to.equal('r6');
  });

  it('the self-check answer is shown at its rung on the picture, and its button opens the same rung as the picture', async () => {
    const el = await mount('', 'en');
    // municipality starts, decides after advice, ideas, fixed questions, informed: rung 5
    await selfCheck(el, [1, 3, 2, 1, 0]);
    expect(text(find(el, '#check-result'))).to.contain('rung 5');
    const tagged = $$(el, '.picture .tag.answer').map((t) => t.closest('button')!.id);
    expect(tagged).to.deep.equal(['g5']);
    expect(accName($(el, '#g5'))).to.contain(en.yourRung);
    $(el, '#check-result .button').click();
    await settle(el);
    const viaCheck = $$(el, '[part="explanation"]')
      .filter((p) => !p.hidden)
      .map((p) => p.id);
    expect(viaCheck).to.deep.equal(['p5']);
    // close it, then the picture's rung 5 opens the very same explanation
    $(el, '#r5').click();
    await settle(el);
    $(el, '#g5').click();
    await settle(el);
    expect(
      $$(el, '[part="explanation"]')
        .filter((p) => !p.hidden)
        .map((p) => p.id),
    ).to.deep.equal(viaCheck);
    expect(focused(el)?.id).to.equal('r5');
    // another answer moves the mark
    $(el, '#q-informed-1').click(); // not informed: still 5 (rung 6/7 only when the outcome is closed)
    $(el, '#q-open-2').click(); // closed: 6, and not informed: 7
    await settle(el);
    expect($$(el, '.picture .tag.answer').map((t) => t.closest('button')!.id)).to.deep.equal(['g7']);
  });

  it('civic-show-rung on window or from any element opens, focuses and scrolls to that rung; the first ladder takes it', async () => {
    await setViewport({ width: 800, height: 400 });
    const wrap = await fixture<HTMLDivElement>(html`<div>
      <p id="sender">x</p>
      <div style="block-size: 150vh"></div>
      <civic-participation-ladder id="a" variant="compact"></civic-participation-ladder>
      <civic-participation-ladder id="b"></civic-participation-ladder>
    </div>`);
    const [a, b] = [...wrap.querySelectorAll<CivicParticipationLadder>('civic-participation-ladder')];
    await settle(a);
    await settle(b);
    const ev = new CivicShowRungEvent(4);
    wrap.querySelector('#sender')!.dispatchEvent(ev);
    await settle(a);
    expect(ev.defaultPrevented, 'a ladder took it').to.equal(true);
    expect($(a, '#full').hidden, 'the compact ladder expands').to.equal(false);
    expect($(a, '#p4').hidden).to.equal(false);
    expect(document.activeElement).to.equal(a);
    expect(focused(a)?.id).to.equal('r4');
    const r = $(a, '#r4').getBoundingClientRect();
    expect(r.top >= 0 && r.bottom <= innerHeight, 'scrolled into view').to.equal(true);
    // the second ladder left it alone
    expect($$(b, '[part="explanation"]').filter((p) => !p.hidden)).to.have.length(0);
    // sent on window, an invalid rung does nothing
    const bad = new CivicShowRungEvent(9 as 1);
    window.dispatchEvent(bad);
    expect(bad.defaultPrevented).to.equal(false);
    window.dispatchEvent(new CivicShowRungEvent(7));
    await settle(a);
    expect(focused(a)?.id).to.equal('r7');
    // a ladder that left the page no longer listens: b takes it
    a.remove();
    window.dispatchEvent(new CivicShowRungEvent(2));
    await settle(b);
    expect($(b, '#p2').hidden).to.equal(false);
    expect(focused(b)?.id).to.equal('r2');
  });

  it('reduced motion: nothing on the picture or the rungs moves', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = await mount('variant="full"');
    $(el, '#g3').click();
    await settle(el);
    for (const node of $$(el, '.picture *, .chevron')) {
      const s = getComputedStyle(node);
      const longest = Math.max(
        ...`${s.transitionDuration},${s.animationDuration}`.split(',').map((d) => parseFloat(d)),
      );
      expect(longest, node.className.toString()).to.be.lessThan(0.001);
    }
  });

  it('320 px wide with 200 % text: the picture, full and compact, fits and cuts no text', async () => {
    await setViewport({ width: 320, height: 640 });
    document.documentElement.style.fontSize = '200%';
    for (const [attrs, lang] of [
      ['rung="2"', 'nl'],
      ['variant="compact" rung="2"', 'nl'],
      ['rung="5"', 'fr'],
      ['variant="compact" rung="5"', 'en'],
    ]) {
      const el = await mount(attrs, lang);
      await selfCheck(el, [1, 3, 2, 1, 0]);
      const vw = document.documentElement.clientWidth;
      const problems: string[] = [];
      for (const node of $$(el, '.picture, .picture *')) {
        if (node.closest('.visually-hidden')) continue;
        const r = node.getBoundingClientRect();
        if (r.width === 0 && r.height === 0) continue;
        if (r.right > vw + 0.5 || r.left < -0.5) problems.push(`${node.className} spans ${r.left}..${r.right}`);
        if (node.clientWidth > 0 && node.scrollWidth > node.clientWidth + 1)
          problems.push(`${node.className} cuts "${text(node).slice(0, 30)}"`);
      }
      if (document.documentElement.scrollWidth > vw) problems.push(`the page scrolls sideways`);
      expect(problems, `${lang} ${attrs}`).to.deep.equal([]);
      const blocks = $$(el, '.picture .block').map((b) => b.getBoundingClientRect().width);
      expect(blocks[6], 'still a staircase').to.be.greaterThan(blocks[0]);
    }
  });

  it('hostile page CSS: the picture keeps its staircase and its buttons', async () => {
    const style = document.createElement('style');
    style.textContent =
      '* { margin: 3em; color: red; text-transform: uppercase; letter-spacing: .3em } button { all: unset } ol, li { display: inline; padding: 4em }';
    document.head.append(style);
    try {
      const el = await mount('rung="1"');
      const b = $(el, '#g1');
      expect(getComputedStyle(b).display).to.equal('grid');
      expect(getComputedStyle(b).cursor).to.equal('pointer');
      expect(getComputedStyle(b).textTransform).to.equal('none');
      const blocks = $$(el, '.picture .block').map((x) => x.getBoundingClientRect());
      for (let i = 1; i < 7; i++) expect(blocks[i].width).to.be.greaterThan(blocks[i - 1].width);
      expect(blocks[6].top).to.be.greaterThan(blocks[0].top);
      await expect(el).to.be.accessible();
    } finally {
      style.remove();
    }
  });
});
