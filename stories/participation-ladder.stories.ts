/**
 * <civic-participation-ladder> in every variant and state. Live examples come from the MOCK backend
 * (stories/mock-backend.ts): no server needed. Use the toolbar's language switch, or the language stories.
 * The stories open rungs and the self-check by script after rendering, as a resident would by clicking.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/define/participation-ladder.js';
import type { CivicParticipationLadder } from '../src/components/participation-ladder/participation-ladder.js';
import { printStyles } from '../src/components/participation-ladder/participation-ladder.styles.js';
import type { Initiative } from '../src/schema/initiative.js';
import { exampleInitiative } from '../src/schema/examples.js';
import { hang, json, mockBackend, MOCK_ENDPOINT, type MockRoutes } from './mock-backend.js';

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
  'GET /v1/initiatives': (_req, url) => {
    const rung = Number(url.searchParams.get('rung'));
    const items = MOCK.filter(([, , r]) => r === rung).map(([id, title, r]) => ({
      ...exampleInitiative,
      id,
      title,
      summary: 'MOCK: demo data for Storybook.',
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

type Args = { rung?: number; variant: 'full' | 'compact'; endpoint?: string; initiativeUrl?: string; lang?: string };

/** After render: click what a resident would click (in the element's shadow root). */
const play =
  (...selectors: string[]) =>
  async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const el = canvasElement.querySelector<CivicParticipationLadder>('civic-participation-ladder')!;
    await el.updateComplete;
    for (const sel of selectors) {
      el.shadowRoot!.querySelector<HTMLElement>(sel)?.click();
      await el.updateComplete;
    }
  };

const meta: Meta<Args> = {
  title: 'Widgets/Participation ladder',
  component: 'civic-participation-ladder',
  args: { variant: 'full' },
  argTypes: {
    rung: { control: { type: 'number', min: 1, max: 7 } },
    variant: { control: 'inline-radio', options: ['full', 'compact'] },
  },
  render: (a) =>
    html`<civic-participation-ladder
      lang=${ifDefined(a.lang)}
      rung=${ifDefined(a.rung)}
      variant=${a.variant}
      endpoint=${ifDefined(a.endpoint)}
      initiative-url=${ifDefined(a.initiativeUrl)}
    ></civic-participation-ladder>`,
  decorators: [
    (story, ctx) => {
      const routes = ctx.parameters.mock as MockRoutes | undefined;
      if (routes) mockBackend(routes);
      return story();
    },
  ],
};
export default meta;
type Story = StoryObj<Args>;

export const FullLadder: Story = {};

export const RungOpen: Story = { play: play('#r3') };

export const HighlightedRung: Story = { args: { rung: 4 } };

export const WithLiveExamples: Story = {
  args: { endpoint: MOCK_ENDPOINT, initiativeUrl: '/initiatieven/{id}', rung: 2 },
  parameters: { mock: initiatives },
  play: play('#r2'),
};

export const ExamplesLoading: Story = {
  args: { endpoint: MOCK_ENDPOINT },
  parameters: { mock: loading },
  play: play('#r1'),
};

export const ExamplesFailedToLoad: Story = {
  args: { endpoint: MOCK_ENDPOINT },
  parameters: { mock: failing },
  play: play('#r2'),
};

export const CompactCollapsed: Story = { args: { variant: 'compact', rung: 3 } };

export const CompactExpanded: Story = { args: { variant: 'compact', rung: 3 }, play: play('[part="toggle"]') };

export const CompactWithoutRung: Story = { args: { variant: 'compact' } };

export const SelfCheckOpen: Story = { play: play('.check-button') };

export const SelfCheckAnswered: Story = {
  // rung 4: the municipality asks open advice on ideas and opinions, and keeps residents informed
  play: play(
    '.check-button',
    '#q-initiative-1',
    '#q-decides-3',
    '#q-input-2',
    '#q-open-0',
    '#q-informed-0',
    '[part="submit-button"]',
  ),
};

export const SelfCheckUnanswered: Story = { play: play('.check-button', '[part="submit-button"]') };

/** What printing shows: the rules of the `@media print` block applied on screen. */
export const PrintView: Story = {
  args: { rung: 2 },
  play: async (ctx) => {
    const el = ctx.canvasElement.querySelector<CivicParticipationLadder>('civic-participation-ladder')!;
    await el.updateComplete;
    const media = printStyles.styleSheet!.cssRules[0] as CSSMediaRule;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync([...media.cssRules].map((r) => r.cssText).join('\n'));
    el.shadowRoot!.adoptedStyleSheets = [...el.shadowRoot!.adoptedStyleSheets, sheet];
  },
};

export const Dutch: Story = { args: { lang: 'nl', rung: 3 }, play: play('#r3') };
export const French: Story = { args: { lang: 'fr', rung: 3 }, play: play('#r3') };
export const English: Story = { args: { lang: 'en', rung: 3 }, play: play('#r3') };
export const FrenchCompact: Story = { args: { lang: 'fr', rung: 5, variant: 'compact' } };
export const FrenchSelfCheck: Story = { args: { lang: 'fr' }, play: SelfCheckAnswered.play };
