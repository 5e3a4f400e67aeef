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
    ${c.has('area') ? select('area', t('areaLabel'), f.area, named(t('anyArea'), o.areas), o) : nothing}
    ${c.has('theme') ? select('theme', t('themeLabel'), f.theme, named(t('anyTheme'), o.themes), o) : nothing}
    ${
      c.has('rung')
        ? select(
            'rung',
            t('rungLabel'),
            f.rung,
            [
              { value: '', label: t('anyRung') },
              ...RUNGS.map((r) => ({ value: String(r), label: t('rungValue', r, t('rungName', r)) })),
            ],
            o,
          )
        : nothing
    }
    ${
      c.has('status')
        ? select(
            'status',
            t('statusLabel'),
            f.status,
            [
              { value: '', label: t('anyStatus') },
              ...INITIATIVE_STATUSES.map((s) => ({ value: s, label: t('statusName', s) })),
            ],
            o,
          )
        : nothing
    }
    ${
      c.has('sort')
        ? select(
            'sort',
            t('sortLabel'),
            f.sort,
            INITIATIVE_SORTS.map((s) => ({ value: s, label: t('sortName', s) })),
            o,
          )
        : nothing
    }
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
