/**
 * <civic-initiative-list> in every state, against the MOCK backend (test/fixtures/mock-backend.ts): no
 * server needed. Use the toolbar's language switch for nl, fr and en, or the *Language* stories.
 * Exports starting with a lower-case letter are helpers (also used by the browser tests), not stories.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/define/initiative-list.js';
import type { Initiative } from '../src/schema/initiative.js';
import { delayed, hang, json, offline, type MockRoutes } from '../test/fixtures/mock-backend.js';
import { langOf, mockSite, storyEndpoint, THEMES, tr, type L, hostileCssStory, darkPageStory } from './helpers.js';

type Seed = [
  id: string,
  title: string,
  summary: Record<L, string>,
  area: string | null,
  themes: string[],
  rung: Initiative['rung'],
  status: Initiative['status'],
  volunteers: boolean,
];
const SEEDS: Seed[] = [
  [
    'zaalbeheer',
    'Vrijwillige zaalbeheerders',
    {
      nl: 'Bewoners openen en sluiten de buurtzaal en ontvangen de groepen die er samenkomen.',
      fr: 'Des habitants ouvrent et ferment la salle de quartier et accueillent les groupes.',
      en: 'Residents open and close the community hall and welcome the groups that use it.',
    },
    'centrum',
    ['ontmoeting'],
    2,
    'running',
    true,
  ],
  [
    'bermmeesters',
    'Bermmeesters',
    {
      nl: 'Buren zorgen samen voor de bermen langs hun straat.',
      fr: 'Des voisins entretiennent ensemble les accotements de leur rue.',
      en: 'Neighbours look after the road verges along their street.',
    },
    'noord',
    ['groen'],
    1,
    'running',
    true,
  ],
  [
    'fietsen-zonder-leeftijd',
    'Fietsen Zonder Leeftijd',
    {
      nl: 'Vrijwillige piloten nemen ouderen mee op de riksja.',
      fr: 'Des pilotes volontaires emmènent des personnes âgées en triporteur.',
      en: 'Volunteer pilots take older people out on trishaws.',
    },
    null,
    ['zorg', 'ontmoeting'],
    2,
    'running',
    true,
  ],
  [
    'slaatje-praatje',
    'Slaatje Praatje',
    {
      nl: 'Het sociaal huis en vrijwilligers organiseren samen een ontmoetingsmoment.',
      fr: 'Les services sociaux et des volontaires organisent ensemble un moment de rencontre.',
      en: 'The social services and volunteers organise a meeting place together.',
    },
    'zuid',
    ['zorg'],
    3,
    'running',
    false,
  ],
  [
    'stelplaats',
    'STELPLAATS',
    {
      nl: 'Jongeren gebruiken de oude busstelplaats tijdelijk voor hun eigen projecten.',
      fr: 'Des jeunes utilisent temporairement l’ancien dépôt de bus pour leurs projets.',
      en: 'Young people use the old bus depot for their own projects for a while.',
    },
    'centrum',
    ['jeugd'],
    4,
    'testing',
    false,
  ],
  [
    'kortenbergh-2020',
    'Kortenbergh 2020',
    {
      nl: 'Bewoners denken na over de gemeente waarin ze willen wonen.',
      fr: 'Des habitants réfléchissent à la commune dans laquelle ils veulent vivre.',
      en: 'Residents think about the municipality they want to live in.',
    },
    null,
    ['ontmoeting'],
    5,
    'finished',
    false,
  ],
  [
    'red-de-stoep',
    'Red de Stoep',
    {
      nl: 'Een idee om stoepen vrij te houden voor wie te voet gaat.',
      fr: 'Une idée pour garder les trottoirs libres pour les piétons.',
      en: 'An idea to keep pavements free for people on foot.',
    },
    'zuid',
    ['groen'],
    6,
    'idea',
    false,
  ],
  [
    'boekentil',
    'Boekentil',
    {
      nl: 'Een kastje waar buren boeken ruilen; zoekt iemand die het bijhoudt.',
      fr: 'Une petite armoire où les voisins échangent des livres.',
      en: 'A little cabinet where neighbours swap books.',
    },
    'noord',
    ['ontmoeting'],
    1,
    'running',
    true,
  ],
];

/** The mock's initiatives in one language; `extra` adds numbered ones for paging. */
export function mockInitiatives(l: L, extra = 0): Initiative[] {
  const list: Initiative[] = SEEDS.map(([id, title, summary, areaId, themeIds, rung, status, needsVolunteers], i) => ({
    id,
    title,
    summary: summary[l],
    description: `${summary[l]}\n\n(MOCK)`,
    areaId,
    themeIds,
    rung,
    coproduction: 'co-production',
    status,
    organiser: i % 3 === 0 ? 'both' : i % 3 === 1 ? 'residents' : 'municipality',
    needsVolunteers,
    links: [{ label: 'Website', url: `https://www.example.org/${id}` }],
    image: null,
    startDate: i % 2 ? '2026-03-01' : null,
    endDate: null,
    updatedAt: `2026-02-${String(20 - i).padStart(2, '0')}T10:00:00Z`,
  }));
  for (let i = 1; i <= extra; i++) {
    list.push({
      ...list[i % SEEDS.length]!,
      id: `mock-${i}`,
      title: `${tr('Initiatief', 'Initiative', 'Initiative')[l]} ${i}`,
      updatedAt: `2025-12-01T10:00:00Z`,
    });
  }
  return list;
}

/** Filters, sorts and pages like the reference server (cursor = offset). */
export function mockPage(all: Initiative[], url: URL) {
  const p = url.searchParams;
  const q = (p.get('q') ?? '').toLowerCase();
  let items = all.filter(
    (i) =>
      (!q || `${i.title} ${i.summary}`.toLowerCase().includes(q)) &&
      (!p.get('area') || i.areaId === p.get('area')) &&
      (!p.get('theme') || i.themeIds.includes(p.get('theme')!)) &&
      (!p.get('rung') || String(i.rung) === p.get('rung')) &&
      (!p.get('status') || i.status === p.get('status')) &&
      (!p.get('needsVolunteers') || String(i.needsVolunteers) === p.get('needsVolunteers')),
  );
  if (p.get('sort') === 'title') items = [...items].sort((a, b) => a.title.localeCompare(b.title));
  const limit = Number(p.get('limit') ?? 20);
  const offset = Number(p.get('cursor') ?? 0);
  const page = items.slice(offset, offset + limit);
  return {
    items: page,
    total: items.length,
    nextCursor: offset + limit < items.length ? String(offset + limit) : null,
  };
}

/** Routes of a working mock backend; `items` overrides the data, `delayMs` slows every answer. */
export function mockRoutes(o: { items?: (l: L) => Initiative[]; delayMs?: number } = {}): MockRoutes {
  const slow = (make: () => Response) => (req: Request) =>
    o.delayMs ? delayed(o.delayMs, make)(req, new URL(req.url)) : make();
  return {
    'GET /v1/site': (req) => slow(() => json(mockSite(langOf(req))))(req),
    'GET /v1/initiatives': (req, url) =>
      slow(() => json(mockPage((o.items ?? mockInitiatives)(langOf(req)), url)))(req),
  };
}

/** Titles, summaries and links that look like attacks; all must show as plain text and stay inert. */
export const XSS_TITLES = [
  '<img src=x onerror="window.__xss=1">',
  '<script>window.__xss=2</script>',
  '"><svg onload="window.__xss=3">',
  '<a href="javascript:window.__xss=4">klik</a>',
  '{{constructor.constructor("window.__xss=5")()}}',
];

export function xssInitiatives(l: L): Initiative[] {
  return mockInitiatives(l)
    .slice(0, XSS_TITLES.length)
    .map((it, i) => ({
      ...it,
      id: `xss-${i}`,
      title: XSS_TITLES[i]!,
      summary: `<b onmouseover="window.__xss=6">vet</b> <iframe src="javascript:window.__xss=7"></iframe>`,
      description: '<style>*{display:none}</style><script>window.__xss=8</script>',
      links: [{ label: '<img src=x onerror=window.__xss=9>', url: 'https://www.example.org/?q=<script>' }],
    }));
}

const meta: Meta = {
  title: 'Widgets/Initiative list',
  component: 'civic-initiative-list',
  // Helpers (also used by the browser tests), not stories.
  excludeStories: /^[a-z]|^XSS_TITLES$/,
  parameters: {
    docs: {
      description: {
        component:
          'Residents find initiatives to join: filters kept in the page URL, cards with their rung on the participation ladder (Pröpper & Steenbergen, 1999), details in place, "load more". These stories use a MOCK backend.',
      },
    },
  },
};
export default meta;

type Story = StoryObj;
type Ctx = { id: string };

/** The widget against this story's own MOCK backend, with extra attributes. */
const list = (ctx: Ctx, routes: MockRoutes, extra: Record<string, string> = {}) => {
  const node = document.createElement('civic-initiative-list');
  node.setAttribute('endpoint', storyEndpoint(ctx.id, routes));
  node.setAttribute('signup-url', '/vrijwilligers?initiative={id}');
  for (const [k, v] of Object.entries(extra)) node.setAttribute(k, v);
  return node;
};

export const Results: Story = { name: 'Results (list layout)', render: (_, ctx) => list(ctx, mockRoutes()) };
export const Grid: Story = {
  name: 'Results (grid layout)',
  render: (_, ctx) => list(ctx, mockRoutes(), { layout: 'grid' }),
};
export const LoadMore: Story = {
  name: 'Many results with "load more"',
  render: (_, ctx) =>
    list(ctx, mockRoutes({ items: (l) => mockInitiatives(l, 40) }), { 'page-size': '6', layout: 'grid' }),
};
export const Loading: Story = {
  name: 'Loading (skeleton)',
  render: (_, ctx) => list(ctx, { 'GET /v1/site': hang, 'GET /v1/initiatives': hang }),
};
export const Slow: Story = {
  name: 'Slow backend (2 s per answer)',
  render: (_, ctx) => list(ctx, mockRoutes({ delayMs: 2000 })),
};
export const Empty: Story = {
  name: 'Empty, with "clear filters"',
  render: (_, ctx) =>
    list(ctx, mockRoutes(), { 'url-prefix': 'empty', id: 'empty-demo', status: 'finished', theme: 'jeugd' }),
};
export const ErrorState: Story = {
  name: 'Error with retry (offline)',
  parameters: {
    docs: {
      description: {
        story:
          'The network is down. The widget first retries on its own, so the message appears after a few seconds (up to about 7).',
      },
    },
  },
  render: (_, ctx) => list(ctx, { 'GET /v1/site': offline, 'GET /v1/initiatives': offline }),
};
export const LongContent: Story = {
  name: 'Long content',
  render: (_, ctx) =>
    list(
      ctx,
      mockRoutes({
        items: (l) =>
          mockInitiatives(l).map((i) => ({
            ...i,
            title: `${i.title}: ${tr('een heel lange titel die niet op één regel past ', 'un titre très long qui ne tient pas sur une ligne ', 'a very long title that does not fit on one line ')[l].repeat(2)}Donaudampfschifffahrtsgesellschaftskapitänsmütze`,
            summary: i.summary.repeat(5),
            themeIds: Object.keys(THEMES),
          })),
      }),
      { layout: 'grid' },
    ),
};
export const Xss: Story = {
  name: 'Hostile content rendered as text',
  render: (_, ctx) => list(ctx, mockRoutes({ items: xssInitiatives })),
};
export const NotConfigured: Story = {
  name: 'Not configured (no endpoint)',
  render: () => document.createElement('civic-initiative-list'),
};
export const Presets: Story = {
  name: 'Preset filters, only search and sort shown',
  render: (_, ctx) => list(ctx, mockRoutes(), { filters: 'q sort', 'needs-volunteers': '', 'heading-level': '3' }),
};
const inLang = (l: L): Story => ({
  name: `Language: ${l}`,
  render: (_, ctx) => list(ctx, mockRoutes(), { lang: l, layout: 'grid' }),
});
export const Dutch = inLang('nl');
export const French = inLang('fr');
export const English = inLang('en');
export const HostileCss: Story = hostileCssStory((_, ctx) => list(ctx, mockRoutes()));
export const DarkPage: Story = darkPageStory((_, ctx) => list(ctx, mockRoutes()));
export const DarkTokens: Story = darkPageStory((_, ctx) => list(ctx, mockRoutes()), { tokens: true });
