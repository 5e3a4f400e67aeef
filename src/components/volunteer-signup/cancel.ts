/**
 * Cancelling a signup: the link that carries the signup id and its cancel token
 * (`?cancel=<signup id>.<cancel token>&reference=<reference>`, read by a widget with `read-url`), the
 * short cancel code a resident keeps with the reference (`K7MP-2XRA`, typed into the cancel form, see
 * cancel-form.ts), the two-step button ("Cancel my signup", then "Yes, cancel my signup") without a
 * dialog, and the request it makes.
 */
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { ApiClient } from '../../api/client.js';
import { ApiError } from '../../api/errors.js';
import { cancelSignup } from '../../api/calls.js';
import { ID_PATTERN, REFERENCE_PATTERN } from '../../schema/common.js';
import type { SignupI18n } from './volunteer-signup.strings.js';

export interface CancelCode {
  id: string;
  token: string;
  /** The signup's reference, when the link carries it: the panel names it instead of the id. */
  reference?: string;
}

/** The short cancel code as a receipt shows it: `K7MP2XRA` → `K7MP-2XRA`. */
export const formatShortCode = (code: string): string =>
  code.length === 8 ? `${code.slice(0, 4)}-${code.slice(4)}` : code;

/** A reference if it is one (`VRIJ-2026-00007`), else undefined. */
export const referenceOrUndefined = (v: string | null | undefined): string | undefined =>
  v && REFERENCE_PATTERN.test(v) ? v : undefined;

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

/**
 * A cancel code that came with the page: `?cancel=` (with `?reference=`) in `params` (null: the page
 * address is not read), else the `signup-id` and `cancel-token` attributes.
 */
export function pageCancelCode(
  params: URLSearchParams | null,
  signupId: string | undefined,
  cancelToken: string | undefined,
): CancelCode | null {
  const fromUrl = parseCancelCode(params?.get('cancel'));
  const reference = referenceOrUndefined(params?.get('reference'));
  return (
    (fromUrl && { ...fromUrl, reference }) ??
    parseCancelCode(signupId && cancelToken ? `${signupId}.${cancelToken}` : null)
  );
}

/**
 * This page's address with `?cancel=<code>` and, when known, `&reference=<reference>` (other query
 * parameters kept, fragment dropped).
 */
export function cancelUrl(code: CancelCode, location: Location): string {
  const url = new URL(location.href);
  url.hash = '';
  url.searchParams.delete('role');
  url.searchParams.delete('initiative');
  url.searchParams.set('cancel', formatCancelCode(code));
  if (code.reference) url.searchParams.set('reference', code.reference);
  else url.searchParams.delete('reference');
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
    ${o.error ? html`<p class="error-message" part="error-message" role="alert">${o.error}</p>` : nothing}
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
  /** The signup is cancelled (its reference, when the server says it): show it. */
  onCancelled: (reference: string | undefined) => Promise<void>;
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
      error: this.error ? this.message(i18n, this.error) : undefined,
      onCancel: () => void this.press(code),
      onBack: () => void this.back(),
    };
  }

  /** A refused token (403: wrong or incomplete link) says so; anything else says why it failed. */
  private message(i18n: SignupI18n, error: ApiError): string {
    if (error.status === 403) return i18n.t('cancelLinkInvalid');
    return `${i18n.t('cancelFailed')} ${i18n.t('apiError', error.code)}`;
  }

  /**
   * "No, keep it": the button that was pressed goes, so focus (when it was in the widget) moves to
   * the cancel button, which stays in place, not to <body>.
   */
  private async back(): Promise<void> {
    const root = this.host.shadowRoot;
    const hadFocus = !!root?.activeElement;
    this.go('idle');
    await this.host.updateComplete;
    if (hadFocus && !root?.activeElement) root?.querySelector<HTMLElement>('[part~="cancel-button"]')?.focus();
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
      const answer = await cancelSignup(api, code.id, code.token);
      await this.options.onCancelled(answer.reference ?? code.reference);
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
