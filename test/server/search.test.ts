/**
 * Full-text search on `GET /v1/initiatives?q=` (server/search/, migration 008), on SQLite (FTS5)
 * and PostgreSQL (tsvector + GIN) when TEST_DATABASE_URL is set: word forms in Dutch and French
 * ("moestuinen" finds "moestuin", "écoles" finds "école"), accents ignored, the last word as a
 * prefix; ranked the same way on both (every word in the title first, then most recently changed,
 * then id), so the same queries give the same ids in the same order; kept in sync by the staff
 * API's writes; totals right with the filters; a search of punctuation only answers an empty page.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import type { InitiativeInput } from '../../src/schema/staff/index.js';
import { createInitiative } from '../../server/db/initiatives.js';
import { rebuildInitiativeSearch } from '../../server/search/initiative-index.js';
import { indexTokens, parseSearch } from '../../server/search/words.js';
import { dialects, json, setup, staff, type TestServer } from './helpers.js';

type Texts = { nl: string; fr?: string };
interface Doc {
  id: string;
  title: Texts;
  summary: Texts;
  areaId?: string;
  needsVolunteers?: boolean;
  published?: boolean;
}

/** The corpus: Dutch and French word forms and accents; later in the list = changed later. */
const CORPUS: Doc[] = [
  {
    id: 'zk-moestuin',
    title: { nl: 'Moestuin aan de kerk', fr: 'Potager près de l’église' },
    summary: { nl: 'Groenten kweken.' },
  },
  {
    id: 'zk-moestuinen',
    title: { nl: 'Buurt vol groen', fr: 'Quartier vert' },
    summary: { nl: 'Twee moestuinen in het park.', fr: 'Deux potagers.' },
    areaId: 'noord',
  },
  {
    id: 'zk-ecole',
    title: { nl: 'Groene speelplaats', fr: 'Une école verte' },
    summary: { nl: 'De speelplaats van de school.', fr: 'La cour de l’école.' },
    needsVolunteers: true,
  },
  {
    id: 'zk-ecoles',
    title: { nl: 'Scholen in de wijk', fr: 'Les quartiers' },
    summary: { nl: 'Alle scholen samen.', fr: 'Toutes les écoles du quartier ensemble.' },
  },
  {
    id: 'zk-ecole-plain',
    title: { nl: 'Ecole zonder accent', fr: 'ECOLE sans accent' },
    summary: { nl: 'Geschreven zonder accent.', fr: 'Écrit sans accent.' },
    areaId: 'noord',
    needsVolunteers: true,
  },
  {
    id: 'zk-buurttuin',
    title: { nl: 'Buurttuin De Linde', fr: 'Jardin de quartier' },
    summary: { nl: 'Een buurttuin voor iedereen.', fr: 'Un jardin pour tous.' },
  },
  {
    id: 'zk-jardins',
    title: { nl: 'Gedeelde tuinen', fr: 'Jardins partagés au centre' },
    summary: { nl: 'Tuinen om te delen.', fr: 'Des jardins partagés, un potager.' },
    needsVolunteers: true,
  },
  {
    id: 'zk-hidden',
    title: { nl: 'Moestuin verborgen', fr: 'École cachée' },
    summary: { nl: 'Niet gepubliceerd.' },
    published: false,
  },
];

/** Queries and the ids expected, in order, per language. */
const EXPECTED: { q: string; locale: 'nl' | 'fr'; ids: string[] }[] = [
  // Title matches first (most recent first), then the rest.
  { q: 'moestuinen', locale: 'nl', ids: ['zk-moestuin', 'zk-moestuinen'] },
  { q: 'moestuin', locale: 'nl', ids: ['zk-moestuin', 'zk-moestuinen'] },
  { q: 'MOESTUIN', locale: 'nl', ids: ['zk-moestuin', 'zk-moestuinen'] },
  { q: 'moestui', locale: 'nl', ids: ['zk-moestuin', 'zk-moestuinen'] }, // prefix while typing
  { q: 'écoles', locale: 'fr', ids: ['zk-ecole-plain', 'zk-ecole', 'zk-ecoles'] },
  { q: 'école', locale: 'fr', ids: ['zk-ecole-plain', 'zk-ecole', 'zk-ecoles'] },
  { q: 'ecole', locale: 'fr', ids: ['zk-ecole-plain', 'zk-ecole', 'zk-ecoles'] },
  { q: 'ECOLES.', locale: 'fr', ids: ['zk-ecole-plain', 'zk-ecole', 'zk-ecoles'] },
  { q: 'école verte', locale: 'fr', ids: ['zk-ecole'] },
  { q: 'buurttuin', locale: 'nl', ids: ['zk-buurttuin'] },
  { q: 'jardins partagés', locale: 'fr', ids: ['zk-jardins'] },
  { q: 'jardin partage', locale: 'fr', ids: ['zk-jardins'] },
  { q: 'jardin', locale: 'fr', ids: ['zk-jardins', 'zk-buurttuin'] },
  { q: 'potager', locale: 'fr', ids: ['zk-moestuin', 'zk-jardins', 'zk-moestuinen'] },
  { q: 'scholen', locale: 'nl', ids: ['zk-ecoles', 'zk-ecole'] }, // "school" too
  { q: 'tuinen', locale: 'nl', ids: ['zk-jardins'] },
  { q: 'accent ecole', locale: 'nl', ids: ['zk-ecole-plain'] },
  { q: 'moestuin', locale: 'fr', ids: [] }, // the French texts do not say it
  { q: 'xylofoon', locale: 'nl', ids: [] },
];

const BASE = Date.parse('2026-04-01T08:00:00.000Z');

function input(d: Doc): InitiativeInput {
  return {
    id: d.id,
    title: d.title,
    summary: d.summary,
    description: { nl: 'Beschrijving.', fr: 'Description.' },
    areaId: d.areaId ?? 'centrum',
    themeIds: ['groen'],
    rung: 3,
    coproduction: 'co-creation',
    status: 'running',
    organiser: 'residents',
    needsVolunteers: d.needsVolunteers ?? false,
    links: [],
    image: null,
    startDate: null,
    endDate: null,
    published: d.published ?? true,
  } as InitiativeInput;
}

type PageBody = { items: { id: string; title: string }[]; total: number; nextCursor: string | null };

/** Every id of a search, page by page (limit 1, so the cursor crosses from title matches to the rest). */
async function allIds(s: TestServer, q: string, locale: string, extra: Record<string, string> = {}) {
  const ids: string[] = [];
  const totals = new Set<number>();
  let cursor: string | null = null;
  for (let n = 0; n < 20; n++) {
    const qs = new URLSearchParams({ q, limit: '1', ...extra, ...(cursor ? { cursor } : {}) });
    const r = await s.app.request(`/v1/initiatives?${qs}`, { headers: { 'Accept-Language': locale } });
    assert.equal(r.status, 200, `q=${q}: ${await r.clone().text()}`);
    const page = (await json(r)) as PageBody;
    ids.push(...page.items.map((i) => i.id));
    totals.add(page.total);
    cursor = page.nextCursor;
    if (!cursor) break;
  }
  return { ids, totals: [...totals] };
}

async function search(s: TestServer, q: string, locale = 'nl', extra: Record<string, string> = {}): Promise<PageBody> {
  const r = await s.app.request(`/v1/initiatives?${new URLSearchParams({ q, ...extra })}`, {
    headers: { 'Accept-Language': locale },
  });
  assert.equal(r.status, 200, `q=${q}: ${await r.clone().text()}`);
  return (await json(r)) as PageBody;
}

describe('search words (server/search/words.ts)', () => {
  it('stems in Dutch and French before stripping accents; the same tokens for query and text', () => {
    assert.ok(indexTokens('Les écoles').split(' ').includes('ecol'));
    assert.ok(indexTokens('moestuinen').split(' ').includes('moestuin'));
    assert.deepEqual(parseSearch('  %%  ’ … ').groups, []);
    assert.equal(parseSearch('moestui').prefix, true);
    assert.equal(parseSearch('moestuin ').prefix, false);
  });
});

const seen = new Map<string, Record<string, string[]>>();

for (const dialect of dialects()) {
  describe(`full-text search (${dialect})`, () => {
    let s: TestServer;
    before(async () => {
      s = await setup(dialect);
      for (const [i, d] of CORPUS.entries())
        await createInitiative(s.db, input(d), { updatedAt: new Date(BASE + i * 60_000).toISOString() });
    });
    after(() => s.close());

    it('finds word forms and accents, ranked, with the total, page by page', async () => {
      const got: Record<string, string[]> = {};
      for (const { q, locale, ids } of EXPECTED) {
        const all = await allIds(s, q, locale);
        const label = `q=${JSON.stringify(q)} (${locale})`;
        assert.deepEqual(
          all.ids.filter((id) => id.startsWith('zk-')),
          ids,
          label,
        );
        assert.deepEqual(all.totals, [all.ids.length], `${label}: total`);
        const one = await search(s, q, locale, { limit: '20' });
        assert.deepEqual(
          one.items.map((i) => i.id),
          all.ids,
          `${label}: one page = every page`,
        );
        got[`${locale} ${q}`] = all.ids;
      }
      seen.set(dialect, got);
    });

    it('title and start sorts keep their order with q', async () => {
      const byTitle = await search(s, 'ecole', 'fr', { sort: 'title' });
      assert.deepEqual(
        byTitle.items.map((i) => i.title),
        ['ECOLE sans accent', 'Les quartiers', 'Une école verte'],
      );
      assert.equal(byTitle.total, 3);
      const byStart = await search(s, 'ecole', 'fr', { sort: 'start' });
      assert.deepEqual(byStart.items.map((i) => i.id).sort(), ['zk-ecole', 'zk-ecole-plain', 'zk-ecoles']);
    });

    it('filters and q together: the items and the total', async () => {
      const cases: [string, string, Record<string, string>, string[]][] = [
        ['ecole', 'fr', { needsVolunteers: 'true' }, ['zk-ecole-plain', 'zk-ecole']],
        ['ecole', 'fr', { area: 'noord' }, ['zk-ecole-plain']],
        ['ecole', 'fr', { area: 'noord', needsVolunteers: 'false' }, []],
        ['moestuin', 'nl', { area: 'centrum' }, ['zk-moestuin']],
        ['moestuin', 'nl', { theme: 'groen', rung: '3', status: 'running' }, ['zk-moestuin', 'zk-moestuinen']],
        ['moestuin', 'nl', { theme: 'cultuur' }, []],
      ];
      for (const [q, locale, filters, ids] of cases) {
        const all = await allIds(s, q, locale, filters);
        const label = `q=${q} ${JSON.stringify(filters)}`;
        assert.deepEqual(
          all.ids.filter((id) => id.startsWith('zk-')),
          ids,
          label,
        );
        assert.deepEqual(all.totals, [all.ids.length], `${label}: total`);
      }
    });

    it('an unpublished initiative is not found; publishing and unpublishing it is seen at once', async () => {
      assert.ok(!(await search(s, 'verborgen')).items.some((i) => i.id === 'zk-hidden'));
      assert.equal((await search(s, 'verborgen')).total, 0);
      const pub = await staff(s.app, '/v1/staff/initiatives/zk-hidden', { method: 'PATCH', body: { published: true } });
      assert.equal(pub.status, 200, await pub.clone().text());
      assert.deepEqual(
        (await search(s, 'verborgen')).items.map((i) => i.id),
        ['zk-hidden'],
      );
      assert.equal((await staff(s.app, '/v1/staff/initiatives/zk-hidden', { method: 'DELETE' })).status, 200);
      assert.equal((await search(s, 'verborgen')).total, 0);
      assert.equal((await search(s, 'cachée', 'fr')).total, 0);
    });

    it('an edited title is found at once and the old word no longer matches', async () => {
      const r = await staff(s.app, '/v1/staff/initiatives/zk-buurttuin', {
        method: 'PATCH',
        body: {
          title: { nl: 'Speelbos De Linde', fr: 'Bois de jeu' },
          summary: { nl: 'Een speelbos.', fr: 'Un bois.' },
        },
      });
      assert.equal(r.status, 200, await r.clone().text());
      assert.equal((await search(s, 'buurttuin')).total, 0);
      assert.deepEqual(
        (await search(s, 'speelbos')).items.map((i) => i.id),
        ['zk-buurttuin'],
      );
      // Changed last: first among the matches outside the title.
      assert.deepEqual(
        (await search(s, 'linde')).items.map((i) => i.id),
        ['zk-buurttuin'],
      );
      // A new initiative through the staff API is found too.
      const c = await staff(s.app, '/v1/staff/initiatives', {
        method: 'POST',
        body: {
          ...input({ id: 'zk-nieuw', title: { nl: 'Nieuwe moestuinen' }, summary: { nl: 'Nieuw.' } }),
          published: true,
        },
      });
      assert.equal(c.status, 201, await c.clone().text());
      assert.deepEqual(
        (await search(s, 'moestuin')).items.map((i) => i.id),
        ['zk-nieuw', 'zk-moestuin', 'zk-moestuinen'],
      );
    });

    it('a changed area, theme, rung, status or volunteer need is seen at once by a search with that filter', async () => {
      const filtered = async (filters: Record<string, string>) =>
        (await allIds(s, 'moestuin', 'nl', filters)).ids.filter((id) => id === 'zk-moestuinen');
      assert.deepEqual(await filtered({ theme: 'groen', area: 'noord', rung: '3' }), ['zk-moestuinen']);
      const r = await staff(s.app, '/v1/staff/initiatives/zk-moestuinen', {
        method: 'PATCH',
        body: { areaId: 'centrum', themeIds: ['cultuur'], rung: 5, status: 'finished', needsVolunteers: false },
      });
      assert.equal(r.status, 200, await r.clone().text());
      const olds: Record<string, string>[] = [
        { theme: 'groen' },
        { area: 'noord' },
        { rung: '3' },
        { status: 'running' },
        { needsVolunteers: 'true' },
      ];
      for (const old of olds) assert.deepEqual(await filtered(old), [], `old ${JSON.stringify(old)}`);
      const now = { theme: 'cultuur', area: 'centrum', rung: '5', status: 'finished', needsVolunteers: 'false' };
      assert.deepEqual(await filtered(now), ['zk-moestuinen']);
      const all = await allIds(s, 'moestuin', 'nl', now);
      assert.deepEqual(all.totals, [all.ids.length]);
    });

    it('a search of punctuation only answers an empty page (200), not an error', async () => {
      for (const q of [
        '%',
        "'",
        '"',
        '\\',
        '…',
        ' - ',
        '*',
        '(',
        ')',
        'AND',
        '"moestuin',
        'moestuin*',
        '{nl_t}:',
        'NOT',
      ]) {
        const r = await s.app.request(`/v1/initiatives?${new URLSearchParams({ q })}`);
        assert.equal(r.status, 200, `q=${JSON.stringify(q)}: ${await r.clone().text()}`);
        const page = (await json(r)) as PageBody;
        assert.equal(page.total, page.items.length < 20 ? page.items.length : page.total, `q=${q}`);
      }
      for (const q of ['%', "'", '…', ' - ', '*', '()']) {
        const page = await search(s, q);
        assert.deepEqual([page.items.length, page.total, page.nextCursor], [0, 0, null], `q=${JSON.stringify(q)}`);
      }
      const bad = await s.app.request(
        `/v1/initiatives?q=moestuin&cursor=${Buffer.from('["x:1","zk-a"]').toString('base64url')}`,
      );
      assert.equal(bad.status, 400);
    });

    it('the index made again from the initiatives (as migration 010 fills it) answers the same', async () => {
      const before = await allIds(s, 'moestuin', 'nl');
      await s.db.transaction().execute(async (trx) => {
        await sql`delete from initiative_search`.execute(trx);
        await rebuildInitiativeSearch(trx);
      });
      assert.deepEqual((await allIds(s, 'moestuin', 'nl')).ids, before.ids);
    });
  });
}

describe('the same ids on both databases', () => {
  it('SQLite and PostgreSQL agree on every query of the corpus', (t) => {
    if (!seen.has('postgres')) return t.skip('TEST_DATABASE_URL not set');
    assert.deepEqual(seen.get('postgres'), seen.get('sqlite'));
  });
});
