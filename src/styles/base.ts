/**
 * Base styles shared by every widget. Page CSS does not reach inside the shadow root, but inherited
 * properties do (text-transform, letter-spacing, text-align, white-space, …) and so do rules on the
 * host element itself. These styles reset what leaks in, so a widget keeps its layout on a page with
 * aggressive global CSS, while keeping the page's font.
 */
import { css } from 'lit';
import { tokens } from './tokens.js';

export const base = [
  tokens,
  css`
    /*
     * The widget's own surface: the text colours are chosen against --civic-color-background, so that
     * background is painted here too, whatever the page's background is (a dark page, a photo). Native
     * controls (radios, the select's list) follow the same colour scheme.
     */
    :host {
      display: block;
      padding: var(--_padding);
      background: var(--_bg);
      color: var(--_text);
      color-scheme: var(--_color-scheme);
    }
    :host([hidden]) {
      display: none;
    }
    /*
     * Page rules such as "* { text-transform: uppercase }" match the host element itself and beat
     * :host, and the host passes inherited properties on. So the reset sits on the shadow tree's
     * top-level elements, from where it is inherited by everything inside.
     */
    :host > * {
      font-family: var(--_font-family);
      font-size: var(--_font-size);
      line-height: var(--_line-height);
      color: var(--_text);
      text-align: start;
      text-transform: none;
      text-indent: 0;
      text-shadow: none;
      letter-spacing: normal;
      word-spacing: normal;
      white-space: normal;
      font-variant: normal;
      visibility: visible;
      overflow-wrap: break-word;
      cursor: auto;
    }
    /* Not on headings, which keep their own weight even at the top of the tree. */
    :host > :not(h1, h2, h3, h4, h5, h6) {
      font-style: normal;
      font-weight: normal;
    }
    *,
    *::before,
    *::after {
      box-sizing: border-box;
    }
    h1, h2, h3, h4, h5, h6, p, ul, ol, dl, dd, figure, fieldset {
      margin: 0;
    }
    h1, h2, h3, h4, h5, h6 {
      font: inherit;
      font-style: normal;
      font-weight: 700;
      line-height: 1.25;
    }
    .heading {
      font-size: 1.375em;
      margin-block-end: var(--_space);
    }
    .subheading {
      font-size: 1.125em;
      margin-block-end: calc(var(--_space) * 0.5);
    }
    a {
      color: var(--_primary);
      text-decoration: underline;
      text-underline-offset: 0.15em;
    }
    :focus-visible {
      outline: 3px solid var(--_focus-text);
      outline-offset: 2px;
      box-shadow: 0 0 0 6px var(--_focus);
    }
    .visually-hidden {
      position: absolute !important;
      inline-size: 1px !important;
      block-size: 1px !important;
      margin: -1px !important;
      padding: 0 !important;
      overflow: hidden !important;
      clip-path: inset(50%) !important;
      white-space: nowrap !important;
      border: 0 !important;
    }
    .stack > * + * {
      margin-block-start: var(--_space);
    }
    .button {
      display: inline-flex;
      align-items: center;
      justify-content: center;
      gap: 0.5em;
      min-block-size: 2.75rem;
      min-inline-size: 2.75rem;
      padding-block: 0.5em;
      padding-inline: 1em;
      border: 2px solid transparent;
      border-radius: var(--_radius);
      background: var(--_primary);
      color: var(--_on-primary);
      font: inherit;
      font-weight: 700;
      line-height: 1.25;
      text-align: center;
      text-decoration: none;
      cursor: pointer;
    }
    .button[aria-disabled='true'],
    .button:disabled {
      opacity: 0.65;
      cursor: progress;
    }
    .button.secondary {
      background: var(--_surface);
      color: var(--_text);
      border-color: var(--_border);
    }
    .link-button {
      padding: 0;
      border: 0;
      background: none;
      color: var(--_primary);
      font: inherit;
      text-decoration: underline;
      cursor: pointer;
    }
    .panel {
      padding: var(--_space);
      border-inline-start: 0.3125rem solid var(--_primary);
      background: var(--_surface);
    }
    .panel.success {
      border-color: var(--_success);
    }
    .panel.error {
      border-color: var(--_error);
    }
    @media (prefers-reduced-motion: reduce) {
      *, *::before, *::after {
        animation-duration: 0.01ms !important;
        transition-duration: 0.01ms !important;
      }
    }
  `,
];
