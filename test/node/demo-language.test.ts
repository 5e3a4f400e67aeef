// The demo page keeps its language across its links (issue 19, item 10). A French resident on the demo
// page follows "Participer" on an initiative that needs volunteers: the page reloads as
// /?lang=fr&initiative=…#vrijwilligers and the signup form, the page's header and <html lang> are French.
// The ladder's example links carry the language too, and open the initiative in the list (il-open).
//
// Debian Chromium through playwright-core against the reference server's app with DEMO_PAGE on (SQLite,
// demo data), which serves demo/ under its strict CSP and the built widgets from dist/cdn/ (needs
// `npm run build:cdn` first).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { setup, type TestServer } from '../server/helpers.js';
import { closeServer, launchChromium, listen, originOf } from '../fixtures/page-server.js';

let backend: TestServer;
let server: Server;
let origin: string;
let browser: Browser;

before(async () => {
  assert.ok(existsSync('dist/cdn/civic-widgets.js'), 'dist/cdn is not built: run npm run build:cdn');
  backend = await setup('sqlite', { DEMO_PAGE: '1' });
  server = await listen(backend.app.fetch);
  origin = originOf(server);
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await closeServer(server);
  await backend?.close();
});

/** A fresh page that records CSP violations and page errors. */
async function newPage(): Promise<{ page: Page; problems: string[] }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
    ),
  );
  return { page, problems };
}

/** The demo page's own texts that must follow the language (header, nav, heading). */
async function pageTexts(page: Page) {
  return page.evaluate(() => ({
    lang: document.documentElement.lang,
    title: document.title,
    nav: [...document.querySelectorAll('.site-header nav a')].map((a) => a.textContent?.trim()),
    navLabel: document.querySelector('.site-header nav')?.getAttribute('aria-label'),
    h1: document.querySelector('h1')?.textContent?.trim(),
    pressed: document.querySelector('[data-lang][aria-pressed="true"]')?.getAttribute('data-lang'),
  }));
}

describe('demo page language', () => {
  it('a French resident follows "Participer" and lands on a French signup, with a French page around it', async () => {
    const { page, problems } = await newPage();
    try {
      await page.goto(`${origin}/`);
      assert.equal((await pageTexts(page)).lang, 'nl');
      await page.getByRole('button', { name: 'FR', exact: true }).click();
      const fr = await pageTexts(page);
      assert.deepEqual(
        { ...fr, title: undefined },
        {
          lang: 'fr',
          title: undefined,
          nav: ['Une idée pour votre quartier', 'Initiatives', 'Quelle participation ?', 'Volontaires'],
          navLabel: 'Menu principal',
          h1: 'Ensemble, nous faisons la commune',
          pressed: 'fr',
        },
      );
      assert.match(page.url(), /\?lang=fr$/, 'the address keeps the language for a reload');
      // "Participer" on the first initiative that needs volunteers (playwright's CSS locators pierce shadow roots).
      // The list redraws its cards in French once the French strings and answer are in: wait for that, not for
      // the Dutch cards it still shows a moment after the switch.
      const join = page.locator('civic-initiative-list a[part~="call-to-action"]', { hasText: /^Participer/ }).first();
      await join.waitFor();
      assert.match((await join.textContent()) ?? '', /^Participer/);
      const href = (await join.getAttribute('href')) ?? '';
      assert.match(href, /^\/\?initiative=[\w-]+&lang=fr#vrijwilligers$/);
      const initiative = new URL(href, origin).searchParams.get('initiative')!;
      await Promise.all([page.waitForURL(`${origin}${href}`), join.click()]);
      await page.waitForLoadState('load');
      // the signup, in French, for that initiative's roles
      const signup = page.locator('civic-volunteer-signup');
      await signup.locator('h2', { hasText: 'Devenez volontaire' }).waitFor();
      await signup.locator('[part~="form"] legend', { hasText: 'Que voulez-vous faire ?' }).first().waitFor();
      const after = await pageTexts(page);
      assert.equal(after.lang, 'fr');
      assert.equal(after.h1, 'Ensemble, nous faisons la commune');
      assert.equal(after.pressed, 'fr');
      const roles = (await (await fetch(`${origin}/v1/volunteer-roles?initiative=${initiative}`)).json()) as {
        items: unknown[];
      };
      assert.ok(roles.items.length > 0, `${initiative} has volunteer roles`);
      // back to Dutch: the address loses the parameter, the page is Dutch again
      await page.getByRole('button', { name: 'NL', exact: true }).click();
      assert.equal((await pageTexts(page)).h1, 'Samen maken we de gemeente');
      assert.doesNotMatch(page.url(), /lang=/);
      assert.deepEqual(problems, []);
    } finally {
      await page.context().close();
    }
  });

  it('opened with ?lang=en, the page and the widgets are English from the start, and the ladder links keep it', async () => {
    const { page, problems } = await newPage();
    try {
      await page.goto(`${origin}/?lang=en`);
      const en = await pageTexts(page);
      assert.equal(en.lang, 'en');
      assert.equal(en.h1, 'Together we make the municipality');
      assert.equal(en.navLabel, 'Main menu');
      await page.locator('civic-participation-ladder h2', { hasText: 'The participation ladder' }).waitFor();
      const template = await page.locator('civic-participation-ladder').getAttribute('initiative-url');
      assert.equal(template, '/?il-open={id}&lang=en#initiatieven');
      assert.equal(await page.locator('.breadcrumb a').getAttribute('href'), '/?lang=en');
      assert.deepEqual(problems, []);
    } finally {
      await page.context().close();
    }
  });
});
