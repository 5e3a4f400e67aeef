/**
 * Cancelling a signup: the code a volunteer keeps (`<signup id>.<cancel token>`), the link that
 * carries it (`?cancel=<code>`, read by a widget with `read-url`), and the two-step button
 * ("Cancel my signup", then "Yes, cancel my signup") without a dialog.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ID_PATTERN } from '../../schema/common.js';
import type { SignupI18n } from './strings.js';

export interface CancelCode {
  id: string;
  token: string;
}

/** `id.token`; ids never contain a dot. */
export const formatCancelCode = (c: CancelCode): string => `${c.id}.${c.token}`;

/** Reads `id.token`; `null` when it is not one. */
export function parseCancelCode(code: string | null | undefined): CancelCode | null {
  const s = (code ?? '').trim();
  const dot = s.indexOf('.');
  if (dot < 1) return null;
  const id = s.slice(0, dot);
  const token = s.slice(dot + 1);
  return ID_PATTERN.test(id) && token.length >= 32 && token.length <= 256 ? { id, token } : null;
}

/** This page's address with `?cancel=<code>` (other query parameters kept, fragment dropped). */
export function cancelUrl(code: CancelCode, location: Location): string {
  const url = new URL(location.href);
  url.hash = '';
  url.searchParams.delete('role');
  url.searchParams.delete('initiative');
  url.searchParams.set('cancel', formatCancelCode(code));
  return url.href;
}

export type CancelStep = 'idle' | 'confirm' | 'busy';

export interface CancelControls {
  step: CancelStep;
  error?: string;
  onCancel: () => void;
  onBack: () => void;
}

/** "Cancel my signup" → "Are you sure? [Yes, cancel my signup] [No, keep it]". The first button stays in place, so focus does too. */
export function cancelControls(i18n: SignupI18n, o: CancelControls): TemplateResult {
  const confirming = o.step !== 'idle';
  return html`<div class="cancel">
    ${confirming ? html`<p class="cancel-confirm" id="cancel-confirm">${i18n.t('cancelConfirm')}</p>` : nothing}
    ${o.error ? html`<p class="error-message" role="alert">${o.error}</p>` : nothing}
    <div class="actions">
      <button
        type="button"
        class="button ${confirming ? 'danger' : 'secondary'}"
        part="cancel-button"
        aria-describedby=${confirming ? 'cancel-confirm' : nothing}
        aria-disabled=${o.step === 'busy' ? 'true' : 'false'}
        @click=${o.onCancel}
      >
        ${o.step === 'busy' ? i18n.t('busy') : i18n.t(confirming ? 'cancelYes' : 'cancel')}
      </button>
      ${confirming
        ? html`<button type="button" class="button secondary" @click=${o.onBack}>${i18n.t('cancelNo')}</button>`
        : nothing}
    </div>
  </div>`;
}
