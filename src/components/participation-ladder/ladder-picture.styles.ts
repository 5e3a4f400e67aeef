import { css } from 'lit';

/**
 * The picture (ladder-picture.ts): a staircase rising to the right, rung 1 on top. Each rung is a row:
 * a block as wide as its step (rung 1 just holds its number, rung 7 fills the stair column), then the
 * words. The blocks touch, so together they draw the stairs. Forced colours keep the outline and the
 * highlighted step with system colours; nothing moves; printing leaves the picture out (the text version
 * holds everything).
 */
export const pictureStyles = css`
  .picture {
    --_stair: max(2.75em, min(30%, 11rem));
    display: grid;
    max-inline-size: 40rem;
    margin: 0;
    margin-block-end: var(--_space);
    padding: 0;
    list-style: none;
  }
  :host([variant='compact']) .picture {
    --_stair: max(2.5em, min(25%, 5rem));
    font-size: 0.9375em;
  }
  .step {
    --_k: 0;
  }
  .step:nth-child(2) {
    --_k: 0.1667;
  }
  .step:nth-child(3) {
    --_k: 0.3333;
  }
  .step:nth-child(4) {
    --_k: 0.5;
  }
  .step:nth-child(5) {
    --_k: 0.6667;
  }
  .step:nth-child(6) {
    --_k: 0.8333;
  }
  .step:nth-child(7) {
    --_k: 1;
  }
  .step-button {
    display: grid;
    grid-template-columns: var(--_stair) minmax(0, 1fr);
    inline-size: 100%;
    min-block-size: 2.75rem;
    margin: 0;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_text);
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  .block {
    display: flex;
    justify-content: flex-end;
    justify-self: end;
    inline-size: calc(2.5em + (100% - 2.5em) * var(--_k));
    border-block-start: 3px solid var(--_accent);
    background: color-mix(in srgb, var(--_accent) 22%, var(--_rung-bg));
    font-weight: 700;
  }
  .n {
    inline-size: 2.5em;
    padding-block: 0.25em;
    text-align: center;
  }
  .here .block {
    background: var(--_accent);
    color: var(--_on-primary);
  }
  .words {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 0.125em;
    min-inline-size: 0;
    padding: 0.25em 0.5em 0.5em 0.75em;
    /* A long word ("samenwerkingspartner") at 200% text on a phone breaks rather than overflows. */
    overflow-wrap: anywhere;
    border-block-start: 1px solid var(--_rail);
  }
  .role {
    font-weight: 700;
  }
  .style,
  .seen {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .step-button:hover .role,
  .open .role {
    text-decoration: underline;
    text-decoration-thickness: 2px;
  }
  .open .words {
    border-inline-start: 0.25rem solid var(--_accent);
  }
  .tag {
    padding: 0 0.375em;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_on-primary);
    font-size: 0.8125em;
    font-weight: 700;
  }
  .tag.answer {
    background: var(--_rung-bg);
    color: var(--_text);
  }
  @media (forced-colors: active) {
    .block {
      forced-color-adjust: none;
      border: 1px solid CanvasText;
      border-block-start-width: 3px;
      background: Canvas;
      color: CanvasText;
    }
    .here .block {
      border-color: Highlight;
      background: Highlight;
      color: HighlightText;
    }
    .tag {
      border-color: CanvasText;
    }
  }
  @media print {
    .picture {
      display: none !important;
    }
  }
`;
