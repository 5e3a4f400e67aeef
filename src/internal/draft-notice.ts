/**
 * The notice above a form whose unfinished draft was put back (see FormController.restoredAt):
 * when the draft was saved, and a button to start over with an empty form.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizeController } from '../i18n/controller.js';
import type { CommonStrings } from '../i18n/types.js';

export function draftNotice(
  i18n: LocalizeController<CommonStrings>,
  savedAt: number | null,
  onStartOver: () => void,
): TemplateResult | typeof nothing {
  if (!savedAt) return nothing;
  const when = i18n.date(new Date(savedAt).toISOString(), { dateStyle: 'long', timeStyle: 'short' });
  return html`<div class="panel notice">
    <p>${i18n.t('draftRestored', when)}</p>
    <button type="button" class="link-button" @click=${onStartOver}>${i18n.t('startOver')}</button>
  </div>`;
}
