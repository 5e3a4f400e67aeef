// Server rendering (issue 11, part 8). The four widgets are rendered with @lit-labs/ssr in Node, put in a
// French page, and hydrated in Debian Chromium (through playwright-core) with
// @lit-labs/ssr-client/lit-element-hydrate-support.js loaded before the elements. The reference server's
// app (SQLite, demo data) runs in-process behind a tiny server that also serves the pages and the client
// bundle (built from src/ with esbuild), all on one origin.
//
// - A page whose only language is <html lang="fr">: the server cannot see it and renders Dutch (recorded
//   in ssr-lang="nl"); hydration adopts the server's DOM without an error, then the widgets turn French,
//   and follow a later change of <html lang>.
// - Widgets with their own lang="fr" after preloadLanguage('fr', …): the server already renders French,
//   and hydration keeps it.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import type { Browser, Page } from 'playwright-core';
import '../../src/all.js';
import {
  CivicIdeaForm,
  CivicInitiativeList,
  CivicParticipationLadder,
  CivicVolunteerSignup,
  preloadLanguage,
} from '../../src/index.js';
import * as nl from '../../src/i18n/nl.js';
import * as fr from '../../src/i18n/fr.js';
import * as en from '../../src/i18n/en.js';
import { setup, type TestServer } from '../server/helpers.js';
import { closeServer, launchChromium, listen, originOf } from '../fixtures/page-server.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

const TAGS = [
  'civic-idea-form',
  'civic-initiative-list',
  'civic-participation-ladder',
  'civic-volunteer-signup',
] as const;
type Tag = (typeof TAGS)[number];
type Strings = typeof fr;

/** Texts each widget shows before any data arrives, per language: its heading first. */
function texts(s: Strings): Record<Tag, string[]> {
  return {
    'civic-idea-form': [s.ideaForm.ideaHeading, s.ideaForm.trackLegend],
    'civic-initiative-list': [s.initiativeList.listHeading, s.initiativeList.searchLabel],
    'civic-participation-ladder': [s.participationLadder.ladderTitle, s.participationLadder.rungName(1)],
    'civic-volunteer-signup': [s.volunteerSignup.title],
  };
}
const FR = texts(fr);
const NL = texts(nl as unknown as Strings);
const EN = texts(en as unknown as Strings);

/** The client: hydration support first, then the elements (one Lit, from node_modules). */
async function clientBundle(): Promise<string> {
  const result = await build({
    stdin: {
      contents: "import '@lit-labs/ssr-client/lit-element-hydrate-support.js';\nimport './src/all.js';\n",
      resolveDir: ROOT,
      loader: 'ts',
      sourcefile: 'ssr-client.ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    tsconfig: `${ROOT}tsconfig.json`,
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

/**
 * The page around the server-rendered widgets. A classic script keeps each declarative shadow root's first
 * heading, to check later that hydration adopted it (a render from scratch would add a second copy).
 */
function page(lang: string, body: string): string {
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<title>SSR</title>
<link rel="icon" href="data:,">
<meta name="civic-widgets-endpoint" content="${origin}">
<script type="module" src="/client.js"></script>
</head>
<body>
${body}
<script>
  window.serverHeadings = [...document.querySelectorAll('body > *')]
    .filter((el) => el.localName.startsWith('civic-'))
    .map((el) => el.shadowRoot && el.shadowRoot.querySelector('h1, h2, h3, h4, h5, h6'));
</script>
</body>
</html>`;
}

const ssr = async (template: unknown): Promise<string> => collectResult(render(template));

let backend: TestServer;
let server: Server;
let origin: string;
let browser: Browser;
let client: string;
const pages = new Map<string, string>();
/** The server's HTML of each scenario, to check what the server rendered. */
let dutchServerHtml: string;
let frenchServerHtml: string;

before(async () => {
  backend = await setup('sqlite');
  server = await listen(async (req: Request): Promise<Response> => {
    const url = new URL(req.url);
    const text = pages.get(url.pathname);
    if (text !== undefined) return new Response(text, { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
    if (url.pathname === '/client.js')
      return new Response(client, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
    return backend.app.fetch(req);
  });
  origin = originOf(server);
  client = await clientBundle();

  // 1. Nothing tells the server the language: it renders Dutch. The endpoint comes from the page's <meta>.
  dutchServerHtml = await ssr(html`
    <civic-idea-form></civic-idea-form>
    <civic-initiative-list></civic-initiative-list>
    <civic-participation-ladder></civic-participation-ladder>
    <civic-volunteer-signup></civic-volunteer-signup>
  `);
  pages.set('/page-lang', page('fr', dutchServerHtml));

  // 2. The widgets carry lang="fr" and French was preloaded: the server renders French.
  await preloadLanguage('fr', CivicIdeaForm, CivicInitiativeList, CivicParticipationLadder, CivicVolunteerSignup);
  frenchServerHtml = await ssr(html`
    <civic-idea-form lang="fr" endpoint=${origin}></civic-idea-form>
    <civic-initiative-list lang="fr" endpoint=${origin}></civic-initiative-list>
    <civic-participation-ladder lang="fr" endpoint=${origin}></civic-participation-ladder>
    <civic-volunteer-signup lang="fr" endpoint=${origin}></civic-volunteer-signup>
  `);
  pages.set('/element-lang', page('fr', frenchServerHtml));

  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await closeServer(server);
  await backend?.close();
});

interface Opened {
  page: Page;
  errors: string[];
}

async function open(path: string): Promise<Opened> {
  const p = await browser.newPage();
  const errors: string[] = [];
  p.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  p.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') errors.push(`console.${m.type()}: ${m.text()}`);
  });
  await p.goto(`${origin}${path}`);
  return { page: p, errors };
}

/** Waits until every widget shows all of `expected` (text of its shadow root) and none of `absent`. */
async function waitForTexts(p: Page, expected: Record<Tag, string[]>, absent: Record<Tag, string[]>): Promise<void> {
  const checks = TAGS.map((tag) => ({
    tag,
    present: expected[tag],
    // A text that is the same in both languages ('Initiatives' in French and English) proves nothing.
    gone: absent[tag].filter((t) => !expected[tag].includes(t)),
  }));
  await p.waitForFunction(
    (list) =>
      list.every(({ tag, present, gone }) => {
        const text = document.querySelector(tag)?.shadowRoot?.textContent ?? '';
        return present.every((t) => text.includes(t)) && gone.every((t) => !text.includes(t));
      }),
    checks,
    { timeout: 15_000 },
  );
}

/** Waits until every widget has finished its first client update (the hydration) and any update after it. */
async function waitForHydration(p: Page): Promise<void> {
  await p.waitForFunction(
    (tags) =>
      tags.every((tag) => {
        const el = document.querySelector(tag) as (Element & { hasUpdated?: boolean }) | null;
        return el?.hasUpdated === true;
      }),
    TAGS as unknown as string[],
    { timeout: 15_000 },
  );
  await p.evaluate(
    async (tags) => {
      for (const tag of tags)
        await (document.querySelector(tag) as Element & { updateComplete: Promise<boolean> }).updateComplete;
    },
    TAGS as unknown as string[],
  );
}

/** Per widget: hydrated (not upgraded from scratch), still holding the server's heading, without ssr-lang left. */
async function hydrationFacts(p: Page): Promise<Record<string, unknown>[]> {
  return p.evaluate(
    (tags) => {
      const kept = (window as unknown as { serverHeadings: (Element | null)[] }).serverHeadings;
      return tags.map((tag, i) => {
        const el = document.querySelector(tag)!;
        const root = el.shadowRoot!;
        return {
          tag,
          upgraded: customElements.get(tag) !== undefined && el instanceof customElements.get(tag)!,
          sameHeading: kept[i] !== null && root.querySelector('h1, h2, h3, h4, h5, h6') === kept[i],
          headingCopies: [...root.querySelectorAll('h1, h2, h3, h4, h5, h6')].filter(
            (h) => h.textContent?.trim() === kept[i]?.textContent?.trim(),
          ).length,
          ssrLang: el.getAttribute('ssr-lang'),
        };
      });
    },
    TAGS as unknown as string[],
  );
}

function serverHeading(serverHtml: string, tag: Tag): string {
  const start = serverHtml.indexOf(`<${tag}`);
  const end = serverHtml.indexOf(`</${tag}>`, start);
  return serverHtml.slice(start, end);
}

describe('server rendering with @lit-labs/ssr, hydrated in Chromium', () => {
  it('a French page (only <html lang="fr">): the server renders Dutch, hydration turns every widget French', async () => {
    for (const tag of TAGS) {
      const part = serverHeading(dutchServerHtml, tag);
      assert.match(part, /<template shadowroot(mode)?="open"/, `${tag}: declarative shadow DOM`);
      assert.match(part, /ssr-lang="nl"/, `${tag}: the server records the language it rendered in`);
      assert.ok(part.includes(NL[tag][0]), `${tag}: the server rendered "${NL[tag][0]}"`);
    }
    const { page: p, errors } = await open('/page-lang');
    try {
      await waitForHydration(p);
      await waitForTexts(p, FR, NL);
      for (const facts of await hydrationFacts(p)) {
        assert.deepEqual(
          facts,
          { tag: facts.tag, upgraded: true, sameHeading: true, headingCopies: 1, ssrLang: null },
          `${String(facts.tag)}: hydrated the server's DOM`,
        );
      }
      // Once hydrated, the widgets follow the page's language like any client render.
      await p.evaluate(() => (document.documentElement.lang = 'en'));
      await waitForTexts(p, EN, FR);
      assert.deepEqual(errors, [], 'no page error, no hydration mismatch, no warning');
    } finally {
      await p.close();
    }
  });

  it('widgets with lang="fr" and French preloaded: the server already renders French, and hydration keeps it', async () => {
    for (const tag of TAGS) {
      const part = serverHeading(frenchServerHtml, tag);
      assert.match(part, /ssr-lang="fr"/, `${tag}: rendered in French on the server`);
      for (const t of FR[tag]) assert.ok(part.includes(t), `${tag}: the server rendered "${t}"`);
      assert.ok(!part.includes(NL[tag][0]), `${tag}: no Dutch heading on the server`);
    }
    const { page: p, errors } = await open('/element-lang');
    try {
      await waitForHydration(p);
      await waitForTexts(p, FR, NL);
      for (const facts of await hydrationFacts(p)) {
        assert.deepEqual(
          facts,
          { tag: facts.tag, upgraded: true, sameHeading: true, headingCopies: 1, ssrLang: null },
          `${String(facts.tag)}: hydrated the server's DOM`,
        );
      }
      assert.deepEqual(errors, [], 'no page error, no hydration mismatch, no warning');
    } finally {
      await p.close();
    }
  });
});
