/**
 * What the list shows around its cards: the not-configured panel, the status line (count, loading or
 * the load error) with its retry, the skeleton while the first page loads, the empty result with
 * "Clear filters", the list of cards, and "Load more" with its error.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import type { ApiError } from '../../api/errors.js';
import type { Initiative, InitiativePage } from '../../schema/initiative.js';
import { initiativeCard, skeletonCard, type CardOptions, type DetailState } from './initiative-card.js';
import type { Translate } from './initiative-list.strings.js';

/** No endpoint: with the heading, so two unconfigured widgets on a page can be told apart. */
export function notConfiguredPanel(t: Translate, heading: TemplateResult): TemplateResult {
  return html`${heading}
    <p part="error" class="panel status" role="status">${t('notConfigured')}</p>`;
}

/** The live status line: the load error, "Loading…", or the count (and how many are shown). */
export function statusLine(
  t: Translate,
  number: (n: number) => string,
  error: ApiError | undefined,
  page: InitiativePage | undefined,
  shown: number,
  onRetry: () => void,
): TemplateResult {
  const status = error
    ? t('apiError', error.code)
    : !page
      ? t('loading')
      : t('count', page.total) + (shown < page.total ? `. ${t('shown', number(shown), number(page.total))}` : '');
  return html`<p part="status" class="status ${error ? 'panel error' : ''}" role="status">${status}</p>
    ${error ? html`<button type="button" part="retry-button" class="button" @click=${onRetry}>${t('retry')}</button>` : nothing}`;
}

/** Card-sized placeholders that keep the space while the first page loads. */
export function skeletons(count: number): TemplateResult {
  return html`<ul class="items skeletons" aria-hidden="true">${Array.from({ length: count }, () => skeletonCard)}</ul>`;
}

/** Nothing matches; "Clear filters" when the resident set any. */
export function emptyPanel(t: Translate, onClear: (() => void) | undefined): TemplateResult {
  return html`<div class="panel empty">
    <p>${t('empty')}</p>
    ${
      onClear
        ? html`<button type="button" part="clear-button" class="button secondary" @click=${onClear}>${t('clearFilters')}</button>`
        : nothing
    }
  </div>`;
}

/** The cards (greyed while the list reloads). */
export function cardList(
  items: readonly Initiative[],
  pending: boolean,
  card: CardOptions,
  open: ReadonlySet<string>,
  details: ReadonlyMap<string, DetailState>,
): TemplateResult {
  return html`<ul part="list" class="items ${pending ? 'stale' : ''}" aria-busy=${pending ? 'true' : 'false'}>
    ${repeat(
      items,
      (item) => item.id,
      (item) => {
        // Unchanged cards are not even re-diffed: appending a page renders only the new ones.
        const isOpen = open.has(item.id);
        const detail = details.get(item.id);
        return guard([item, card, isOpen, detail], () => initiativeCard(card, item, isOpen, detail));
      },
    )}
  </ul>`;
}

/** The error of the last "Load more", and the button (hidden without a next page or while the list reloads). */
export function moreControls(
  t: Translate,
  state: 'idle' | 'loading' | ApiError,
  show: boolean,
  onMore: () => void,
): TemplateResult {
  const error = typeof state === 'object' ? state : undefined;
  return html`${error ? html`<p class="error-text" role="alert">${t('apiError', error.code)}</p>` : nothing}
  ${
    show
      ? html`<button type="button" part="more-button" class="button secondary more" aria-disabled=${state === 'loading' ? 'true' : 'false'}
        @click=${onMore}>${error ? t('retry') : state === 'loading' ? t('loading') : t('loadMore')}</button>`
      : nothing
  }`;
}
