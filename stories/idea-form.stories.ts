/**
 * <civic-idea-form> in every state and language, working without a server through the MOCK backend
 * (test/fixtures/mock-backend.ts). States after a submit are reached as a resident would: the story fills
 * the form and presses send once the form has loaded. Use the toolbar's language switch for nl, fr
 * and en, or the French and English stories (which set `lang` on the element itself).
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/define/idea-form.js';
import type { CivicIdeaForm } from '../src/components/idea-form/idea-form.js';
import { exampleIdeaReceipt } from '../src/schema/examples.js';
import { hang, json, type MockRoutes } from '../test/fixtures/mock-backend.js';
import {
  afterRender,
  click,
  darkPageStory,
  langOf,
  localeOf,
  mockSite,
  storyEndpoint,
  tr,
  until,
  langArgType,
} from './helpers.js';

const site: MockRoutes = { 'GET /v1/site': (req) => json(mockSite(langOf(req))) };
/**
 * A 503 whose Retry-After is too long to wait for: the widget gives up at once. (A network error
 * shows the same panels, but only after the widget's own retries, several seconds later.)
 */
const unavailable = () =>
  json({ type: 'about:blank', title: 'Unavailable (MOCK)', status: 503 }, 503, { 'Retry-After': '600' });

/** The MOCK backends the stories choose from (`parameters.backend`). */
const BACKENDS = {
  ok: { ...site, 'POST /v1/ideas': () => json(exampleIdeaReceipt, 201) },
  /** Sending fails in a way worth retrying later: the idea is kept on the device. */
  down: { ...site, 'POST /v1/ideas': unavailable },
  garbage: {
    ...site,
    'POST /v1/ideas': () =>
      new Response('<html>Bad gateway (MOCK)</html>', { status: 200, headers: { 'Content-Type': 'text/html' } }),
  },
  siteFails: { 'GET /v1/site': unavailable },
  loading: { 'GET /v1/site': (req) => hang(req) },
} satisfies Record<string, MockRoutes>;

type Args = { track?: string; area?: string; lang?: string };
type Params = {
  backend?: keyof typeof BACKENDS;
  /** After loading, press send with the form empty (`'empty'`) or filled in (`'filled'`). */
  send?: 'empty' | 'filled';
  /** No endpoint at all. */
  unconfigured?: boolean;
};

/** What a resident types, in the language of the form. */
const ANSWERS = {
  title: tr('Zitbanken op het plein', 'Des bancs sur la place', 'Benches on the square'),
  summary: tr(
    'Een paar zitbanken zodat buren samen kunnen zitten en praten.',
    'Quelques bancs pour que les voisins puissent s’asseoir et discuter.',
    'A few benches so neighbours can sit and talk together.',
  ),
  description: tr(
    'Met vijf buren willen we zitbanken plaatsen en onderhouden.',
    'Avec cinq voisins, nous voulons installer et entretenir des bancs.',
    'With five neighbours we want to place and look after benches.',
  ),
};

/** Once the form has loaded: optionally fill in every field of the chosen track, then press send. */
const send = (filled: boolean) =>
  afterRender<CivicIdeaForm>(async (form) => {
    await until(form, '#f-track-0:not([disabled])');
    if (filled) {
      const l = localeOf(form);
      const values: Record<string, unknown> = {
        title: ANSWERS.title[l],
        summary: ANSWERS.summary[l],
        description: ANSWERS.description[l],
        areaId: 'centrum',
        themeIds: ['ontmoeting'],
        'location.address': 'Marktplein 1',
        neighbours: '4',
        'contact.name': 'Voorbeeld Bewoner',
        'contact.email': 'sam@example.org',
        'consent.privacy': true,
      };
      for (const [k, v] of Object.entries(values)) form.form.set(k, v);
    }
    await click(form, '[part~="submit-button"]');
  });

const meta: Meta<Args> = {
  title: 'Widgets/Idea form',
  component: 'civic-idea-form',
  argTypes: {
    track: { control: 'inline-radio', options: ['create', 'experiment', 'join'] },
    area: { control: 'inline-radio', options: ['centrum', 'noord', 'zuid'] },
    lang: langArgType,
  },
  parameters: {
    docs: {
      description: {
        component:
          'A resident proposes an idea for their neighbourhood: create, experiment or join a ready-made offer. These stories use a MOCK backend; the areas, themes and offers are sample data.',
      },
    },
  },
  render: (args, ctx) => {
    const p = ctx.parameters as Params;
    const endpoint = p.unconfigured ? '' : storyEndpoint(ctx.id, BACKENDS[p.backend ?? 'ok']);
    return html`<civic-idea-form
      endpoint=${endpoint}
      track=${ifDefined(args.track)}
      area=${ifDefined(args.area)}
      lang=${ifDefined(args.lang)}
      ${p.send ? send(p.send === 'filled') : nothing}
    ></civic-idea-form>`;
  },
};
export default meta;
type Story = StoryObj<Args>;
const params = (p: Params) => p;

export const Start: Story = {};
export const Loading: Story = { parameters: params({ backend: 'loading' }) };
export const Create: Story = { args: { track: 'create' } };
export const Experiment: Story = { args: { track: 'experiment' } };
export const Join: Story = { args: { track: 'join' } };
export const JoinNarrowedToArea: Story = { args: { track: 'join', area: 'centrum' } };
export const Errors: Story = { args: { track: 'experiment' }, parameters: params({ send: 'empty' }) };
export const ServerErrorGarbage: Story = {
  args: { track: 'create' },
  parameters: params({ backend: 'garbage', send: 'filled' }),
};
export const SiteFailsWithRetry: Story = { parameters: params({ backend: 'siteFails' }) };
export const OfflineSaved: Story = {
  args: { track: 'create' },
  parameters: params({ backend: 'down', send: 'filled' }),
};
export const Success: Story = { args: { track: 'create' }, parameters: params({ send: 'filled' }) };
export const NotConfigured: Story = { parameters: params({ unconfigured: true }) };

export const FrenchCreate: Story = { args: { lang: 'fr', track: 'create' } };
export const FrenchErrors: Story = { args: { lang: 'fr', track: 'join' }, parameters: params({ send: 'empty' }) };
export const FrenchOfflineSaved: Story = {
  args: { lang: 'fr', track: 'create' },
  parameters: params({ backend: 'down', send: 'filled' }),
};
export const FrenchSuccess: Story = { args: { lang: 'fr', track: 'create' }, parameters: params({ send: 'filled' }) };
export const EnglishExperiment: Story = { args: { lang: 'en', track: 'experiment' } };
export const EnglishErrors: Story = { args: { lang: 'en', track: 'create' }, parameters: params({ send: 'empty' }) };
export const EnglishOfflineSaved: Story = {
  args: { lang: 'en', track: 'create' },
  parameters: params({ backend: 'down', send: 'filled' }),
};
export const EnglishSuccess: Story = { args: { lang: 'en', track: 'create' }, parameters: params({ send: 'filled' }) };

/** On a dark page: the form paints its own light surface; with the dark token set it is dark. Errors shown. */
export const DarkPage: Story = {
  ...(darkPageStory(meta.render as NonNullable<StoryObj['render']>) as Story),
  args: { track: 'create' },
  parameters: params({ send: 'empty' }),
};
export const DarkTokens: Story = {
  ...(darkPageStory(meta.render as NonNullable<StoryObj['render']>, { tokens: true }) as Story),
  args: { track: 'create' },
  parameters: params({ send: 'empty' }),
};
