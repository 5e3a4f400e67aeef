/** Styles of <civic-idea-form> (on top of `base` and `formStyles`). */
import { css } from 'lit';

export const styles = css`
  :host {
    --_max: var(--civic-idea-form-max-inline-size, 40rem);
    --_ref-size: var(--civic-idea-form-reference-font-size, 1.5em);
  }
  /* Page CSS on the host element (e.g. a global '*' rule) beats ':host'; reset again inside. */
  .root {
    max-inline-size: var(--_max);
    color: var(--_text);
    text-transform: none;
    letter-spacing: normal;
    word-spacing: normal;
    font-style: normal;
  }
  .intro,
  .notice,
  .privacy,
  .demo {
    margin-block-end: calc(var(--_space) * 1.5);
  }
  .notice {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.5em 1em;
  }
  .section {
    margin-block-end: calc(var(--_space) * 1.5);
  }
  .section > .legend {
    font-size: 1.125em;
    margin-block-end: 0.5em;
  }
  .skeleton .choice {
    opacity: 0.6;
  }
  .offer-area {
    margin-block-end: var(--_space);
  }
  .demo {
    padding: calc(var(--_space) * 0.5) var(--_space);
    border-inline-start: 0.3125rem solid var(--_border);
    background: var(--_surface);
  }
  .panel:focus {
    outline: none;
  }
  .panel:focus-visible {
    outline: 3px solid var(--_focus-text);
    box-shadow: 0 0 0 6px var(--_focus);
  }
  .panel > * + * {
    margin-block-start: var(--_space);
  }
  .reference {
    display: block;
    font-size: var(--_ref-size);
    font-weight: 700;
    overflow-wrap: anywhere;
  }
  .actions {
    margin-block-start: calc(var(--_space) * 2);
  }
`;
