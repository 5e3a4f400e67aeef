/**
 * Theming on a host page the widgets do not control: a dark page (the widgets paint their own surface,
 * or take the dark token set) and an NL Design System theme whose tokens sit on a class of <body>.
 * Against the REAL reference server (CIVIC_TEST_ENDPOINT), with the real theme files from src/styles.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/all.js';
import { clearStorage, server } from '../volunteer-signup/helpers.js';
import { find } from '../../fixtures/query.js';

type Axe = {
  run: (
    context: Element | Document,
    options: object,
  ) => Promise<{ violations: { id: string; nodes: { target: unknown[]; failureSummary?: string }[] }[] }>;
};

/** Loads a stylesheet of the package (served by the test server from the repository). */
async function stylesheet(path: string): Promise<HTMLLinkElement> {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = path;
  const loaded = new Promise((resolve, reject) => {
    link.onload = resolve;
    link.onerror = () => reject(new Error(`${path} did not load`));
  });
  document.head.append(link);
  await loaded;
  return link;
}

/** All four widgets, loaded from the server, in a state with text of every kind on screen. */
async function allFour(): Promise<HTMLElement> {
  const e = server().endpoint;
  const wrapper = await fixture<HTMLElement>(html`<main></main>`);
  wrapper.innerHTML = `<h1>Inspraak</h1><p>Tekst van de pagina zelf.</p>
    <civic-idea-form endpoint="${e}"></civic-idea-form>
    <civic-initiative-list endpoint="${e}" page-size="2"></civic-initiative-list>
    <civic-participation-ladder endpoint="${e}" rung="4"></civic-participation-ladder>
    <civic-volunteer-signup endpoint="${e}"></civic-volunteer-signup>`;
  const [form, list, ladder, signup] = [...wrapper.querySelectorAll<HTMLElement>('[endpoint]')];
  await waitUntil(
    () =>
      find(form!, '#f-track-0:not([disabled])') && find(list!, '[part~="item"]') && find(signup!, '#f-roleId input'),
    'the widgets load',
    { timeout: 15_000 },
  );
  find(form!, '#f-track-0')!.click();
  find(ladder!, '#r4')!.click();
  find(signup!, '#f-roleId input')!.click();
  await waitUntil(() => find(form!, '[part~="submit-button"]'), 'the chosen track shows its form');
  find(form!, '[part~="submit-button"]')!.click(); // error summary and messages
  await waitUntil(() => find(form!, '[part~="error-summary"]') && find(signup!, '[part~="details"]'), 'states');
  return wrapper;
}

async function contrastFailures(): Promise<string[]> {
  // @ts-expect-error -- axe.min.js has no types of its own; loading it registers window.axe (typed above).
  await import('axe-core/axe.min.js');
  const axe = (window as unknown as { axe: Axe }).axe;
  const result = await axe.run(document, { runOnly: ['color-contrast'], resultTypes: ['violations'] });
  return result.violations.flatMap((v) =>
    v.nodes.map((n) => `${JSON.stringify(n.target)}: ${(n.failureSummary ?? '').split('\n').slice(-1)[0]}`),
  );
}

describe('on a dark page', () => {
  let style: HTMLStyleElement;
  beforeEach(() => {
    clearStorage();
    style = document.createElement('style');
    style.textContent = 'body { background: #111418; color: #eeeeee; }';
    document.head.append(style);
  });
  afterEach(() => {
    style.remove();
    document.body.classList.remove('civic-dark');
    history.replaceState(null, '', location.pathname);
  });

  it('every widget paints its own surface: axe finds no contrast failure', async () => {
    const page = await allFour();
    for (const w of page.querySelectorAll('[endpoint]'))
      expect(getComputedStyle(w).backgroundColor, w.localName).to.equal('rgb(255, 255, 255)');
    expect(await contrastFailures()).to.deep.equal([]);
  });

  it('with the dark token set (src/styles/dark.css, class on <body>) the widgets are dark and pass axe', async () => {
    const link = await stylesheet('/src/styles/dark.css');
    try {
      document.body.classList.add('civic-dark');
      const page = await allFour();
      const form = page.querySelector('civic-idea-form')!;
      expect(getComputedStyle(form).backgroundColor).to.equal('rgb(23, 25, 28)');
      expect(getComputedStyle(find(form, '.heading') ?? find(form, 'h2')!).color).to.equal('rgb(243, 242, 241)');
      expect(await contrastFailures()).to.deep.equal([]);
    } finally {
      link.remove();
    }
  });
});

describe('the NL Design System theme (src/styles/nl-design-system.css)', () => {
  let link: HTMLLinkElement;
  let tokens: HTMLStyleElement;
  before(async () => {
    link = await stylesheet('/src/styles/nl-design-system.css');
    tokens = document.createElement('style');
    // As an NL Design System theme ships its tokens: on a class, not on :root.
    tokens.textContent = `.utrecht-theme {
      --utrecht-button-primary-action-background-color: rgb(150, 0, 60);
      --utrecht-button-primary-action-color: rgb(255, 255, 240);
      --utrecht-document-color: rgb(20, 30, 40);
    }`;
    document.head.append(tokens);
  });
  after(() => {
    link.remove();
    tokens.remove();
    document.body.classList.remove('utrecht-theme');
  });

  it('takes the tokens from <body class="utrecht-theme">: the submit button has the theme colours', async () => {
    document.body.classList.add('utrecht-theme');
    const el = await fixture<HTMLElement>(html`<civic-idea-form endpoint=${server().endpoint}></civic-idea-form>`);
    await waitUntil(() => find(el, '[part~="submit-button"]'), 'the form renders', { timeout: 10_000 });
    const button = getComputedStyle(find(el, '[part~="submit-button"]')!);
    expect(button.backgroundColor).to.equal('rgb(150, 0, 60)');
    expect(button.color).to.equal('rgb(255, 255, 240)');
    expect(getComputedStyle(find(el, '[part~="form"]') ?? el.shadowRoot!.firstElementChild!).color).to.equal(
      'rgb(20, 30, 40)',
    );
  });

  it('without the theme class the defaults apply', async () => {
    document.body.classList.remove('utrecht-theme');
    const el = await fixture<HTMLElement>(html`<civic-idea-form endpoint=${server().endpoint}></civic-idea-form>`);
    await waitUntil(() => find(el, '[part~="submit-button"]'), 'the form renders', { timeout: 10_000 });
    expect(getComputedStyle(find(el, '[part~="submit-button"]')!).backgroundColor).to.equal('rgb(29, 79, 145)');
  });

  it('a rule of the page on the widget itself still beats the mapping', async () => {
    document.body.classList.add('utrecht-theme');
    const own = document.createElement('style');
    own.textContent = 'civic-idea-form { --civic-color-primary: rgb(0, 90, 0); }';
    document.head.append(own);
    try {
      const el = await fixture<HTMLElement>(html`<civic-idea-form endpoint=${server().endpoint}></civic-idea-form>`);
      await waitUntil(() => find(el, '[part~="submit-button"]'), 'the form renders', { timeout: 10_000 });
      expect(getComputedStyle(find(el, '[part~="submit-button"]')!).backgroundColor).to.equal('rgb(0, 90, 0)');
    } finally {
      own.remove();
    }
  });
});
