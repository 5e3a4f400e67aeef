/**
 * Signing in: e-mail and password, validated as GOV.UK does (error summary, inline errors). The
 * password is sent once and cleared from the form whatever the answer; it is never stored. A wrong
 * e-mail or password shows one message (the server does not say which); a locked account (429) says
 * for how many minutes.
 *
 * "I have a one-time code": an invited account (made by an admin without a password, who passed on
 * the one-time setup code the accounts screen showed) chooses its password here: e-mail, code, the
 * new password twice, sent to `POST /v1/staff/session/setup`, then signed in with it at once.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { ApiError, asApiError } from '../../../api/errors.js';
import { errorSummary } from '../../../internal/error-summary.js';
import { FormController } from '../../../internal/form-controller.js';
import { textField } from '../../../internal/form-field.js';
import { EmailSchema } from '../../../schema/index.js';
import type { FieldError, FieldErrorCode } from '../../../schema/problem.js';
import {
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  type PasswordSetup,
  type StaffSession,
} from '../../../schema/staff/accounts.js';
import { AnyAnswer, staffProblem, type StaffApi } from '../staff-api.js';
import type { StaffI18n } from '../staff-console.strings.js';

type Values = { email: string; password: string };
/** The setup form's values, keyed by field path (`setup-email` is the control `#f-setup-email`). */
type SetupValues = { 'setup-email': string; 'setup-token': string; 'setup-password': string; 'setup-repeat': string };
type SetupPath = keyof SetupValues;
const SETUP_ORDER: readonly SetupPath[] = ['setup-email', 'setup-token', 'setup-password', 'setup-repeat'];
/** The server's field paths (`POST /v1/staff/session/setup`) on the setup form's fields. */
const SETUP_SERVER_PATH: Record<string, SetupPath> = {
  email: 'setup-email',
  token: 'setup-token',
  password: 'setup-password',
};

/** A password input with label, hint and error, in the order of the other fields (GOV.UK); also used by screens/my-account.ts. */
export function passwordField(o: {
  id: string;
  name?: string;
  label: string;
  hint?: string;
  error: string | undefined;
  errorPrefix: string;
  autocomplete: 'current-password' | 'new-password';
  value: string;
  onInput: (value: string) => void;
}): TemplateResult {
  const described = [o.hint ? `${o.id}-hint` : '', o.error ? `${o.id}-error` : ''].filter(Boolean).join(' ');
  return html`<div class="field ${o.error ? 'has-error' : ''}" part="field">
    <label class="label" part="label" for=${o.id}>${o.label}</label>
    ${o.hint ? html`<div class="hint" part="hint" id="${o.id}-hint">${o.hint}</div>` : nothing}
    ${
      o.error
        ? html`<p class="error-message" part="error-message" id="${o.id}-error">
            <span class="visually-hidden">${o.errorPrefix}</span> ${o.error}
          </p>`
        : nothing
    }
    <input
      part="input"
      class="input"
      id=${o.id}
      name=${o.name ?? o.id}
      type="password"
      autocomplete=${o.autocomplete}
      aria-describedby=${described || nothing}
      aria-invalid=${o.error ? 'true' : 'false'}
      .value=${live(o.value)}
      @input=${(e: Event) => o.onInput((e.target as HTMLInputElement).value)}
    />
  </div>`;
}

/** What the shell gives the sign-in form. */
export interface SignInContext {
  readonly i18n: StaffI18n;
  api(): StaffApi | ApiError;
  host: ConstructorParameters<typeof FormController>[0];
  heading(depth: number, content: unknown, id?: string): TemplateResult;
  level(depth: number): number;
  signedIn(session: StaffSession): void;
  /** Focuses the first match of `selector` in the console after the next render. */
  focus(selector: string): Promise<void>;
  /** Says what happened in the console's status line. */
  announce(message: string): void;
}

export class SignInForm {
  readonly form: FormController<Values>;
  /** The "I have a one-time code" form. */
  readonly setup: FormController<SetupValues>;
  /** Which form shows: signing in, or choosing a password with a one-time code. */
  private mode: 'sign-in' | 'setup' = 'sign-in';
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
    this.setup = new FormController<SetupValues>(ctx.host, {
      initial: () => ({ 'setup-email': '', 'setup-token': '', 'setup-password': '', 'setup-repeat': '' }),
      validate: (v) => {
        const errors: FieldError[] = [];
        const email = v['setup-email'].trim();
        if (!email) errors.push({ path: 'setup-email', code: 'required' });
        else if (!EmailSchema.safeParse(email).success) errors.push({ path: 'setup-email', code: 'invalid-email' });
        if (!v['setup-token'].trim()) errors.push({ path: 'setup-token', code: 'required' });
        const password = v['setup-password'];
        if (!password) errors.push({ path: 'setup-password', code: 'required' });
        else if (password.length < PASSWORD_MIN_LENGTH) errors.push({ path: 'setup-password', code: 'too-short' });
        else if (password.length > PASSWORD_MAX_LENGTH) errors.push({ path: 'setup-password', code: 'too-long' });
        if (!v['setup-repeat']) errors.push({ path: 'setup-repeat', code: 'required' });
        else if (password && v['setup-repeat'] !== password) errors.push({ path: 'setup-repeat', code: 'invalid' });
        return errors;
      },
      order: () => SETUP_ORDER,
    });
  }

  /** Shows the other form (sign-in or one-time code), its heading focused; the e-mail goes along. */
  private switchTo(mode: 'sign-in' | 'setup'): void {
    const email = mode === 'setup' ? this.form.values.email : this.setup.values['setup-email'];
    this.reset();
    if (mode === 'setup') this.setup.values = { ...this.setup.values, 'setup-email': email };
    else this.form.values = { ...this.form.values, email };
    this.mode = mode;
    this.ctx.host.requestUpdate();
    void this.ctx.focus('#screen-heading');
  }

  /** Drops what was typed (after signing in or out): the password never outlives its request. */
  reset(): void {
    this.form.reset();
    this.setup.reset();
    this.mode = 'sign-in';
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

  private setupMessage = (path: string, code: FieldErrorCode): string => {
    const t = this.ctx.i18n;
    if (path === 'setup-token' && code === 'invalid') return t.t('setupCodeWrong');
    if (path === 'setup-repeat' && code === 'invalid') return t.t('setupMismatch');
    const noun: Record<SetupPath, string> = {
      'setup-email': t.t('emailNoun'),
      'setup-token': t.t('setupCodeNoun'),
      'setup-password': t.t('setupPasswordNoun'),
      'setup-repeat': t.t('setupRepeatNoun'),
    };
    const limit = code === 'too-short' ? PASSWORD_MIN_LENGTH : code === 'too-long' ? PASSWORD_MAX_LENGTH : undefined;
    return t.t('fieldError', code, noun[path as SetupPath] ?? path, limit);
  };

  private onSetupSubmit = (e: Event): void => {
    e.preventDefault();
    this.locked = undefined;
    this.failure = undefined;
    void this.setup.submit(() => this.sendSetup());
  };

  /** Sets the password with the one-time code, then signs in with it. Passwords leave the form now. */
  private async sendSetup(): Promise<void> {
    const api = this.ctx.api();
    const v = this.setup.values;
    const body: PasswordSetup = {
      email: v['setup-email'].trim(),
      token: v['setup-token'].trim(),
      password: v['setup-password'],
    };
    this.setup.values = { ...v, 'setup-password': '', 'setup-repeat': '' };
    if (api instanceof ApiError) {
      this.failure = api;
      return;
    }
    try {
      await api.write({ method: 'POST', path: '/v1/staff/session/setup', body }, AnyAnswer);
    } catch (err) {
      const error = asApiError(err);
      if (error.code === 'validation' && error.fieldErrors.length) {
        await this.setup.showServerErrors(
          error.fieldErrors.map((f) => ({ ...f, path: SETUP_SERVER_PATH[f.path] ?? 'setup-email' })),
        );
      } else {
        this.failure = error;
        void this.ctx.focus('.sign-in .panel.error');
      }
      return;
    }
    try {
      const session = await api.signIn(body.email, body.password);
      this.reset();
      this.ctx.signedIn(session);
      this.ctx.announce(this.ctx.i18n.t('setupDone'));
    } catch (err) {
      // The password is set; signing in is the ordinary form's job now.
      this.switchTo('sign-in');
      this.failure = asApiError(err);
    }
  }

  private renderSetup(): TemplateResult {
    const t = this.ctx.i18n;
    const f = this.setup;
    const error = (path: SetupPath) => {
      const e = f.errorFor(path);
      return e ? this.setupMessage(path, e.code) : undefined;
    };
    const prefix = t.t('errorPrefix');
    return html`<section class="screen sign-in" aria-labelledby="screen-heading">
      ${this.ctx.heading(1, t.t('setupHeading'), 'screen-heading')}
      ${
        this.failure
          ? html`<div class="panel error" part="error" role="alert" tabindex="-1">${t.t('apiError', this.failure.code)}</div>`
          : nothing
      }
      <form part="form" novalidate @submit=${this.onSetupSubmit}>
        ${errorSummary({
          title: t.t('errorSummaryTitle'),
          items: f.summary(this.setupMessage),
          focusField: f.focusField,
          headingLevel: this.ctx.level(2),
        })}
        <p>${t.t('setupIntro')}</p>
        ${textField({
          id: 'f-setup-email',
          label: t.t('emailLabel'),
          type: 'email',
          autocomplete: 'email',
          value: f.values['setup-email'],
          error: error('setup-email'),
          errorPrefix: prefix,
          onInput: (v) => f.set('setup-email', v),
        })}
        ${textField({
          id: 'f-setup-token',
          label: t.t('setupCodeLabel'),
          hint: t.t('setupCodeHint'),
          autocomplete: 'off',
          value: f.values['setup-token'],
          error: error('setup-token'),
          errorPrefix: prefix,
          onInput: (v) => f.set('setup-token', v),
        })}
        ${passwordField({
          id: 'f-setup-password',
          label: t.t('setupPasswordLabel'),
          hint: t.t('setupPasswordHint', PASSWORD_MIN_LENGTH),
          autocomplete: 'new-password',
          value: f.values['setup-password'],
          error: error('setup-password'),
          errorPrefix: prefix,
          onInput: (v) => f.set('setup-password', v),
        })}
        ${passwordField({
          id: 'f-setup-repeat',
          label: t.t('setupRepeatLabel'),
          autocomplete: 'new-password',
          value: f.values['setup-repeat'],
          error: error('setup-repeat'),
          errorPrefix: prefix,
          onInput: (v) => f.set('setup-repeat', v),
        })}
        <button class="button" part="submit-button" type="submit" aria-disabled=${f.busy ? 'true' : 'false'}>
          ${f.busy ? t.t('busy') : t.t('setupSubmit')}
        </button>
      </form>
      <p>
        <button class="link-button" type="button" id="sign-in-back" @click=${() => this.switchTo('sign-in')}>
          ${t.t('setupBack')}
        </button>
      </p>
    </section>`;
  }

  render(expired: boolean, pending: string | undefined): TemplateResult {
    if (this.mode === 'setup') return this.renderSetup();
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
        ${passwordField({
          id: 'f-password',
          name: 'password',
          label: t.t('passwordLabel'),
          autocomplete: 'current-password',
          value: f.values.password,
          error: error('password'),
          errorPrefix: t.t('errorPrefix'),
          onInput: (v) => f.set('password', v),
        })}
        <button class="button" part="submit-button" type="submit" aria-disabled=${f.busy ? 'true' : 'false'}>
          ${f.busy ? t.t('busy') : t.t('signInSubmit')}
        </button>
      </form>
      <p>
        <button class="link-button" type="button" id="sign-in-setup" @click=${() => this.switchTo('setup')}>
          ${t.t('signInHaveCode')}
        </button>
      </p>
    </section>`;
  }
}
