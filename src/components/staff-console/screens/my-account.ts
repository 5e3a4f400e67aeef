/**
 * My account (any staff role): who is signed in (e-mail, name, role), how one hears about new ideas
 * (`PATCH /v1/staff/session/preferences` `{notifyIdeas}`: immediately, a daily digest, or not by
 * e-mail) and changing one's own password (`POST /v1/staff/session/password`; one's other sessions end).
 *
 * The current choice comes with the session (`account.notifyIdeas`); a server that leaves it out gets
 * none selected until one is saved (the hint says so), and from then on the saved one shows.
 *
 * The password change is sent with `this.ctx.api.write`, not `this.ctx.save`: the shell keeps a write
 * that meets an expired session in sessionStorage, and passwords are never kept. On a 401 the fields
 * are cleared, the status line says nothing was changed, and the shell shows the sign-in form.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { asApiError, type ApiError } from '../../../api/errors.js';
import { errorSummary } from '../../../internal/error-summary.js';
import { FormController } from '../../../internal/form-controller.js';
import { choiceGroup } from '../../../internal/form-field.js';
import type { FieldError, FieldErrorCode } from '../../../schema/problem.js';
import {
  NOTIFY_IDEAS,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  StaffPreferencesSchema,
  type NotifyIdeas,
  type PasswordChange,
} from '../../../schema/staff/accounts.js';
import { StaffScreen } from '../screen.js';
import { AnyAnswer, staffProblem } from '../staff-api.js';
import { passwordField } from './sign-in.js';

type Values = {
  'myaccount.notify': NotifyIdeas | '';
  'myaccount.current': string;
  'myaccount.new': string;
  'myaccount.repeat': string;
};
type Path = keyof Values;
type Form = 'notify' | 'password';

const ORDER: Record<Form, readonly Path[]> = {
  notify: ['myaccount.notify'],
  password: ['myaccount.current', 'myaccount.new', 'myaccount.repeat'],
};
/** The server's field paths on this screen's fields. */
const SERVER_PATH: Record<string, Path> = {
  notifyIdeas: 'myaccount.notify',
  currentPassword: 'myaccount.current',
  newPassword: 'myaccount.new',
};
const NO_PASSWORDS = { 'myaccount.current': '', 'myaccount.new': '', 'myaccount.repeat': '' } as const;

export class MyAccountScreen extends StaffScreen {
  /** The choice the server has, when this screen could read it (or after saving one). */
  private current: NotifyIdeas | undefined;
  private active: Form = 'notify';
  private sendError: { form: Form; message: string } | undefined;

  readonly form = this.use(
    new FormController<Values>(this.ctx.host, {
      initial: () => ({ 'myaccount.notify': this.current ?? '', ...NO_PASSWORDS }),
      validate: (v) => {
        const errors: FieldError[] = [];
        if (this.active === 'notify') {
          if (!v['myaccount.notify']) errors.push({ path: 'myaccount.notify', code: 'required' });
          return errors;
        }
        if (!v['myaccount.current']) errors.push({ path: 'myaccount.current', code: 'required' });
        else if (v['myaccount.current'].length > PASSWORD_MAX_LENGTH)
          errors.push({ path: 'myaccount.current', code: 'too-long' });
        const next = v['myaccount.new'];
        if (!next) errors.push({ path: 'myaccount.new', code: 'required' });
        else if (next.length < PASSWORD_MIN_LENGTH) errors.push({ path: 'myaccount.new', code: 'too-short' });
        else if (next.length > PASSWORD_MAX_LENGTH) errors.push({ path: 'myaccount.new', code: 'too-long' });
        if (!v['myaccount.repeat']) errors.push({ path: 'myaccount.repeat', code: 'required' });
        else if (next && v['myaccount.repeat'] !== next) errors.push({ path: 'myaccount.repeat', code: 'invalid' });
        return errors;
      },
      order: () => ORDER[this.active],
    }),
  );

  title(): string {
    return this.ctx.i18n.t('myAccountHeading');
  }

  override start(): void {
    const mine = this.ctx.session.account.notifyIdeas;
    if (!mine) return;
    this.current = mine;
    // Not over a choice staff already made here.
    if (!this.form.values['myaccount.notify']) this.form.set('myaccount.notify', mine);
  }

  private message = (path: string, code: FieldErrorCode): string => {
    const t = this.ctx.i18n;
    if (path === 'myaccount.notify') return t.t('myAccountNotifyRequired');
    if (path === 'myaccount.current' && code === 'invalid') return t.t('myAccountCurrentWrong');
    if (path === 'myaccount.repeat' && code === 'invalid') return t.t('myAccountMismatch');
    const noun: Record<string, string> = {
      'myaccount.current': t.t('myAccountCurrentNoun'),
      'myaccount.new': t.t('myAccountNewNoun'),
      'myaccount.repeat': t.t('myAccountRepeatNoun'),
    };
    const limit = code === 'too-short' ? PASSWORD_MIN_LENGTH : code === 'too-long' ? PASSWORD_MAX_LENGTH : undefined;
    return t.t('fieldError', code, noun[path] ?? path, limit);
  };

  private error = (form: Form, path: Path): string | undefined => {
    if (this.active !== form) return undefined;
    const e = this.form.errorFor(path);
    return e ? this.message(path, e.code) : undefined;
  };

  private begin(form: Form): void {
    if (this.active !== form) this.form.submitted = false;
    this.active = form;
    this.sendError = undefined;
  }

  private fail(form: Form, error: ApiError): void {
    this.sendError = { form, message: this.ctx.i18n.t('apiError', error.code) };
    this.ctx.requestUpdate();
    void this.ctx.focus(`#myaccount-${form}-error`);
  }

  private onNotify = (e: Event): void => {
    e.preventDefault();
    this.begin('notify');
    void this.form.submit(() => this.saveNotify());
  };

  private async saveNotify(): Promise<void> {
    const t = this.ctx.i18n;
    const choice = this.form.values['myaccount.notify'];
    if (!choice) return;
    try {
      const saved = await this.ctx.save({
        write: { method: 'PATCH', path: '/v1/staff/session/preferences', body: { notifyIdeas: choice } },
        schema: StaffPreferencesSchema,
        label: t.t('myAccountNotifyLabel'),
      });
      this.current = saved.notifyIdeas;
      this.form.set('myaccount.notify', saved.notifyIdeas);
      this.ctx.announce(t.t('myAccountNotifyDone', saved.notifyIdeas));
    } catch (err) {
      const error = asApiError(err);
      if (error.code === 'validation' && error.fieldErrors.length)
        return this.form.showServerErrors(error.fieldErrors.map((f) => ({ ...f, path: 'myaccount.notify' })));
      this.fail('notify', error);
    }
  }

  private onPassword = (e: Event): void => {
    e.preventDefault();
    this.begin('password');
    void this.form.submit(() => this.changePassword());
  };

  /** Sends the change; the three password fields are emptied before the answer comes, whatever it is. */
  private async changePassword(): Promise<void> {
    const t = this.ctx.i18n;
    const v = this.form.values;
    const body: PasswordChange = { currentPassword: v['myaccount.current'], newPassword: v['myaccount.new'] };
    this.form.values = { ...v, ...NO_PASSWORDS };
    this.ctx.requestUpdate();
    try {
      await this.ctx.api.write({ method: 'POST', path: '/v1/staff/session/password', body }, AnyAnswer);
      this.form.submitted = false;
      this.ctx.announce(t.t('myAccountPasswordDone'));
    } catch (err) {
      const error = asApiError(err);
      const problem = staffProblem(error);
      if (error.code === 'validation' && error.fieldErrors.length) {
        this.ctx.announce(t.t('myAccountPasswordNotChanged'));
        await this.form.showServerErrors(
          error.fieldErrors.map((f) => ({ ...f, path: SERVER_PATH[f.path] ?? 'myaccount.current' })),
        );
      } else if (problem === 'signed-out' || problem === 'csrf') {
        this.form.submitted = false;
        this.ctx.announce(t.t('myAccountPasswordSignedOut'));
        this.ctx.signedOut();
      } else {
        this.ctx.announce(t.t('myAccountPasswordNotChanged'));
        this.fail('password', error);
      }
    }
  }

  private errorPanel(form: Form): TemplateResult | typeof nothing {
    return this.sendError?.form === form
      ? html`<div class="panel error" part="error" role="alert" tabindex="-1" id="myaccount-${form}-error">
          ${this.sendError.message}
        </div>`
      : nothing;
  }

  private summary(form: Form): TemplateResult | typeof nothing {
    const t = this.ctx.i18n;
    return this.active === form
      ? errorSummary({
          title: t.t('errorSummaryTitle'),
          items: this.form.summary(this.message),
          focusField: this.form.focusField,
          headingLevel: this.ctx.level(2),
        })
      : nothing;
  }

  render(): TemplateResult {
    const t = this.ctx.i18n;
    const a = this.ctx.session.account;
    return html`<section class="block" aria-labelledby="myaccount-who">
        ${this.ctx.heading(1, t.t('myAccountWho'), 'myaccount-who')}
        <dl class="record" id="myaccount-record">
          <dt>${t.t('myAccountEmail')}</dt>
          <dd>${a.email}</dd>
          <dt>${t.t('myAccountName')}</dt>
          <dd>${a.name ?? t.t('myAccountNoName')}</dd>
          <dt>${t.t('myAccountRole')}</dt>
          <dd>${t.t('myAccountRoleName', a.role)}</dd>
        </dl>
      </section>
      ${this.renderNotify()} ${this.renderPassword()}`;
  }

  private renderNotify(): TemplateResult {
    const t = this.ctx.i18n;
    const f = this.form;
    const chosen = f.values['myaccount.notify'];
    const busy = f.busy && this.active === 'notify';
    const hint = [
      this.current
        ? t.t('myAccountNotifyCurrent', this.current)
        : this.loading
          ? t.t('loading')
          : t.t('myAccountNotifyUnknown'),
      this.ctx.site?.email === false ? t.t('myAccountNotifyNoMail') : '',
    ]
      .filter(Boolean)
      .join(' ');
    return html`<section class="block" aria-labelledby="myaccount-notify-heading">
      ${this.ctx.heading(1, t.t('myAccountNotifyHeading'), 'myaccount-notify-heading')}
      ${this.errorPanel('notify')}
      <form part="form" novalidate aria-labelledby="myaccount-notify-heading" @submit=${this.onNotify}>
        ${this.summary('notify')}
        ${choiceGroup({
          id: 'f-myaccount-notify',
          legend: t.t('myAccountNotifyLegend'),
          hint,
          type: 'radio',
          options: NOTIFY_IDEAS.map((n) => ({
            value: n,
            label: t.t('myAccountNotifyName', n),
            hint: t.t('myAccountNotifyHint', n),
          })),
          selected: chosen ? [chosen] : [],
          error: this.error('notify', 'myaccount.notify'),
          errorPrefix: t.t('errorPrefix'),
          onChange: ([v]) => f.set('myaccount.notify', (v ?? '') as NotifyIdeas | ''),
        })}
        <button class="button" part="submit-button" type="submit" aria-disabled=${busy ? 'true' : 'false'}>
          ${busy ? t.t('busy') : t.t('myAccountNotifySubmit')}
        </button>
      </form>
    </section>`;
  }

  private renderPassword(): TemplateResult {
    const t = this.ctx.i18n;
    const f = this.form;
    const busy = f.busy && this.active === 'password';
    const prefix = t.t('errorPrefix');
    return html`<section class="block" aria-labelledby="myaccount-password-heading">
      ${this.ctx.heading(1, t.t('myAccountPasswordHeading'), 'myaccount-password-heading')}
      <p>${t.t('myAccountPasswordIntro')}</p>
      ${this.errorPanel('password')}
      <form part="form" novalidate aria-labelledby="myaccount-password-heading" @submit=${this.onPassword}>
        ${this.summary('password')}
        ${passwordField({
          id: 'f-myaccount-current',
          label: t.t('myAccountCurrentLabel'),
          autocomplete: 'current-password',
          value: f.values['myaccount.current'],
          error: this.error('password', 'myaccount.current'),
          errorPrefix: prefix,
          onInput: (v) => f.set('myaccount.current', v),
        })}
        ${passwordField({
          id: 'f-myaccount-new',
          label: t.t('myAccountNewLabel'),
          hint: t.t('myAccountNewHint', PASSWORD_MIN_LENGTH),
          autocomplete: 'new-password',
          value: f.values['myaccount.new'],
          error: this.error('password', 'myaccount.new'),
          errorPrefix: prefix,
          onInput: (v) => f.set('myaccount.new', v),
        })}
        ${passwordField({
          id: 'f-myaccount-repeat',
          label: t.t('myAccountRepeatLabel'),
          autocomplete: 'new-password',
          value: f.values['myaccount.repeat'],
          error: this.error('password', 'myaccount.repeat'),
          errorPrefix: prefix,
          onInput: (v) => f.set('myaccount.repeat', v),
        })}
        <button class="button" part="submit-button" type="submit" aria-disabled=${busy ? 'true' : 'false'}>
          ${busy ? t.t('busy') : t.t('myAccountPasswordSubmit')}
        </button>
      </form>
    </section>`;
  }
}
