// The CDN files under an enforcing Trusted Types policy (issue 11, part 3). A page sent with
//   Content-Security-Policy: require-trusted-types-for 'script'; trusted-types lit-html
// loads two, then all four per-widget files (and the all-in-one next to one of them): every widget
// renders with data from the reference server, no CSP violation, no page error, one Lit, and the
// shared runtime file is fetched once. A page that runs its own Lit first needs 'allow-duplicates':
// without it the console names the fix, with it everything renders.
//
// Debian Chromium through playwright-core; the reference server's app (SQLite, demo data) runs
// in-process behind a tiny server that also serves the built files (dist/cdn, or CIVIC_CDN_DIR to
// try another build) and the test pages, all on one origin. Needs `npm run build:cdn` first.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Server } from 'node:http';
import type { Browser } from 'playwright-core';
import { setup, type TestServer } from '../server/helpers.js';
import { closeServer, launchChromium, listen, originOf } from '../fixtures/page-server.js';

const CDN_DIR = process.env.CIVIC_CDN_DIR ?? 'dist/cdn';

/** The header of the issue, to the letter. */
const TT_CSP = "require-trusted-types-for 'script'; trusted-types lit-html";
/** What the README tells a page that runs its own Lit. */
const TT_CSP_DUPLICATES = "require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'";

const TAG_OF: Record<string, string> = {
  'idea-form.js': 'civic-idea-form',
  'initiative-list.js': 'civic-initiative-list',
  'participation-ladder.js': 'civic-participation-ladder',
  'volunteer-signup.js': 'civic-volunteer-signup',
};
const ALL_TAGS = Object.values(TAG_OF);

interface PageSpec {
  csp: string;
  files: string[];
  tags: string[];
  /** Runs a real copy of Lit (from node_modules) before the widgets, as a page with its own Lit does. */
  ownLit?: boolean;
}

const pages = new Map<string, PageSpec>();
/** Requests per file name, per page id (the files of page `id` are served under /p/<id>/cdn/). */
const hits = new Map<string, Map<string, number>>();

function pageHtml(origin: string, id: string, spec: PageSpec): string {
  const ownLit = spec.ownLit ? `<script type="module">import '/own-lit/lit-html.js';</script>\n` : '';
  const scripts = spec.files.map((f) => `<script type="module" src="/p/${id}/cdn/${f}"></script>`).join('\n');
  const elements = spec.tags.map((t) => `<${t}></${t}>`).join('\n');
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<title>Trusted Types</title>
<meta name="civic-widgets-endpoint" content="${origin}">
${ownLit}${scripts}
</head>
<body>
${elements}
</body>
</html>`;
}

let backend: TestServer;
let server: Server;
let origin: string;
let browser: Browser;

before(async () => {
  assert.ok(existsSync(join(CDN_DIR, 'idea-form.js')), `${CDN_DIR} is not built: run npm run build:cdn`);
  backend = await setup('sqlite');
  server = await listen(async (req: Request): Promise<Response> => {
    const url = new URL(req.url);
    if (url.pathname === '/favicon.ico') return new Response(null, { status: 204 });
    if (url.pathname === '/page') {
      const id = url.searchParams.get('id') ?? '';
      const spec = pages.get(id);
      if (!spec) return new Response('no such page', { status: 404 });
      return new Response(pageHtml(origin, id, spec), {
        headers: { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': spec.csp },
      });
    }
    const cdn = /^\/p\/([\w-]+)\/cdn\/([\w.-]+\.js)$/.exec(url.pathname);
    if (cdn || url.pathname === '/own-lit/lit-html.js') {
      const file = cdn ? join(CDN_DIR, cdn[2]!) : 'node_modules/lit-html/lit-html.js';
      if (!existsSync(file)) return new Response('not found', { status: 404 });
      if (cdn) {
        const counts = hits.get(cdn[1]!) ?? new Map<string, number>();
        counts.set(cdn[2]!, (counts.get(cdn[2]!) ?? 0) + 1);
        hits.set(cdn[1]!, counts);
      }
      return new Response(readFileSync(file), {
        headers: { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-store' },
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

interface Outcome {
  violations: string[];
  pageErrors: string[];
  consoleErrors: string[];
  loadErrors: string[];
  litCopies: number;
  requests: Map<string, number>;
}

/**
 * Opens page `id` in a fresh context, waits until every widget of the page has rendered (or, with
 * `waitForWidgets` false, until the page has loaded), then reports what happened.
 */
async function open(id: string, spec: PageSpec, waitForWidgets = true): Promise<Outcome> {
  pages.set(id, spec);
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const pageErrors: string[] = [];
    const consoleErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    // Injected by the browser's debugging protocol before any page script, so the page's CSP does not apply.
    await page.addInitScript(() => {
      const w = window as unknown as { __violations: string[]; __loadErrors: string[] };
      w.__violations = [];
      w.__loadErrors = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        w.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`),
      );
      document.addEventListener('civic-load-error', (e) => w.__loadErrors.push((e.target as Element).localName));
    });
    await page.goto(`${origin}/page?id=${id}`);
    if (waitForWidgets) {
      // Rendered: the form has its site, the list its initiatives, the ladder its rungs, the signup its text.
      await page
        .waitForFunction(
          (tags: string[]) =>
            tags.every((tag) => {
              const root = document.querySelector(tag)?.shadowRoot;
              if (!customElements.get(tag) || !root || !root.textContent?.trim()) return false;
              if (tag === 'civic-idea-form') return root.querySelector('form[aria-busy="false"]') !== null;
              if (tag === 'civic-initiative-list') return root.querySelector('[part~="item"]') !== null;
              if (tag === 'civic-participation-ladder') return root.querySelector('[part~="rung"]') !== null;
              return true;
            }),
          spec.tags,
          { timeout: 20_000, polling: 100 },
        )
        .catch(async (e: Error) => {
          const seen = await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
          throw new Error(
            `${e.message}\nnot every widget rendered; violations: ${JSON.stringify(seen)}; page errors: ${JSON.stringify(pageErrors)}; console errors: ${JSON.stringify(consoleErrors)}`,
          );
        });
    } else {
      // Module scripts run before the load event: by then the widgets have been defined or have failed.
      await page.waitForFunction(() => document.readyState === 'complete', undefined, { timeout: 20_000 });
    }
    const state = await page.evaluate(() => {
      const w = window as unknown as { __violations: string[]; __loadErrors: string[]; litHtmlVersions?: string[] };
      return { violations: w.__violations, loadErrors: w.__loadErrors, litCopies: w.litHtmlVersions?.length ?? 0 };
    });
    return { ...state, pageErrors, consoleErrors, requests: hits.get(id) ?? new Map() };
  } finally {
    await context.close();
  }
}

function assertClean(o: Outcome): void {
  assert.deepEqual(o.violations, [], 'CSP violations');
  assert.deepEqual(o.pageErrors, [], 'page errors');
  assert.deepEqual(o.consoleErrors, [], 'console errors');
  assert.deepEqual(o.loadErrors, [], 'civic-load-error events');
}

/** Every file fetched once, and exactly one of them the shared runtime. */
function assertSharedOnce(o: Outcome): void {
  for (const [file, n] of o.requests) assert.equal(n, 1, `${file} fetched ${n} times`);
  const runtimes = [...o.requests.keys()].filter((f) => /^runtime-[\w-]+\.js$/.test(f));
  assert.equal(runtimes.length, 1, `one shared runtime file, got: ${[...o.requests.keys()].join(', ')}`);
}

describe('the CDN files under an enforcing Trusted Types CSP', () => {
  it('the list and the form: both render, one Lit, the runtime fetched once', async () => {
    const o = await open('two', {
      csp: TT_CSP,
      files: ['initiative-list.js', 'idea-form.js'],
      tags: ['civic-initiative-list', 'civic-idea-form'],
    });
    assertClean(o);
    assert.equal(o.litCopies, 1);
    assertSharedOnce(o);
  });

  it('all four per-widget files: all render, one Lit, the runtime fetched once', async () => {
    const files = Object.keys(TAG_OF);
    const o = await open('four', { csp: TT_CSP, files, tags: ALL_TAGS });
    assertClean(o);
    assert.equal(o.litCopies, 1);
    assertSharedOnce(o);
    for (const f of files) assert.equal(o.requests.get(f), 1, f);
  });

  it('the all-in-one file next to a per-widget file shares the same runtime', async () => {
    const o = await open('mixed', {
      csp: TT_CSP,
      files: ['civic-widgets.js', 'idea-form.js'],
      tags: ALL_TAGS,
    });
    assertClean(o);
    assert.equal(o.litCopies, 1);
    assertSharedOnce(o);
  });

  it("a page with its own Lit: without 'allow-duplicates' the console names the fix", async () => {
    const o = await open(
      'own-lit',
      { csp: TT_CSP, files: ['initiative-list.js', 'idea-form.js'], tags: ['civic-initiative-list'], ownLit: true },
      false,
    );
    const hint = o.consoleErrors.filter((m) => m.startsWith('civic-widgets:'));
    assert.equal(hint.length, 1, `one civic-widgets console error, got: ${JSON.stringify(o.consoleErrors)}`);
    assert.match(hint[0]!, /trusted-types lit-html 'allow-duplicates'/);
  });

  it("a page with its own Lit and 'allow-duplicates': the widgets render", async () => {
    const o = await open('own-lit-allowed', {
      csp: TT_CSP_DUPLICATES,
      files: ['initiative-list.js', 'idea-form.js'],
      tags: ['civic-initiative-list', 'civic-idea-form'],
      ownLit: true,
    });
    assertClean(o);
    assert.equal(o.litCopies, 2, "the page's Lit and the widgets' one");
    assertSharedOnce(o);
  });
});
