/**
 * The rules that only read: answer shapes of the public GET endpoints, paging, 404 and 400
 * problems, Accept-Language and CORS.
 */
import {
  InitiativePageSchema,
  InitiativeSchema,
  type Initiative,
  PROBLEM_TYPES,
  SiteSchema,
  VolunteerRoleListSchema,
  type Locale,
} from '../schema/index.js';
import { expectJson, expectProblem, needSite, siteFacts, type Probe } from './context.js';
import { headerTokens, said, type Answer } from './http.js';

/** One rule of the contract, checked against a running backend. */
export interface Check {
  /** Stable name, e.g. `ideas.idempotency-replay`. */
  readonly rule: string;
  /** What the rule demands, one line. */
  readonly title: string;
  /** True when the check writes to the backend (left out with `--read-only`). */
  readonly writes?: boolean;
  /** Rules whose data this check uses (they run first, also when only this one is asked for). */
  readonly needs?: readonly string[];
  run(t: Probe): Promise<void>;
}

const lang = (locale: string) => ({ 'Accept-Language': locale });

export const readChecks: readonly Check[] = [
  {
    rule: 'site.shape',
    title: 'GET /v1/site answers 200 application/json with the Site schema',
    async run(t) {
      const a = await t.ctx.send('GET', '/v1/site', { headers: lang('nl') });
      if (a.status === 200 && a.json !== undefined) t.ctx.site = siteFacts(a.json);
      expectJson(t, a, 200, SiteSchema, 'Site');
    },
  },
  {
    rule: 'initiatives.shape',
    title: 'GET /v1/initiatives answers an InitiativePage of at most 20 (the default limit)',
    async run(t) {
      const page = expectJson(
        t,
        await t.ctx.send('GET', '/v1/initiatives'),
        200,
        InitiativePageSchema,
        'InitiativePage',
      );
      t.ctx.initiativeIds = page.items.map((i) => i.id);
      t.expect(page.items.length <= 20, `${page.items.length} items without a limit: the default is 20`);
      t.expect(page.total >= page.items.length, `total ${page.total} is less than the ${page.items.length} items`);
    },
  },
  {
    rule: 'initiative.shape',
    title: 'GET /v1/initiatives/{id} answers that Initiative',
    needs: ['initiatives.shape'],
    async run(t) {
      const id = t.ctx.initiativeIds?.[0] ?? t.skip('needs a published initiative (see initiatives.shape)');
      const one = expectJson(
        t,
        await t.ctx.send('GET', `/v1/initiatives/${encodeURIComponent(id)}`),
        200,
        InitiativeSchema,
        'Initiative',
      );
      t.expect(one.id === id, `asked for ${id}, got ${one.id}`);
    },
  },
  {
    rule: 'initiative.not-found',
    title: 'An unknown initiative is a 404 problem (not-found)',
    async run(t) {
      const a = await t.ctx.send('GET', '/v1/initiatives/conformance-no-such-initiative');
      expectProblem(t, a, 404, PROBLEM_TYPES.notFound);
    },
  },
  {
    rule: 'initiatives.bad-query',
    title: 'A bad query parameter (limit=0) is a 400 problem (malformed-request)',
    async run(t) {
      expectProblem(t, await t.ctx.send('GET', '/v1/initiatives?limit=0'), 400, PROBLEM_TYPES.malformed);
    },
  },
  {
    rule: 'initiatives.pagination',
    title: 'Paging by nextCursor: every initiative once, total the same on every page, null cursor at the end',
    async run(t) {
      const all = expectJson(
        t,
        await t.ctx.send('GET', '/v1/initiatives?limit=100'),
        200,
        InitiativePageSchema,
        'InitiativePage',
      );
      const total = all.total;
      if (total < 2) t.skip(`needs at least 2 published initiatives to page through (the backend has ${total})`);
      const limit = total > 2 ? 2 : 1;
      const maxPages = Math.ceil(total / limit) + 1;
      const seen = new Set<string>();
      let cursor: string | null = null;
      let pages = 0;
      do {
        const path: string = `/v1/initiatives?limit=${limit}${cursor === null ? '' : `&cursor=${encodeURIComponent(cursor)}`}`;
        const page = expectJson(t, await t.ctx.send('GET', path), 200, InitiativePageSchema, 'InitiativePage');
        pages++;
        t.expect(page.total === total, `GET ${path}: total ${page.total}, but ${total} without paging`);
        t.expect(page.items.length <= limit, `GET ${path}: ${page.items.length} items for limit=${limit}`);
        if (page.nextCursor !== null && page.items.length === 0) t.fail(`GET ${path}: an empty page with a nextCursor`);
        for (const item of page.items) {
          if (seen.has(item.id)) t.fail(`GET ${path}: ${item.id} again (it was on an earlier page)`);
          seen.add(item.id);
        }
        cursor = page.nextCursor;
        if (pages > maxPages && cursor !== null)
          t.fail(`nextCursor still not null after ${pages} pages of ${limit} for a total of ${total}`);
      } while (cursor !== null);
      t.expect(seen.size === total, `the pages held ${seen.size} initiatives, total says ${total}`);
      if (total <= 100) {
        const missing = all.items.filter((i) => !seen.has(i.id)).map((i) => i.id);
        t.expect(missing.length === 0, `not on any page: ${missing.join(', ')}`);
      }
      t.note(`${total} initiatives in ${pages} pages of ${limit}`);
    },
  },
  {
    rule: 'initiatives.filters',
    title:
      'area, theme, rung, status and needsVolunteers keep only what they name; q finds a title, and nonsense nothing',
    needs: ['initiatives.shape'],
    async run(t) {
      const page = async (query: string) =>
        expectJson(
          t,
          await t.ctx.send('GET', `/v1/initiatives?limit=100${query}`),
          200,
          InitiativePageSchema,
          'InitiativePage',
        );
      const all = await page('');
      const first = all.items[0] ?? t.skip('needs a published initiative (see initiatives.shape)');
      const theme = first.themeIds[0];
      // Each filter with the first initiative's own value: it must be kept, and nothing that differs.
      const filters: [string, string, (i: Initiative) => boolean][] = [
        ['rung', String(first.rung), (i) => i.rung === first.rung],
        ['status', first.status, (i) => i.status === first.status],
        ['needsVolunteers', String(first.needsVolunteers), (i) => i.needsVolunteers === first.needsVolunteers],
      ];
      if (first.areaId !== null) filters.push(['area', first.areaId, (i) => i.areaId === first.areaId]);
      if (theme !== undefined) filters.push(['theme', theme, (i) => i.themeIds.includes(theme)]);
      for (const [name, value, keeps] of filters) {
        const query = `&${name}=${encodeURIComponent(value)}`;
        const some = await page(query);
        const what = `GET /v1/initiatives?limit=100${query}`;
        const wrong = some.items.filter((i) => !keeps(i)).map((i) => i.id);
        t.expect(
          wrong.length === 0,
          `${what}: ${wrong.length} that do not match (${wrong.slice(0, 5).join(', ')}${wrong.length > 5 ? ', …' : ''})`,
        );
        t.expect(
          some.items.some((i) => i.id === first.id),
          `${what}: ${first.id}, the first initiative, matches but is not on the page`,
        );
        t.expect(some.total <= all.total, `${what}: total ${some.total}, more than the ${all.total} unfiltered`);
      }
      const byTitle = await page(`&q=${encodeURIComponent(first.title)}`);
      t.expect(
        byTitle.items.some((i) => i.id === first.id),
        `GET /v1/initiatives?q=<the title of ${first.id}>: ${first.id} is not on the first page of ${byTitle.items.length}`,
      );
      const nonsense = `zqxvw${t.ctx.runId}`;
      const none = await page(`&q=${nonsense}`);
      t.expect(
        none.items.length === 0 && none.total === 0,
        `GET /v1/initiatives?q=${nonsense}: ${none.total} found, expected none`,
      );
      t.note(`${filters.map(([name]) => name).join(', ')} and q tried with the values of ${first.id}`);
    },
  },
  {
    rule: 'volunteer-roles.shape',
    title: 'GET /v1/volunteer-roles answers a VolunteerRoleList; ?initiative= keeps that initiative’s roles',
    async run(t) {
      const list = expectJson(
        t,
        await t.ctx.send('GET', '/v1/volunteer-roles'),
        200,
        VolunteerRoleListSchema,
        'VolunteerRoleList',
      );
      t.ctx.roles = list.items;
      const initiative = list.items[0]?.initiativeId;
      if (initiative === undefined) return t.note('no volunteer roles: the filter was not tried');
      const path = `/v1/volunteer-roles?initiative=${encodeURIComponent(initiative)}`;
      const some = expectJson(t, await t.ctx.send('GET', path), 200, VolunteerRoleListSchema, 'VolunteerRoleList');
      const others = some.items.filter((r) => r.initiativeId !== initiative).map((r) => r.id);
      t.expect(others.length === 0, `GET ${path}: roles of other initiatives: ${others.join(', ')}`);
      t.expect(some.items.length > 0, `GET ${path}: no roles, though the list has one`);
    },
  },
  {
    rule: 'accept-language',
    title: 'Content in the language of Accept-Language (nl, fr, en; nl for *), named in Content-Language',
    needs: ['site.shape'],
    async run(t) {
      const site = needSite(t);
      const contentLanguage = (a: Answer) => (a.headers.get('content-language') ?? '').trim().toLowerCase();
      const texts = new Map<Locale, string>();
      for (const locale of site.locales) {
        const a = await t.ctx.send('GET', '/v1/site', { headers: lang(locale) });
        if (!t.expect(a.status === 200, `${said(a)} with Accept-Language: ${locale}`)) continue;
        t.expect(
          contentLanguage(a) === locale,
          `GET /v1/site with Accept-Language: ${locale}: Content-Language is "${contentLanguage(a)}"`,
        );
        texts.set(locale, JSON.stringify(siteTexts(a.json)));
        const list = await t.ctx.send('GET', '/v1/initiatives?limit=1', { headers: lang(locale) });
        t.expect(
          contentLanguage(list) === locale,
          `GET /v1/initiatives with Accept-Language: ${locale}: Content-Language is "${contentLanguage(list)}"`,
        );
      }
      const ls = [...texts.keys()];
      for (let i = 0; i < ls.length; i++) {
        for (let j = i + 1; j < ls.length; j++) {
          t.expect(
            texts.get(ls[i]!) !== texts.get(ls[j]!),
            `GET /v1/site: the texts in ${ls[i]} and ${ls[j]} are the same (the site's locales are ${site.locales.join(', ')})`,
          );
        }
      }
      const fallback = site.locales.includes('nl') ? 'nl' : site.defaultLocale;
      const other = site.locales.find((l) => l !== fallback);
      const cases: [string, string][] = [['*', fallback]];
      if (other !== undefined)
        cases.push([`${other}-BE`, other], [`de, ${other};q=0.8, ${fallback};q=0.5`, other], [`de, ${other}`, other]);
      for (const [header, want] of cases) {
        const a = await t.ctx.send('GET', '/v1/site', { headers: lang(header) });
        t.expect(
          contentLanguage(a) === want,
          `GET /v1/site with Accept-Language: ${header}: Content-Language is "${contentLanguage(a)}", expected ${want}`,
        );
      }
    },
  },
  {
    rule: 'cors.preflight',
    title: 'OPTIONS preflights from the page origin allow POST with Idempotency-Key and DELETE with X-Cancel-Token',
    async run(t) {
      const origin = t.ctx.options.origin;
      const preflights: [string, string, string[]][] = [
        ['/v1/ideas', 'POST', ['content-type', 'accept-language', 'idempotency-key']],
        ['/v1/volunteer-signups', 'POST', ['content-type', 'accept-language', 'idempotency-key']],
        ['/v1/volunteer-signups/conformance-signup', 'DELETE', ['x-cancel-token', 'accept-language']],
      ];
      for (const [path, method, headers] of preflights) {
        const a = await t.ctx.send('OPTIONS', path, {
          headers: {
            Origin: origin,
            'Access-Control-Request-Method': method,
            'Access-Control-Request-Headers': headers.join(','),
          },
        });
        const what = `OPTIONS ${path} (Origin ${origin}, ${method} with ${headers.join(', ')})`;
        if (!t.expect(a.status >= 200 && a.status < 300, `${what} → ${a.status}, expected 200 or 204`)) continue;
        const allowOrigin = a.headers.get('access-control-allow-origin');
        const originOk = t.expect(
          allowOrigin === origin || allowOrigin === '*',
          `${what}: Access-Control-Allow-Origin is "${allowOrigin ?? ''}" (is ${origin} in the backend's CORS allowlist?)`,
        );
        if (!originOk) continue;
        const methods = headerTokens(a, 'access-control-allow-methods');
        t.expect(
          methods.has(method.toLowerCase()) || methods.has('*'),
          `${what}: Access-Control-Allow-Methods lacks ${method}`,
        );
        const allowed = headerTokens(a, 'access-control-allow-headers');
        const lacking = headers.filter((h) => !allowed.has(h) && !allowed.has('*'));
        t.expect(lacking.length === 0, `${what}: Access-Control-Allow-Headers lacks ${lacking.join(', ')}`);
      }
    },
  },
  {
    rule: 'cors.headers',
    title: 'Answers to the page origin carry Access-Control-Allow-Origin and expose Content-Language and Retry-After',
    async run(t) {
      const origin = t.ctx.options.origin;
      const a = await t.ctx.send('GET', '/v1/site', { headers: { Origin: origin } });
      const allowOrigin = a.headers.get('access-control-allow-origin');
      t.expect(
        allowOrigin === origin || allowOrigin === '*',
        `GET /v1/site (Origin ${origin}): Access-Control-Allow-Origin is "${allowOrigin ?? ''}"`,
      );
      const exposed = headerTokens(a, 'access-control-expose-headers');
      const lacking = ['content-language', 'retry-after'].filter((h) => !exposed.has(h) && !exposed.has('*'));
      t.expect(lacking.length === 0, `GET /v1/site: Access-Control-Expose-Headers lacks ${lacking.join(', ')}`);
    },
  },
];

/** The site's texts (no ids, versions, URLs or flags), to compare two languages. */
function siteTexts(json: unknown): unknown {
  const s = (json ?? {}) as Record<string, unknown>;
  const info = { ...((s.volunteerInfo ?? {}) as Record<string, unknown>) };
  delete info.version;
  const names = (v: unknown) => (Array.isArray(v) ? v.map((x: { name?: unknown }) => x?.name) : []);
  const offers = Array.isArray(s.offers)
    ? s.offers.map((o: { title?: unknown; description?: unknown }) => [o?.title, o?.description])
    : [];
  return [s.municipality, names(s.areas), names(s.themes), offers, info];
}
