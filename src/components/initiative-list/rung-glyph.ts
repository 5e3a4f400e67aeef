/**
 * The rung of the participation ladder as a tiny picture: the seven rungs as a staircase (rung 1, the
 * initiator, on top and narrowest; rung 7 at the bottom), the initiative's rung filled, the others
 * outlined. Decorative: the text label next to it carries the meaning. Drawn with `currentColor`, so it
 * takes the text colour, also in forced colours.
 */
import { html, svg, type TemplateResult } from 'lit';

/** Row `r` (1 = top) of a 14×14 staircase: 2 high, 2r wide, flush right. */
const row = (r: number): string => `M${14 - 2 * r} ${2 * r - 2}h${2 * r}v2h${-2 * r}z`;

export function rungGlyph(rung: number): TemplateResult {
  const others = [1, 2, 3, 4, 5, 6, 7]
    .filter((r) => r !== rung)
    .map(row)
    .join('');
  return html`<svg class="rung-glyph" viewBox="-.5 -.5 15 15" aria-hidden="true" focusable="false">${svg`<path d=${others} fill="none" stroke="currentColor" stroke-width=".6"/><path d=${row(rung)} fill="currentColor" stroke="currentColor" stroke-width=".6"/>`}</svg>`;
}

/** Whether a `<civic-participation-ladder>` is on the page (the card's "show on the ladder" then makes sense). */
export const ladderOnPage = (): boolean =>
  typeof document !== 'undefined' && !!document.querySelector('civic-participation-ladder');
