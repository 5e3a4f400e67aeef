/**
 * The staff console's page (`GET /staff`, server/routes/staff-page.ts): HTML under the strict page
 * CSP, with its stylesheet and script from the same origin, and nothing outside dist/cdn served
 * through its asset path. Needs a built dist/cdn (the CI builds before the node tests).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { PAGE_CSP } from '../../server/http/security-headers.js';
import { setup, type TestServer } from './helpers.js';

describe('the staff console page', () => {
  let s: TestServer;
  before(async () => {
    s = await setup('sqlite');
  });
  after(async () => s.close());

  it('is HTML under the page CSP, with a same-origin stylesheet and script', async () => {
    const r = await s.app.request('/staff');
    assert.equal(r.status, 200);
    assert.match(r.headers.get('content-type') ?? '', /^text\/html/);
    assert.equal(r.headers.get('content-security-policy'), PAGE_CSP);
    const page = await r.text();
    assert.match(page, /<link rel="stylesheet" href="\/staff\/page\.css" \/>/);
    assert.match(page, /<script type="module" src="\/staff\/assets\/staff-console\.js"><\/script>/);
    assert.match(page, /<civic-staff-console endpoint="\/"/);

    const css = await s.app.request('/staff/page.css');
    assert.equal(css.status, 200);
    assert.match(css.headers.get('content-type') ?? '', /^text\/css/);
    assert.match(await css.text(), /font-family: system-ui, sans-serif/);

    const script = await s.app.request('/staff/assets/staff-console.js');
    assert.equal(script.status, 200, 'dist/cdn/staff-console.js is built and served');
    assert.match(script.headers.get('content-type') ?? '', /^text\/javascript/);
  });

  it('serves nothing outside dist/cdn, and only scripts', async () => {
    for (const path of [
      '/staff/assets/..%2f..%2fpackage.json',
      '/staff/assets/%2e%2e/%2e%2e/package.json',
      '/staff/assets/staff-console.css',
      '/staff/assets/',
    ]) {
      assert.equal((await s.app.request(path)).status, 404, path);
    }
  });
});
