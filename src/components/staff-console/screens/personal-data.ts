/**
 * Personal data on request (any staff role): find a resident's ideas and signups by e-mail address
 * (`GET /v1/staff/personal-data?email=`), show them (a table each), export them as JSON, and erase
 * their contact details after a confirmation step that names what will be erased and asks staff to
 * type the address again; then say what was done (counts) and look again (nothing is found).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { asApiError } from '../../../api/errors.js';
import { errorSummary } from '../../../internal/error-summary.js';
import { FormController } from '../../../internal/form-controller.js';
import { textField } from '../../../internal/form-field.js';
import type { FieldError, FieldErrorCode } from '../../../schema/problem.js';
import type { PersonalDataErased, PersonalDataExport } from '../../../schema/staff/personal-data.js';
import { StaffScreen } from '../screen.js';
import { tableRegion } from '../table-region.js';
import { adminReads, adminWrites, PersonalDataErasedSchema } from '../staff-api.js';

type Values = { 'personal.email': string; 'personal.confirm': string };

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

export class PersonalDataScreen extends StaffScreen {
  private found: PersonalDataExport | undefined;
  private exportUrl = '';
  private confirming = false;
  private erased: PersonalDataErased | undefined;
  private active: 'find' | 'erase' = 'find';
  private sendError = '';

  readonly form = this.use(
    new FormController<Values>(this.ctx.host, {
      initial: () => ({ 'personal.email': '', 'personal.confirm': '' }),
      validate: (v) => {
        const errors: FieldError[] = [];
        if (this.active === 'find') {
          const email = v['personal.email'].trim();
          if (!email) errors.push({ path: 'personal.email', code: 'required' });
          else if (!EMAIL.test(email)) errors.push({ path: 'personal.email', code: 'invalid-email' });
        } else if (!same(v['personal.confirm'], this.found?.email ?? '')) {
          errors.push({ path: 'personal.confirm', code: v['personal.confirm'].trim() ? 'invalid' : 'required' });
        }
        return errors;
      },
      order: () => (this.active === 'find' ? ['personal.email'] : ['personal.confirm']),
    }),
  );

  title(): string {
    return this.ctx.i18n.t('personalHeading');
  }

  override close(): void {
    super.close();
    if (this.exportUrl) URL.revokeObjectURL(this.exportUrl);
  }

  private message = (path: string, code: FieldErrorCode): string => {
    const t = this.ctx.i18n;
    if (path === 'personal.confirm')
      return code === 'required'
        ? t.t('personalConfirmRequired')
        : t.t('personalConfirmMismatch', this.found?.email ?? '');
    return t.t('fieldError', code, t.t('personalEmailNoun'));
  };

  private error = (path: keyof Values): string | undefined => {
    const e = this.form.errorFor(path);
    return e ? this.message(path, e.code) : undefined;
  };

  private show(found: PersonalDataExport | undefined): void {
    this.found = found;
    if (this.exportUrl) URL.revokeObjectURL(this.exportUrl);
    this.exportUrl = found
      ? URL.createObjectURL(new Blob([`${JSON.stringify(found, null, 2)}\n`], { type: 'application/json' }))
      : '';
    this.ctx.requestUpdate();
  }

  private onFind = (e: Event): void => {
    e.preventDefault();
    this.active = 'find';
    this.erased = undefined;
    this.confirming = false;
    void this.form.submit(() => this.find(this.form.values['personal.email'].trim()));
  };

  private async find(email: string, quiet = false): Promise<void> {
    const t = this.ctx.i18n;
    this.sendError = '';
    const found = await this.load((signal) => adminReads.personalData(this.ctx.api, email, signal));
    if (this.loadError?.code === 'validation') {
      this.loadError = undefined;
      return this.form.showServerErrors([{ path: 'personal.email', code: 'invalid-email' }]);
    }
    if (!found) return;
    this.show(found);
    if (!quiet) this.ctx.announce(t.t('personalFound', found.email, found.ideas.length, found.signups.length));
    this.ctx.requestUpdate();
    void this.ctx.focus('#personal-result');
  }

  private askErase(): void {
    this.confirming = true;
    this.active = 'erase';
    // A fresh step: nothing red before staff try to confirm.
    this.form.values = { ...this.form.values, 'personal.confirm': '' };
    this.form.submitted = false;
    this.ctx.requestUpdate();
    void this.ctx.focus('#personal-erase-heading');
  }

  private onErase = (e: Event): void => {
    e.preventDefault();
    this.active = 'erase';
    const found = this.found;
    if (found) void this.form.submit(() => this.erase(found.email));
  };

  private async erase(email: string): Promise<void> {
    const t = this.ctx.i18n;
    try {
      const erased = await this.ctx.save({
        write: adminWrites.erase(email),
        schema: PersonalDataErasedSchema,
        label: t.t('personalEraseLabel', email),
      });
      this.confirming = false;
      this.active = 'find';
      this.form.set('personal.confirm', '');
      this.ctx.announce(t.t('personalErased', email, erased.ideas, erased.signups, erased.cancelledSignups));
      // Looked up again: the address is gone from every record; then the report shows with it.
      await this.find(email, true);
      this.erased = erased;
      this.ctx.requestUpdate();
      void this.ctx.focus('#personal-erased');
    } catch (err) {
      this.sendError = t.t('apiError', asApiError(err).code);
      this.ctx.requestUpdate();
      void this.ctx.focus('.personal-error');
    }
  }

  render(): TemplateResult {
    const t = this.ctx.i18n;
    const f = this.form;
    return html`<p>${t.t('personalIntro')}</p>
      <form part="form" novalidate aria-label=${t.t('personalFind')} @submit=${this.onFind}>
        ${this.active === 'find' ? errorSummary({ title: t.t('errorSummaryTitle'), items: f.summary(this.message), focusField: f.focusField, headingLevel: this.ctx.level(1) }) : nothing}
        ${textField({
          id: 'f-personal-email',
          label: t.t('personalEmail'),
          hint: t.t('personalEmailHint'),
          type: 'email',
          autocomplete: 'off',
          value: f.values['personal.email'],
          error: this.active === 'find' ? this.error('personal.email') : undefined,
          errorPrefix: t.t('errorPrefix'),
          onInput: (v) => f.set('personal.email', v),
        })}
        <button class="button" part="submit-button" type="submit">${this.loading ? t.t('loading') : t.t('personalFind')}</button>
      </form>
      ${
        this.loadError
          ? html`<div class="panel error" part="error" role="alert">${t.t('apiError', this.loadError.code)}</div>`
          : nothing
      }
      ${this.sendError ? html`<div class="panel error personal-error" part="error" role="alert" tabindex="-1">${this.sendError}</div>` : nothing}
      ${
        this.erased
          ? html`<div class="panel success" id="personal-erased" tabindex="-1">
              ${t.t('personalErased', this.found?.email ?? '', this.erased.ideas, this.erased.signups, this.erased.cancelledSignups)}
            </div>`
          : nothing
      }
      ${this.found ? this.renderFound(this.found) : nothing}`;
  }

  private renderFound(d: PersonalDataExport): TemplateResult {
    const t = this.ctx.i18n;
    const none = d.ideas.length === 0 && d.signups.length === 0;
    const when = (iso: string) => t.date(iso, { dateStyle: 'medium', timeStyle: 'short' });
    return html`<section class="block" aria-labelledby="personal-result">
      ${this.ctx.heading(1, t.t('personalResult', d.email), 'personal-result')}
      ${
        none
          ? html`<p>${t.t('personalNothing', d.email)}</p>`
          : html`<p>${t.t('personalSummary', d.ideas.length, d.signups.length)}</p>
              ${
                d.ideas.length
                  ? html`${tableRegion(
                      'personal-ideas-caption',
                      html`<table>
                        <caption id="personal-ideas-caption">${t.t('personalIdeas')}</caption>
                        <thead>
                          <tr>
                            <th scope="col">${t.t('inboxReference')}</th>
                            <th scope="col">${t.t('inboxTitle')}</th>
                            <th scope="col">${t.t('inboxStatus')}</th>
                            <th scope="col">${t.t('inboxReceived')}</th>
                            <th scope="col">${t.t('personalContact')}</th>
                          </tr>
                        </thead>
                        <tbody>
                          ${d.ideas.map(
                            (i) => html`<tr>
                              <th scope="row">${i.reference}</th>
                              <td>${i.title}</td>
                              <td>${t.t('statusName', i.status)}</td>
                              <td>${when(i.receivedAt)}</td>
                              <td>${i.contact.name} ${i.contact.phone ? html`<br />${i.contact.phone}` : nothing}</td>
                            </tr>`,
                          )}
                        </tbody>
                      </table>`,
                    )}`
                  : nothing
              }
              ${
                d.signups.length
                  ? html`${tableRegion(
                      'personal-signups-caption',
                      html`<table>
                        <caption id="personal-signups-caption">${t.t('personalSignups')}</caption>
                        <thead>
                          <tr>
                            <th scope="col">${t.t('inboxReference')}</th>
                            <th scope="col">${t.t('personalRole')}</th>
                            <th scope="col">${t.t('inboxStatus')}</th>
                            <th scope="col">${t.t('personalSignedUp')}</th>
                            <th scope="col">${t.t('personalContact')}</th>
                          </tr>
                        </thead>
                        <tbody>
                          ${d.signups.map(
                            (s) => html`<tr>
                              <th scope="row">${s.reference}</th>
                              <td><code>${s.roleId}</code></td>
                              <td>${t.t('personalSignupStatus', s.status)}</td>
                              <td>${when(s.createdAt)}</td>
                              <td>${s.contact.name} ${s.contact.phone ? html`<br />${s.contact.phone}` : nothing}</td>
                            </tr>`,
                          )}
                        </tbody>
                      </table>`,
                    )}`
                  : nothing
              }
              <div class="actions">
                <a id="personal-export" href=${this.exportUrl} download="personal-data.json">${t.t('personalExport')}</a>
                ${
                  this.confirming
                    ? nothing
                    : html`<button class="button warning-button" type="button" id="personal-erase" @click=${() => this.askErase()}>
                        ${t.t('personalErase')}
                      </button>`
                }
              </div>
              ${this.confirming ? this.renderConfirm(d) : nothing}`
      }
    </section>`;
  }

  private renderConfirm(d: PersonalDataExport): TemplateResult {
    const t = this.ctx.i18n;
    const f = this.form;
    const active = d.signups.filter((s) => s.status !== 'cancelled').length;
    return html`<div class="panel confirm" role="group" aria-labelledby="personal-erase-heading">
      ${this.ctx.heading(2, t.t('personalEraseHeading', d.email), 'personal-erase-heading')}
      <ul>
        <li>${t.t('personalEraseIdeas', d.ideas.length)}</li>
        <li>${t.t('personalEraseSignups', d.signups.length, active)}</li>
      </ul>
      <p>${t.t('personalEraseKept')}</p>
      <p><strong>${t.t('personalEraseFinal')}</strong></p>
      <form part="form" novalidate aria-labelledby="personal-erase-heading" @submit=${this.onErase}>
        ${this.active === 'erase' ? errorSummary({ title: t.t('errorSummaryTitle'), items: f.summary(this.message), focusField: f.focusField, headingLevel: this.ctx.level(3) }) : nothing}
        ${textField({
          id: 'f-personal-confirm',
          label: t.t('personalConfirmLabel', d.email),
          autocomplete: 'off',
          type: 'email',
          value: f.values['personal.confirm'],
          error: this.active === 'erase' ? this.error('personal.confirm') : undefined,
          errorPrefix: t.t('errorPrefix'),
          onInput: (v) => f.set('personal.confirm', v),
        })}
        <div class="actions">
          <button class="button" part="submit-button" type="submit" aria-disabled=${f.busy ? 'true' : 'false'}>
            ${f.busy ? t.t('busy') : t.t('personalEraseSubmit')}
          </button>
          <button
            class="button secondary"
            type="button"
            @click=${() => {
              this.confirming = false;
              this.active = 'find';
              this.ctx.announce(t.t('personalEraseCancelled'));
              this.ctx.requestUpdate();
              void this.ctx.focus('#personal-erase');
            }}
          >
            ${t.t('personalCancel')}
          </button>
        </div>
      </form>
    </div>`;
  }
}
