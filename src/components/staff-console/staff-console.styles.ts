/** Styles of <civic-staff-console> and its screens (on top of `base` and `formStyles`). */
import { css } from 'lit';

export const styles = css`
  :host {
    --_max: var(--civic-staff-console-max-inline-size, 80rem);
  }
  .console {
    max-inline-size: var(--_max);
    color: var(--_text);
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
    padding-block-end: calc(var(--_space) * 0.5);
    border-block-end: 1px solid var(--_border);
  }
  .bar .console-heading {
    margin: 0;
    margin-inline-end: auto;
  }
  .who {
    margin: 0;
  }
  .nav ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.5em;
    margin: 0;
    padding: calc(var(--_space) * 0.5) 0;
    list-style: none;
  }
  .nav a {
    display: inline-block;
    padding-block: 0.5em;
    font-weight: 700;
  }
  .nav a[aria-current='page'] {
    color: var(--_text);
    text-decoration-thickness: 0.2em;
  }
  .status:empty {
    display: none;
  }
  .status {
    padding: calc(var(--_space) * 0.5) var(--_space);
    border-inline-start: 0.3125rem solid var(--_success);
    background: var(--_surface);
  }
  .screen > .heading {
    margin-block: var(--_space);
  }
  .notice {
    margin-block: var(--_space);
  }
  form + form,
  .block {
    margin-block-start: calc(var(--_space) * 2);
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: 0 var(--_space);
  }
  .filters .field {
    min-inline-size: 10rem;
  }
  .filters .button {
    margin-block-end: calc(var(--_space) * 1.5);
  }
  /* A wide table scrolls in its own labelled, focusable region (table-region.ts), not the page. */
  .table-wrap {
    overflow-x: auto;
    max-inline-size: 100%;
    /* The containing block of what is positioned inside (visually hidden text in buttons), which
       would otherwise escape the region and widen the page at 360 px. */
    position: relative;
  }
  .nowrap {
    white-space: nowrap;
  }
  table {
    inline-size: 100%;
    border-collapse: collapse;
  }
  caption {
    text-align: start;
    font-weight: 700;
    padding-block-end: 0.5em;
  }
  th,
  td {
    padding: 0.5em;
    border-block-end: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }
  .tag {
    display: inline-block;
    padding: 0 0.4em;
    border: 1px solid var(--_error);
    border-radius: var(--_radius);
    color: var(--_error);
    font-size: 0.875em;
    font-weight: 700;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
    margin-block: var(--_space);
  }
  dl.record {
    display: grid;
    grid-template-columns: minmax(8rem, max-content) 1fr;
    gap: 0.25em 1em;
  }
  dl.record dt {
    font-weight: 700;
  }
  dl.record dd {
    margin: 0;
    white-space: pre-line;
    overflow-wrap: anywhere;
  }
  @media (max-width: 40rem) {
    dl.record {
      grid-template-columns: 1fr;
    }
    dl.record dd {
      margin-block-end: 0.5em;
    }
  }
  .columns {
    display: grid;
    gap: calc(var(--_space) * 2);
  }
  @media (min-width: 64rem) {
    .columns {
      grid-template-columns: 3fr 2fr;
    }
  }
  .history {
    padding-inline-start: 1.25em;
  }
  .muted {
    color: var(--_muted);
  }
  /* Admin screens (site, accounts, audit, personal data) */
  .langs {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 15rem), 1fr));
    gap: 0 var(--_space);
  }
  .tag.missing {
    margin-block: 0 0.25em;
  }
  .missing-count.has-missing {
    font-weight: 700;
  }
  .items {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .items > .item {
    margin-block-end: var(--_space);
    padding: calc(var(--_space) * 0.75);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .button.small {
    padding-block: 0.3em;
    font-size: 0.9375em;
  }
  .row-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .panel.confirm,
  .panel.once {
    margin-block: var(--_space);
    border-inline-start-width: 0.3125rem;
  }
  .secret code {
    display: inline-block;
    max-inline-size: 100%;
    padding: 0.25em 0.5em;
    border: 1px solid var(--_border);
    font-size: 1.0625em;
    overflow-wrap: anywhere;
    user-select: all;
  }
  .warning {
    color: var(--_error);
  }
  table.audit pre {
    max-inline-size: 40rem;
    max-block-size: 20rem;
    overflow: auto;
    font-size: 0.8125em;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
`;
