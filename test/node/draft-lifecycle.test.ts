// Drafts survive the page going away right after the last keystroke (issue 11, part 4). A draft is
// written 400 ms after the last change; these tests leave the page 50 ms after typing, so only the
// "save at once when the page is hidden" path can keep the text:
//   - the page is closed with its unload handlers (playwright `page.close({ runBeforeUnload: true })`,
//     as a resident closing the tab: beforeunload, pagehide, visibilitychange, unload);
//   - the page is told it is hidden (EMULATED: `visibilityState` overridden to "hidden" and a
//     `visibilitychange` event dispatched, because headless Chromium keeps background tabs visible),
//     then its renderer is killed (CDP `Page.crash`: no pagehide, no unload, nothing runs any more),
//     as a phone's system ends a backgrounded tab.
// Then a new page of the same browser context (same localStorage) opens the same address and the
// field must hold the text. For the idea form and the volunteer signup.
//
// Debian Chromium through playwright-core; the reference server's app (SQLite, demo data) runs
// in-process behind a tiny server on one origin, which also serves the page and the widgets bundled
// from src/ by esbuild (so the test checks the current source, not an older dist/).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Server } from 'node:http';
import { build } from 'esbuild';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { setup, type TestServer } from '../server/helpers.js';
import { closeServer, launchChromium, listen, originOf } from '../fixtures/page-server.js';

/** The scenario: the page goes away this long after the last keystroke (the draft waits 400 ms). */
const LEAVE_AFTER_MS = 50;

interface Widget {
  name: string;
  tag: string;
  markup: string;
  /** The control typed into, inside the widget's shadow root. */
  field: string;
  /** Resolves once the field can be typed into. */
  ready: (page: Page) => Promise<void>;
}

const WIDGETS: Widget[] = [
  {
    name: 'idea form',
    tag: 'civic-idea-form',
    markup: '<civic-idea-form track="create"></civic-idea-form>',
    field: '#f-title',
    ready: (page) => page.locator('civic-idea-form #f-title').waitFor({ state: 'visible' }),
  },
  {
    name: 'volunteer signup',
    tag: 'civic-volunteer-signup',
    markup: '<civic-volunteer-signup></civic-volunteer-signup>',
    field: '#f-contact-name',
    ready: (page) => page.locator('civic-volunteer-signup #f-contact-name').waitFor({ state: 'visible' }),
  },
];

let backend: TestServer;
let server: Server;
let origin: string;
let browser: Browser;
let bundle: string;

function pageHtml(markup: string): string {
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<title>Drafts</title>
<meta name="civic-widgets-endpoint" content="${origin}">
<script type="module" src="/widgets.js"></script>
</head>
<body>
${markup}
</body>
</html>`;
}

before(async () => {
  const out = await build({
    stdin: {
      contents: "import './src/define/idea-form.ts';\nimport './src/define/volunteer-signup.ts';",
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  bundle = out.outputFiles.map((f) => f.text).join('\n');
  backend = await setup('sqlite');
  server = await listen(async (req: Request): Promise<Response> => {
    const url = new URL(req.url);
    if (url.pathname === '/favicon.ico') return new Response(null, { status: 204 });
    if (url.pathname === '/widgets.js') {
      return new Response(bundle, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
    }
    const widget = /^\/page\/(\d+)$/.exec(url.pathname);
    if (widget) {
      return new Response(pageHtml(WIDGETS[Number(widget[1])]!.markup), {
        headers: { 'Content-Type': 'text/html; charset=utf-8' },
      });
    }
    return backend.app.fetch(req);
  });
  origin = originOf(server);
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await closeServer(server);
  await backend?.close();
});

/** Opens the widget's page and types `text` into its field with the keyboard, as a resident does. */
async function typeInto(context: BrowserContext, index: number, text: string): Promise<Page> {
  const w = WIDGETS[index]!;
  const page = await context.newPage();
  await page.goto(`${origin}/page/${index}`);
  await w.ready(page);
  await page.locator(`${w.tag} ${w.field}`).click();
  await page.keyboard.type(text);
  return page;
}

/** A new page of the same context (same localStorage) at the same address: what does the field hold? */
async function restoredValue(context: BrowserContext, index: number): Promise<string> {
  const w = WIDGETS[index]!;
  const page = await context.newPage();
  await page.goto(`${origin}/page/${index}`);
  await w.ready(page);
  const value = await page.locator(`${w.tag} ${w.field}`).inputValue();
  await page.close();
  return value;
}

/** The scenario's pause between the last keystroke and the page going away (not a wait for a condition). */
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('a draft survives the page going away 50 ms after the last keystroke', () => {
  WIDGETS.forEach((w, index) => {
    it(`${w.name}: the tab is closed (unload handlers run)`, async () => {
      const context = await browser.newContext();
      try {
        const text = `Gesloten ${w.name} ${index}`;
        const page = await typeInto(context, index, text);
        await pause(LEAVE_AFTER_MS);
        const closed = new Promise<void>((resolve) => page.once('close', () => resolve()));
        await page.close({ runBeforeUnload: true });
        await closed;
        assert.equal(await restoredValue(context, index), text);
      } finally {
        await context.close();
      }
    });

    it(`${w.name}: the tab is hidden (emulated visibilitychange), then its renderer is killed`, async () => {
      const context = await browser.newContext();
      try {
        const text = `Verborgen ${w.name} ${index}`;
        const page = await typeInto(context, index, text);
        await pause(LEAVE_AFTER_MS);
        // EMULATED hiding: headless Chromium keeps a tab "visible" when another tab comes to the front or
        // its window is minimized (both tried), so the page is told it is hidden the way a browser does
        // it: visibilityState becomes "hidden" and `visibilitychange` fires on the document.
        // (A string, not a function: tsx would wrap a function's inner functions in a helper the page lacks.)
        const state = await page.evaluate(`(() => {
          Object.defineProperty(document, 'visibilityState', { configurable: true, get() { return 'hidden'; } });
          document.dispatchEvent(new Event('visibilitychange'));
          return document.visibilityState;
        })()`);
        assert.equal(state, 'hidden');
        const cdp = await context.newCDPSession(page);
        const crashed = new Promise<void>((resolve) => page.once('crash', () => resolve()));
        void cdp.send('Page.crash').catch(() => {});
        await crashed;
        assert.equal(await restoredValue(context, index), text);
      } finally {
        await context.close();
      }
    });
  });
});
