/**
 * Text search on `GET /v1/initiatives` answers exactly what the plain query answers: every
 * published initiative whose text in the requested language contains `q` (case- and
 * accent-insensitive, `%`, `_`, `\` and quotes literal), in sort order, paged by cursor. The list
 * picks its plan by the number of matches (text-first below 100, sort-order walk above) and uses
 * the search indexes of migration 002; this compares every page of a handful of queries, in two
 * languages and all three sorts, with a reference that is a straight join, filter and sort.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import type { Locale } from '../../src/schema/index.js';
import { createInitiative } from '../../server/db/initiatives.js';
import { containsText, normalizeSearch } from '../../server/db/util.js';
import { dialects, json, setup, type TestServer } from './helpers.js';

const FRAGMENTS = [
  'Café de la Gare',
  'CAFÉ CRÈME',
  'cafe zonder accent',
  '50% korting',
  '100 % groen',
  'a_b c',
  'ab_c',
  "l'été en ville",
  'L’ÉTÉ aan zee',
  '"Buurt" aan zee',
  'back\\slash',
  'Straße',
  'ÇA VA',
  'İstanbul',
  'Moestuin aan het water',
  'moestuin',
];

const QUERIES = [
  'cafe',
  'CAFÉ',
  'Café',
  'café crème',
  'crème',
  '%',
  '50%',
  '100 %',
  '_',
  'a_b',
  'ab_',
  '_c',
  "l'ete",
  "L'ÉTÉ",
  'l’été',
  '"buurt"',
  '"',
  "'",
  '\\',
  'back\\slash',
  'strasse',
  'straße',
  'ca va',
  'istanbul',
  'moestuin',
  'buurt',
  'tuin',
  'zzz',
  'e',
  '  BUURT   aan  ',
];

const N = 130;
/** The Dutch and (for some) French texts of test initiative `i`. */
function texts(i: number): { nl: [string, string, string]; fr?: [string, string, string] } {
  const f = FRAGMENTS[i % FRAGMENTS.length]!;
  const nl: [string, string, string] = [
    f,
    `Samenvatting ${i}: ${FRAGMENTS[(i * 7) % FRAGMENTS.length]!}`,
    `${i % 10 === 0 ? 'Een plein' : 'Een buurt'} met ${i % 2 === 0 ? 'een tuin' : 'bomen'}.`,
  ];
  return i % 3 === 0 ? { nl, fr: [`${f} (fr)`, `Résumé ${i}`, 'Un quartier à Molenbeek'] } : { nl };
}

for (const dialect of dialects()) {
  describe(`text search results (${dialect})`, () => {
    let s: TestServer;
    before(async () => {
      s = await setup(dialect);
      const base = Date.parse('2026-03-01T10:00:00.000Z');
      for (let i = 0; i < N; i++) {
        const t = texts(i);
        await createInitiative(
          s.db,
          {
            id: `zoek-${String(i).padStart(3, '0')}`,
            title: { nl: t.nl[0], ...(t.fr ? { fr: t.fr[0] } : {}) },
            summary: { nl: t.nl[1], ...(t.fr ? { fr: t.fr[1] } : {}) },
            description: { nl: t.nl[2], ...(t.fr ? { fr: t.fr[2] } : {}) },
            areaId: 'centrum',
            themeIds: ['groen'],
            rung: (1 + (i % 7)) as 1,
            coproduction: 'co-creation',
            status: 'running',
            organiser: 'residents',
            needsVolunteers: i % 2 === 0,
            links: [],
            image: null,
            startDate: i % 5 === 0 ? null : `2030-0${1 + (i % 7)}-01`,
            endDate: null,
            published: i % 13 !== 5,
          },
          // Groups of four share a timestamp, so the id decides between them.
          { updatedAt: new Date(base + Math.floor(i / 4) * 60_000).toISOString() },
        );
      }
    });
    after(() => s.close());

    /** The plain query: join, filter, sort, no limit. */
    async function reference(q: string, locale: Locale, sort: 'updated' | 'title' | 'start'): Promise<string[]> {
      let qb = s.db
        .selectFrom('initiatives as i')
        .innerJoin('initiative_texts as t', (j) => j.onRef('t.initiative_id', '=', 'i.id').on('t.locale', '=', locale))
        .select('i.id')
        .where('i.published', '=', 1)
        .where(containsText(sql.ref('t.search'), q));
      if (sort === 'title')
        qb = qb.orderBy('t.title_key').orderBy('i.id'); // collation.test.ts checks the key's order
      else if (sort === 'start') qb = qb.orderBy(sql`coalesce(i.start_date, '9999-12-31')`).orderBy('i.id');
      else qb = qb.orderBy('i.updated_at', 'desc').orderBy('i.id', 'desc');
      return (await qb.execute()).map((r) => r.id);
    }

    /** Every page of the API's answer, by cursor. */
    async function pages(q: string, locale: Locale, sort: string): Promise<{ ids: string[]; totals: number[] }> {
      const ids: string[] = [];
      const totals: number[] = [];
      let cursor: string | null = null;
      for (let n = 0; n < 50; n++) {
        const qs = new URLSearchParams({ q, sort, limit: '9', ...(cursor ? { cursor } : {}) });
        const r = await s.app.request(`/v1/initiatives?${qs.toString()}`, { headers: { 'Accept-Language': locale } });
        assert.equal(r.status, 200, `q=${q} ${locale} ${sort}`);
        const page = (await json(r)) as { items: { id: string }[]; total: number; nextCursor: string | null };
        ids.push(...page.items.map((i) => i.id));
        totals.push(page.total);
        cursor = page.nextCursor;
        if (!cursor) break;
      }
      return { ids, totals };
    }

    it('matches the test data as expected (the semantics the reference encodes)', async () => {
      // Published test initiatives whose Dutch text contains the normalised query.
      const expected = (q: string) =>
        Array.from({ length: N }, (_, i) => i)
          .filter((i) => i % 13 !== 5 && normalizeSearch(texts(i).nl.join('\n')).includes(normalizeSearch(q)))
          .map((i) => `zoek-${String(i).padStart(3, '0')}`);
      for (const q of QUERIES) {
        const got = (await reference(q, 'nl', 'updated')).filter((id) => id.startsWith('zoek-')).sort();
        assert.deepEqual(got, expected(q), `q=${JSON.stringify(q)}`);
      }
      // Spot checks of the normalisation itself.
      assert.ok(expected('cafe').length > expected('café crème').length && expected('café crème').length > 0);
      assert.ok(expected('%').length > 0 && expected('_').length > 0 && expected('\\').length > 0);
      assert.ok(expected('buurt').length > 100, 'one query takes the sort-order walk');
    });

    for (const locale of ['nl', 'fr'] as const) {
      for (const sort of ['updated', 'title', 'start'] as const) {
        it(`every page equals the reference (${locale}, sort=${sort})`, async () => {
          for (const q of QUERIES) {
            const want = await reference(q, locale, sort);
            const got = await pages(q, locale, sort);
            const label = `q=${JSON.stringify(q)} ${locale} ${sort}`;
            assert.deepEqual(got.ids, want, label);
            for (const total of got.totals) assert.equal(total, want.length, label);
          }
        });
      }
    }
  });
}
