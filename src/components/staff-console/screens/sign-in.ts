/**
 * Signing in: e-mail and password, validated as GOV.UK does (error summary, inline errors). The
 * password is sent once and cleared from the form whatever the answer; it is never stored. A wrong
 * e-mail or password shows one message (the server does not say which); a locked account (429) says
 * for how many minutes.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { ApiError, asApiError } from '../../../api/errors.js';
import { errorSummary } from '../../../internal/error-summary.js';
import { FormController } from '../../../internal/form-controller.js';
import { textField } from '../../../internal/form-field.js';
import { EmailSchema } from '../../../schema/index.js';
import type { FieldError, FieldErrorCode } from '../../../schema/problem.js';
import type { StaffSession } from '../../../schema/staff/accounts.js';
import { staffProblem, type StaffApi } from '../staff-api.js';
import type { StaffI18n } from '../staff-console.strings.js';

type Values = { email: string; password: string };

/** What the shell gives the sign-in form. */
export interface SignInContext {
  readonly i18n: StaffI18n;
  api(): StaffApi | ApiError;
  host: ConstructorParameters<typeof FormController>[0];
  heading(depth: number, content: unknown, id?: string): TemplateResult;
  level(depth: number): number;
  signedIn(session: StaffSession): void;
}

export class SignInForm {
  readonly form: FormController<Values>;
  /** Minutes of a lockout (429), or a failure that is not about the fields. */
  private locked: number | undefined;
  private failure: ApiError | undefined;

  constructor(private readonly ctx: SignInContext) {
    this.form = new FormController<Values>(ctx.host, {
      initial: () => ({ email: '', password: '' }),
      validate: (v) => {
        const errors: FieldError[] = [];
        if (!v.email.trim()) errors.push({ path: 'email', code: 'required' });
        else if (!EmailSchema.safeParse(v.email.trim()).success) errors.push({ path: 'email', code: 'invalid-email' });
        if (!v.password) errors.push({ path: 'password', code: 'required' });
        return errors;
      },
      order: () => ['email', 'password'],
    });
  }

  /** Drops what was typed (after signing in or out): the password never outlives its request. */
  reset(): void {
    this.form.reset();
    this.locked = undefined;
    this.failure = undefined;
  }

  private message = (path: string, code: FieldErrorCode): string => {
    const t = this.ctx.i18n;
    if (code === 'invalid' && path === 'email') return t.t('signInWrong');
    return t.t('fieldError', code, path === 'email' ? t.t('emailNoun') : t.t('passwordNoun'));
  };

  private onSubmit = (e: Event): void => {
    e.preventDefault();
    this.locked = undefined;
    this.failure = undefined;
    void this.form.submit(() => this.send());
  };

  private async send(): Promise<void> {
    const api = this.ctx.api();
    const { email, password } = this.form.values;
    // The password leaves the form now, whatever the answer.
    this.form.values = { email, password: '' };
    if (api instanceof ApiError) {
      this.failure = api;
      return;
    }
    try {
      const session = await api.signIn(email.trim(), password);
      this.reset();
      this.ctx.signedIn(session);
    } catch (err) {
      const error = asApiError(err);
      const problem = staffProblem(error);
      if (problem === 'signed-out') {
        await this.form.showServerErrors([{ path: 'email', code: 'invalid' }]);
      } else if (problem === 'locked') {
        this.locked = Math.max(1, Math.ceil((error.retryAfterMs ?? 60_000) / 60_000));
      } else if (error.code === 'validation' && error.fieldErrors.length) {
        await this.form.showServerErrors(error.fieldErrors);
      } else {
        this.failure = error;
      }
    }
  }

  render(expired: boolean, pending: string | undefined): TemplateResult {
    const t = this.ctx.i18n;
    const f = this.form;
    const error = (path: 'email' | 'password') => {
      const e = f.errorFor(path);
      return e ? this.message(path, e.code) : undefined;
    };
    return html`<section class="screen sign-in" aria-labelledby="screen-heading">
      ${this.ctx.heading(1, t.t('signInHeading'), 'screen-heading')}
      ${expired ? html`<p class="panel notice" part="status">${t.t('sessionExpired')}</p>` : nothing}
      ${pending ? html`<p class="panel notice">${t.t('pendingKept', pending)}</p>` : nothing}
      ${
        this.locked !== undefined
          ? html`<div class="panel error" part="error" role="alert">${t.t('signInLocked', this.locked)}</div>`
          : nothing
      }
      ${
        this.failure
          ? html`<div class="panel error" part="error" role="alert">${t.t('apiError', this.failure.code)}</div>`
          : nothing
      }
      <form part="form" novalidate @submit=${this.onSubmit}>
        ${errorSummary({
          title: t.t('errorSummaryTitle'),
          items: f.summary(this.message),
          focusField: f.focusField,
          headingLevel: this.ctx.level(2),
        })}
        <p>${t.t('signInIntro')}</p>
        ${textField({
          id: 'f-email',
          label: t.t('emailLabel'),
          type: 'email',
          autocomplete: 'email',
          value: f.values.email,
          error: error('email'),
          errorPrefix: t.t('errorPrefix'),
          onInput: (v) => f.set('email', v),
        })}
        <div class="field ${error('password') ? 'has-error' : ''}" part="field">
          <label class="label" part="label" for="f-password">${t.t('passwordLabel')}</label>
          ${
            error('password')
              ? html`<p class="error-message" part="error-message" id="f-password-error">
                  <span class="visually-hidden">${t.t('errorPrefix')}</span> ${error('password')}
                </p>`
              : nothing
          }
          <input
            part="input"
            class="input"
            id="f-password"
            name="password"
            type="password"
            autocomplete="current-password"
            aria-describedby=${error('password') ? 'f-password-error' : nothing}
            aria-invalid=${error('password') ? 'true' : 'false'}
            .value=${live(f.values.password)}
            @input=${(e: Event) => f.set('password', (e.target as HTMLInputElement).value)}
          />
        </div>
        <button class="button" part="submit-button" type="submit" aria-disabled=${f.busy ? 'true' : 'false'}>
          ${f.busy ? t.t('busy') : t.t('signInSubmit')}
        </button>
      </form>
    </section>`;
  }
}
