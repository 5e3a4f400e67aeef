/**
 * Every public property works whether it arrives as an attribute or as a property (React 19, Vue 3,
 * Svelte 5 and @lit/react set properties), set before the element is defined, after it is connected,
 * and changed later. Against the REAL reference server (window.CIVIC_TEST_ENDPOINT).
 *
 * "Before it is defined" is played the way a framework meets it: the element is made in a document
 * without a browsing context (where custom elements are not upgraded), the property is set on the
 * plain element, and the element is then moved into this page, where it is upgraded on connect.
 * What the widget did with a property is read from what it shows, what it will send (`form.values`),
 * or the requests it made (Resource Timing).
 */
import { expect, fixtureCleanup, waitUntil } from '@open-wc/testing';
import '../../../src/all.js';
import type { Site } from '../../../src/schema/site.js';

const endpoint = (): string => {
  const e = (window as { CIVIC_TEST_ENDPOINT?: string }).CIVIC_TEST_ENDPOINT;
  if (!e) throw new Error('CIVIC_TEST_ENDPOINT is empty: run through `node scripts/test.mjs browser`');
  return e;
};
/** The same server under another host name: a changed endpoint, yet reachable. */
const otherEndpoint = (): string => {
  const url = new URL(endpoint());
  url.hostname = url.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
  return url.href.replace(/\/$/, '');
};

type Widget = HTMLElement & Record<string, unknown> & { updateComplete: Promise<unknown> };
const TAGS = ['civic-idea-form', 'civic-initiative-list', 'civic-participation-ladder', 'civic-volunteer-signup'];

const holder = document.createElement('div');
document.body.append(holder);
performance.setResourceTimingBufferSize(5000);

/** Requests to the API since `performance.clearResourceTimings()`. */
const requests = (): string[] =>
  performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    .filter((n) => n.includes('/v1/'));

type Props = Record<string, unknown>;
type Mode = 'before-defined' | 'after-connect';

/** Makes the element with `props` set as properties, in the order a framework would for `mode`. */
async function make(tag: string, props: Props, mode: Mode): Promise<Widget> {
  let el: Widget;
  if (mode === 'before-defined') {
    const inert = document.implementation.createHTMLDocument('');
    el = inert.createElement(tag) as Widget;
    expect(customElements.get(tag) && el instanceof customElements.get(tag)!, 'not upgraded yet').to.equal(false);
    Object.assign(el, props);
    holder.append(document.adoptNode(el));
  } else {
    el = document.createElement(tag) as Widget;
    holder.append(el);
    await el.updateComplete;
    Object.assign(el, props);
  }
  await el.updateComplete;
  return el;
}

const shadow = (el: Widget) => el.shadowRoot!;
const text = (el: Widget) => shadow(el).textContent ?? '';

async function until(what: string, cond: () => boolean | undefined | null): Promise<void> {
  await waitUntil(cond, what, { timeout: 10_000 });
}

/** One public property: two values and how to see that the widget uses one. */
interface Case {
  tag: string;
  prop: string;
  /** Other properties the case needs (the endpoint is always set). */
  with?: Props;
  values: [unknown, unknown];
  sees: (el: Widget, value: unknown) => boolean;
}

let site: Site;
const signupRoles = async () =>
  ((await (await fetch(`${endpoint()}/v1/volunteer-roles`)).json()) as { items: { id: string }[] }).items;

function cases(roleIds: string[]): Case[] {
  const common = (tag: string, key: string, values: [string, string]): Case[] => [
    {
      tag,
      prop: 'headingLevel',
      values: [4, 5],
      sees: (el, v) => !!shadow(el).querySelector(`h${v as number}`),
    },
    {
      tag,
      prop: 'strings',
      values: [{ [key]: values[0] }, { [key]: values[1] }],
      sees: (el, v) => text(el).includes(Object.values(v as Props)[0] as string),
    },
  ];
  const listRequest = (el: Widget, param: string) =>
    requests().some((r) => r.includes('/v1/initiatives?') && r.includes(param)) && !!el.shadowRoot;
  return [
    ...common('civic-idea-form', 'ideaHeading', ['Jouw idee (A)', 'Jouw idee (B)']),
    {
      tag: 'civic-idea-form',
      prop: 'track',
      values: ['experiment', 'create'],
      sees: (el, v) => (el.form as { values: { track: string } }).values.track === v,
    },
    {
      tag: 'civic-idea-form',
      prop: 'area',
      values: [site.areas[0].id, site.areas[1].id],
      sees: (el, v) => (el.form as { values: { areaId: string } }).values.areaId === v,
    },
    ...common('civic-initiative-list', 'listHeading', ['Lijst A', 'Lijst B']),
    { tag: 'civic-initiative-list', prop: 'rung', values: ['3', '5'], sees: (el, v) => listRequest(el, `rung=${v}`) },
    {
      tag: 'civic-initiative-list',
      prop: 'status',
      values: ['running', 'finished'],
      sees: (el, v) => listRequest(el, `status=${v}`),
    },
    {
      tag: 'civic-initiative-list',
      prop: 'area',
      values: [site.areas[0].id, site.areas[1].id],
      sees: (el, v) => listRequest(el, `area=${v}`),
    },
    {
      tag: 'civic-initiative-list',
      prop: 'theme',
      values: [site.themes[0].id, site.themes[1].id],
      sees: (el, v) => listRequest(el, `theme=${v}`),
    },
    {
      tag: 'civic-initiative-list',
      prop: 'needsVolunteers',
      values: [true, false],
      sees: (el, v) => listRequest(el, 'needsVolunteers=true') === v || (v === false && listRequest(el, 'limit=')),
    },
    { tag: 'civic-initiative-list', prop: 'pageSize', values: [5, 7], sees: (el, v) => listRequest(el, `limit=${v}`) },
    {
      tag: 'civic-initiative-list',
      prop: 'controls',
      values: ['q', 'q sort'],
      sees: (el, v) => shadow(el).querySelectorAll('select').length === (v === 'q' ? 0 : 1),
    },
    {
      tag: 'civic-initiative-list',
      prop: 'layout',
      values: ['grid', 'list'],
      sees: (el, v) => el.getAttribute('layout') === v && getComputedStyle(el).display !== 'none',
    },
    ...common('civic-participation-ladder', 'ladderTitle', ['Ladder A', 'Ladder B']),
    {
      tag: 'civic-participation-ladder',
      prop: 'rung',
      values: [3, 5],
      sees: (el, v) => shadow(el).querySelector<HTMLElement>('.here [data-rung]')?.dataset.rung === String(v),
    },
    {
      tag: 'civic-participation-ladder',
      prop: 'variant',
      values: ['compact', 'full'],
      sees: (el, v) => !!shadow(el).querySelector('[part~="toggle"]') === (v === 'compact'),
    },
    ...common('civic-volunteer-signup', 'submit', ['Schrijf me in (A)', 'Schrijf me in (B)']),
    {
      tag: 'civic-volunteer-signup',
      prop: 'roleId',
      values: [roleIds[0], roleIds[1]],
      sees: (el, v) => (el.form as { values: { roleId: string } }).values.roleId === v,
    },
    {
      tag: 'civic-volunteer-signup',
      prop: 'initiative',
      values: ['fietsen-zonder-leeftijd', 'bermmeesters'],
      sees: (_el, v) => requests().some((r) => r.includes('/v1/volunteer-roles?') && r.includes(`initiative=${v}`)),
    },
    {
      tag: 'civic-volunteer-signup',
      prop: 'cancelToken',
      with: { signupId: 'signup-0123456789abcdef' },
      values: ['a'.repeat(43), 'b'.repeat(43)],
      sees: (el) => !!shadow(el).querySelector('[data-status="cancel"]'),
    },
  ];
}

describe('public properties, set as properties (real reference server)', () => {
  before(async () => {
    site = (await (await fetch(`${endpoint()}/v1/site`)).json()) as Site;
    expect(site.areas.length, 'the demo site has two areas').to.be.greaterThan(1);
    expect(site.themes.length, 'and two themes').to.be.greaterThan(1);
  });
  // Widgets on one page share the /v1/site answer (kept per fetch function for the page's life), so a
  // widget made in an earlier test would find it and ask nothing: each test gets a fetch of its own (the
  // real one, wrapped), as a fresh page would.
  const realFetch = window.fetch;
  beforeEach(() => {
    window.fetch = (...args: Parameters<typeof fetch>) => realFetch(...args);
  });
  afterEach(() => {
    window.fetch = realFetch;
    holder.replaceChildren();
    fixtureCleanup();
    localStorage.clear();
  });

  for (const tag of TAGS) {
    for (const mode of ['before-defined', 'after-connect'] as const) {
      it(`${tag}: endpoint set ${mode}, then changed: the widget loads from each`, async () => {
        performance.clearResourceTimings();
        // The ladder asks for data only for an open rung (its live examples).
        const extra = tag === 'civic-participation-ladder' ? { rung: 2 } : {};
        const el = await make(tag, { ...extra, endpoint: endpoint() }, mode);
        if (tag === 'civic-participation-ladder') shadow(el).querySelector<HTMLElement>('#r2')?.click();
        await until(`${tag} requests ${endpoint()}`, () => requests().some((r) => r.startsWith(`${endpoint()}/v1/`)));
        await until(`${tag} leaves the "not configured" state`, () => !text(el).includes('niet ingesteld'));
        const other = otherEndpoint();
        el.endpoint = other;
        await until(`${tag} requests ${other}`, () => requests().some((r) => r.startsWith(`${other}/v1/`)));
      });
    }
  }

  it('strings: the documented example works, an unknown key and invalid JSON warn once each', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
    try {
      holder.innerHTML = `<civic-idea-form endpoint="${endpoint()}" strings='{"ideaHeading":"Stuur je idee naar de stad"}'></civic-idea-form>`;
      const good = holder.firstElementChild as Widget;
      await until('the documented override shows', () => text(good).includes('Stuur je idee naar de stad'));
      expect(warnings).to.deep.equal([]);

      good.setAttribute('strings', '{"submit":"Verstuur"}');
      await good.updateComplete;
      good.setAttribute('strings', '{"submit":"Verstuur!"}');
      await good.updateComplete;
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('<civic-idea-form> has no string "submit"').and.contain('ideaSubmit');

      good.setAttribute('strings', '{"ideaHeading": oops}');
      await good.updateComplete;
      expect(warnings).to.have.length(2);
      expect(warnings[1]).to.contain('is not valid JSON');
    } finally {
      console.warn = warn;
    }
  });

  it('every other public property, set before defined and after connect, and changed later', async () => {
    const roles = await signupRoles();
    expect(roles.length, 'the demo site has two volunteer roles').to.be.greaterThan(1);
    const checked: string[] = [];
    for (const c of cases(roles.map((r) => r.id))) {
      for (const mode of ['before-defined', 'after-connect'] as const) {
        const label = `${c.tag} ${c.prop} (${mode})`;
        performance.clearResourceTimings();
        const el = await make(c.tag, { endpoint: endpoint(), ...c.with, [c.prop]: c.values[0] }, mode);
        await until(`${label} = ${JSON.stringify(c.values[0])}`, () => c.sees(el, c.values[0]));
        performance.clearResourceTimings();
        el[c.prop] = c.values[1];
        await el.updateComplete;
        await until(`${label} changed to ${JSON.stringify(c.values[1])}`, () => c.sees(el, c.values[1]));
        el.remove();
        checked.push(label);
      }
    }
    // Every public property in the manifest sense, less endpoint (above), read-url (it reads the page
    // address, covered by the signup tests) and signup-url / url-prefix / initiative-url (links only).
    expect(checked.length).to.equal(cases(['a', 'b']).length * 2);
  });
});
