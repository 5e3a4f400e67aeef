/**
 * Design tokens. Public, documented custom properties `--civic-*` are read once here, on `:host`,
 * into private `--_*` variables that the rest of the styles use. A page themes every widget by setting
 * the public ones (see src/styles/nl-design-system.css for a mapping onto NL Design System tokens).
 * Defaults meet WCAG 2.1 AA contrast on white. Fonts and font size are inherited from the page.
 *
 * Every widget paints its own surface (`--civic-color-background`), so its text stays readable on a
 * page with a dark or patterned background. For a dark look, src/styles/dark.css is a token set that
 * meets AA on its own background.
 *
 * The list of tokens, with defaults, is documented on CivicElement (src/internal/civic-element.ts),
 * so every widget's entry in custom-elements.json and Storybook shows it.
 */
import { css } from 'lit';

export const tokens = css`
  :host {
    --_font-family: var(--civic-font-family, inherit);
    --_font-size: var(--civic-font-size, inherit);
    --_line-height: var(--civic-line-height, 1.5);
    --_text: var(--civic-color-text, #1b1b1b);
    --_muted: var(--civic-color-text-muted, #505a5f);
    --_bg: var(--civic-color-background, #ffffff);
    --_surface: var(--civic-color-surface, #f3f2f1);
    --_primary: var(--civic-color-primary, #1d4f91);
    --_on-primary: var(--civic-color-primary-contrast, #ffffff);
    --_border: var(--civic-color-border, #6b6b6b);
    --_error: var(--civic-color-error, #b3261e);
    --_success: var(--civic-color-success, #1e6b35);
    --_focus: var(--civic-color-focus, #ffbf47);
    --_focus-text: var(--civic-color-focus-text, #0b0c0c);
    --_radius: var(--civic-radius, 0.25rem);
    --_space: var(--civic-space, 1rem);
    --_padding: var(--civic-padding, 0);
    --_color-scheme: var(--civic-color-scheme, light);
  }
`;
