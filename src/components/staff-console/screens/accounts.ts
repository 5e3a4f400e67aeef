/**
 * Accounts (admins): every staff account in a table (e-mail, name, role, state, last sign-in);
 * create a moderator or admin, with a password or without (then the one-time setup token is shown
 * once, to pass on); change a role; disable or enable an account after a confirmation step (the
 * server's 409 for the last admin said in words). The API tokens are the section below
 * (screens/accounts-tokens.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { asApiError } from '../../../api/errors.js';
import { errorSummary } from '../../../internal/error-summary.js';
import { FormController } from '../../../internal/form-controller.js';
import { choiceGroup, errorTemplate, textField } from '../../../internal/form-field.js';
import type { FieldError, FieldErrorCode } from '../../../schema/problem.js';
import { STAFF_ROLES, type StaffRole } from '../../../schema/staff/audit.js';
import {
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  type StaffAccount,
  type StaffAccountCreated,
  type StaffAccountPatch,
} from '../../../schema/staff/accounts.js';
import { StaffScreen } from '../screen.js';
import { tableRegion } from '../table-region.js';
import { adminReads, adminWrites, StaffAccountCreatedSchema, StaffAccountSchema } from '../staff-api.js';
import { TokensSection } from './accounts-tokens.js';

/** Field paths carry the screen's name, so their ids (`f-accounts-email`) are the console's alone. */
type Values = {
  'accounts.email': string;
  'accounts.name': string;
  'accounts.role': string;
  'accounts.password': string;
};
type Field = keyof Values;

/** A change waiting for its confirmation. */
interface Confirm {
  account: StaffAccount;
  patch: StaffAccountPatch;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export class AccountsScreen extends StaffScreen {
  private accounts: StaffAccount[] = [];
  private loaded = false;
  private confirm: Confirm | undefined;
  private created: StaffAccountCreated | undefined;
  private actionError: { message: string } | undefined;
  readonly tokens = new TokensSection(this.ctx, (c) => this.use(c));

  readonly form = this.use(
    new FormController<Values>(this.ctx.host, {
      initial: () => ({
        'accounts.email': '',
        'accounts.name': '',
        'accounts.role': 'moderator',
        'accounts.password': '',
      }),
      validate: (v) => {
        const errors: FieldError[] = [];
        const email = v['accounts.email'].trim();
        const password = [...v['accounts.password']].length;
        if (!email) errors.push({ path: 'accounts.email', code: 'required' });
        else if (!EMAIL.test(email)) errors.push({ path: 'accounts.email', code: 'invalid-email' });
        if (password && password < PASSWORD_MIN_LENGTH) errors.push({ path: 'accounts.password', code: 'too-short' });
        if (password > PASSWORD_MAX_LENGTH) errors.push({ path: 'accounts.password', code: 'too-long' });
        return errors;
      },
      order: () => ['accounts.email', 'accounts.name', 'accounts.role', 'accounts.password'],
    }),
  );

  title(): string {
    return this.ctx.i18n.t('accountsHeading');
  }

  override start(): void {
    void this.load((signal) => adminReads.accounts(this.ctx.api, signal)).then((list) => {
      if (!list) return;
      this.accounts = list.items;
      this.loaded = true;
      this.ctx.requestUpdate();
    });
    this.tokens.start();
  }

  override close(): void {
    super.close();
    this.tokens.close();
  }

  private noun(path: string): string {
    const t = this.ctx.i18n;
    return path.endsWith('password')
      ? t.t('accountsPasswordNoun')
      : path.endsWith('name')
        ? t.t('accountsNameNoun')
        : t.t('accountsEmailNoun');
  }

  private message = (path: string, code: FieldErrorCode): string =>
    this.ctx.i18n.t(
      'fieldError',
      code,
      this.noun(path),
      code === 'too-long' ? (path.endsWith('password') ? PASSWORD_MAX_LENGTH : 100) : PASSWORD_MIN_LENGTH,
    );

  private error = (path: Field): string | undefined => {
    const e = this.form.errorFor(path);
    return e ? this.message(path, e.code) : undefined;
  };

  private onCreate = (e: Event): void => {
    e.preventDefault();
    void this.form.submit(() => this.create());
  };

  private async create(): Promise<void> {
    const t = this.ctx.i18n;
    const v = this.form.values;
    const email = v['accounts.email'].trim();
    const name = v['accounts.name'].trim();
    const password = v['accounts.password'];
    this.created = undefined;
    this.actionError = undefined;
    try {
      const created = await this.ctx.save({
        write: adminWrites.createAccount({
          email,
          role: v['accounts.role'] as StaffRole,
          ...(name ? { name } : {}),
          ...(password ? { password } : {}),
        }),
        schema: StaffAccountCreatedSchema,
        label: `${t.t('accountsCreate')}: ${email}`,
      });
      this.form.reset();
      this.created = created;
      this.accounts = [...this.accounts, created.account];
      this.ctx.announce(t.t('accountsCreated', created.account.email, created.account.role));
      this.ctx.requestUpdate();
      void this.ctx.focus(created.setupToken ? '#accounts-setup' : '#accounts-table');
    } catch (err) {
      const error = asApiError(err);
      if (error.code === 'validation' && error.fieldErrors.length)
        return this.form.showServerErrors(error.fieldErrors.map((x) => ({ ...x, path: `accounts.${x.path}` })));
      this.actionError = {
        message: error.code === 'conflict' ? t.t('accountsExists', email) : t.t('apiError', error.code),
      };
      this.ctx.requestUpdate();
      void this.ctx.focus('.accounts-error');
    }
  }

  private ask(account: StaffAccount, patch: StaffAccountPatch): void {
    this.confirm = { account, patch };
    this.actionError = undefined;
    this.ctx.requestUpdate();
    this.ctx.requestUpdate();
    void this.ctx.focus('#accounts-confirm-heading');
  }

  private async apply(c: Confirm): Promise<void> {
    const t = this.ctx.i18n;
    try {
      const updated = await this.ctx.save({
        write: adminWrites.patchAccount(c.account.id, c.patch),
        schema: StaffAccountSchema,
        label: this.question(c),
      });
      this.accounts = this.accounts.map((a) => (a.id === updated.id ? updated : a));
      this.confirm = undefined;
      this.ctx.announce(
        c.patch.role
          ? t.t('accountsRoleDone', updated.email, updated.role)
          : t.t('accountsDisabledDone', updated.email, updated.disabled),
      );
      this.ctx.requestUpdate();
      void this.ctx.focus(`#account-${CSS.escape(updated.id)}`);
    } catch (err) {
      const error = asApiError(err);
      this.confirm = undefined;
      this.actionError = {
        message: error.code === 'conflict' ? t.t('accountsLastAdmin', c.account.email) : t.t('apiError', error.code),
      };
      this.ctx.requestUpdate();
      void this.ctx.focus('.accounts-error');
    }
  }

  private question(c: Confirm): string {
    const t = this.ctx.i18n;
    return c.patch.role
      ? t.t('accountsRoleQuestion', c.account.email, c.patch.role)
      : t.t('accountsDisableQuestion', c.account.email, c.patch.disabled === true);
  }

  render(): TemplateResult {
    return html`${this.renderAccounts()} ${this.renderCreate()} ${this.tokens.render()}`;
  }

  private renderAccounts(): TemplateResult {
    const t = this.ctx.i18n;
    const heading = this.ctx.heading(1, t.t('accountsListHeading'), 'accounts-list');
    if (this.loadError)
      return html`<section class="block" aria-labelledby="accounts-list">
        ${heading}
        <div class="panel error" part="error" role="alert">
          ${t.t('apiError', this.loadError.code)}
          <button class="link-button" type="button" @click=${() => this.start()}>${t.t('retry')}</button>
        </div>
      </section>`;
    const c = this.confirm;
    return html`<section class="block" aria-labelledby="accounts-list">
      ${heading}
      ${
        this.actionError
          ? html`<div class="panel error accounts-error" part="error" role="alert" tabindex="-1">${this.actionError.message}</div>`
          : nothing
      }
      ${
        !this.loaded
          ? html`<p>${t.t('loading')}</p>`
          : html`${tableRegion(
              'accounts-caption',
              html`<table id="accounts-table" tabindex="-1">
                <caption id="accounts-caption">${t.t('accountsCaption', this.accounts.length)}</caption>
                <thead>
                  <tr>
                    <th scope="col">${t.t('accountsEmail')}</th>
                    <th scope="col">${t.t('accountsName')}</th>
                    <th scope="col">${t.t('accountsRole')}</th>
                    <th scope="col">${t.t('accountsState')}</th>
                    <th scope="col">${t.t('accountsLastSignIn')}</th>
                    <th scope="col">${t.t('accountsActions')}</th>
                  </tr>
                </thead>
                <tbody>
                  ${this.accounts.map((a) => this.renderRow(a))}
                </tbody>
              </table>`,
            )}`
      }
      ${
        c
          ? html`<div class="panel confirm" role="group" aria-labelledby="accounts-confirm-heading">
              <p class="confirm-question" id="accounts-confirm-heading" tabindex="-1"><strong>${this.question(c)}</strong></p>
              ${c.patch.disabled ? html`<p>${t.t('accountsDisableEffect')}</p>` : nothing}
              <div class="actions">
                <button class="button" type="button" id="accounts-confirm" @click=${() => void this.apply(c)}>
                  ${t.t('accountsConfirm')}
                </button>
                <button
                  class="button secondary"
                  type="button"
                  @click=${() => {
                    this.confirm = undefined;
                    this.ctx.announce(t.t('accountsCancelled'));
                    this.ctx.requestUpdate();
                    void this.ctx.focus(`#account-${CSS.escape(c.account.id)}`);
                  }}
                >
                  ${t.t('accountsCancel')}
                </button>
              </div>
            </div>`
          : nothing
      }
    </section>`;
  }

  private renderRow(a: StaffAccount): TemplateResult {
    const t = this.ctx.i18n;
    const other: StaffRole = a.role === 'admin' ? 'moderator' : 'admin';
    const state = a.disabled ? t.t('accountsDisabled') : a.passwordSet ? t.t('accountsActive') : t.t('accountsWaiting');
    const self = a.id === this.ctx.session.account.id;
    return html`<tr>
      <th scope="row" id="account-${a.id}" tabindex="-1">${a.email}${self ? html` <span class="muted">(${t.t('accountsYou')})</span>` : nothing}</th>
      <td>${a.name ?? ''}</td>
      <td>${t.t('accountsRoleName', a.role)}</td>
      <td>${a.disabled ? html`<span class="tag">${state}</span>` : state}</td>
      <td>${a.lastSignInAt ? t.date(a.lastSignInAt, { dateStyle: 'medium', timeStyle: 'short' }) : t.t('accountsNever')}</td>
      <td class="row-actions">
        <button class="button secondary small" type="button" @click=${() => this.ask(a, { role: other })}>
          ${t.t('accountsMakeRole', other)}<span class="visually-hidden">: ${a.email}</span>
        </button>
        <button class="button secondary small" type="button" @click=${() => this.ask(a, { disabled: !a.disabled })}>
          ${a.disabled ? t.t('accountsEnable') : t.t('accountsDisable')}<span class="visually-hidden">: ${a.email}</span>
        </button>
      </td>
    </tr>`;
  }

  private renderCreate(): TemplateResult {
    const t = this.ctx.i18n;
    const f = this.form;
    const v = f.values;
    const c = this.created;
    const prefix = t.t('errorPrefix');
    const pw = 'f-accounts-password';
    const pwError = this.error('accounts.password');
    return html`<section class="block" aria-labelledby="accounts-create">
      ${this.ctx.heading(1, t.t('accountsCreateHeading'), 'accounts-create')}
      ${
        c?.setupToken
          ? html`<div class="panel success once" id="accounts-setup" tabindex="-1" role="group" aria-labelledby="accounts-setup-title">
              <p id="accounts-setup-title"><strong>${t.t('accountsSetupTitle', c.account.email)}</strong></p>
              <p>${t.t('accountsSetupOnce', c.setupExpiresAt ? t.date(c.setupExpiresAt, { dateStyle: 'medium', timeStyle: 'short' }) : '')}</p>
              <p class="secret"><code id="accounts-setup-token">${c.setupToken}</code></p>
              <p>${t.t('accountsSetupHow')}</p>
              <div class="actions">
                ${this.tokens.copyButton(c.setupToken, t.t('accountsCopyToken'))}
                <button
                  class="button secondary"
                  type="button"
                  @click=${() => {
                    this.created = undefined;
                    this.ctx.requestUpdate();
                    void this.ctx.focus('#f-accounts-email');
                  }}
                >
                  ${t.t('accountsSetupDone')}
                </button>
              </div>
            </div>`
          : nothing
      }
      <form part="form" novalidate aria-labelledby="accounts-create" @submit=${this.onCreate}>
        ${errorSummary({
          title: t.t('errorSummaryTitle'),
          items: f.summary(this.message),
          focusField: f.focusField,
          headingLevel: this.ctx.level(2),
        })}
        ${textField({
          id: 'f-accounts-email',
          label: t.t('accountsEmail'),
          type: 'email',
          autocomplete: 'off',
          value: v['accounts.email'],
          error: this.error('accounts.email'),
          errorPrefix: prefix,
          onInput: (x) => f.set('accounts.email', x),
        })}
        ${textField({
          id: 'f-accounts-name',
          label: t.t('accountsName'),
          optionalText: t.t('optional'),
          autocomplete: 'off',
          value: v['accounts.name'],
          error: this.error('accounts.name'),
          errorPrefix: prefix,
          onInput: (x) => f.set('accounts.name', x),
        })}
        ${choiceGroup({
          id: 'f-accounts-role',
          legend: t.t('accountsRole'),
          type: 'radio',
          options: STAFF_ROLES.map((r) => ({
            value: r,
            label: t.t('accountsRoleName', r),
            hint: t.t('accountsRoleHint', r),
          })),
          selected: [v['accounts.role']],
          errorPrefix: prefix,
          onChange: ([x]) => f.set('accounts.role', x ?? 'moderator'),
        })}
        <div class="field ${pwError ? 'has-error' : ''}" part="field">
          <label class="label" part="label" for=${pw}>
            ${t.t('accountsPassword')} <span class="optional">${t.t('optional')}</span>
          </label>
          <div class="hint" part="hint" id="${pw}-hint">${t.t('accountsPasswordHint', PASSWORD_MIN_LENGTH)}</div>
          ${errorTemplate(pw, prefix, pwError)}
          <input
            part="input"
            class="input"
            id=${pw}
            type="password"
            autocomplete="new-password"
            aria-describedby="${pw}-hint${pwError ? ` ${pw}-error` : ''}"
            aria-invalid=${pwError ? 'true' : 'false'}
            .value=${live(v['accounts.password'])}
            @input=${(e: Event) => f.set('accounts.password', (e.target as HTMLInputElement).value)}
          />
        </div>
        <button class="button" part="submit-button" type="submit" aria-disabled=${f.busy ? 'true' : 'false'}>
          ${f.busy ? t.t('busy') : t.t('accountsCreate')}
        </button>
      </form>
    </section>`;
  }
}
