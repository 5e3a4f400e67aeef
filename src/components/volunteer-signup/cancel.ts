/**
 * Cancelling a signup: the code a volunteer keeps (`<signup id>.<cancel token>`), the link that
 * carries it (`?cancel=<code>`, read by a widget with `read-url`), the two-step button
 * ("Cancel my signup", then "Yes, cancel my signup") without a dialog, and the request it makes.
 */
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { ApiClient } from '../../api/client.js';
import { ApiError } from '../../api/errors.js';
import { cancelSignup } from '../../api/calls.js';
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
      ${
        confirming
          ? html`<button type="button" class="button secondary" @click=${o.onBack}>${i18n.t('cancelNo')}</button>`
          : nothing
      }
    </div>
  </div>`;
}

/** What cancelling needs from the widget. */
export interface CancelOptions {
  /** A client for the widget's endpoint, or why there is none. */
  api: () => ApiClient | ApiError;
  /** The signup is cancelled: show it. */
  onCancelled: () => Promise<void>;
}

/** The state of the two-step button and of copying the code; it sends the cancellation. */
export class Cancelling {
  step: CancelStep = 'idle';
  error?: ApiError;
  /** The code was copied to the clipboard. */
  copied = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: CancelOptions,
  ) {}

  /** Back to the first step, no error, nothing copied (for a new signup; the widget re-renders). */
  reset(): void {
    this.step = 'idle';
    this.error = undefined;
    this.copied = false;
  }

  /** What `cancelControls` shows for this code. */
  controls(i18n: SignupI18n, code: CancelCode): CancelControls {
    return {
      step: this.step,
      error: this.error ? `${i18n.t('cancelFailed')} ${i18n.t('apiError', this.error.code)}` : undefined,
      onCancel: () => void this.press(code),
      onBack: () => this.go('idle'),
    };
  }

  private go(step: CancelStep): void {
    this.step = step;
    this.host.requestUpdate();
  }

  /** The first press asks; the second cancels (once, however often it is pressed meanwhile). */
  private async press(code: CancelCode): Promise<void> {
    if (this.step === 'idle') return this.go('confirm');
    const api = this.options.api();
    if (this.step === 'busy' || api instanceof ApiError) return;
    this.error = undefined;
    this.go('busy');
    try {
      await cancelSignup(api, code.id, code.token);
      await this.options.onCancelled();
    } catch (e) {
      this.error = e instanceof ApiError ? e : new ApiError('server', String(e));
    } finally {
      this.go('idle');
    }
  }

  /** Copies the code shown in `#cancel-code`; without clipboard access, selects it to copy by hand. */
  async copy(): Promise<void> {
    const code = this.host.shadowRoot?.querySelector('#cancel-code');
    try {
      await navigator.clipboard.writeText(code?.textContent ?? '');
      this.copied = true;
      this.host.requestUpdate();
    } catch {
      const range = document.createRange();
      if (code) range.selectNodeContents(code);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
    }
  }
}
