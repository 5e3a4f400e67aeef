import { expect, fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define/participation-ladder.js';
import type { CivicParticipationLadder } from '../../../src/components/participation-ladder/participation-ladder.js';
import {
  initiativeHref,
  inputsOf,
  placeOnLadder,
  type LadderAnswers,
} from '../../../src/components/participation-ladder/self-check.js';
import { printStyles } from '../../../src/components/participation-ladder/participation-ladder.styles.js';
import type { CivicSelectEvent } from '../../../src/events/index.js';
import { $, find, root } from '../../fixtures/query.js';

const $$ = (el: HTMLElement, sel: string) => [...root(el).querySelectorAll<HTMLElement>(sel)];
const text = (n: Element | null) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();
const focused = (el: HTMLElement) => root(el).activeElement as HTMLElement | null;

async function settle(el: CivicParticipationLadder) {
  await el.updateComplete;
  await nextFrame();
}

const LANGS = {
  nl: {
    title: 'De participatieladder',
    r1: ['Faciliterende stijl', 'Initiatiefnemer'],
    r7: ['Gesloten autoritaire stijl', 'Geen rol'],
    here: 'Dit project staat hier',
  },
  fr: {
    title: 'L’échelle de participation',
    r1: ['Style facilitateur', 'Initiateur'],
    r7: ['Style autoritaire fermé', 'Aucun rôle'],
    here: 'Ce projet se situe ici',
  },
  en: {
    title: 'The participation ladder',
    r1: ['Facilitating style', 'Initiator'],
    r7: ['Closed authoritarian style', 'No role'],
    here: 'This project stands here',
  },
} as const;

/** Answer sets and the rung they must give, at least one per reachable rung (all seven are). */
const TABLE: Array<[LadderAnswers, number, string[]]> = [
  [
    { initiative: 'residents', decides: 'residents', input: 'means', open: 'open', informed: 'yes' },
    1,
    ['residents-lead'],
  ],
  [{ initiative: 'both', decides: 'residents', input: 'means', open: 'open', informed: 'yes' }, 2, ['shared-start']],
  [{ initiative: 'municipality', decides: 'together', input: 'means', open: 'open', informed: 'yes' }, 2, ['together']],
  [{ initiative: 'municipality', decides: 'limits', input: 'effort', open: 'fixed', informed: 'yes' }, 3, ['limits']],
  [
    { initiative: 'residents', decides: 'residents', input: 'effort', open: 'open', informed: 'yes' },
    3,
    ['residents-lead', 'input-effort'],
  ],
  [
    { initiative: 'municipality', decides: 'advised', input: 'advice', open: 'open', informed: 'yes' },
    4,
    ['advised', 'open'],
  ],
  [
    { initiative: 'municipality', decides: 'limits', input: 'advice', open: 'open', informed: 'yes' },
    4,
    ['limits', 'input-advice', 'open'],
  ],
  [
    { initiative: 'municipality', decides: 'advised', input: 'advice', open: 'fixed', informed: 'yes' },
    5,
    ['advised', 'fixed'],
  ],
  [
    { initiative: 'municipality', decides: 'advised', input: 'advice', open: 'closed', informed: 'yes' },
    6,
    ['advised', 'closed', 'informed'],
  ],
  [
    { initiative: 'municipality', decides: 'municipality', input: 'none', open: 'closed', informed: 'yes' },
    6,
    ['municipality', 'informed'],
  ],
  [
    { initiative: 'residents', decides: 'together', input: 'none', open: 'open', informed: 'yes' },
    6,
    ['together', 'input-none', 'informed'],
  ],
  [
    { initiative: 'municipality', decides: 'municipality', input: 'none', open: 'closed', informed: 'no' },
    7,
    ['municipality', 'silent'],
  ],
];

describe('<civic-participation-ladder>', () => {
  afterEach(() => {
    document.documentElement.lang = 'nl';
  });

  describe('self-check (pure function)', () => {
    for (const [answers, rung, reasons] of TABLE) {
      it(`${Object.values(answers).join('/')} → rung ${rung}`, () => {
        expect(placeOnLadder(answers)).to.deep.equal({ rung, reasons });
      });
    }
    it('reaches every rung and needs every answer', () => {
      expect(new Set(TABLE.map(([, r]) => r))).to.have.property('size', 7);
      expect(placeOnLadder({ ...TABLE[0][0], informed: undefined })).to.equal(null);
      expect(placeOnLadder({ ...TABLE[0][0], decides: 'nonsense' })).to.equal(null);
    });
    it('knows what residents put in, and builds only http(s) or relative links', () => {
      expect(inputsOf(1)).to.deep.equal(['advice', 'effort', 'means']);
      expect(inputsOf(3)).to.deep.equal(['advice', 'effort']);
      expect(inputsOf(5)).to.deep.equal(['advice']);
      expect(inputsOf(7)).to.deep.equal(['none']);
      const base = 'https://gemeente.example.be/p/';
      expect(initiativeHref('/initiatieven/{id}', 'a b/c', base)).to.equal('/initiatieven/a%20b%2Fc');
      expect(initiativeHref('https://x.example/?id={id}', 'z', base)).to.equal('https://x.example/?id=z');
      expect(initiativeHref('javascript:alert({id})', 'z', base)).to.equal(undefined);
      expect(initiativeHref('/no-placeholder', 'z', base)).to.equal(undefined);
      expect(initiativeHref(undefined, 'z', base)).to.equal(undefined);
    });
  });

  for (const lang of ['nl', 'fr', 'en'] as const) {
    it(`shows all seven rungs in ${lang}, each with both roles and an explanation, and the citation; axe with a rung open`, async () => {
      document.documentElement.lang = lang;
      const el = await fixture<CivicParticipationLadder>(
        html`<civic-participation-ladder rung="3"></civic-participation-ladder>`,
      );
      const L = LANGS[lang];
      expect(text(find(el, 'h2'))).to.equal(L.title);
      const items = $$(el, 'ol.ladder[part="list"] > li[part~="rung"]');
      expect(items).to.have.length(7);
      const first = text(items[0].querySelector('button'));
      expect(first).to.contain(L.r1[0]).and.contain(L.r1[1]);
      expect(text(items[6].querySelector('button')))
        .to.contain(L.r7[0])
        .and.contain(L.r7[1]);
      const names = new Set<string>();
      for (const [i, li] of items.entries()) {
        const button = li.querySelector('button')!;
        expect(text(button)).to.match(new RegExp(`^${i + 1}`));
        names.add(text(button));
        const panel = li.querySelector<HTMLElement>('[part="explanation"]')!;
        expect(panel.hidden).to.equal(true);
        expect(button.getAttribute('aria-controls')).to.equal(panel.id);
        const dd = [...panel.querySelectorAll('dd')].map(text);
        expect(dd, `rung ${i + 1}`).to.have.length(5);
        for (const d of dd) expect(d.length, `rung ${i + 1}: ${d}`).to.be.greaterThan(3);
      }
      expect(names.size).to.equal(7);
      expect(text(root(el).querySelector('.source')))
        .to.contain('Pröpper & Steenbergen (1999)')
        .and.match(/Arnstein\S* \(1969\)/);
      // the highlighted rung says so in text and to assistive technology
      expect(text(items[2])).to.contain(L.here);
      expect(items[2].querySelector('button')!.getAttribute('aria-current')).to.equal('step');
      expect(root(el).querySelectorAll('[aria-current]')).to.have.length(1);
      // open rung 3 (no endpoint: no examples block, nothing fetched)
      items[2].querySelector('button')!.click();
      await settle(el);
      expect(items[2].querySelector<HTMLElement>('[part="explanation"]')!.hidden).to.equal(false);
      expect(root(el).querySelector('[part="examples"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });
  }

  it('fires civic-select when a resident opens a rung, not when it closes or when code sets rung', async () => {
    const el = await fixture<CivicParticipationLadder>(html`<civic-participation-ladder></civic-participation-ladder>`);
    const seen: string[] = [];
    el.addEventListener('civic-select', (e: CivicSelectEvent) => seen.push(e.id));
    el.rung = 5;
    await settle(el);
    const b = $(el, '#r4');
    setTimeout(() => b.click());
    const ev = (await oneEvent(el, 'civic-select')) as unknown as CivicSelectEvent;
    expect(ev.id).to.equal('4');
    expect(ev.composed && ev.bubbles).to.equal(true);
    await settle(el);
    expect(b.getAttribute('aria-expanded')).to.equal('true');
    b.click();
    await settle(el);
    expect(b.getAttribute('aria-expanded')).to.equal('false');
    expect(seen).to.deep.equal(['4']);
  });

  it('keyboard only: Tab reaches rung 1 to 7 of the picture, then of the text version, then the self-check; arrows, Home and End also move; Enter and Space open and close', async () => {
    const el = await fixture<CivicParticipationLadder>(
      html`<civic-participation-ladder rung="4"></civic-participation-ladder>`,
    );
    // every rung button is in the Tab order (no roving tabindex)
    expect($$(el, '.ladder button').filter((b) => b.tabIndex !== 0)).to.deep.equal([]);
    for (let n = 1; n <= 7; n++) {
      await sendKeys({ press: 'Tab' });
      expect(focused(el)?.id, `Tab ${n} (picture)`).to.equal(`g${n}`);
    }
    for (let n = 1; n <= 7; n++) {
      await sendKeys({ press: 'Tab' });
      expect(focused(el)?.id, `Tab ${n}`).to.equal(`r${n}`);
    }
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.className).to.contain('check-button');
    // Shift+Tab goes back up the ladder
    await sendKeys({ press: 'Shift+Tab' });
    expect(focused(el)?.id).to.equal('r7');
    await sendKeys({ press: 'Shift+Tab' });
    expect(focused(el)?.id).to.equal('r6');
    // the arrow keys are an extra
    await sendKeys({ press: 'ArrowUp' });
    expect(focused(el)?.id).to.equal('r5');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(el)?.id).to.equal('r7');
    await sendKeys({ press: 'ArrowDown' }); // stays at the bottom
    expect(focused(el)?.id).to.equal('r7');
    await sendKeys({ press: 'Home' });
    expect(focused(el)?.id).to.equal('r1');
    await sendKeys({ press: 'End' });
    expect(focused(el)?.id).to.equal('r7');
    await sendKeys({ press: 'Home' });
    await sendKeys({ press: 'ArrowLeft' }); // left and right do not move
    expect(focused(el)?.id).to.equal('r1');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect($(el, '#r1').getAttribute('aria-expanded')).to.equal('true');
    expect($(el, '#p1').hidden).to.equal(false);
    // focus is visible: the focus ring is drawn
    expect(getComputedStyle(focused(el)!).outlineStyle).to.equal('solid');
    await sendKeys({ press: 'Space' });
    await settle(el);
    expect($(el, '#r1').getAttribute('aria-expanded')).to.equal('false');
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.id).to.equal('r2');
    await sendKeys({ press: 'Space' });
    await settle(el);
    expect($(el, '#p2').hidden).to.equal(false);
    // the open rung has no focusable content: Tab goes on to the next rung
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.id).to.equal('r3');
  });

  it('keyboard only: runs the self-check, shows errors for unanswered questions, explains the rung, and reveals it', async () => {
    document.documentElement.lang = 'en';
    const el = await fixture<CivicParticipationLadder>(html`<civic-participation-ladder></civic-participation-ladder>`);
    $(el, '.check-button').focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect($(el, '.check-button').getAttribute('aria-expanded')).to.equal('true');
    await expect(el).to.be.accessible();
    // submit with nothing answered: errors, focus on the first question
    $(el, '[part="submit-button"]').focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect($$(el, '.error-message')).to.have.length(5);
    expect(text(find(el, '.error-message'))).to.contain('Choose an answer');
    expect(focused(el)?.id).to.equal('q-initiative-0');
    await expect(el).to.be.accessible();
    // rung 5: municipality starts, decides after advice on fixed questions, residents give ideas, and are informed
    await sendKeys({ press: 'ArrowDown' }); // initiative: the municipality
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' }); // decides: residents (first)...
    for (let i = 0; i < 3; i++) await sendKeys({ press: 'ArrowDown' }); // ...then "after advice"
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' }); // input: ideas and opinions
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'ArrowDown' }); // open: fixed questions
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' }); // informed: yes
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.getAttribute('part')).to.equal('submit-button');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect($$(el, '.error-message')).to.have.length(0);
    const result = find(el, '#check-result');
    expect(focused(el)).to.equal(result);
    expect(text(result)).to.contain('rung 5: consultative style').and.contain('adviser or discussion partner (closed)');
    expect(text(result)).to.contain('The municipality decides itself, after residents’ advice.');
    expect(text(result)).to.contain('Residents answer fixed questions');
    await expect(el).to.be.accessible();
    // jump to the rung on the ladder
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(focused(el)?.id).to.equal('r5');
    expect($(el, '#r5').getAttribute('aria-expanded')).to.equal('true');
    expect($(el, '#p5').hidden).to.equal(false);
  });

  it('self-check by clicks gives the expected rung for a few answer sets, in French', async () => {
    document.documentElement.lang = 'fr';
    const el = await fixture<CivicParticipationLadder>(html`<civic-participation-ladder></civic-participation-ladder>`);
    $(el, '.check-button').click();
    await settle(el);
    const values: Record<string, string[]> = {
      initiative: ['residents', 'municipality', 'both'],
      decides: ['residents', 'together', 'limits', 'advised', 'municipality'],
      input: ['means', 'effort', 'advice', 'none'],
      open: ['open', 'fixed', 'closed'],
      informed: ['yes', 'no'],
    };
    for (const [answers, rung] of [TABLE[0], TABLE[3], TABLE[11]]) {
      for (const [q, v] of Object.entries(answers)) $(el, `#q-${q}-${values[q].indexOf(v!)}`).click();
      $(el, '[part="submit-button"]').click();
      await settle(el);
      expect(text(find(el, '#check-result'))).to.contain(`l’échelon ${rung} :`);
      expect($$(el, '.reasons li').length).to.be.greaterThan(0);
    }
  });

  it('compact variant: the picture alone, with the highlighted rung, arrow keys, and a button that expands to the full ladder', async () => {
    for (const lang of ['nl', 'fr', 'en'] as const) {
      document.documentElement.lang = lang;
      const el = await fixture<CivicParticipationLadder>(
        html`<civic-participation-ladder variant="compact" rung="2"></civic-participation-ladder>`,
      );
      expect($$(el, '.picture > li[part~="rung"]')).to.have.length(7);
      expect(text(find(el, '#g2'))).to.contain(LANGS[lang].here);
      expect($(el, '#full').hidden).to.equal(true);
      // the picture alone: no second picture inside the full ladder
      expect($$(el, '.picture')).to.have.length(1);
      await expect(el).to.be.accessible();
      if (lang !== 'nl') continue;
      // keyboard: Tab reaches every rung of the picture in order, then the toggle
      for (let n = 1; n <= 7; n++) {
        await sendKeys({ press: 'Tab' });
        expect(focused(el)?.id, `Tab ${n}`).to.equal(`g${n}`);
      }
      await sendKeys({ press: 'Tab' });
      expect(focused(el)?.getAttribute('part')).to.equal('toggle');
      // back to rung 2, move with the arrows, open one (which expands the full ladder)
      for (let n = 7; n >= 2; n--) await sendKeys({ press: 'Shift+Tab' });
      expect(focused(el)?.id).to.equal('g2');
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowDown' });
      expect(focused(el)?.id).to.equal('g4');
      await sendKeys({ press: 'ArrowUp' });
      expect(focused(el)?.id).to.equal('g3');
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect($(el, '#full').hidden).to.equal(false);
      expect(focused(el)?.id).to.equal('r3');
      expect($(el, '#p3').hidden).to.equal(false);
      await expect(el).to.be.accessible();
      $(el, '[part="toggle"]').click();
      await settle(el);
      expect($(el, '#full').hidden).to.equal(true);
      expect($(el, '[part="toggle"]').getAttribute('aria-expanded')).to.equal('false');
    }
  });

  it('keeps its layout under hostile page CSS, and prints every explanation opened', async () => {
    const style = document.createElement('style');
    style.textContent =
      '* { margin: 3em; color: red; text-transform: uppercase; letter-spacing: .3em } input { display: block; width: 100% } button { all: unset }';
    document.head.append(style);
    try {
      const el = await fixture<CivicParticipationLadder>(
        html`<civic-participation-ladder rung="1"></civic-participation-ladder>`,
      );
      const b = $(el, '#r1');
      expect(getComputedStyle(b).textTransform).to.equal('none');
      expect(getComputedStyle(b).letterSpacing).to.equal('normal');
      expect(getComputedStyle(b).display).to.equal('grid');
      expect(getComputedStyle(b).cursor).to.equal('pointer');
      expect(b.getBoundingClientRect().width).to.be.greaterThan(el.getBoundingClientRect().width * 0.8);
      await expect(el).to.be.accessible();
      // print: apply the rules of the @media print block on screen
      const rules = [...(printStyles.styleSheet!.cssRules[0] as CSSMediaRule).cssRules]
        .map((r) => r.cssText)
        .join('\n');
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(rules);
      root(el).adoptedStyleSheets = [...root(el).adoptedStyleSheets, sheet];
      for (const p of $$(el, '[part="explanation"]')) expect(getComputedStyle(p).display).to.equal('block');
      expect(getComputedStyle($(el, '.check')).display).to.equal('none');
      expect(getComputedStyle($(el, '.chevron')).display).to.equal('none');
    } finally {
      style.remove();
    }
  });
});
