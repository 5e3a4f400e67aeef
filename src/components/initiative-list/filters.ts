/**
 * The filter bar of `<civic-initiative-list>`: keyword search, area, theme, rung, status, "needs
 * volunteers" and sort, inside a `<form role="search">`. Only the controls named in the element's
 * `filters` attribute are drawn. Selects are bound with `live()` so the back button can set them.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { INITIATIVE_SORTS, INITIATIVE_STATUSES, QUERY_LIMITS, RUNGS } from '../../schema/initiative.js';
import type { NamedItem } from '../../schema/site.js';
import type { FilterName, Filters } from './url-state.js';
import type { Translate } from './initiative-list.strings.js';

export interface FilterBarOptions {
  t: Translate;
  controls: ReadonlySet<FilterName>;
  filters: Filters;
  /** What is in the search box now (ahead of the debounced filter). */
  draft: string;
  areas: readonly NamedItem[];
  themes: readonly NamedItem[];
  onDraft: (value: string) => void;
  onCommitDraft: () => void;
  onChange: (name: FilterName, value: string | boolean) => void;
}

type Option = { value: string; label: string };

function select(id: FilterName, label: string, value: string, options: Option[], o: FilterBarOptions): TemplateResult {
  // Keep a value the list does not offer (yet) selectable, so the select never lies about the filter.
  const all = value && !options.some((x) => x.value === value) ? [...options, { value, label: value }] : options;
  return html`<div class="field" part="field">
    <label class="label" part="label" for="f-${id}">${label}</label>
    <select part="input" class="input select" id="f-${id}" .value=${live(value)} @change=${(e: Event) => o.onChange(id, (e.target as HTMLSelectElement).value)}>
      ${all.map((x) => html`<option value=${x.value} ?selected=${x.value === value}>${x.label}</option>`)}
    </select>
  </div>`;
}

const named = (any: string, items: readonly NamedItem[]): Option[] => [
  { value: '', label: any },
  ...items.map((i) => ({ value: i.id, label: i.name })),
];

/** The selects the bar shows, in its order, with their options (the same for the bar and its stand-in). */
function selects(o: FilterBarOptions): { id: FilterName; label: string; value: string; options: Option[] }[] {
  const { t, controls: c, filters: f } = o;
  const all: { id: FilterName; label: string; value: string; options: () => Option[] }[] = [
    { id: 'area', label: t('areaLabel'), value: f.area, options: () => named(t('anyArea'), o.areas) },
    { id: 'theme', label: t('themeLabel'), value: f.theme, options: () => named(t('anyTheme'), o.themes) },
    {
      id: 'rung',
      label: t('rungLabel'),
      value: f.rung,
      options: () => [
        { value: '', label: t('anyRung') },
        ...RUNGS.map((r) => ({ value: String(r), label: t('rungValue', r, t('rungName', r)) })),
      ],
    },
    {
      id: 'status',
      label: t('statusLabel'),
      value: f.status,
      options: () => [
        { value: '', label: t('anyStatus') },
        ...INITIATIVE_STATUSES.map((s) => ({ value: s, label: t('statusName', s) })),
      ],
    },
    {
      id: 'sort',
      label: t('sortLabel'),
      value: f.sort,
      options: () => INITIATIVE_SORTS.map((s) => ({ value: s, label: t('sortName', s) })),
    },
  ];
  return all.filter((s) => c.has(s.id)).map((s) => ({ ...s, options: s.options() }));
}

/** The filter bar, or nothing when no control is shown. */
export function filterBar(o: FilterBarOptions): TemplateResult | typeof nothing {
  const { t, controls: c, filters: f } = o;
  if (c.size === 0) return nothing;
  return html`<form part="form" class="filters" role="search" aria-label=${t('filtersLabel')} novalidate
    @submit=${(e: Event) => {
      e.preventDefault();
      o.onCommitDraft();
    }}>
    ${
      c.has('q')
        ? html`<div class="field search" part="field">
          <label class="label" part="label" for="f-q">${t('searchLabel')}</label>
          <input part="input" class="input" id="f-q" type="search" autocomplete="off" maxlength=${QUERY_LIMITS.q[1]}
            .value=${live(o.draft)}
            @input=${(e: Event) => o.onDraft((e.target as HTMLInputElement).value)}
            @change=${() => o.onCommitDraft()} />
        </div>`
        : nothing
    }
    ${selects(o).map((s) => select(s.id, s.label, s.value, s.options, o))}
    ${
      c.has('volunteers')
        ? html`<div class="field check" part="field">
          <div class="choice">
            <input part="input" class="choice-input" type="checkbox" id="f-volunteers" .checked=${live(f.volunteers)}
              @change=${(e: Event) => o.onChange('volunteers', (e.target as HTMLInputElement).checked)} />
            <label class="choice-label" part="label" for="f-volunteers">${t('volunteersLabel')}</label>
          </div>
        </div>`
        : nothing
    }
  </form>`;
}

/**
 * What stands in the filter bar's place until the first page is painted: the same grid, parts, labels and
 * boxes (a select's box holding the label of its value), so it takes the bar's height at any width and with
 * the page's `::part` styles, but of plain elements, which cost a fraction of the form's controls to build,
 * style and lay out. Hidden from assistive technology: there is nothing to use yet.
 */
export function filterSpace(o: FilterBarOptions): TemplateResult | typeof nothing {
  const { t, controls: c } = o;
  if (c.size === 0) return nothing;
  const box = (label: string, value: string, field: string, input: string) =>
    html`<div class="field ${field}" part="field"><span class="label" part="label">${label}</span><span class="input ${input}" part="input">${value}</span></div>`;
  return html`<div part="form" class="filters space" aria-hidden="true">
    ${c.has('q') ? box(t('searchLabel'), o.draft, 'search', '') : nothing}
    ${selects(o).map((s) => box(s.label, (s.options.find((x) => x.value === s.value) ?? { label: s.value }).label, '', 'select'))}
    ${
      c.has('volunteers')
        ? html`<div class="field check" part="field"><div class="choice"><span class="choice-input" part="input"></span><span class="choice-label" part="label">${t('volunteersLabel')}</span></div></div>`
        : nothing
    }
  </div>`;
}
