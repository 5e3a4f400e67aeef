/**
 * The API tokens section of the accounts screen (admins): every named token in a table (never the
 * token itself), create one (the token is shown ONCE, with a copy button and a warning), revoke one
 * after a confirmation step. Not a screen of its own: the accounts screen owns it and renders it.
 */
import type { ReactiveController, TemplateResult } from 'lit';
import { html, nothing } from 'lit';
import { asApiError } from '../../../api/errors.js';
import { errorSummary } from '../../../internal/error-summary.js';
import { FormController } from '../../../internal/form-controller.js';
import { choiceGroup, textField } from '../../../internal/form-field.js';
import type { FieldError, FieldErrorCode } from '../../../schema/problem.js';
import { STAFF_ROLES, type StaffRole } from '../../../schema/staff/audit.js';
import type { ApiToken, ApiTokenCreated } from '../../../schema/staff/accounts.js';
import type { ScreenContext } from '../screen.js';
import { tableRegion } from '../table-region.js';
import { adminReads, adminWrites, ApiTokenCreatedSchema, ApiTokenSchema } from '../staff-api.js';

type Values = { 'tokens.name': string; 'tokens.role': string };

export class TokensSection {
  private tokens: ApiToken[] = [];
  private loaded = false;
  private loadFailed: string | undefined;
  private created: ApiTokenCreated | undefined;
  private revoking: ApiToken | undefined;
  private actionError = '';
  private controller: AbortController | undefined;

  readonly form: FormController<Values>;

  constructor(
    private readonly ctx: ScreenContext,
    use: <C extends ReactiveController>(c: C) => C,
  ) {
    this.form = use(
      new FormController<Values>(ctx.host, {
        initial: () => ({ 'tokens.name': '', 'tokens.role': 'moderator' }),
        validate: (v) => {
          const errors: FieldError[] = [];
          const n = [...v['tokens.name'].trim()].length;
          if (!n) errors.push({ path: 'tokens.name', code: 'required' });
          if (n > 100) errors.push({ path: 'tokens.name', code: 'too-long' });
          return errors;
        },
        order: () => ['tokens.name', 'tokens.role'],
      }),
    );
  }

  start(): void {
    this.controller?.abort();
    const controller = (this.controller = new AbortController());
    adminReads.apiTokens(this.ctx.api, controller.signal).then(
      (list) => {
        this.tokens = list.items;
        this.loaded = true;
        this.loadFailed = undefined;
        this.ctx.requestUpdate();
      },
      (e: unknown) => {
        const error = asApiError(e);
        if (controller.signal.aborted || error.code === 'aborted' || error.status === 401) return;
        this.loadFailed = this.ctx.i18n.t('apiError', error.code);
        this.ctx.requestUpdate();
      },
    );
  }

  close(): void {
    this.controller?.abort();
  }

  /** A button that copies `text` to the clipboard and says so. */
  copyButton(text: string, label: string): TemplateResult {
    const t = this.ctx.i18n;
    return html`<button
      class="button secondary copy"
      type="button"
      @click=${async () => {
        try {
          await navigator.clipboard.writeText(text);
          this.ctx.announce(t.t('tokensCopied'));
        } catch {
          this.ctx.announce(t.t('tokensCopyFailed'));
        }
      }}
    >
      ${label}
    </button>`;
  }

  private message = (_path: string, code: FieldErrorCode): string =>
    this.ctx.i18n.t('fieldError', code, this.ctx.i18n.t('tokensNameNoun'), 100);

  private onCreate = (e: Event): void => {
    e.preventDefault();
    void this.form.submit(() => this.create());
  };

  private async create(): Promise<void> {
    const t = this.ctx.i18n;
    const name = this.form.values['tokens.name'].trim();
    const role = this.form.values['tokens.role'] as StaffRole;
    this.created = undefined;
    this.actionError = '';
    try {
      const created = await this.ctx.save({
        write: adminWrites.createToken({ name, role }),
        schema: ApiTokenCreatedSchema,
        label: `${t.t('tokensCreate')}: ${name}`,
      });
      this.form.reset();
      this.created = created;
      this.tokens = [created.apiToken, ...this.tokens];
      this.ctx.announce(t.t('tokensCreated', name));
      this.ctx.requestUpdate();
      void this.ctx.focus('#tokens-once');
    } catch (err) {
      const error = asApiError(err);
      if (error.code === 'validation' && error.fieldErrors.length)
        return this.form.showServerErrors(error.fieldErrors.map((x) => ({ ...x, path: `tokens.${x.path}` })));
      this.actionError = t.t('apiError', error.code);
      this.ctx.requestUpdate();
      void this.ctx.focus('.tokens-error');
    }
  }

  private async revoke(token: ApiToken): Promise<void> {
    const t = this.ctx.i18n;
    try {
      const revoked = await this.ctx.save({
        write: adminWrites.revokeToken(token.id),
        schema: ApiTokenSchema,
        label: t.t('tokensRevokeQuestion', token.name),
      });
      this.tokens = this.tokens.map((x) => (x.id === revoked.id ? revoked : x));
      this.revoking = undefined;
      this.ctx.announce(t.t('tokensRevoked', token.name));
      this.ctx.requestUpdate();
      void this.ctx.focus('#tokens-table');
    } catch (err) {
      this.revoking = undefined;
      this.actionError = t.t('apiError', asApiError(err).code);
      this.ctx.requestUpdate();
      void this.ctx.focus('.tokens-error');
    }
  }

  render(): TemplateResult {
    const t = this.ctx.i18n;
    const f = this.form;
    const c = this.created;
    const r = this.revoking;
    const error = f.errorFor('tokens.name');
    return html`<section class="block" aria-labelledby="tokens-heading">
      ${this.ctx.heading(1, t.t('tokensHeading'), 'tokens-heading')}
      <p>${t.t('tokensIntro')}</p>
      ${this.actionError ? html`<div class="panel error tokens-error" part="error" role="alert" tabindex="-1">${this.actionError}</div>` : nothing}
      ${this.loadFailed ? html`<div class="panel error" part="error" role="alert">${this.loadFailed}</div>` : nothing}
      ${
        c
          ? html`<div class="panel success once" id="tokens-once" tabindex="-1" role="group" aria-labelledby="tokens-once-title">
              <p id="tokens-once-title"><strong>${t.t('tokensOnceTitle', c.apiToken.name)}</strong></p>
              <p class="warning"><strong>${t.t('tokensOnceWarning')}</strong></p>
              <p class="secret"><code id="tokens-secret">${c.token}</code></p>
              <div class="actions">
                ${this.copyButton(c.token, t.t('tokensCopy'))}
                <button
                  class="button secondary"
                  type="button"
                  @click=${() => {
                    this.created = undefined;
                    this.ctx.announce(t.t('tokensHidden'));
                    this.ctx.requestUpdate();
                    void this.ctx.focus('#f-tokens-name');
                  }}
                >
                  ${t.t('tokensOnceDone')}
                </button>
              </div>
            </div>`
          : nothing
      }
      ${
        !this.loaded
          ? this.loadFailed
            ? nothing
            : html`<p>${t.t('loading')}</p>`
          : this.tokens.length === 0
            ? html`<p>${t.t('tokensNone')}</p>`
            : html`${tableRegion(
                'tokens-caption',
                html`<table id="tokens-table" tabindex="-1">
                  <caption id="tokens-caption">${t.t('tokensCaption')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">${t.t('tokensName')}</th>
                      <th scope="col">${t.t('accountsRole')}</th>
                      <th scope="col">${t.t('tokensCreatedBy')}</th>
                      <th scope="col">${t.t('tokensLastUsed')}</th>
                      <th scope="col">${t.t('accountsState')}</th>
                      <th scope="col">${t.t('accountsActions')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    ${this.tokens.map(
                      (x) => html`<tr>
                        <th scope="row">${x.name}</th>
                        <td>${t.t('accountsRoleName', x.role)}</td>
                        <td>${x.createdBy ?? ''}<br /><span class="muted">${t.date(x.createdAt, { dateStyle: 'medium', timeStyle: 'short' })}</span></td>
                        <td>${x.lastUsedAt ? t.date(x.lastUsedAt, { dateStyle: 'medium', timeStyle: 'short' }) : t.t('accountsNever')}</td>
                        <td>
                          ${
                            x.revokedAt
                              ? html`<span class="tag">${t.t('tokensRevokedAt', t.date(x.revokedAt, { dateStyle: 'medium', timeStyle: 'short' }))}</span>`
                              : t.t('accountsActive')
                          }
                        </td>
                        <td>
                          ${
                            x.revokedAt
                              ? nothing
                              : html`<button
                                  class="button secondary small"
                                  type="button"
                                  @click=${() => {
                                    this.revoking = x;
                                    this.ctx.requestUpdate();
                                    this.ctx.requestUpdate();
                                    void this.ctx.focus('#tokens-confirm-question');
                                  }}
                                >
                                  ${t.t('tokensRevoke')}<span class="visually-hidden">: ${x.name}</span>
                                </button>`
                          }
                        </td>
                      </tr>`,
                    )}
                  </tbody>
                </table>`,
              )}`
      }
      ${
        r
          ? html`<div class="panel confirm" role="group" aria-labelledby="tokens-confirm-question">
              <p id="tokens-confirm-question" tabindex="-1"><strong>${t.t('tokensRevokeQuestion', r.name)}</strong></p>
              <p>${t.t('tokensRevokeEffect')}</p>
              <div class="actions">
                <button class="button" type="button" id="tokens-confirm" @click=${() => void this.revoke(r)}>
                  ${t.t('tokensRevoke')}
                </button>
                <button
                  class="button secondary"
                  type="button"
                  @click=${() => {
                    this.revoking = undefined;
                    this.ctx.announce(t.t('accountsCancelled'));
                    this.ctx.requestUpdate();
                    void this.ctx.focus('#tokens-table');
                  }}
                >
                  ${t.t('accountsCancel')}
                </button>
              </div>
            </div>`
          : nothing
      }
      ${this.ctx.heading(2, t.t('tokensCreateHeading'), 'tokens-create')}
      <form part="form" novalidate aria-labelledby="tokens-create" @submit=${this.onCreate}>
        ${errorSummary({ title: t.t('errorSummaryTitle'), items: f.summary(this.message), focusField: f.focusField, headingLevel: this.ctx.level(3) })}
        ${textField({
          id: 'f-tokens-name',
          label: t.t('tokensName'),
          hint: t.t('tokensNameHint'),
          autocomplete: 'off',
          value: f.values['tokens.name'],
          error: error ? this.message('tokens.name', error.code) : undefined,
          errorPrefix: t.t('errorPrefix'),
          onInput: (x) => f.set('tokens.name', x),
        })}
        ${choiceGroup({
          id: 'f-tokens-role',
          legend: t.t('accountsRole'),
          type: 'radio',
          options: STAFF_ROLES.map((x) => ({ value: x, label: t.t('accountsRoleName', x) })),
          selected: [f.values['tokens.role']],
          errorPrefix: t.t('errorPrefix'),
          onChange: ([x]) => f.set('tokens.role', x ?? 'moderator'),
        })}
        <button class="button" part="submit-button" type="submit" aria-disabled=${f.busy ? 'true' : 'false'}>
          ${f.busy ? t.t('busy') : t.t('tokensCreate')}
        </button>
      </form>
    </section>`;
  }
}
