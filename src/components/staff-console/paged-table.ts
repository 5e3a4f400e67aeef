/**
 * The table of a list the staff API sends a page at a time (the inbox, the initiatives, the audit
 * log): one place for its states, so every such screen behaves alike.
 * - the read failed: the error and a Retry button (`role="alert"`);
 * - nothing loaded yet: "Loading…"; loaded and empty: the screen's own empty text;
 * - else the table in its sideways-scrolling region (table-region.ts), then the actions: the "More …"
 *   button while the API gives a next cursor (`aria-disabled` while a page is on its way, so it keeps
 *   its focus), and the screen's own extra actions (e.g. the inbox's CSV export).
 * The screen keeps its state and its fetch; this only renders.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ApiError } from '../../api/errors.js';
import type { StaffI18n } from './staff-console.strings.js';
import { tableRegion } from './table-region.js';

export interface PagedTable {
  /** The last read's failure, if it failed. */
  loadError: ApiError | undefined;
  /** A page has been loaded (the first one or later). */
  loaded: boolean;
  /** A read is on its way. */
  loading: boolean;
  /** Rows loaded so far. */
  count: number;
  /** The API's cursor to the next page; null on the last page. */
  nextCursor: string | null;
  /** The text when the list is empty. */
  empty: string;
  /** The More button's text. */
  more: string;
  /** The id of the table's `<caption>`, which names the scroll region. */
  captionId: string;
  /** The `<table>` (with its caption). */
  table: () => TemplateResult;
  /** Reads the first page again (after a failure). */
  onRetry: () => void;
  /** Reads the next page. */
  onMore: () => void;
  /** More actions after the More button. */
  actions?: TemplateResult;
}

export function pagedTable(t: StaffI18n, p: PagedTable): TemplateResult {
  if (p.loadError) {
    return html`<div class="panel error" part="error" role="alert">
      ${t.t('apiError', p.loadError.code)}
      <button class="link-button" type="button" @click=${p.onRetry}>${t.t('retry')}</button>
    </div>`;
  }
  if (!p.loaded) return html`<p>${t.t('loading')}</p>`;
  if (p.count === 0) return html`<p>${p.empty}</p>`;
  const more = p.nextCursor
    ? html`<button
        class="button secondary"
        type="button"
        aria-disabled=${p.loading ? 'true' : 'false'}
        @click=${() => {
          if (!p.loading) p.onMore();
        }}
      >
        ${p.loading ? t.t('loading') : p.more}
      </button>`
    : nothing;
  return html`${tableRegion(p.captionId, p.table())}
    ${p.nextCursor || p.actions ? html`<div class="actions">${more} ${p.actions ?? nothing}</div>` : nothing}`;
}
