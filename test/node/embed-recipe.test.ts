// The README's embed recipe, followed to the letter by a webmaster whose page, widget files and backend
// are on three different origins: the page on one server, dist/cdn/ copied to a static server that sends
// CORS headers (module scripts from another origin need them), and the reference server with the page's
// origin in CORS_ORIGINS. All four widgets must render with their data in nl, fr and en. A page on an
// origin the backend does not allow must tell the resident it is not set up, and tell the webmaster, in
// the console, the origin to add to CORS_ORIGINS.
//
// Debian Chromium through playwright-core; the reference server's app (SQLite, demo data) in-process.
// Needs dist/cdn (npm run build:cdn; scripts/test.mjs builds before the node tests).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Server } from 'node:http';
import type { Browser } from 'playwright-core';
import { setup, type TestServer } from '../server/helpers.js';
import * as nl from '../../src/i18n/nl.js';
import * as fr from '../../src/i18n/fr.js';
import * as en from '../../src/i18n/en.js';
import { closeServer, launchChromium, listen, originOf } from '../fixtures/page-server.js';

/** The README's recipe: the script and the endpoint in <head>, the elements in the body. */
const recipe = (lang: string, cdn: string, api: string) => `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<title>Gemeente</title>
<script type="module" src="${cdn}/civic-widgets/dist/cdn/civic-widgets.js"></script>
<meta name="civic-widgets-endpoint" content="${api}" />
</head>
<body>
<civic-idea-form></civic-idea-form>
<civic-initiative-list></civic-initiative-list>
<civic-participation-ladder></civic-participation-ladder>
<civic-volunteer-signup></civic-volunteer-signup>
</body>
</html>`;

let backend: TestServer;
const servers: Server[] = [];
let browser: Browser;
let pageOrigin = '';
let foreignOrigin = '';
let cdnOrigin = '';
let apiOrigin = '';

before(async () => {
  assert.ok(existsSync('dist/cdn/civic-widgets.js'), 'dist/cdn is not built: run npm run build:cdn');
  const page = await listen((req) => {
    const lang = new URL(req.url).searchParams.get('lang') ?? 'nl';
    return new Response(recipe(lang, cdnOrigin, apiOrigin), {
      headers: { 'Content-Type': 'text/html; charset=utf-8' },
    });
  });
  const foreign = await listen(
    () => new Response(recipe('nl', cdnOrigin, apiOrigin), { headers: { 'Content-Type': 'text/html; charset=utf-8' } }),
  );
  // The static server a webmaster copies dist/cdn/ to, under /civic-widgets/dist/cdn/, with CORS.
  const cdn = await listen((req) => {
    const file = /^\/civic-widgets\/dist\/cdn\/([\w.-]+\.js)$/.exec(new URL(req.url).pathname)?.[1];
    const path = file ? join('dist/cdn', file) : '';
    if (!path || !existsSync(path)) return new Response('not found', { status: 404 });
    return new Response(readFileSync(path), {
      headers: { 'Content-Type': 'text/javascript; charset=utf-8', 'Access-Control-Allow-Origin': '*' },
    });
  });
  pageOrigin = originOf(page);
  foreignOrigin = originOf(foreign);
  // Another host name: the widget files come from another origin than the page.
  cdnOrigin = originOf(cdn).replace('127.0.0.1', 'localhost');
  backend = await setup('sqlite', { CORS_ORIGINS: pageOrigin });
  const api = await listen((req) => backend.app.fetch(req));
  apiOrigin = originOf(api);
  servers.push(page, foreign, cdn, api);
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  for (const s of servers) await closeServer(s);
  await backend?.close();
});

/** Texts each widget shows once its data has arrived, per language (from the catalogs themselves). */
const expected = {
  nl: [
    nl.ideaForm.ideaHeading,
    nl.initiativeList.listHeading,
    nl.participationLadder.ladderTitle,
    nl.volunteerSignup.title,
  ],
  fr: [
    fr.ideaForm.ideaHeading,
    fr.initiativeList.listHeading,
    fr.participationLadder.ladderTitle,
    fr.volunteerSignup.title,
  ],
  en: [
    en.ideaForm.ideaHeading,
    en.initiativeList.listHeading,
    en.participationLadder.ladderTitle,
    en.volunteerSignup.title,
  ],
};

/** In the page: each widget's shadow text, and whether its data arrived. */
const state = () =>
  ['civic-idea-form', 'civic-initiative-list', 'civic-participation-ladder', 'civic-volunteer-signup'].map((tag) => {
    const root = document.querySelector(tag)?.shadowRoot;
    const loaded =
      tag === 'civic-idea-form'
        ? !!root?.querySelector('input[type="radio"]:not([disabled])')
        : tag === 'civic-initiative-list'
          ? !!root?.querySelector('[part~="item"]')
          : tag === 'civic-volunteer-signup'
            ? !!root?.querySelector('form input[type="radio"]')
            : !!root?.querySelector('[part~="rung"]');
    return { tag, loaded, text: root?.textContent ?? '' };
  });

describe("the README's embed recipe on three origins", () => {
  for (const lang of ['nl', 'fr', 'en'] as const) {
    it(`shows all four widgets with their data in ${lang}`, async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      await page.goto(`${pageOrigin}/?lang=${lang}`);
      await page.waitForFunction(
        (texts) => {
          const widgets = [...document.querySelectorAll('body > *')].map((el) => el.shadowRoot);
          return (
            widgets.length === 4 &&
            widgets.every((root, i) => root?.textContent?.includes(texts[i]!)) &&
            !!widgets[1]?.querySelector('[part~="item"]') &&
            !!widgets[0]?.querySelector('input[type="radio"]:not([disabled])') &&
            !!widgets[3]?.querySelector('form input[type="radio"]')
          );
        },
        expected[lang],
        { timeout: 20_000 },
      );
      const widgets = await page.evaluate(state);
      for (const w of widgets) assert.ok(w.loaded, `${w.tag} loaded its data`);
      assert.deepEqual(errors, []);
      await context.close();
    });
  }

  it('on an origin the backend does not allow: the resident is told, the console names CORS_ORIGINS', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const consoleErrors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
    await page.goto(`${foreignOrigin}/`);
    const told = nl.common.apiError('blocked');
    await page.waitForFunction(
      (text) => document.querySelector('civic-initiative-list')?.shadowRoot?.textContent?.includes(text),
      told,
      { timeout: 30_000 },
    );
    assert.ok(
      consoleErrors.some((e) => e.includes('CORS_ORIGINS') && e.includes(foreignOrigin)),
      `a console error names CORS_ORIGINS and ${foreignOrigin}: ${consoleErrors.join('\n')}`,
    );
    await context.close();
  });
});
