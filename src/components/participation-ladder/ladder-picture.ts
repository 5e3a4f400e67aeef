/**
 * The ladder as a picture: the seven rungs as a staircase, rung 1 (the initiator) on top, built in CSS from
 * the same strings as the text version below it (`role` and `style`, one source with the list's filter and
 * cards). Each rung is a button whose accessible name gives its number, role and style; choosing one opens
 * its explanation in the text version. The project's rung, the self-check's answer and the open rung's live
 * examples are shown at their rung. The compact variant is this picture alone.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { capitalize } from '../../i18n/catalog.js';
import type { LocalizeController } from '../../i18n/controller.js';
import type { LadderStrings } from './participation-ladder.strings.js';

export interface PictureOptions {
  i18n: LocalizeController<LadderStrings>;
  /** The project's rung (`rung` attribute), 0 for none. */
  here: number;
  /** The self-check's answer, 0 for none. */
  answer: number;
  /** The open rung, 0 for none, and the titles of its live examples once they arrived. */
  open: number;
  examples: readonly string[];
  onPick: (rung: number) => void;
  onKey: (e: KeyboardEvent) => void;
}

export function ladderPicture(o: PictureOptions): TemplateResult {
  const t = o.i18n;
  return html`<ol part="list" class="picture" aria-label=${t.t('pictureLabel')} @keydown=${o.onKey}>
    ${[1, 2, 3, 4, 5, 6, 7].map((n) => {
      const here = n === o.here;
      const answer = n === o.answer;
      const examples = n === o.open ? o.examples : [];
      return html`<li part="item rung" class="step ${here ? 'here' : ''} ${n === o.open ? 'open' : ''}">
        <button
          type="button"
          part="rung-button"
          class="step-button"
          id="g${n}"
          data-rung=${n}
          aria-controls="p${n}"
          @click=${() => o.onPick(n)}
        >
          <span class="block" aria-hidden="true"><span class="n">${n}</span></span>
          <span class="words">
            <span class="visually-hidden">${t.t('rungName', n)}:</span>
            <span class="role">${capitalize(t.t('role', n))}</span><span class="visually-hidden">;</span>
            <span class="style">${capitalize(t.t('style', n))}</span>
            ${here ? html`<span class="tag">${t.t('here')}</span>` : nothing}
            ${answer ? html`<span class="tag answer">${t.t('yourRung')}</span>` : nothing}
            ${
              examples.length
                ? html`<span class="seen" aria-hidden="true">${t.t('examplesTitle')}${t.t('colon')} ${examples.join(' · ')}</span>`
                : nothing
            }
          </span>
        </button>
      </li>`;
    })}
  </ol>`;
}
