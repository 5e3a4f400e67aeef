/**
 * Helpers shared by the stories (not stories themselves): the MOCK site in each language, a clean
 * slate of saved drafts per story, and a way for a story to reach a state after its element has
 * rendered, which also works on the Docs pages (where play functions do not run) and survives the
 * toolbar's language switch (the element is kept, only its language changes).
 */
import { html, nothing, type ReactiveElement } from 'lit';
import type { StoryObj } from '@storybook/web-components-vite';
import { ref } from 'lit/directives/ref.js';
import type { Site } from '../src/schema/site.js';
import { exampleSite } from '../src/schema/examples.js';
import { mockEndpoint, type MockRoutes } from '../test/fixtures/mock-backend.js';

export type L = 'nl' | 'fr' | 'en';
const isL = (s: string): s is L => s === 'nl' || s === 'fr' || s === 'en';

/** The language a widget asked its content in (`Accept-Language`); Dutch by default. */
export const langOf = (req: Request): L => {
  const l = (req.headers.get('Accept-Language') ?? '').slice(0, 2);
  return isL(l) ? l : 'nl';
};

/** The language an element shows: its own or nearest `lang`, as the widgets resolve it. */
export const localeOf = (el: Element): L => {
  const l = (el.closest('[lang]')?.getAttribute('lang') ?? '').slice(0, 2).toLowerCase();
  return isL(l) ? l : 'nl';
};

/** One text in the three languages. */
export const tr = (nl: string, fr: string, en: string): Record<L, string> => ({ nl, fr, en });

const AREAS: Record<string, Record<L, string>> = {
  centrum: tr('Centrum', 'Centre', 'Centre'),
  noord: tr('Noord', 'Nord', 'North'),
  zuid: tr('Zuid', 'Sud', 'South'),
};
/** The MOCK themes (id → name per language). */
export const THEMES: Record<string, Record<L, string>> = {
  groen: tr('Groen', 'Espaces verts', 'Green spaces'),
  ontmoeting: tr('Ontmoeting', 'Rencontre', 'Meeting neighbours'),
  zorg: tr('Zorg en welzijn', 'Soins et bien-être', 'Care and welfare'),
  jeugd: tr('Jeugd', 'Jeunesse', 'Youth'),
};

/** The MOCK `GET /v1/site` in one language (`demo: true`, so every widget says it is sample data). */
export function mockSite(l: L): Site {
  const named = (m: Record<string, Record<L, string>>) => Object.entries(m).map(([id, n]) => ({ id, name: n[l] }));
  return {
    ...exampleSite,
    areas: named(AREAS),
    themes: named(THEMES),
    offers: [
      {
        id: 'buurtmoestuin',
        title: tr('Buurtmoestuin (demo)', 'Potager de quartier (démo)', 'Neighbourhood vegetable garden (demo)')[l],
        description: tr(
          'Samen groenten kweken op een gedeeld perceel.',
          'Cultiver ensemble des légumes sur une parcelle partagée.',
          'Grow vegetables together on a shared plot.',
        )[l],
        areaId: 'noord',
      },
      {
        id: 'boekentil',
        title: tr('Boekentil (demo)', 'Boîte à livres (démo)', 'Book-exchange cabinet (demo)')[l],
        description: tr(
          'Zorg voor een kastje waar buren boeken ruilen.',
          'Prenez soin d’une petite armoire où les voisins échangent des livres.',
          'Look after a small cabinet where neighbours swap books.',
        )[l],
        areaId: null,
      },
    ],
    volunteerInfo: {
      version: exampleSite.volunteerInfo.version,
      organisation: tr(
        'Gemeente Voorbeeldgemeente (demo)',
        'Commune de Voorbeeldgemeente (démo)',
        'Municipality of Voorbeeldgemeente (demo)',
      )[l],
      aim: tr(
        'Bewoners steunen die hun buurt aangenamer maken.',
        'Soutenir les habitants qui rendent leur quartier plus agréable.',
        'Supporting residents who make their neighbourhood a better place to live.',
      )[l],
      legalStatus: tr('Lokaal bestuur (gemeente).', 'Pouvoir local (commune).', 'Local government (municipality).')[l],
      insurance: tr(
        'Burgerlijke aansprakelijkheid en lichamelijke ongevallen tijdens je activiteiten.',
        'Responsabilité civile et accidents corporels pendant vos activités.',
        'Civil liability and bodily accident insurance during your activities.',
      )[l],
      expenses: tr(
        'Geen onkostenvergoeding, tenzij de rol iets anders zegt.',
        'Pas de défraiement, sauf si le rôle le prévoit.',
        'No expense allowance, unless the role says otherwise.',
      )[l],
      discretion: tr(
        'Wat je over mensen te weten komt, blijft onder ons.',
        'Ce que vous apprenez sur les personnes reste confidentiel.',
        'What you learn about people stays confidential.',
      )[l],
    },
    demo: true,
  };
}

/**
 * The MOCK endpoint of one story (`id` from the story context): its own routes, and no drafts or
 * unsent submissions left from an earlier visit, so the story starts where its name says.
 */
export function storyEndpoint(id: string, routes: MockRoutes): string {
  const endpoint = mockEndpoint(id, routes);
  try {
    for (const key of Object.keys(localStorage)) {
      if (!key.startsWith('civic-widgets:')) continue;
      if (key.includes(endpoint) || (localStorage.getItem(key) ?? '').includes(JSON.stringify(endpoint)))
        localStorage.removeItem(key);
    }
  } catch {
    /* storage unreachable: the widgets keep drafts in memory then */
  }
  return endpoint;
}

/** Elements a story has already acted on (a re-render, e.g. the language switch, keeps the state). */
const acted = new WeakSet<Element>();

/**
 * Put in an element's template (`<civic-x ${afterRender((el) => …)}>`): runs `act` once per element,
 * after it has upgraded and first rendered. A story's way to show a state (also on Docs pages).
 */
export const afterRender = <E extends ReactiveElement>(act: (el: E) => unknown) =>
  ref((node) => {
    if (!node || acted.has(node)) return;
    acted.add(node);
    // The element upgrades once the story is in the document: wait a frame, then for its render.
    requestAnimationFrame(() => {
      void (node as E).updateComplete.then(async () => {
        try {
          await act(node as E);
        } catch (e) {
          console.error('story: could not reach the state', e);
        }
      });
    });
  });

/**
 * The first element matching `selector` in the widget's shadow root, once it is there (data loaded,
 * panel shown); `null`, with a console warning, after `timeoutMs`.
 */
export async function until<T extends HTMLElement = HTMLElement>(
  host: ReactiveElement,
  selector: string,
  timeoutMs = 6000,
): Promise<T | null> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    await host.updateComplete;
    const found = host.shadowRoot?.querySelector<T>(selector);
    if (found) return found;
    if (Date.now() > end) {
      console.warn(`story: <${host.localName}> never showed ${selector}`);
      return null;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Clicks what a resident would click, once it is there, and waits for the widget to re-render. */
export async function click(host: ReactiveElement, selector: string): Promise<void> {
  (await until(host, selector))?.click();
  await host.updateComplete;
}

/**
 * A story on a page with hostile global CSS, as CMS themes carry it. In an iframe on the Docs page,
 * so its global CSS does not restyle the whole page.
 */
/** A story's render function. */
type StoryRender = NonNullable<StoryObj['render']>;

export function hostileCssStory(render: StoryRender): StoryObj {
  return {
    name: 'On a page with hostile global CSS',
    parameters: { docs: { story: { inline: false, height: '900px' } } },
    render: (args, ctx) => html`<style>
        * { margin: 3em; color: red; text-transform: uppercase; letter-spacing: 0.3em; line-height: 3; }
        input, select, textarea { display: block; width: 100%; }
        button { all: unset; }
      </style>
      ${render(args, ctx)}`,
  };
}

/** The dark token set (src/styles/dark.css), as a URL Vite serves and copies into the build. */
const darkCss = new URL('../src/styles/dark.css', import.meta.url).href;

/**
 * A story on a page with a dark background. Without `tokens` the widget keeps its default (light)
 * surface, which it paints itself, so it stays readable; with `tokens` the page loads the dark token
 * set and puts `class="civic-dark"` on an ancestor, as a webmaster of a dark site would.
 */
export function darkPageStory(render: StoryRender, o: { tokens?: boolean } = {}): StoryObj {
  return {
    name: o.tokens ? 'On a dark page, with the dark token set' : 'On a dark page',
    render: (args, ctx) => html`${o.tokens ? html`<link rel="stylesheet" href=${darkCss} />` : nothing}
      <div
        class=${o.tokens ? 'civic-dark' : ''}
        style="padding: 1.5rem; background: #111418; color: #eeeeee; --civic-padding: 1rem"
      >
        <p style="margin-block: 0 1rem">${tr('Tekst van de pagina.', 'Texte de la page.', 'Text of the page.')[localeOf(document.documentElement)]}</p>
        ${render(args, ctx)}
      </div>`,
  };
}

/** The `lang` control of a widget's story (the global attribute, not in the manifest). */
export const langArgType = {
  control: 'inline-radio' as const,
  options: ['nl', 'fr', 'en'],
  description:
    'The global `lang` attribute: the language of this widget. Without it, the page’s language applies (the toolbar’s language switch).',
  table: { category: 'attributes' },
};
