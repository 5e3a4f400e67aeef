import { css } from 'lit';

export const styles = css`
  :host {
    --_max: var(--civic-volunteer-signup-max-inline-size, 42rem);
    --_gap: var(--civic-volunteer-signup-gap, calc(var(--_space) * 1.5));
    --_details-bg: var(--civic-volunteer-signup-details-background, var(--_surface));
    max-inline-size: var(--_max);
  }
  p {
    margin-block: 0 var(--_space);
  }
  .intro,
  .demo {
    margin-block-end: var(--_gap);
  }
  .demo {
    padding: calc(var(--_space) * 0.5);
    border: 2px dashed var(--_border);
  }
  .loading {
    min-block-size: 24rem;
    padding-block: var(--_space);
    color: var(--_muted);
  }
  .details,
  .note {
    margin-block: 0 var(--_gap);
    padding: var(--_space);
    background: var(--_details-bg);
    border-inline-start: 0.3125rem solid var(--_border);
  }
  .subheading {
    margin-block-start: 0;
  }
  form > .subheading {
    margin-block-start: var(--_gap);
  }
  .facts {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_space) * 0.75);
    margin: 0 0 var(--_space);
  }
  .facts:last-child {
    margin-block-end: 0;
  }
  dt {
    font-weight: 700;
  }
  dd {
    margin: 0;
  }
  .plain {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .plain li {
    margin: 0;
  }
  .panel {
    margin-block: 0 var(--_gap);
  }
  .panel > :last-child,
  .panel p:last-child {
    margin-block-end: 0;
  }
  .panel.warning {
    border-color: var(--_error);
  }
  .panel.waitlisted {
    border-color: var(--_primary);
  }
  .panel:focus {
    outline: none;
  }
  .panel:focus-visible {
    outline: 3px solid var(--_focus-text);
  }
  .shift-list {
    margin: 0 0 var(--_space);
    padding-inline-start: 1.25em;
  }
  .code {
    display: block;
    max-inline-size: 100%;
    margin-block: 0.25em;
    padding: 0.25em 0.5em;
    overflow-wrap: anywhere;
    background: var(--_bg);
    border: 1px solid var(--_border);
    font-family: ui-monospace, monospace;
    font-size: 0.9em;
  }
  .reference {
    font-weight: 700;
  }
  .code.short {
    display: inline-block;
    font-size: 1.25em;
    letter-spacing: 0.1em;
  }
  .cancel-open-line {
    margin-block: var(--_gap) 0;
  }
  .copied {
    margin-inline-start: 0.5em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    margin-block-start: var(--_space);
  }
  .button.small {
    min-block-size: 2.75rem;
    margin-block-start: 0.25em;
  }
  .button.danger {
    background: var(--_error);
    color: var(--_on-primary);
  }
  .cancel {
    margin-block-start: var(--_space);
  }
  .privacy {
    margin-block: calc(var(--_space) * -0.75) var(--_gap);
    padding-inline-start: 2em;
  }
  .root {
    position: relative;
  }
`;
