/**
 * The error summary (GOV.UK): after a failed submit it appears at the top of the form and takes focus;
 * each item links to its field. Hash links cannot reach into a shadow root, so activating a link
 * (click, Enter) moves focus to the field by script.
 */
import { html, nothing, type TemplateResult } from 'lit';

export interface SummaryItem {
  /** The id of the control to focus. */
  id: string;
  message: string;
}

export interface ErrorSummaryOptions {
  title: string;
  items: ReadonlyArray<SummaryItem>;
  /** Moves focus to the control with this id. */
  focusField: (id: string) => void;
  headingLevel?: number;
}

export function errorSummary(o: ErrorSummaryOptions): TemplateResult | typeof nothing {
  if (o.items.length === 0) return nothing;
  return html`<div class="error-summary" part="error-summary" tabindex="-1" aria-labelledby="error-summary-title">
    <div role="heading" aria-level=${o.headingLevel ?? 2} class="error-summary-title" id="error-summary-title">
      <strong>${o.title}</strong>
    </div>
    <ul class="error-summary-list">
      ${o.items.map(
        (item) =>
          html`<li>
            <a
              href="#${item.id}"
              @click=${(e: Event) => {
                e.preventDefault();
                o.focusField(item.id);
              }}
              >${item.message}</a
            >
          </li>`,
      )}
    </ul>
  </div>`;
}
