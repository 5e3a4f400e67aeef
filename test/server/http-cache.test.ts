/**
 * HTTP caching and compression (server/http/cache.ts, server/http/static-files.ts): public GETs carry
 * an ETag and a short public Cache-Control and answer 304 to a matching If-None-Match; the staff API,
 * writes, personal requests and errors are never cacheable; the built widget files are served with
 * ETags, precompressed brotli or gzip by Accept-Encoding, immutable hashed chunks, short-lived entries,
 * and no source maps unless SERVE_SOURCE_MAPS is on. Over a real socket too (what a browser gets).
 */
import assert from 'node:assert/strict';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { createApp, type App } from '../../server/app.js';
import { createLogger, loadConfig } from '../../server/config.js';
import { acceptedEncodings, isHashedChunk } from '../../server/http/static-files.js';
import { ifNoneMatch, LIVE_CACHE_CONTROL, PUBLIC_CACHE_CONTROL, publicCacheControl } from '../../server/http/cache.js';
import { serveApp } from '../../server/serve.js';
import {
  ADMIN_TOKEN,
  dialects,
  expectProblem,
  idea,
  PARTNER_ORIGIN,
  post,
  setup,
  signup,
  staff,
  type TestServer,
} from './helpers.js';

const get = (app: App, path: string, headers: Record<string, string> = {}) => app.request(path, { headers });

for (const dialect of dialects()) {
  describe(`public GET caching (${dialect})`, () => {
    let s: TestServer;
    let paths: string[];
    before(async () => {
      s = await setup(dialect);
      const list = (await (await get(s.app, '/v1/initiatives')).json()) as { items: { id: string }[] };
      const id = list.items[0]!.id;
      paths = [
        '/v1/site',
        '/v1/initiatives',
        '/v1/initiatives?sort=title&limit=5',
        `/v1/initiatives/${id}`,
        '/v1/volunteer-roles',
        `/v1/volunteer-roles?initiative=${id}`,
      ];
    });
    after(async () => s.close());

    it('every public GET: ETag, public max-age with stale-while-revalidate, Vary: Accept-Language and Origin', async () => {
      for (const path of paths) {
        const r = await get(s.app, path, { Origin: PARTNER_ORIGIN });
        assert.equal(r.status, 200, path);
        assert.match(r.headers.get('etag') ?? '', /^"[A-Za-z0-9_-]{22}"$/, path);
        const live = path.startsWith('/v1/volunteer-roles');
        assert.equal(r.headers.get('cache-control'), live ? LIVE_CACHE_CONTROL : PUBLIC_CACHE_CONTROL, path);
        assert.match(PUBLIC_CACHE_CONTROL, /^public, max-age=\d+, stale-while-revalidate=\d+$/);
        assert.equal(LIVE_CACHE_CONTROL, 'public, no-cache', 'places left: revalidated on every use');
        const vary = (r.headers.get('vary') ?? '').split(',').map((v) => v.trim());
        assert.ok(vary.includes('Accept-Language') && vary.includes('Origin'), `${path}: ${vary.join()}`);
        assert.equal(r.headers.get('access-control-allow-origin'), PARTNER_ORIGIN, path);
      }
    });

    it('304 without a body for a matching If-None-Match (plain, W/, in a list, *); 200 with the body otherwise', async () => {
      for (const path of paths) {
        const first = await get(s.app, path);
        const etag = first.headers.get('etag')!;
        const body = await first.text();
        for (const inm of [etag, `W/${etag}`, `"nope", ${etag}`, `W/"a",W/${etag}`, '*']) {
          const r = await get(s.app, path, { 'If-None-Match': inm, Origin: PARTNER_ORIGIN });
          assert.equal(r.status, 304, `${path} ${inm}`);
          assert.equal(await r.text(), '', `${path}: no body`);
          assert.equal(r.headers.get('etag'), etag);
          assert.equal(r.headers.get('cache-control'), publicCacheControl(path.split('?')[0]!));
          assert.match(r.headers.get('vary') ?? '', /Accept-Language/);
          assert.equal(r.headers.get('access-control-allow-origin'), PARTNER_ORIGIN, 'CORS on the 304 too');
          assert.equal(r.headers.get('content-type'), null);
        }
        for (const inm of ['"other"', 'W/"other", "x"', etag.slice(0, -2) + '"']) {
          const r = await get(s.app, path, { 'If-None-Match': inm });
          assert.equal(r.status, 200, `${path} ${inm}`);
          assert.equal(await r.text(), body);
          assert.equal(r.headers.get('etag'), etag);
        }
        const head = await s.app.request(path, { method: 'HEAD', headers: { 'If-None-Match': etag } });
        assert.equal(head.status, 304, `HEAD ${path}`);
        const headFull = await s.app.request(path, { method: 'HEAD' });
        assert.equal(headFull.headers.get('etag'), etag);
        assert.equal(headFull.headers.get('cache-control'), publicCacheControl(path.split('?')[0]!));
      }
    });

    it("the places left are live: a signup changes the roles' ETag, so the old tag gets the new answer", async () => {
      const before = await get(s.app, '/v1/volunteer-roles');
      const created = await post(s.app, '/v1/volunteer-signups', signup());
      assert.equal(created.status, 201, await created.clone().text());
      const after = await get(s.app, '/v1/volunteer-roles', { 'If-None-Match': before.headers.get('etag')! });
      assert.equal(after.status, 200);
      assert.notEqual(after.headers.get('etag'), before.headers.get('etag'));
    });

    it('PUBLIC_MAX_AGE_SECONDS sets the max-age (default 30); 0 revalidates every use, still with 304s', async () => {
      assert.equal(loadConfig({}).publicMaxAgeSeconds, 30);
      assert.equal(loadConfig({ PUBLIC_MAX_AGE_SECONDS: '120' }).publicMaxAgeSeconds, 120);
      assert.throws(() => loadConfig({ PUBLIC_MAX_AGE_SECONDS: '-1' }), /PUBLIC_MAX_AGE_SECONDS/);
      const app = (maxAge: number) =>
        createApp({ config: { ...s.config, publicMaxAgeSeconds: maxAge }, db: s.db, log: createLogger('error') });
      const long = await get(app(120), '/v1/initiatives');
      assert.equal(long.headers.get('cache-control'), 'public, max-age=120, stale-while-revalidate=300');
      const always = app(0);
      const r = await get(always, '/v1/site');
      assert.equal(r.headers.get('cache-control'), 'public, no-cache');
      const again = await get(always, '/v1/site', { 'If-None-Match': r.headers.get('etag')! });
      assert.equal(again.status, 304);
      assert.equal((await get(app(120), '/v1/volunteer-roles')).headers.get('cache-control'), 'public, no-cache');
    });

    it('the ETag follows the language and the content', async () => {
      const nl = await get(s.app, '/v1/site', { 'Accept-Language': 'nl' });
      const fr = await get(s.app, '/v1/site', { 'Accept-Language': 'fr' });
      assert.notEqual(nl.headers.get('etag'), fr.headers.get('etag'));
      const again = await get(s.app, '/v1/site', { 'Accept-Language': 'nl-BE' });
      assert.equal(again.headers.get('etag'), nl.headers.get('etag'), 'the same answer, the same tag');
      // A change of content changes the tag: the fr tag does not validate the nl answer.
      const r = await get(s.app, '/v1/site', { 'Accept-Language': 'nl', 'If-None-Match': fr.headers.get('etag')! });
      assert.equal(r.status, 200);
    });

    it('never cacheable: the staff API, writes, personal requests, errors', async () => {
      for (const path of ['/v1/staff/ideas', '/v1/staff/session']) {
        const r = await staff(s.app, path);
        assert.equal(r.headers.get('cache-control'), 'no-store', path);
        assert.equal(r.headers.get('etag'), null, path);
        const unauth = await get(s.app, path);
        assert.equal(unauth.headers.get('cache-control'), 'no-store', `${path} 401`);
      }
      const created = await post(s.app, '/v1/ideas', idea());
      assert.equal(created.status, 201);
      assert.equal(created.headers.get('cache-control'), 'no-store');
      assert.equal(created.headers.get('etag'), null);
      const del = await s.app.request('/v1/volunteer-signups/00000000-0000-4000-8000-000000000000', {
        method: 'DELETE',
        headers: { 'X-Cancel-Token': 'x'.repeat(43) },
      });
      assert.equal(del.headers.get('cache-control'), 'no-store');
      // A public GET sent with credentials or a personal token is answered privately.
      for (const h of [
        { Authorization: `Bearer ${ADMIN_TOKEN}` },
        { 'X-Cancel-Token': 'abc' },
        { Cookie: 'a=b' },
      ] as Record<string, string>[]) {
        const r = await get(s.app, '/v1/site', h);
        assert.equal(r.status, 200);
        assert.equal(r.headers.get('cache-control'), 'no-store', Object.keys(h)[0]);
        assert.equal(r.headers.get('etag'), null);
      }
      const missing = await get(s.app, '/v1/initiatives/00000000-0000-4000-8000-000000000000');
      await expectProblem(missing, 404);
      assert.equal(missing.headers.get('cache-control'), 'no-store');
      const bad = await get(s.app, '/v1/initiatives?limit=nope');
      assert.equal(bad.status, 400);
      assert.equal(bad.headers.get('cache-control'), 'no-store');
      for (const path of ['/healthz', '/readyz', '/staff']) {
        assert.equal((await get(s.app, path)).headers.get('cache-control'), 'no-store', path);
      }
    });
  });
}

describe('the widget files (dist/cdn) as a CDN serves them', () => {
  const ENTRY = 'idea-form.js';
  const CHUNK = 'runtime-H4cgol6j.js';
  const STAFF_CHUNK = 'staff-console-Dom6esF7.js';
  const entryCode = `import"./${CHUNK}";\n${'customElements.define("civic-x",class extends HTMLElement{});\n'.repeat(50)}`;
  const chunkCode = `export const runtime=${JSON.stringify('lit and zod '.repeat(400))};\n`;
  let dir: string;
  let cdn: string;
  let s: TestServer;
  let app: App;
  let withMaps: App;

  const sibling = (file: string, code: string) => {
    writeFileSync(join(cdn, file), code);
    writeFileSync(join(cdn, `${file}.br`), brotliCompressSync(Buffer.from(code)));
    writeFileSync(join(cdn, `${file}.gz`), gzipSync(Buffer.from(code), { level: 9 }));
  };
  const bytes = async (r: Response) => Buffer.from(await r.arrayBuffer());

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'civic-cdn-'));
    cdn = join(dir, 'cdn');
    mkdirSync(cdn);
    mkdirSync(join(dir, 'demo'));
    writeFileSync(join(dir, 'demo', 'index.html'), '<!doctype html><title>demo</title>');
    sibling(ENTRY, entryCode);
    sibling(CHUNK, chunkCode);
    sibling(STAFF_CHUNK, chunkCode.replace('runtime', 'staff'));
    sibling('staff-console.js', entryCode.replace('civic-x', 'civic-staff-console'));
    writeFileSync(join(cdn, `${ENTRY}.map`), '{"version":3,"sources":[],"mappings":""}');
    writeFileSync(join(cdn, 'plain.js'), 'export{};'); // no precompressed siblings
    s = await setup('sqlite');
    const config = { ...s.config, demoPage: true, demoDir: join(dir, 'demo'), widgetsDir: cdn };
    app = createApp({ config, db: s.db, log: createLogger('error') });
    withMaps = createApp({ config: { ...config, serveSourceMaps: true }, db: s.db, log: createLogger('error') });
  });
  after(async () => {
    await s.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('brotli or gzip by Accept-Encoding, the decompressed bytes equal to the file; identity without it', async () => {
    for (const [base, file, code] of [
      ['/widgets/', ENTRY, entryCode],
      ['/widgets/', CHUNK, chunkCode],
      ['/staff/assets/', 'staff-console.js', entryCode.replace('civic-x', 'civic-staff-console')],
    ] as const) {
      const url = base + file;
      const br = await get(app, url, { 'Accept-Encoding': 'gzip, deflate, br, zstd' });
      assert.equal(br.status, 200, url);
      assert.equal(br.headers.get('content-encoding'), 'br', url);
      assert.match(br.headers.get('content-type') ?? '', /^text\/javascript/);
      assert.match(br.headers.get('vary') ?? '', /Accept-Encoding/);
      assert.equal(brotliDecompressSync(await bytes(br)).toString(), code);

      for (const ae of ['gzip', 'gzip, deflate', 'br;q=0, gzip;q=0.5', 'x-gzip']) {
        const gz = await get(app, url, { 'Accept-Encoding': ae });
        assert.equal(gz.headers.get('content-encoding'), 'gzip', `${url} ${ae}`);
        assert.equal(gunzipSync(await bytes(gz)).toString(), code);
      }
      for (const ae of [undefined, 'identity', 'deflate', 'br;q=0, gzip;q=0', '*;q=0']) {
        const plain = await get(app, url, ae === undefined ? {} : { 'Accept-Encoding': ae });
        assert.equal(plain.headers.get('content-encoding'), null, `${url} ${ae}`);
        assert.match(plain.headers.get('vary') ?? '', /Accept-Encoding/);
        assert.equal((await bytes(plain)).toString(), code);
      }
      assert.equal((await get(app, url, { 'Accept-Encoding': '*' })).headers.get('content-encoding'), 'br');
    }
    const none = await get(app, '/widgets/plain.js', { 'Accept-Encoding': 'br, gzip' });
    assert.equal(none.headers.get('content-encoding'), null, 'no sibling: identity');
    assert.equal(await none.text(), 'export{};');
  });

  it('a precompressed file older than its script is not used (a half-finished deploy)', async () => {
    const stale = join(cdn, 'stale-Ab12Cd34.js');
    sibling('stale-Ab12Cd34.js', 'export const old=1;');
    writeFileSync(stale, 'export const fresh=2;');
    const past = new Date(Date.now() - 60_000);
    utimesSync(`${stale}.br`, past, past);
    utimesSync(`${stale}.gz`, past, past);
    const r = await get(app, '/widgets/stale-Ab12Cd34.js', { 'Accept-Encoding': 'br, gzip' });
    assert.equal(r.headers.get('content-encoding'), null);
    assert.equal(await r.text(), 'export const fresh=2;');
  });

  it('ETag per representation and 304 for a matching If-None-Match; 200 with the body for another', async () => {
    for (const url of [`/widgets/${ENTRY}`, `/widgets/${CHUNK}`, '/staff/assets/staff-console.js', '/']) {
      const tags = new Set<string>();
      for (const ae of ['br', 'gzip', '']) {
        const h: Record<string, string> = ae ? { 'Accept-Encoding': ae } : {};
        const r = await get(app, url, h);
        const etag = r.headers.get('etag');
        assert.match(etag ?? '', /^"[A-Za-z0-9_-]{22}(-br|-gzip)?"$/, `${url} ${ae}`);
        tags.add(etag!);
        for (const inm of [etag!, `W/${etag}`, `"x", ${etag}`]) {
          const again = await get(app, url, { ...h, 'If-None-Match': inm });
          assert.equal(again.status, 304, `${url} ${ae} ${inm}`);
          assert.equal((await bytes(again)).length, 0);
          assert.equal(again.headers.get('etag'), etag);
          assert.equal(again.headers.get('cache-control'), r.headers.get('cache-control'));
          assert.equal(again.headers.get('content-encoding'), null);
        }
        const other = await get(app, url, { ...h, 'If-None-Match': '"something-else"' });
        assert.equal(other.status, 200);
        assert.ok((await bytes(other)).length > 0);
      }
      assert.equal(tags.size, url === '/' ? 1 : 3, `${url}: one tag per encoding`);
    }
  });

  it('hashed chunks immutable for a year; entries a short max-age with stale-while-revalidate', async () => {
    for (const url of [`/widgets/${CHUNK}`, `/staff/assets/${STAFF_CHUNK}`]) {
      assert.equal((await get(app, url)).headers.get('cache-control'), 'public, max-age=31536000, immutable', url);
    }
    for (const url of [`/widgets/${ENTRY}`, '/widgets/plain.js', '/staff/assets/staff-console.js']) {
      const cc = (await get(app, url)).headers.get('cache-control') ?? '';
      const m = /^public, max-age=(\d+), stale-while-revalidate=(\d+)$/.exec(cc);
      assert.ok(m, `${url}: ${cc}`);
      assert.ok(Number(m[1]) <= 600, `${url}: a release reaches pages within minutes`);
    }
    assert.equal((await get(app, '/')).headers.get('cache-control'), 'no-cache', 'the demo page revalidates');
  });

  it('which names are hashed chunks: every entry of the build is not, every other script of dist/cdn is', async () => {
    const { cdnEntries, STAFF_ENTRIES } = await import('../../vite.config.js');
    const entries = [...Object.keys(cdnEntries()), ...Object.keys(STAFF_ENTRIES)].map((n) => `${n}.js`);
    assert.ok(entries.includes('civic-widgets.js') && entries.includes('staff-console.js'));
    for (const e of entries) assert.equal(isHashedChunk(e), false, e);
    for (const c of [
      'runtime-H4cgol6j.js',
      'fr-DLHi9HH-.js',
      'staff-console-Dom6esF7.js',
      'rolldown-runtime-DK3Fl9T5.js',
    ])
      assert.equal(isHashedChunk(c), true, c);
    const built = 'dist/cdn';
    if (!existsSync(built)) return;
    for (const f of readdirSync(built).filter((n) => n.endsWith('.js'))) {
      assert.equal(isHashedChunk(f), !entries.includes(f), `dist/cdn/${f}`);
    }
  });

  it('no source map by default (nor a SourceMap header); served with SERVE_SOURCE_MAPS, and named on the script', async () => {
    assert.equal(loadConfig({}).serveSourceMaps, false);
    assert.equal(loadConfig({ SERVE_SOURCE_MAPS: '1' }).serveSourceMaps, true);
    for (const url of [`/widgets/${ENTRY}.map`, `/staff/assets/${ENTRY}.map`]) {
      assert.equal((await get(app, url)).status, 404, url);
    }
    assert.equal((await get(app, `/widgets/${ENTRY}`)).headers.get('sourcemap'), null);
    const map = await get(withMaps, `/widgets/${ENTRY}.map`);
    assert.equal(map.status, 200);
    assert.match(map.headers.get('content-type') ?? '', /^application\/json/);
    assert.equal(await map.text(), '{"version":3,"sources":[],"mappings":""}');
    assert.equal((await get(withMaps, `/staff/assets/${ENTRY}.map`)).status, 200);
    assert.equal((await get(withMaps, `/widgets/${ENTRY}`)).headers.get('sourcemap'), `${ENTRY}.map`);
    // The precompressed files are not served by their own names.
    for (const url of [`/widgets/${ENTRY}.br`, `/widgets/${ENTRY}.gz`, `/staff/assets/${ENTRY}.gz`]) {
      assert.equal((await get(withMaps, url)).status, 404, url);
    }
  });

  it('the built dist/cdn (when built): no sourceMappingURL comment pointing to a map that is not served', () => {
    const built = 'dist/cdn';
    if (!existsSync(built)) return;
    for (const f of readdirSync(built).filter((n) => n.endsWith('.js'))) {
      const code = readFileSync(join(built, f), 'utf8');
      assert.ok(!/\/\/# sourceMappingURL=/.test(code), `dist/cdn/${f} names a source map`);
    }
  });

  it('over a real socket: br bytes, 304 without a body', async () => {
    const served = await new Promise<{ port: number; close: () => Promise<void> }>((resolve) => {
      const srv = serveApp(app, { port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) =>
        resolve({ port: info.port, close: () => srv.close() }),
      );
    });
    try {
      const raw = (path: string, headers: Record<string, string>) =>
        new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>(
          (resolve, reject) => {
            const req = httpRequest({ host: '127.0.0.1', port: served.port, path, headers }, (res) => {
              const chunks: Buffer[] = [];
              res.on('data', (c: Buffer) => chunks.push(c));
              res.on('end', () =>
                resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }),
              );
            });
            req.on('error', reject);
            req.end();
          },
        );
      const br = await raw(`/widgets/${CHUNK}`, { 'Accept-Encoding': 'br' });
      assert.equal(br.headers['content-encoding'], 'br');
      assert.equal(brotliDecompressSync(br.body).toString(), chunkCode);
      const nm = await raw(`/widgets/${CHUNK}`, { 'Accept-Encoding': 'br', 'If-None-Match': String(br.headers.etag) });
      assert.equal(nm.status, 304);
      assert.equal(nm.body.length, 0);
      const site = await raw('/v1/site', {});
      const site304 = await raw('/v1/site', { 'If-None-Match': String(site.headers.etag) });
      assert.equal(site304.status, 304);
      assert.equal(site304.body.length, 0);
    } finally {
      await served.close();
    }
  });

  it('header parsing: If-None-Match and Accept-Encoding', () => {
    assert.equal(ifNoneMatch(undefined, '"a"'), false);
    assert.equal(ifNoneMatch('"a"', 'W/"a"'), true);
    assert.equal(ifNoneMatch(' "b" , W/"a" ', '"a"'), true);
    assert.equal(ifNoneMatch('"ab"', '"a"'), false);
    assert.deepEqual([...acceptedEncodings('gzip;q=1.0, br;q=0.1')].sort(), ['br', 'gzip']);
    assert.deepEqual([...acceptedEncodings('*, br;q=0')], ['gzip']);
    assert.deepEqual([...acceptedEncodings('')], []);
  });
});
