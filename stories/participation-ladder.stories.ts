/**
 * <civic-participation-ladder> in every variant and state. Live examples come from the MOCK backend
 * (test/fixtures/mock-backend.ts): no server needed. Use the toolbar's language switch, or the language stories.
 * The stories open rungs and the self-check by clicking after rendering, as a resident would (this
 * also shows on the Docs page, and the state stays when the language is switched).
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/define/participation-ladder.js';
import type { CivicParticipationLadder } from '../src/components/participation-ladder/participation-ladder.js';
import { printStyles } from '../src/components/participation-ladder/participation-ladder.styles.js';
import type { Initiative } from '../src/schema/initiative.js';
import { exampleInitiative } from '../src/schema/examples.js';
import { hang, json, type MockRoutes } from '../test/fixtures/mock-backend.js';
import { afterRender, click, darkPageStory, langOf, storyEndpoint, tr, langArgType } from './helpers.js';

/** MOCK initiatives (demo names from the deck; no invented facts), by rung. */
const MOCK: Array<[id: string, title: string, rung: Initiative['rung']]> = [
  ['bermmeesters', 'Bermmeesters (demo)', 1],
  ['boekentil', 'Boekentil in de buurt (demo)', 1],
  ['zaalbeheer', 'Vrijwillige zaalbeheerders (demo)', 2],
  ['fietsen-zonder-leeftijd', 'Fietsen Zonder Leeftijd (demo)', 2],
  ['slaatje-praatje', 'Slaatje Praatje (demo)', 3],
  ['kortenbergh-2020', 'Kortenbergh 2020 (demo)', 4],
  ['stelplaats', 'STELPLAATS (demo)', 5],
];

const initiatives: MockRoutes = {
  'GET /v1/initiatives': (req, url) => {
    const rung = Number(url.searchParams.get('rung'));
    const items = MOCK.filter(([, , r]) => r === rung).map(([id, title, r]) => ({
      ...exampleInitiative,
      id,
      title,
      summary: tr(
        'MOCK: voorbeeldgegevens voor Storybook.',
        'MOCK : données d’exemple pour Storybook.',
        'MOCK: demo data for Storybook.',
      )[langOf(req)],
      rung: r,
    }));
    return json({ items, total: items.length, nextCursor: null });
  },
};

const failing: MockRoutes = {
  'GET /v1/initiatives': () =>
    new Response('<html>Bad gateway</html>', { status: 200, headers: { 'Content-Type': 'text/html' } }),
};

const loading: MockRoutes = { 'GET /v1/initiatives': (req) => hang(req) };

type Args = { rung?: number; variant: 'full' | 'compact'; initiativeUrl?: string; lang?: string };
type Params = {
  /** The MOCK backend for the live examples; without it the widget has no endpoint (no examples). */
  mock?: MockRoutes;
  /** What a resident clicks after the ladder has rendered (selectors in its shadow root), in order. */
  clicks?: string[];
  /** Show what printing shows. */
  print?: boolean;
};

/** The rules of the `@media print` block, applied on screen. */
function showPrintRules(el: CivicParticipationLadder): void {
  const media = printStyles.styleSheet!.cssRules[0] as CSSMediaRule;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync([...media.cssRules].map((r) => r.cssText).join('\n'));
  el.shadowRoot!.adoptedStyleSheets = [...el.shadowRoot!.adoptedStyleSheets, sheet];
}

const meta: Meta<Args> = {
  title: 'Widgets/Participation ladder',
  component: 'civic-participation-ladder',
  args: { variant: 'full' },
  argTypes: {
    rung: { control: { type: 'number', min: 1, max: 7 } },
    variant: { control: 'inline-radio', options: ['full', 'compact'] },
    lang: langArgType,
  },
  render: (a, ctx) => {
    const p = ctx.parameters as Params;
    const act = p.clicks?.length || p.print;
    return html`<civic-participation-ladder
      lang=${ifDefined(a.lang)}
      rung=${ifDefined(a.rung)}
      variant=${a.variant}
      endpoint=${ifDefined(p.mock ? storyEndpoint(ctx.id, p.mock) : undefined)}
      initiative-url=${ifDefined(a.initiativeUrl)}
      ${
        act
          ? afterRender<CivicParticipationLadder>(async (el) => {
              for (const sel of p.clicks ?? []) await click(el, sel);
              if (p.print) showPrintRules(el);
            })
          : nothing
      }
    ></civic-participation-ladder>`;
  },
};
export default meta;
type Story = StoryObj<Args>;
const params = (p: Params) => p;

const ANSWER_RUNG_4 = [
  // rung 4: the municipality asks open advice on ideas and opinions, and keeps residents informed
  '.check-button',
  '#q-initiative-1',
  '#q-decides-3',
  '#q-input-2',
  '#q-open-0',
  '#q-informed-0',
  '[part="submit-button"]',
];

export const FullLadder: Story = {};

export const RungOpen: Story = { parameters: params({ clicks: ['#r3'] }) };

export const HighlightedRung: Story = { args: { rung: 4 } };

export const WithLiveExamples: Story = {
  args: { initiativeUrl: '/initiatieven/{id}', rung: 2 },
  parameters: params({ mock: initiatives, clicks: ['#r2'] }),
};

export const ExamplesLoading: Story = { parameters: params({ mock: loading, clicks: ['#r1'] }) };

export const ExamplesFailedToLoad: Story = { parameters: params({ mock: failing, clicks: ['#r2'] }) };

/**
 * The picture: a rung chosen on it (with its live examples at that step), the project's rung, and the
 * self-check's answer marked on its step.
 */
export const PictureWithAnswerAndExamples: Story = {
  args: { rung: 2, initiativeUrl: '/initiatieven/{id}' },
  parameters: params({ mock: initiatives, clicks: [...ANSWER_RUNG_4, '#g1'] }),
};

/** The picture alone, as in a sidebar (the compact variant). */
export const PictureInASidebar: Story = {
  args: { variant: 'compact', rung: 3 },
  decorators: [(story) => html`<div style="max-inline-size: 18rem">${story()}</div>`],
};

export const CompactCollapsed: Story = { args: { variant: 'compact', rung: 3 } };

export const CompactExpanded: Story = {
  args: { variant: 'compact', rung: 3 },
  parameters: params({ clicks: ['[part="toggle"]'] }),
};

export const CompactWithoutRung: Story = { args: { variant: 'compact' } };

export const SelfCheckOpen: Story = { parameters: params({ clicks: ['.check-button'] }) };

export const SelfCheckAnswered: Story = { parameters: params({ clicks: ANSWER_RUNG_4 }) };

export const SelfCheckUnanswered: Story = {
  parameters: params({ clicks: ['.check-button', '[part="submit-button"]'] }),
};

/** What printing shows: the rules of the `@media print` block applied on screen. */
export const PrintView: Story = { args: { rung: 2 }, parameters: params({ print: true }) };

export const Dutch: Story = { args: { lang: 'nl', rung: 3 }, parameters: params({ clicks: ['#r3'] }) };
export const French: Story = { args: { lang: 'fr', rung: 3 }, parameters: params({ clicks: ['#r3'] }) };
export const English: Story = { args: { lang: 'en', rung: 3 }, parameters: params({ clicks: ['#r3'] }) };
export const FrenchCompact: Story = { args: { lang: 'fr', rung: 5, variant: 'compact' } };
export const FrenchSelfCheck: Story = { args: { lang: 'fr' }, parameters: params({ clicks: ANSWER_RUNG_4 }) };

/** On a dark page: the ladder paints its own light surface; with the dark token set it is dark. */
export const DarkPage: Story = {
  ...(darkPageStory(meta.render as NonNullable<StoryObj['render']>) as Story),
  args: { rung: 4 },
  parameters: params({ clicks: ['#r4'] }),
};
export const DarkTokens: Story = {
  ...(darkPageStory(meta.render as NonNullable<StoryObj['render']>, { tokens: true }) as Story),
  args: { rung: 4 },
  parameters: params({ clicks: ['#r4'] }),
};
