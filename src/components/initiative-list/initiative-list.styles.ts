import { css } from 'lit';

export const styles = css`
  :host {
    --_gap: var(--civic-initiative-list-gap, var(--_space));
    --_min-card: var(--civic-initiative-list-min-card-width, 17rem);
    --_card-bg: var(--civic-initiative-list-background, var(--_bg));
    --_card-border: var(--civic-initiative-list-border-color, #b1b4b6);
    --_accent: var(--civic-initiative-list-accent-color, var(--_success));
  }
  .demo {
    margin-block-start: var(--_space);
    padding-inline-start: 0.75em;
    border-inline-start: 0.25rem solid var(--_border);
    color: var(--_muted);
  }
  .filters {
    display: grid;
    /* In em, so larger text gets fewer, wider columns: a select's value is never cut short. */
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 13em), 1fr));
    gap: var(--_space);
    align-items: end;
    margin-block-end: var(--_space);
  }
  .filters .field {
    margin: 0;
  }
  .filters .search {
    grid-column: 1 / -1;
  }
  .filters .check {
    align-self: center;
  }
  /* The stand-in for the filter bar until the first page is painted (filters.ts, filterSpace): its boxes. */
  .space {
    pointer-events: none;
  }
  .space .search .input {
    overflow: hidden;
    white-space: nowrap;
  }
  .space .choice-input {
    border: 2px solid var(--_border);
  }
  .status {
    min-block-size: calc(var(--_line-height) * 1em);
    margin-block-end: var(--_space);
    font-weight: 700;
  }
  .status.panel {
    font-weight: normal;
  }
  /*
   * Not a size container: with the list as one (as before), Chromium restyles every new card inside the layout of
   * the list (container queries interleave style and layout), which made the cards of a "load more" cost about
   * half again as much (trace and forced-layout timings, issue 16). Only a card with an image asks its width (see
   * the @container rule below), so only its item is a container.
   */
  .items {
    display: grid;
    gap: var(--_gap);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  :host([layout='grid']) .items {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--_min-card)), 1fr));
  }
  /* Old results while new ones load: marked, not faded (faded text would fall below 4.5:1). */
  .items.stale {
    outline: 2px dashed var(--_border);
    outline-offset: 0.25rem;
    cursor: progress;
  }
  .item {
    min-inline-size: 0;
  }
  .item.has-image {
    container-type: inline-size;
  }
  /*
   * Cards out of view are not laid out or painted (a long list costs little to append to), and keep
   * the size they had when last shown; one never shown counts as a typical card.
   */
  [part~='item'] {
    content-visibility: auto;
    contain-intrinsic-block-size: auto 16.5rem;
  }
  :host([layout='grid']) [part~='item'] {
    contain-intrinsic-block-size: auto 22rem;
  }
  .card {
    display: flex;
    flex-direction: column;
    block-size: 100%;
    border: 1px solid var(--_card-border);
    border-radius: var(--_radius);
    background: var(--_card-bg);
    overflow: hidden;
  }
  .image {
    display: block;
    inline-size: 100%;
    block-size: auto;
    aspect-ratio: 16 / 9;
    object-fit: cover;
    background: var(--_surface);
  }
  /* A card of 40rem or wider (the list layout; a grid's cards are narrower): image beside the text. */
  @container (min-inline-size: 40rem) {
    :host(:not([layout='grid'])) .card.has-image {
      display: grid;
      grid-template-columns: 15rem 1fr;
    }
    :host(:not([layout='grid'])) .card.has-image .image {
      block-size: 100%;
      min-block-size: 8.4375rem;
    }
  }
  .body {
    display: flex;
    flex-direction: column;
    gap: 0.5em;
    flex: 1;
    padding: var(--_space);
  }
  .title {
    font-size: 1.25em;
    margin: 0;
  }
  .title:focus {
    outline: 3px solid var(--_focus-text);
    outline-offset: 2px;
  }
  .badge {
    align-self: start;
    padding: 0.125em 0.5em;
    border-radius: var(--_radius);
    background: var(--_accent);
    /* The widget's background colour: white on the default green, dark on the dark set's light green. */
    color: var(--_bg);
    font-size: 0.875em;
    font-weight: 700;
  }
  .meta {
    display: grid;
    gap: 0.125em;
    font-size: 0.9375em;
  }
  .meta div {
    display: flex;
    flex-wrap: wrap;
    column-gap: 0.375em;
  }
  .meta dt {
    color: var(--_muted);
  }
  .meta dt::after {
    content: ':';
  }
  .meta dt,
  .meta dd {
    min-inline-size: 0;
    margin: 0;
    overflow-wrap: anywhere;
  }
  /* The rung: a tiny staircase (rung-glyph.ts) before its name, then "see it on the ladder". */
  .rung-glyph {
    inline-size: 1.125em;
    block-size: 1.125em;
    margin-inline-end: 0.375em;
    vertical-align: -0.1875em;
    color: var(--_primary);
  }
  .meta .rung dd + dd {
    flex-basis: 100%;
  }
  @media (forced-colors: active) {
    .rung-glyph {
      color: CanvasText;
    }
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-block-start: auto;
    padding-block-start: 0.5em;
  }
  .details:not([hidden]) {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.5em;
    padding-block-start: 0.75em;
    border-block-start: 1px solid var(--_card-border);
  }
  .description {
    white-space: pre-line;
  }
  .links-label {
    font-weight: 700;
  }
  .links {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .error-text {
    color: var(--_error);
    font-weight: 700;
  }
  .status + .button {
    margin-block-end: var(--_space);
  }
  .empty > * + * {
    margin-block-start: var(--_space);
  }
  .more {
    margin-block-start: var(--_space);
  }
  /* As tall as a typical card (title, summary, four facts and the buttons), so nothing moves when they come. */
  .skeleton .card {
    min-block-size: 16.5rem;
    border-color: var(--_surface);
  }
  .bone {
    display: block;
    block-size: 1em;
    margin-block-end: 0.75em;
    border-radius: var(--_radius);
    background: var(--_surface);
    animation: pulse 1.5s ease-in-out infinite alternate;
  }
  .bone.title {
    inline-size: 60%;
    block-size: 1.5em;
  }
  .bone.short {
    inline-size: 40%;
  }
  @keyframes pulse {
    to {
      opacity: 0.4;
    }
  }
`;
