/**
 * The filters of an initiative list, and how they live in the page URL.
 *
 * Each list writes its filters as `<prefix>-<name>` query parameters (`il-q=tuin&il-area=noord`),
 * so two lists on one page keep their own view, other parameters of the page are left alone, and a
 * filtered view can be bookmarked, shared and restored with the back button. Only values that differ
 * from the element's presets are written; an emptied preset is written as an empty value.
 *
 * One more parameter is only read: `<prefix>-open=<id>` (`?il-open=bermmeesters#initiatieven`) opens
 * that initiative's details when the list loads, scrolls it into view and moves focus to its title.
 * A link from elsewhere (the participation ladder's examples, a news item) uses it to point at one
 * initiative in the list.
 */
import {
  INITIATIVE_SORTS,
  INITIATIVE_STATUSES,
  type InitiativeQuery,
  type InitiativeSort,
} from '../../schema/initiative.js';
import { ID_PATTERN } from '../../schema/common.js';

/** The filter controls a list can show, in the order of the filter bar. */
export const FILTER_NAMES = ['q', 'area', 'theme', 'rung', 'status', 'volunteers', 'sort'] as const;
/** One of {@link FILTER_NAMES}. */
export type FilterName = (typeof FILTER_NAMES)[number];

/** What a resident filters on. Empty strings mean "any". */
export interface Filters {
  q: string;
  area: string;
  theme: string;
  rung: string;
  status: string;
  volunteers: boolean;
  sort: InitiativeSort;
}

/** No filter at all: everything, last updated first. */
export const NO_FILTERS: Filters = {
  q: '',
  area: '',
  theme: '',
  rung: '',
  status: '',
  volunteers: false,
  sort: 'updated',
};

/** Parses the `filters` attribute (`"q area sort"`); `null` (no attribute) shows every control. */
export function parseControls(value: string | null | undefined): Set<FilterName> {
  if (value == null) return new Set(FILTER_NAMES);
  const words = value.toLowerCase().split(/[\s,]+/);
  return new Set(FILTER_NAMES.filter((n) => words.includes(n)));
}

/** The URL parameter prefix: the `url-prefix` attribute, else the element's id, else `il`. */
export function urlPrefix(attr: string | null | undefined, id: string | undefined): string {
  const clean = (s: string) => s.replace(/[^A-Za-z0-9_-]/g, '').slice(0, 32);
  // No `id` on a server render (Lit SSR's element has no reflected properties).
  return clean(attr ?? '') || clean(id ?? '') || 'il';
}

/** The name (after the prefix) of the parameter that names the initiative to open. */
export const OPEN_PARAM = 'open';

/** The initiative id that `<prefix>-open` names in a query string, or `undefined` (absent or not an id). */
export function readOpen(search: string, prefix: string): string | undefined {
  const id = new URLSearchParams(search).get(`${prefix}-${OPEN_PARAM}`) ?? '';
  return ID_PATTERN.test(id) ? id : undefined;
}

function toText(f: Filters, name: FilterName): string {
  const v = f[name];
  return typeof v === 'boolean' ? (v ? '1' : '') : v;
}

function fromText(name: FilterName, text: string, fallback: Filters): Filters[FilterName] {
  switch (name) {
    case 'volunteers':
      return text === '1' || text === 'true';
    case 'sort':
      return (INITIATIVE_SORTS as readonly string[]).includes(text) ? (text as InitiativeSort) : fallback.sort;
    case 'rung':
      return /^[1-7]$/.test(text) ? text : '';
    case 'status':
      return (INITIATIVE_STATUSES as readonly string[]).includes(text) ? text : '';
    case 'q':
      return text.slice(0, 200);
    default:
      return /^[A-Za-z0-9_-]{1,64}$/.test(text) ? text : '';
  }
}

/** Reads the filters from a query string; what is absent takes the preset `defaults`. */
export function readFilters(search: string, prefix: string, defaults: Filters): Filters {
  const params = new URLSearchParams(search);
  const out = { ...defaults } as Record<FilterName, Filters[FilterName]>;
  for (const name of FILTER_NAMES) {
    const text = params.get(`${prefix}-${name}`);
    if (text !== null) out[name] = fromText(name, text, defaults);
  }
  return out as unknown as Filters;
}

/**
 * The query string (with `?`, or empty) of `search` with this list's parameters replaced by the
 * filters that differ from `defaults`. Other parameters keep their place and value.
 */
export function writeFilters(search: string, prefix: string, filters: Filters, defaults: Filters): string {
  const params = new URLSearchParams(search);
  for (const name of FILTER_NAMES) {
    const key = `${prefix}-${name}`;
    params.delete(key);
    const value = toText(filters, name);
    if (value !== toText(defaults, name)) params.set(key, value);
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** True when two filter sets ask for the same results. */
export function sameFilters(a: Filters, b: Filters): boolean {
  return FILTER_NAMES.every((n) => a[n] === b[n]);
}

/** The query of `GET /v1/initiatives` for these filters. */
export function toQuery(f: Filters, limit: number): Partial<InitiativeQuery> {
  return {
    q: f.q.trim() || undefined,
    area: f.area || undefined,
    theme: f.theme || undefined,
    rung: f.rung ? (Number(f.rung) as InitiativeQuery['rung']) : undefined,
    status: (f.status || undefined) as InitiativeQuery['status'],
    needsVolunteers: f.volunteers || undefined,
    sort: f.sort,
    limit,
  };
}

/** "Clear filters": every control the resident can change is emptied; hidden presets stay, the sort too. */
export function clearedFilters(presets: Filters, shown: ReadonlySet<FilterName>, sort: Filters['sort']): Filters {
  const out = { ...presets, sort };
  for (const n of ['q', 'area', 'theme', 'rung', 'status'] as const) if (shown.has(n)) out[n] = '';
  if (shown.has('volunteers')) out.volunteers = false;
  return out;
}
