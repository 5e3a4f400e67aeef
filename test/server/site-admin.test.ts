/**
 * Site administration (issue 13): the site file through the staff API (`GET`/`PUT
 * /v1/staff/site`), what the public `GET /v1/site` then serves in nl, fr and en, the rules
 * (missing translations, ids, areas still in use), roles (a moderator may read, not write), the
 * audit log (`GET /v1/staff/audit`), and the `site export|import` command line as a child process.
 * On SQLite and, with TEST_DATABASE_URL, PostgreSQL.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { SiteSchema, validate } from '../../src/schema/index.js';
import { AuditPageSchema, SiteFileSchema, type SiteFile } from '../../src/schema/staff/index.js';
import type { Dialect } from '../../server/db/database.js';
import { dialects, expectProblem, idea, json, post, setup, staff, staffHeaders, type TestServer } from './helpers.js';
import { sharedDatabase, type SharedDb } from './processes.js';

const MAIN = fileURLToPath(new URL('../../server/main.ts', import.meta.url));
const EXAMPLE = fileURLToPath(new URL('../../docs/site.example.json', import.meta.url));

const lang = (l: string) => ({ 'Accept-Language': l });

/** The demo's site file changed the way a municipality would: new name, an area renamed and one added, texts. */
function edited(file: SiteFile): SiteFile {
  const f = structuredClone(file);
  f.municipality = { nl: 'Testgemeente', fr: 'Commune de test', en: 'Test municipality' };
  f.areas[1]!.name = { nl: 'Noorderkwartier', fr: 'Quartier nord', en: 'North quarter' };
  f.areas.push({ id: 'haven', name: { nl: 'Haven', fr: 'Port', en: 'Harbour' } });
  f.themes.reverse();
  f.offers[0]!.title = { nl: 'Moestuin', fr: 'Potager', en: 'Vegetable garden' };
  f.offers[0]!.areaId = 'haven';
  f.tracks = ['create', 'join'];
  f.privacyNotice = { url: 'https://www.example.org/privacy', version: '2026-1' };
  f.volunteerInfo.version = 'vi-2026-1';
  f.volunteerInfo.aim = { nl: 'Doel (nl)', fr: 'But (fr)', en: 'Aim (en)' };
  return f;
}

for (const dialect of dialects()) {
  describe(`site administration through the staff API (${dialect})`, () => {
    let t: TestServer;
    let admin: Record<string, string>;
    let moderator: Record<string, string>;
    before(async () => {
      t = await setup(dialect);
      admin = await staffHeaders(t, 'admin', 'site-admin@example.org');
      moderator = await staffHeaders(t, 'moderator');
    });
    after(() => t.close());

    const getFile = async (headers = admin): Promise<SiteFile> => {
      const r = await staff(t.app, '/v1/staff/site', { headers });
      assert.equal(r.status, 200);
      return (await json(r)) as SiteFile;
    };
    const put = (body: unknown, headers = admin) => staff(t.app, '/v1/staff/site', { method: 'PUT', body, headers });
    const publicSite = async (l: string) => {
      const r = await t.app.request('/v1/site', { headers: lang(l) });
      assert.equal(r.status, 200);
      return json(r);
    };

    it('GET /v1/staff/site of the freshly seeded demo is a valid site file, with its demo texts and no demo flag', async () => {
      const file = await getFile();
      const v = validate(SiteFileSchema, file);
      assert.ok(v.ok, JSON.stringify(!v.ok && v.errors));
      assert.equal(file.municipality.fr, 'Voorbeeldgemeente (démo)');
      assert.equal(file.areas.length, 6);
      assert.equal('demo' in file, false);
    });

    it('a moderator may read the site file but gets 403 on PUT, and nothing changes', async () => {
      const file = await getFile(moderator);
      const p = await expectProblem(await put(edited(file), moderator), 403, 'urn:civic-widgets:problem:forbidden');
      assert.ok(p.title);
      assert.deepEqual(await getFile(), file);
      assert.equal((await publicSite('nl')).municipality, 'Voorbeeldgemeente (demo)');
    });

    it('a missing French text is 422 with its path, and nothing changes', async () => {
      const file = await getFile();
      const bad = edited(file);
      bad.areas[2]!.name = { nl: 'Zuid', en: 'South' };
      bad.volunteerInfo.insurance.fr = '  ';
      const p = await expectProblem(await put(bad), 422, 'urn:civic-widgets:problem:validation');
      assert.deepEqual(p.errors, [
        { path: 'areas.2.name.fr', code: 'missing-translation' },
        { path: 'volunteerInfo.insurance.fr', code: 'missing-translation' },
      ]);
      assert.deepEqual(await getFile(), file);
      const site = await publicSite('fr');
      assert.equal(site.municipality, 'Voorbeeldgemeente (démo)');
      assert.equal(site.areas[2].name, 'Sud');
    });

    it('ids twice, an offer in an unknown area, demo in the file, a default language not offered: 422 each', async () => {
      const bad = edited(await getFile()) as SiteFile & { demo?: boolean };
      bad.themes.push({ ...bad.themes[0]! });
      bad.offers[1]!.areaId = 'nergens';
      bad.demo = false;
      bad.locales = ['nl', 'en'];
      bad.defaultLocale = 'fr';
      const p = await expectProblem(await put(bad), 422);
      const errors = p.errors as { path: string; code: string }[];
      for (const e of [
        { path: `themes.${bad.themes.length - 1}.id`, code: 'invalid' },
        { path: 'offers.1.areaId', code: 'invalid-choice' },
        { path: 'demo', code: 'unknown-field' },
        { path: 'defaultLocale', code: 'invalid-choice' },
      ])
        assert.ok(
          errors.some((x) => x.path === e.path && x.code === e.code),
          `${JSON.stringify(e)} in ${JSON.stringify(errors)}`,
        );
    });

    it('an admin imports a site file: GET /v1/site serves it in nl, fr and en, not as demo; PUT answers the stored file', async () => {
      const file = edited(await getFile());
      const r = await put(file);
      assert.equal(r.status, 200);
      const stored = (await json(r)) as SiteFile;
      assert.deepEqual(stored, file);
      assert.deepEqual(await getFile(), file);
      for (const [l, name, area, offer, aim] of [
        ['nl', 'Testgemeente', 'Noorderkwartier', 'Moestuin', 'Doel (nl)'],
        ['fr', 'Commune de test', 'Quartier nord', 'Potager', 'But (fr)'],
        ['en', 'Test municipality', 'North quarter', 'Vegetable garden', 'Aim (en)'],
      ] as const) {
        const site = await publicSite(l);
        assert.ok(validate(SiteSchema, site).ok);
        assert.equal(site.demo, false);
        assert.equal(site.municipality, name);
        assert.equal(site.areas[1].name, area);
        assert.equal(site.areas.at(-1).id, 'haven');
        assert.deepEqual(
          site.themes.map((x: { id: string }) => x.id),
          file.themes.map((x) => x.id),
        );
        assert.equal(site.offers[0].title, offer);
        assert.equal(site.offers[0].areaId, 'haven');
        assert.deepEqual(site.tracks, ['create', 'join']);
        assert.deepEqual(site.privacyNotice, { url: 'https://www.example.org/privacy', version: '2026-1' });
        assert.equal(site.volunteerInfo.version, 'vi-2026-1');
        assert.equal(site.volunteerInfo.aim, aim);
      }
    });

    it('removing an area or theme still used is 409 listing them, and nothing changes; an unused one goes', async () => {
      const file = await getFile();
      // An open idea in the new area holds it.
      const sent = await post(t.app, '/v1/ideas', idea('create', { areaId: 'haven', themeIds: [] }));
      assert.equal(sent.status, 201, await sent.clone().text());
      const without = structuredClone(file);
      without.areas = without.areas.filter((a) => a.id !== 'haven' && a.id !== 'centrum');
      without.offers[0]!.areaId = null;
      const p = await expectProblem(await put(without), 409);
      assert.deepEqual(p.errors, [{ path: 'areas', code: 'in-use' }]);
      assert.match(String(p.detail), /area centrum \(initiatives [^)]+\)/);
      assert.match(String(p.detail), /area haven \(1 open idea\)/);
      assert.deepEqual(await getFile(), file);
      // An area nothing uses can be removed.
      const added = structuredClone(file);
      added.areas.push({ id: 'leeg', name: { nl: 'Leeg', fr: 'Vide', en: 'Empty' } });
      assert.equal((await put(added)).status, 200);
      assert.equal((await put(file)).status, 200);
      assert.deepEqual(await getFile(), file);
    });

    it('the audit log lists site.replace with who, before and after; filters and the cursor page through it', async () => {
      assert.equal((await staff(t.app, '/v1/staff/audit', { headers: moderator })).status, 403);
      const r = await staff(t.app, '/v1/staff/audit?action=site.replace&limit=1', { headers: admin });
      assert.equal(r.status, 200);
      const page = await json(r);
      assert.ok(validate(AuditPageSchema, page).ok);
      assert.equal(page.items.length, 1);
      const last = page.items[0];
      assert.equal(last.action, 'site.replace');
      assert.deepEqual(last.target, { type: 'site', id: 'site' });
      assert.equal(last.actor.kind, 'account');
      assert.equal(last.actor.label, 'site-admin@example.org');
      assert.deepEqual(last.after, await getFile());
      assert.equal(last.before.areas.at(-1).id, 'leeg');
      // Three replacements were made (edited, with "leeg", back): the cursor pages through them, newest first.
      const seen = [last.id];
      let cursor: string | null = page.nextCursor;
      while (cursor) {
        const next = await json(
          await staff(t.app, `/v1/staff/audit?action=site.replace&limit=1&cursor=${cursor}`, { headers: admin }),
        );
        seen.push(...next.items.map((x: { id: string }) => x.id));
        cursor = next.nextCursor;
      }
      assert.equal(seen.length, 3);
      assert.equal(new Set(seen).size, 3);
      const byActor = await json(
        await staff(t.app, `/v1/staff/audit?actorId=${last.actor.id}&targetType=site`, { headers: admin }),
      );
      assert.equal(byActor.items.length, 3);
      const none = await json(await staff(t.app, '/v1/staff/audit?action=site.nothing', { headers: admin }));
      assert.deepEqual(none, { items: [], nextCursor: null });
      await expectProblem(await staff(t.app, '/v1/staff/audit?cursor=bm90LW91cnM', { headers: admin }), 400);
      await expectProblem(await staff(t.app, '/v1/staff/audit?limit=0', { headers: admin }), 400);
    });
  });

  describe(`site export|import on the command line (${dialect})`, () => {
    let shared: SharedDb;
    let dir: string;
    let env: Record<string, string>;
    before(async () => {
      shared = await sharedDatabase(dialect);
      dir = mkdtempSync(join(tmpdir(), 'civic-site-cli-'));
      env = cliEnv(dialect, shared);
    });
    after(async () => {
      await shared.drop();
      rmSync(dir, { recursive: true, force: true });
    });

    const exported = async (): Promise<string> => {
      const r = await run(env, ['site', 'export']);
      assert.equal(r.code, 0, r.stderr);
      return r.stdout;
    };

    it('export → import → export gives the same file; a bad file exits non-zero, names each path, changes nothing', async () => {
      const first = await exported();
      assert.ok(validate(SiteFileSchema, JSON.parse(first)).ok);
      const file = join(dir, 'site.json');
      writeFileSync(file, first);
      const imported = await run(env, ['site', 'import', file]);
      assert.equal(imported.code, 0, imported.stderr);
      assert.equal(await exported(), first);

      const bad = JSON.parse(first) as SiteFile;
      delete bad.themes[3]!.name.fr;
      bad.offers[0]!.description.en = '';
      const badFile = join(dir, 'bad.json');
      writeFileSync(badFile, JSON.stringify(bad));
      const refused = await run(env, ['site', 'import', badFile]);
      assert.notEqual(refused.code, 0);
      assert.match(refused.stderr, /themes\.3\.name\.fr: missing-translation/);
      assert.match(refused.stderr, /offers\.0\.description\.en: missing-translation/);
      assert.equal(await exported(), first);
    });

    it('a good file changes the site, audited as the command line; the file written by `site export FILE` is the same', async () => {
      const file = join(dir, 'good.json');
      const good = edited(JSON.parse(await exported()) as SiteFile);
      writeFileSync(file, JSON.stringify(good, null, 2));
      const r = await run(env, ['site', 'import', file]);
      assert.equal(r.code, 0, r.stderr);
      const out = join(dir, 'out.json');
      assert.equal((await run(env, ['site', 'export', out])).code, 0);
      assert.deepEqual(JSON.parse(readFileSync(out, 'utf8')), good);
      const h = shared.open();
      try {
        const row = await h.db
          .selectFrom('audit_log')
          .selectAll()
          .where('action', '=', 'site.replace')
          .orderBy('at', 'desc')
          .executeTakeFirstOrThrow();
        assert.equal(row.actor_kind, 'cli');
        assert.deepEqual(JSON.parse(row.after!), good);
        const site = await h.db.selectFrom('site').select('demo').executeTakeFirstOrThrow();
        assert.equal(Number(site.demo), 0);
      } finally {
        await h.close();
      }
    });
  });
}

describe('docs/site.example.json', () => {
  it('is a valid site file, with placeholder texts in nl, fr and en', () => {
    const file = JSON.parse(readFileSync(EXAMPLE, 'utf8')) as unknown;
    const v = validate(SiteFileSchema, file);
    assert.ok(v.ok, JSON.stringify(!v.ok && v.errors));
    assert.deepEqual(v.data.locales, ['nl', 'fr', 'en']);
    assert.equal(JSON.stringify(file).includes('(demo)'), false);
  });

  it('imports into an empty database, and GET /v1/site serves it', async () => {
    const t = await setup(dialects()[0] as Dialect, {}, false);
    try {
      const r = await staff(t.app, '/v1/staff/site', {
        method: 'PUT',
        body: JSON.parse(readFileSync(EXAMPLE, 'utf8')),
      });
      assert.equal(r.status, 200, await r.clone().text());
      const site = await json(await t.app.request('/v1/site', { headers: lang('fr') }));
      assert.ok(validate(SiteSchema, site).ok);
      assert.equal(site.demo, false);
    } finally {
      await t.close();
    }
  });
});

/** The command line's environment for the shared database (PostgreSQL: its schema via search_path). */
function cliEnv(dialect: Dialect, shared: SharedDb): Record<string, string> {
  const e: Record<string, string> = { ...shared.env, LOG_LEVEL: 'error' };
  if (dialect !== 'postgres') return { ...e, DATABASE_URL: '' };
  const url = new URL(e.DATABASE_URL!);
  url.searchParams.set('options', `-c search_path=${e.PG_SCHEMA!}`);
  return { ...e, DATABASE_URL: url.toString() };
}

/** Runs `civic-widgets-server …args` (server/main.ts under tsx) to its end. */
function run(
  env: Record<string, string>,
  args: string[],
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', MAIN, ...args], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}
