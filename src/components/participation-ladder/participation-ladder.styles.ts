import { css } from 'lit';

export const styles = css`
  :host {
    --_rung-bg: var(--civic-participation-ladder-background, var(--_bg));
    --_accent: var(--civic-participation-ladder-accent-color, var(--_primary));
    --_rail: var(--civic-participation-ladder-border-color, var(--_border));
  }
  [hidden] {
    display: none !important;
  }
  .intro,
  .source {
    margin-block-end: var(--_space);
  }
  .source,
  .note {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .ladder,
  .scale,
  .examples ul,
  .inputs,
  .reasons {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .ladder {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.5rem;
    margin-block-end: var(--_space);
    padding: 0.5rem;
    border-inline: 0.375rem solid var(--_rail);
  }
  .rung-heading {
    margin: 0;
    font-size: 1em;
    font-weight: normal;
  }
  .rung-button,
  .scale-button {
    margin: 0;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_rung-bg);
    color: var(--_text);
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  /* Each rung is a size container: a narrow rung (a phone, large text) stacks its number above the text. */
  .rung {
    container-type: inline-size;
  }
  .rung-button {
    display: grid;
    grid-template-columns: 2.25em minmax(0, 1fr) 1.25em;
    grid-template-areas: 'num cells chevron';
    gap: 0.75em;
    align-items: center;
    inline-size: 100%;
    min-block-size: 2.75rem;
    padding: 0.5em 0.75em;
  }
  @container (max-inline-size: 20em) {
    .rung-button {
      grid-template-columns: minmax(0, 1fr) 1.25em;
      grid-template-areas: 'num chevron' 'cells cells';
      gap: 0.5em;
      padding-inline: 0.5em;
    }
  }
  .num {
    grid-area: num;
    display: grid;
    place-items: center;
    inline-size: 2.25em;
    block-size: 2.25em;
    border-radius: 50%;
    border: 2px solid var(--_accent);
    font-weight: 700;
  }
  .cells {
    grid-area: cells;
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 12em), 1fr));
    gap: 0.25rem 1rem;
    min-inline-size: 0;
  }
  .cells > * {
    min-inline-size: 0;
  }
  .chevron {
    grid-area: chevron;
  }
  .here-badge {
    grid-column: 1;
  }
  .label {
    display: block;
    color: var(--_muted);
    font-size: 0.8125em;
    font-weight: 700;
  }
  .value {
    font-weight: 700;
  }
  .here .rung-button {
    border-width: 3px;
    border-color: var(--_accent);
  }
  .here .num,
  .scale .here .scale-button {
    background: var(--_accent);
    color: var(--_on-primary);
  }
  .here-badge {
    justify-self: start;
    padding: 0.125em 0.5em;
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_on-primary);
    font-size: 0.875em;
    font-weight: 700;
  }
  .chevron {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    transition: transform 0.2s ease;
  }
  [aria-expanded='true'] > .chevron {
    transform: rotate(180deg);
  }
  .explanation {
    padding: 0.75rem;
    border: 2px solid var(--_border);
    border-block-start: 0;
    border-radius: 0 0 var(--_radius) var(--_radius);
    background: var(--_bg);
  }
  .explanation dl {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.5rem;
    margin: 0;
  }
  .explanation dt {
    font-weight: 700;
  }
  .explanation dd {
    margin: 0;
  }
  .examples {
    min-block-size: 4.5em;
    margin-block-start: var(--_space);
  }
  .examples-title {
    margin-block-end: 0.25em;
    font-size: 1em;
  }
  .examples li + li {
    margin-block-start: 0.25em;
  }
  .summary {
    display: block;
    color: var(--_muted);
  }
  .retry {
    margin-block-start: 0.5em;
  }
  .scale {
    display: grid;
    grid-template-columns: repeat(7, minmax(0, 2.75rem));
    gap: 0.25rem;
    margin-block-end: 0.5rem;
  }
  .scale-button {
    inline-size: 100%;
    block-size: 2.75rem;
    text-align: center;
    font-weight: 700;
  }
  .caption {
    margin-block-end: 0.5rem;
  }
  .toggle {
    margin-block-end: var(--_space);
  }
  .check {
    margin-block-start: calc(var(--_space) * 1.5);
  }
  .check-button {
    display: flex;
    gap: 0.5rem;
    align-items: center;
    padding: 0.25rem 0;
    border: 0;
    background: none;
    color: var(--_primary);
    font: inherit;
    font-weight: 700;
    text-align: start;
    text-decoration: underline;
    cursor: pointer;
  }
  .check form {
    margin-block-start: var(--_space);
  }
  .result {
    margin-block-start: var(--_space);
  }
  .result p {
    margin-block-end: 0.5em;
  }
  .inputs,
  .reasons {
    padding-inline-start: 1.25em;
    list-style: disc;
  }
  .reasons {
    margin-block-end: 0.75em;
  }
  @media (prefers-reduced-motion: reduce) {
    .chevron {
      transition: none;
    }
  }
  @media (forced-colors: active) {
    .here .num,
    .here-badge,
    .scale .here .scale-button {
      border: 2px solid CanvasText;
    }
  }
`;

/**
 * What printing changes: every explanation opened, the controls hidden, the compact scale replaced by the
 * full ladder. (A story shows the inner rules on screen.)
 */
export const printStyles = css`
  @media print {
    .explanation[hidden],
    .full[hidden] {
      display: block !important;
    }
    .chevron,
    .toggle,
    .scale-wrap,
    .check,
    .examples,
    .retry {
      display: none !important;
    }
    .rung-button {
      border: 0;
      padding-inline: 0;
      background: none;
    }
    .explanation {
      border: 0;
      padding-block-start: 0;
    }
    .rung {
      break-inside: avoid;
    }
  }
`;
