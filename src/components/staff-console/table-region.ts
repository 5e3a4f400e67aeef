/**
 * A table that may be wider than the screen (360 px): it scrolls sideways inside its own region,
 * never the page. The region is named by the table's caption and takes keyboard focus, so people who
 * do not use a mouse can scroll it with the arrow keys (WCAG 2.1.1, 1.4.10).
 */
import { html, type TemplateResult } from 'lit';

/** `table` (whose `<caption>` has the id `captionId`) in a labelled, focusable scrolling region. */
export const tableRegion = (captionId: string, table: TemplateResult): TemplateResult =>
  html`<div class="table-wrap" role="region" tabindex="0" aria-labelledby=${captionId}>${table}</div>`;
