/** Styles of the form building blocks (src/internal/form-field.ts and error-summary.ts). */
import { css } from 'lit';

export const formStyles = css`
  .field {
    margin-block-end: calc(var(--_space) * 1.5);
  }
  .field.has-error {
    padding-inline-start: calc(var(--_space) * 0.75);
    border-inline-start: 0.3125rem solid var(--_error);
  }
  .label,
  .legend {
    display: block;
    margin-block-end: 0.25em;
    font-weight: 700;
  }
  .legend {
    padding: 0;
    max-inline-size: 100%;
  }
  .legend-heading {
    font-size: 1.25em;
    line-height: 1.25;
  }
  .optional {
    font-weight: normal;
  }
  .fieldset {
    min-inline-size: 0;
    padding: 0;
    border: 0;
  }
  .hint {
    display: block;
    margin-block-end: 0.5em;
    color: var(--_muted);
  }
  .error-message {
    display: block;
    margin-block: 0 0.5em;
    color: var(--_error);
    font-weight: 700;
  }
  .input {
    display: block;
    inline-size: 100%;
    max-inline-size: 40em;
    min-block-size: 2.75rem;
    margin: 0;
    padding: 0.375em 0.5em;
    border: 2px solid var(--_border);
    border-radius: 0;
    background: var(--_bg);
    color: var(--_text);
    font: inherit;
    line-height: 1.25;
    appearance: none;
  }
  textarea.input {
    line-height: var(--_line-height);
    resize: vertical;
  }
  .input.short {
    max-inline-size: 12em;
  }
  .select {
    appearance: auto;
  }
  /*
   * A native select shows its value on one line and cuts it off when the value is wider than the
   * select (a phone with large text). Where the browser can, the select lays its value out like text,
   * wrapping it; the list it opens keeps the browser's look.
   */
  @supports (appearance: base-select) {
    .select {
      appearance: base-select;
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: 0.5em;
      white-space: normal;
    }
    .select::picker-icon {
      flex: none;
    }
  }
  .has-error .input {
    border-color: var(--_error);
  }
  .input:focus-visible {
    outline: 3px solid var(--_focus-text);
    outline-offset: 0;
    box-shadow: inset 0 0 0 2px var(--_focus-text), 0 0 0 6px var(--_focus);
  }
  .count {
    margin-block-start: 0.25em;
    color: var(--_muted);
  }
  .count.over {
    color: var(--_error);
    font-weight: 700;
  }
  .choices {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.5em;
  }
  .choice {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    column-gap: 0.5em;
    align-items: start;
  }
  .choice-input {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0.125em 0 0;
    accent-color: var(--_primary);
  }
  .choice-label {
    display: block;
    padding-block: 0.125em;
    cursor: pointer;
  }
  .choice-hint {
    grid-column: 2;
    margin-block-end: 0;
  }
  .error-summary {
    margin-block-end: calc(var(--_space) * 1.5);
    padding: var(--_space);
    border: 0.3125rem solid var(--_error);
    background: var(--_bg);
  }
  .error-summary:focus-visible {
    outline: 3px solid var(--_focus-text);
    box-shadow: 0 0 0 6px var(--_focus);
  }
  .error-summary-title {
    margin-block-end: 0.5em;
    font-size: 1.125em;
  }
  .error-summary-list {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .error-summary-list a {
    color: var(--_error);
    font-weight: 700;
  }
`;
