/**
 * "Cancel a signup" without the link: the resident types the reference and the short cancel code of
 * their receipt (`VRIJ-2026-00007`, `K7MP-2XRA`; case, spaces and dashes do not matter) and the widget
 * sends `POST /v1/volunteer-signups/cancel`. A GOV.UK form: error summary, label, hint, error
 * message, control. A code that does not belong to the reference is an error on the code field; a
 * code locked after too many wrong tries says to use the link in the e-mail or call the municipality.
 */
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { ApiClient } from '../../api/client.js';
import { ApiError } from '../../api/errors.js';
import { cancelSignupByCode } from '../../api/calls.js';
import { errorSummary } from '../../internal/error-summary.js';
import { fieldId, FormController } from '../../internal/form-controller.js';
import { textField } from '../../internal/form-field.js';
import { validate } from '../../schema/field-errors.js';
import { PROBLEM_TYPES, type FieldError, type FieldErrorCode } from '../../schema/problem.js';
import { CANCEL_CODE_ALPHABET, CANCEL_CODE_LENGTH, signupCancelByCodeSchema } from '../../schema/volunteer.js';
import type { SignupI18n } from './volunteer-signup.strings.js';

export type CancelFormValues = { reference: string; cancelCode: string };

const ORDER = ['reference', 'cancelCode'] as const;

/** The server said the code does not belong to the reference (403 cancel-code-mismatch), as a field error. */
const MISMATCH: FieldError = { path: 'cancelCode', code: 'invalid-choice' };

const SHORT_CODE = new RegExp(`^[${CANCEL_CODE_ALPHABET}]{${CANCEL_CODE_LENGTH}}$`);

/** What the resident typed as a code, as the server compares it: capitals, no spaces or dashes. */
export const normaliseShortCode = (s: string): string => s.replace(/[\s\-\u2010-\u2015]+/g, '').toUpperCase();

/** Both fields filled in, within the contract's limits, and the code of the receipt's form. */
export function checkCancelValues(v: CancelFormValues): FieldError[] {
  const result = validate(signupCancelByCodeSchema(), {
    reference: v.reference.trim(),
    cancelCode: v.cancelCode.trim(),
  });
  const errors = result.ok ? [] : result.errors;
  if (!errors.some((e) => e.path === 'cancelCode') && !SHORT_CODE.test(normaliseShortCode(v.cancelCode)))
    errors.push({ path: 'cancelCode', code: 'invalid' });
  return errors;
}

/** The translated message of a field error of the cancel form. */
export function cancelFieldMessage(i18n: SignupI18n, path: string, code: FieldErrorCode): string {
  if (path === 'reference') return i18n.t(code === 'required' ? 'referenceRequired' : 'referenceInvalid');
  if (code === 'required') return i18n.t('cancelCodeRequired');
  return i18n.t(code === MISMATCH.code ? 'cancelCodeMismatch' : 'cancelCodeInvalid');
}

export interface CancelFormOptions {
  /** A client for the widget's endpoint, or why there is none. */
  api: () => ApiClient | ApiError;
  i18n: () => SignupI18n;
  /** The signup is cancelled: show it (with its reference). */
  onCancelled: (reference: string | undefined) => Promise<void>;
}

/** The cancel form's values, errors and request; `render` draws it. */
export class CancelByCode {
  /** Why the last request failed, when it is not a field's fault (locked, offline, rate limited). */
  error?: ApiError;
  readonly form: FormController<CancelFormValues>;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: CancelFormOptions,
  ) {
    this.form = new FormController<CancelFormValues>(host, {
      initial: () => ({ reference: '', cancelCode: '' }),
      validate: checkCancelValues,
      order: () => ORDER,
      // A cancel code is a secret: never kept in storage.
      draftKey: () => null,
    });
  }

  /** Empty again, no errors (when the form is opened anew). */
  reset(): void {
    this.error = undefined;
    this.form.reset();
  }

  private onSubmit = (e: Event): void => {
    e.preventDefault();
    void this.form.submit(() => this.send());
  };

  private async send(): Promise<void> {
    this.error = undefined;
    const api = this.options.api();
    if (api instanceof ApiError) {
      await this.fail(api);
      return;
    }
    const { reference, cancelCode } = this.form.values;
    try {
      const answer = await cancelSignupByCode(api, { reference: reference.trim(), cancelCode: cancelCode.trim() });
      this.form.reset();
      await this.options.onCancelled(answer.reference ?? reference.trim());
    } catch (e) {
      const error = e instanceof ApiError ? e : new ApiError('server', String(e), { cause: e });
      if (error.problem?.type === PROBLEM_TYPES.cancelCodeMismatch) return this.form.showServerErrors([MISMATCH]);
      const fields = error.fieldErrors.filter((f) => (ORDER as readonly string[]).includes(f.path));
      if (error.code === 'validation' && fields.length) return this.form.showServerErrors(fields);
      await this.fail(error);
    }
  }

  /** Shows the panel that says why, and moves focus to it. */
  private async fail(error: ApiError): Promise<void> {
    this.error = error;
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.host.shadowRoot?.querySelector<HTMLElement>('.cancel-error')?.focus();
  }

  private errorText(i18n: SignupI18n, error: ApiError): string {
    if (error.problem?.type === PROBLEM_TYPES.cancelCodeLocked) return i18n.t('cancelCodeLocked');
    return `${i18n.t('cancelFailed')} ${i18n.t('apiError', error.code)}`;
  }

  /** The form, under a subheading (`heading`), with a way back to the signup form. */
  render(heading: (content: unknown) => TemplateResult, summaryLevel: number, onBack: () => void): TemplateResult {
    const t = this.options.i18n();
    const f = this.form;
    const prefix = t.t('errorPrefix');
    const error = (path: string) => {
      const e = f.errorFor(path);
      return e ? cancelFieldMessage(t, path, e.code) : undefined;
    };
    return html`<div class="cancel-by-code" data-status="cancel-form">
      ${heading(t.t('cancelTitle'))}
      <form part="form" novalidate @submit=${this.onSubmit}>
        ${errorSummary({
          title: t.t('errorSummaryTitle'),
          items: f.summary((path, code) => cancelFieldMessage(t, path, code)),
          focusField: f.focusField,
          headingLevel: summaryLevel,
        })}
        ${
          this.error
            ? html`<div class="panel error cancel-error" part="error" tabindex="-1">
                <p>${this.errorText(t, this.error)}</p>
              </div>`
            : nothing
        }
        <p>${t.t('cancelFormIntro')}</p>
        ${textField({
          id: fieldId('reference'),
          label: t.t('reference'),
          hint: t.t('referenceHint'),
          width: 'short',
          autocomplete: 'off',
          value: f.values.reference,
          error: error('reference'),
          errorPrefix: prefix,
          onInput: (x) => f.set('reference', x),
        })}
        ${textField({
          id: fieldId('cancelCode'),
          label: t.t('cancelCode'),
          hint: t.t('cancelCodeFieldHint'),
          width: 'short',
          autocomplete: 'off',
          value: f.values.cancelCode,
          error: error('cancelCode'),
          errorPrefix: prefix,
          onInput: (x) => f.set('cancelCode', x),
        })}
        <div class="actions">
          <button class="button" part="submit-button" type="submit" aria-disabled=${f.busy ? 'true' : 'false'}>
            ${f.busy ? t.t('busy') : t.t('cancel')}
          </button>
          <button type="button" class="button secondary cancel-back" @click=${onBack}>${t.t('cancelBack')}</button>
        </div>
      </form>
    </div>`;
  }
}
