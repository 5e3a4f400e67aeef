/**
 * `GET /v1/initiatives?sort=title` follows the request language's collation (issue 19): "À vélo
 * sans âge" among the A's, lower case not after upper case, on SQLite and PostgreSQL, page by
 * page. The order is checked against `Intl.Collator` of each language and, on PostgreSQL, against
 * its ICU collations (`nl-BE-x-icu`, `fr-BE-x-icu`, `en-x-icu`).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import type { Locale } from '../../src/schema/index.js';
import { titleSortKey } from '../../server/db/collation.js';
import { createInitiative } from '../../server/db/initiatives.js';
import { dialects, json, setup, type TestServer } from './helpers.js';

/** Titles whose byte order differs from the collation: accents, case, ligatures, punctuation, digits. */
const TITLES = [
  'Zwerfvuil ruimen',
  'À vélo sans âge',
  'avant-première',
  'Avant la fête',
  'appel aux voisins',
  'Apfel',
  'äpfel',
  'école des devoirs',
  'Ecole',
  'École du dimanche',
  'élan',
  'Eend in de vijver',
  'côte',
  'cote',
  'côté',
  'coté',
  'Œuvre commune',
  'oeuvre',
  'straße',
  'Strasse',
  'ijsbaan',
  'IJzeren Leen',
  "'t Hofke",
  '10 jaar buurtwerk',
  '2 wielen',
  '« Zone 30 »',
  'Naïve kunst',
  'naive',
  'Ça bouge',
  'ca va',
  'zebra',
  'Zèbre',
];

const byCollator = (titles: readonly string[], locale: Locale): string[] => {
  const coll = new Intl.Collator(locale);
  return [...titles].sort((a, b) => coll.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0));
};

describe('titleSortKey', () => {
  for (const locale of ['nl', 'fr', 'en'] as const) {
    it(`sorts byte-wise as Intl.Collator('${locale}') does`, () => {
      const byKey = [...TITLES].sort((a, b) => {
        const ka = titleSortKey(a, locale);
        const kb = titleSortKey(b, locale);
        return ka < kb ? -1 : ka > kb ? 1 : a < b ? -1 : a > b ? 1 : 0;
      });
      assert.deepEqual(byKey, byCollator(TITLES, locale));
      // And it is not the byte order of the titles themselves.
      assert.notDeepEqual(byKey, [...TITLES].sort());
    });
  }
  it('equal texts, equal keys; NFC and NFD spellings sort together', () => {
    assert.equal(titleSortKey('École', 'fr'), titleSortKey('E\u0301cole', 'fr'));
    assert.ok(titleSortKey('ecole', 'fr') < titleSortKey('école', 'fr'));
    assert.ok(titleSortKey('école', 'fr') < titleSortKey('École', 'fr'));
    assert.ok(titleSortKey('École', 'fr') < titleSortKey('ecoles', 'fr'));
  });
});

for (const dialect of dialects()) {
  describe(`sort=title in the request language (${dialect})`, () => {
    let s: TestServer;
    before(async () => {
      s = await setup(dialect, {}, false);
      for (const [i, title] of TITLES.entries()) {
        // Dutch and French titles differ, so each language sorts its own.
        await createInitiative(s.db, {
          id: `sorteer-${String(i).padStart(2, '0')}`,
          title: { nl: title, fr: `${title} (fr)`, en: title },
          summary: { nl: 'Een samenvatting die lang genoeg is.' },
          description: { nl: 'Beschrijving.' },
          areaId: 'centrum',
          themeIds: ['groen'],
          rung: 3,
          coproduction: 'co-creation',
          status: 'running',
          organiser: 'residents',
          needsVolunteers: false,
          links: [],
          image: null,
          startDate: null,
          endDate: null,
          published: true,
        });
      }
    });
    after(() => s.close());

    async function titles(locale: Locale, limit: number): Promise<string[]> {
      const got: string[] = [];
      let cursor: string | null = null;
      for (let n = 0; n < 100; n++) {
        const qs = new URLSearchParams({ sort: 'title', limit: String(limit), ...(cursor ? { cursor } : {}) });
        const r = await s.app.request(`/v1/initiatives?${qs.toString()}`, { headers: { 'Accept-Language': locale } });
        assert.equal(r.status, 200);
        const page = (await json(r)) as { items: { title: string }[]; nextCursor: string | null };
        got.push(...page.items.map((i) => i.title));
        cursor = page.nextCursor;
        if (!cursor) break;
      }
      return got;
    }

    for (const locale of ['nl', 'fr', 'en'] as const) {
      it(`${locale}: every page in the collation's order`, async () => {
        const want = byCollator(
          TITLES.map((t) => (locale === 'fr' ? `${t} (fr)` : t)),
          locale,
        );
        assert.deepEqual(await titles(locale, 5), want);
        assert.deepEqual(await titles(locale, 100), want);
        const got = await titles(locale, 7);
        // The resident's view of it: "À vélo sans âge" with the A's, "äpfel" next to "Apfel".
        assert.ok(got.findIndex((t) => t.startsWith('À vélo')) < got.findIndex((t) => t.startsWith('Apfel')));
        assert.ok(got.findIndex((t) => t.startsWith('zebra')) < got.findIndex((t) => t.startsWith('Zèbre')));
      });
    }

    if (dialect === 'postgres') {
      it("equals PostgreSQL's ICU collations", async () => {
        for (const [locale, collation] of [
          ['nl', 'nl-BE-x-icu'],
          ['fr', 'fr-BE-x-icu'],
          ['en', 'en-x-icu'],
        ] as const) {
          const rows = await sql<{ title: string }>`
            select title from initiative_texts where locale = ${locale}
            order by title collate ${sql.id(collation)}, title collate "C"`.execute(s.db);
          assert.deepEqual(
            await titles(locale, 6),
            rows.rows.map((r) => r.title),
            collation,
          );
        }
      });
    }
  });
}
