/**
 * <civic-idea-form> in every state and language, working without a server through the MOCK backend
 * (stories/mock-backend.ts). States after a submit are reached by a `play` function that fills the form
 * and presses send, as a resident would.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/define/idea-form.js';
import type { CivicIdeaForm } from '../src/components/idea-form/idea-form.js';
import { exampleIdeaReceipt, exampleSite } from '../src/schema/examples.js';
import { hang, json, mockBackend, MOCK_ENDPOINT, offline, type MockRoutes } from './mock-backend.js';

const site = { 'GET /v1/site': () => json(exampleSite) };
const ok: MockRoutes = { ...site, 'POST /v1/ideas': () => json(exampleIdeaReceipt, 201) };
const down: MockRoutes = { ...site, 'POST /v1/ideas': () => offline() };
const garbage: MockRoutes = {
  ...site,
  'POST /v1/ideas': () => new Response('<html>Bad gateway</html>', { status: 200, headers: { 'Content-Type': 'text/html' } }),
};
const siteFails: MockRoutes = { 'GET /v1/site': () => json({ type: 'about:blank', title: 'Unavailable', status: 503 }, 503) };
const loading: MockRoutes = { 'GET /v1/site': (req) => hang(req) };

type Args = { track?: string; area?: string; lang?: string; endpoint?: string; routes: MockRoutes };

const el = (canvas: HTMLElement) => canvas.querySelector<CivicIdeaForm>('civic-idea-form')!;

async function ready(form: CivicIdeaForm): Promise<void> {
  for (let i = 0; i < 100 && !form.shadowRoot?.querySelector('#f-track-0:not([disabled])'); i++) {
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Fills every field for the track through the form's values, then presses send (or only presses send). */
const play =
  (fill: boolean) =>
  async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const form = el(canvasElement);
    await ready(form);
    if (!form.form.values.track) form.form.set('track', 'create');
    if (fill) {
      const v: Record<string, unknown> = {
        title: 'Zitbanken op het plein',
        summary: 'Een paar zitbanken zodat buren samen kunnen zitten en praten.',
        description: 'Met vijf buren willen we zitbanken plaatsen en onderhouden.',
        areaId: 'centrum',
        themeIds: ['ontmoeting'],
        'location.address': 'Marktplein 1',
        neighbours: '4',
        'contact.name': 'Voorbeeld Bewoner',
        'contact.email': 'bewoner@example.org',
        'consent.privacy': true,
      };
      for (const [k, value] of Object.entries(v)) form.form.set(k, value);
    }
    await form.updateComplete;
    form.shadowRoot!.querySelector<HTMLElement>('[part~="submit-button"]')?.click();
  };

const meta: Meta<Args> = {
  title: 'Widgets/Idea form',
  component: 'civic-idea-form',
  args: { routes: ok },
  render: (args) => {
    mockBackend(args.routes);
    localStorage.clear();
    return html`<civic-idea-form
      endpoint=${args.endpoint ?? MOCK_ENDPOINT}
      track=${ifDefined(args.track)}
      area=${ifDefined(args.area)}
      lang=${ifDefined(args.lang)}
    ></civic-idea-form>`;
  },
};
export default meta;
type Story = StoryObj<Args>;

export const Start: Story = {};
export const Loading: Story = { args: { routes: loading } };
export const Create: Story = { args: { track: 'create' } };
export const Experiment: Story = { args: { track: 'experiment' } };
export const Join: Story = { args: { track: 'join' } };
export const JoinNarrowedToArea: Story = { args: { track: 'join', area: 'centrum' } };
export const Errors: Story = { args: { track: 'experiment' }, play: play(false) };
export const ServerErrorGarbage: Story = { args: { routes: garbage }, play: play(true) };
export const SiteFailsWithRetry: Story = { args: { routes: siteFails } };
export const OfflineSaved: Story = { args: { routes: down }, play: play(true) };
export const Success: Story = { args: { routes: ok }, play: play(true) };
export const NotConfigured: Story = { args: { endpoint: '' } };

export const FrenchCreate: Story = { args: { lang: 'fr', track: 'create' } };
export const FrenchErrors: Story = { args: { lang: 'fr', track: 'join' }, play: play(false) };
export const FrenchOfflineSaved: Story = { args: { lang: 'fr', routes: down }, play: play(true) };
export const FrenchSuccess: Story = { args: { lang: 'fr' }, play: play(true) };
export const EnglishExperiment: Story = { args: { lang: 'en', track: 'experiment' } };
export const EnglishErrors: Story = { args: { lang: 'en', track: 'create' }, play: play(false) };
export const EnglishOfflineSaved: Story = { args: { lang: 'en', routes: down }, play: play(true) };
export const EnglishSuccess: Story = { args: { lang: 'en' }, play: play(true) };
