/**
 * Volunteers: an initiative's roles (published or not) and their shifts with places left; per
 * shift the confirmed list and the reserve list (`GET /v1/staff/signups?shiftId=`, split by the
 * signup's status on that shift, in the order places are given); cancelling one volunteer's signup
 * (`POST /v1/staff/signups/{id}/cancel`, after a confirmation step: the first on the reserve list
 * moves up, the lists update and the status line names who moved up); cancelling a shift (after a
 * confirmation step); CSV exports that download with the session cookie; the role and shift forms
 * are in volunteers-forms.ts.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { asApiError, type ApiError } from '../../../api/errors.js';
import type { SignupRecord, StaffInitiative, StaffVolunteerRole } from '../../../schema/staff/moderation.js';
import { StaffScreen } from '../screen.js';
import { tableRegion } from '../table-region.js';
import { contentReads, contentWrites, ShiftCancelledSchema, SignupCancelledByStaffSchema } from '../staff-api.js';
import { VolunteerForms, type FormTarget } from './volunteers-forms.js';

type Shift = StaffVolunteerRole['shifts'][number];
/** Signups read per page of a shift's lists. */
export const SIGNUPS_PAGE_SIZE = 100;

type Confirm =
  { kind: 'signup'; signup: SignupRecord } | { kind: 'shift'; role: StaffVolunteerRole; shift: Shift; signups: number };

export class VolunteersScreen extends StaffScreen {
  private initiatives: StaffInitiative[] = [];
  private chosen = '';
  private roles: StaffVolunteerRole[] | undefined;
  private shown: { role: StaffVolunteerRole; shift: Shift } | undefined;
  private signups: SignupRecord[] = [];
  private signupsCursor: string | null = null;
  /** The shift whose signups `signups` holds: the lists show only once they are that of the shown shift. */
  private signupsOf: string | undefined;
  private confirm: Confirm | undefined;
  private sendError: ApiError | undefined;
  private busy = false;
  private readonly forms = new VolunteerForms(this.ctx, (what) => this.afterForm(what));
  private formTarget: FormTarget | undefined;

  title(): string {
    return this.ctx.i18n.t('volunteersHeading');
  }

  override start(): void {
    this.chosen = this.chosen || (this.place.params?.['initiative'] ?? '');
    void this.load((signal) => contentReads.initiatives(this.ctx.api, { limit: 100 }, signal)).then((page) => {
      if (!page) return;
      this.initiatives = page.items;
      this.ctx.requestUpdate();
      if (this.chosen) void this.loadRoles();
    });
  }

  override close(): void {
    this.forms.close();
    super.close();
  }

  private shiftName(s: { start?: string; end?: string }): string {
    const t = this.ctx.i18n;
    const opts = { dateStyle: 'medium', timeStyle: 'short' } as const;
    return t.t(
      'volunteersShiftName',
      s.start ? t.date(s.start, opts) : '?',
      s.end ? t.date(s.end, { timeStyle: 'short' }) : '?',
    );
  }

  private async loadRoles(): Promise<void> {
    const id = this.chosen;
    if (!id) return;
    const list = await this.load((signal) => contentReads.roles(this.ctx.api, id, signal));
    if (!list) return;
    this.roles = list.items;
    // The shown shift, fresh (places left); gone when it was cancelled.
    if (this.shown) {
      const role = list.items.find((r) => r.id === this.shown?.role.id);
      const shift = role?.shifts.find((s) => s.id === this.shown?.shift.id);
      this.shown = role && shift ? { role, shift } : undefined;
    }
    this.ctx.requestUpdate();
  }

  private async showLists(role: StaffVolunteerRole, shift: Shift, more = false): Promise<void> {
    this.shown = { role, shift };
    this.confirm = undefined;
    const cursor = more ? (this.signupsCursor ?? undefined) : undefined;
    const page = await this.load((signal) =>
      contentReads.signups(this.ctx.api, { shiftId: shift.id, limit: SIGNUPS_PAGE_SIZE, cursor }, signal),
    );
    if (!page) return;
    this.signups = more ? [...this.signups, ...page.items] : page.items;
    this.signupsCursor = page.nextCursor;
    this.signupsOf = shift.id;
    this.ctx.requestUpdate();
  }

  /** The signups of the shown shift with this status on it, in the order places are given (oldest first). */
  private list(status: 'confirmed' | 'waitlisted'): SignupRecord[] {
    const shiftId = this.shown?.shift.id;
    return this.signups
      .filter((s) => s.shifts.some((x) => x.shiftId === shiftId && x.status === status))
      .sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1));
  }

  private ask(c: Confirm): void {
    this.confirm = c;
    this.sendError = undefined;
    this.ctx.requestUpdate();
    void this.ctx.focus('#volunteers-confirm-q');
  }

  private async cancelSignup(s: SignupRecord): Promise<void> {
    const t = this.ctx.i18n;
    if (this.busy) return;
    this.busy = true;
    try {
      const r = await this.ctx.save({
        write: contentWrites.cancelSignup(s.id),
        schema: SignupCancelledByStaffSchema,
        label: t.t('volunteersCancelSignup', s.reference),
      });
      this.confirm = undefined;
      await this.loadRoles();
      if (this.shown) await this.showLists(this.shown.role, this.shown.shift);
      const promoted = r.promoted.map((p) => p.reference).join(', ');
      this.ctx.announce(
        r.changed
          ? t.t('volunteersSignupCancelled', r.reference, promoted)
          : t.t('volunteersSignupCancelledAlready', r.reference),
      );
      void this.ctx.focus('#volunteers-lists');
    } catch (err) {
      this.sendError = asApiError(err);
      void this.ctx.focus('.send-error');
    } finally {
      this.busy = false;
      this.ctx.requestUpdate();
    }
  }

  private async cancelShift(role: StaffVolunteerRole, shift: Shift): Promise<void> {
    const t = this.ctx.i18n;
    if (this.busy) return;
    this.busy = true;
    const name = this.shiftName(shift);
    try {
      await this.ctx.save({
        write: contentWrites.cancelShift(role.id, shift.id),
        schema: ShiftCancelledSchema,
        label: `${t.t('volunteersCancelShiftYes')}: ${name}`,
      });
      this.confirm = undefined;
      if (this.shown?.shift.id === shift.id) this.shown = undefined;
      await this.loadRoles();
      this.ctx.announce(t.t('volunteersShiftCancelled', name));
      void this.ctx.focus(`#role-${role.id}`);
    } catch (err) {
      this.sendError = asApiError(err);
      void this.ctx.focus('.send-error');
    } finally {
      this.busy = false;
      this.ctx.requestUpdate();
    }
  }

  private openForm(target: FormTarget): void {
    this.formTarget = target;
    this.forms.open(target);
    this.ctx.requestUpdate();
    void this.ctx.focus('#volunteers-form');
  }

  /** A role or shift was saved (or the form closed): reload the roles and go back to where staff were. */
  private afterForm(saved: boolean): void {
    const target = this.formTarget;
    this.formTarget = undefined;
    if (saved) void this.loadRoles();
    this.ctx.requestUpdate();
    if (target?.kind === 'new-role' || !target) void this.ctx.focus('#volunteers-new-role');
    else void this.ctx.focus(`#role-${target.role.id}`);
  }

  render(): TemplateResult {
    const t = this.ctx.i18n;
    return html`<form
        part="form"
        class="filters"
        novalidate
        aria-label=${t.t('volunteersInitiative')}
        @submit=${(e: Event) => {
          e.preventDefault();
          const select = (e.target as HTMLFormElement).querySelector('select');
          this.chosen = select?.value ?? '';
          this.shown = undefined;
          this.roles = undefined;
          void this.loadRoles();
        }}
      >
        <div class="field" part="field">
          <label class="label" part="label" for="f-volunteers-initiative">${t.t('volunteersInitiative')}</label>
          <select part="input" class="input select" id="f-volunteers-initiative">
            <option value="" ?selected=${!this.chosen}>${t.t('volunteersChoose')}</option>
            ${this.initiatives.map(
              (i) => html`<option value=${i.id} ?selected=${i.id === this.chosen}>${i.title}</option>`,
            )}
          </select>
        </div>
        <button class="button secondary" part="submit-button" type="submit">${t.t('volunteersShow')}</button>
      </form>
      ${
        this.loadError
          ? html`<div class="panel error" part="error" role="alert">
              ${t.t('apiError', this.loadError.code)}
              <button class="link-button" type="button" @click=${() => this.start()}>${t.t('retry')}</button>
            </div>`
          : nothing
      }
      ${
        this.sendError
          ? html`<div class="panel error send-error" part="error" role="alert" tabindex="-1">
              ${t.t('apiError', this.sendError.code)}
            </div>`
          : nothing
      }
      ${this.renderRoles()}`;
  }

  private renderRoles(): TemplateResult | typeof nothing {
    const t = this.ctx.i18n;
    if (!this.chosen) return nothing;
    if (!this.roles) return this.loadError ? nothing : html`<p>${t.t('loading')}</p>`;
    const initiativeId = this.chosen;
    const form = this.formTarget ? this.forms.render() : nothing;
    return html`${this.roles.length === 0 ? html`<p>${t.t('volunteersNoRoles')}</p>` : nothing}
      ${this.roles.map((r) => this.renderRole(r))}
      ${this.formTarget?.kind === 'new-role' ? form : nothing}
      <div class="actions">
        <button
          id="volunteers-new-role"
          class="button secondary"
          type="button"
          @click=${() => this.openForm({ kind: 'new-role', initiativeId })}
        >
          ${t.t('volunteersNewRole')}
        </button>
      </div>`;
  }

  private renderRole(role: StaffVolunteerRole): TemplateResult {
    const t = this.ctx.i18n;
    const target = this.formTarget;
    const formHere = target && target.kind !== 'new-role' && target.role.id === role.id;
    return html`<section class="block" aria-labelledby="role-h-${role.id}">
      ${this.ctx.heading(
        1,
        html`<span id="role-${role.id}" tabindex="-1">${role.title}</span>
          ${role.published ? nothing : html` <span class="tag">${t.t('volunteersRoleOffline')}</span>`}`,
        `role-h-${role.id}`,
      )}
      <p class="muted">${t.t('volunteersTimeAsked')}: ${role.timeAsked}</p>
      ${
        role.shifts.length === 0
          ? html`<p>${t.t('volunteersNoShifts')}</p>`
          : html`${tableRegion(
              `shifts-caption-${role.id}`,
              html`<table>
                <caption id="shifts-caption-${role.id}">
                  ${t.t('volunteersShiftsCaption', role.title)}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">${t.t('volunteersShift')}</th>
                    <th scope="col">${t.t('volunteersCapacity')}</th>
                    <th scope="col">${t.t('volunteersPlacesLeft')}</th>
                    <th scope="col">${t.t('volunteersActions')}</th>
                  </tr>
                </thead>
                <tbody>
                  ${role.shifts.map(
                    (s) =>
                      html`<tr aria-current=${this.shown?.shift.id === s.id ? 'true' : 'false'}>
                        <th scope="row">${this.shiftName(s)}</th>
                        <td>${t.number(s.capacity)}</td>
                        <td>${t.number(s.placesLeft)}</td>
                        <td>
                          <div class="row-actions">
                            <button
                              id="shift-lists-${s.id}"
                              class="button small secondary"
                              type="button"
                              aria-label="${t.t('volunteersShowLists')}: ${this.shiftName(s)}"
                              @click=${() => {
                                void this.showLists(role, s).then(() => this.ctx.focus('#volunteers-lists'));
                              }}
                            >
                              ${t.t('volunteersShowLists')}
                            </button>
                            <button
                              class="button small secondary"
                              type="button"
                              aria-label="${t.t('volunteersEditShift')}: ${this.shiftName(s)}"
                              @click=${() => this.openForm({ kind: 'shift', role, shift: s })}
                            >
                              ${t.t('volunteersEditShift')}
                            </button>
                            <button
                              id="shift-cancel-${s.id}"
                              class="button small secondary"
                              type="button"
                              aria-label="${t.t('volunteersCancelShift')} ${this.shiftName(s)}"
                              @click=${() => this.ask({ kind: 'shift', role, shift: s, signups: s.capacity - s.placesLeft })}
                            >
                              ${t.t('volunteersCancelShift')}
                            </button>
                          </div>
                        </td>
                      </tr>`,
                  )}
                </tbody>
              </table>`,
            )}`
      }
      ${this.confirm?.kind === 'shift' && this.confirm.role.id === role.id ? this.renderConfirm() : nothing}
      ${this.shown?.role.id === role.id ? this.renderLists() : nothing} ${formHere ? this.forms.render() : nothing}
      <div class="actions">
        <button class="button secondary" type="button" @click=${() => this.openForm({ kind: 'new-shift', role })}>
          ${t.t('volunteersNewShift')}
        </button>
        <button class="button secondary" type="button" @click=${() => this.openForm({ kind: 'role', role })}>
          ${t.t('volunteersEditRole')}
        </button>
        <a href=${contentReads.signupsCsvUrl(this.ctx.api, { roleId: role.id, flagged: 'any' })} download
          >${t.t('volunteersExport')}</a
        >
      </div>
    </section>`;
  }

  private renderConfirm(): TemplateResult | typeof nothing {
    const t = this.ctx.i18n;
    const c = this.confirm;
    if (!c) return nothing;
    const question =
      c.kind === 'signup'
        ? t.t('volunteersCancelSignupConfirm', c.signup.reference, c.signup.contact.name)
        : t.t('volunteersCancelShiftConfirm', this.shiftName(c.shift), t.number(c.signups));
    const yes = c.kind === 'signup' ? t.t('volunteersCancelSignupYes') : t.t('volunteersCancelShiftYes');
    return html`<div class="panel confirm" role="group" aria-labelledby="volunteers-confirm-q">
      <p id="volunteers-confirm-q" tabindex="-1"><strong>${question}</strong></p>
      <div class="actions">
        <button
          id="volunteers-confirm-yes"
          class="button"
          type="button"
          aria-disabled=${this.busy ? 'true' : 'false'}
          @click=${() => {
            if (c.kind === 'signup') void this.cancelSignup(c.signup);
            else void this.cancelShift(c.role, c.shift);
          }}
        >
          ${this.busy ? t.t('busy') : yes}
        </button>
        <button
          id="volunteers-confirm-no"
          class="button secondary"
          type="button"
          @click=${() => {
            const back = c.kind === 'signup' ? `#signup-cancel-${c.signup.id}` : `#shift-cancel-${c.shift.id}`;
            this.confirm = undefined;
            this.ctx.requestUpdate();
            void this.ctx.focus(back);
          }}
        >
          ${t.t('volunteersKeep')}
        </button>
      </div>
    </div>`;
  }

  private renderLists(): TemplateResult | typeof nothing {
    const t = this.ctx.i18n;
    const shown = this.shown;
    if (!shown) return nothing;
    const { shift } = shown;
    const name = this.shiftName(shift);
    return html`<section class="block lists" aria-labelledby="volunteers-lists-h">
      ${this.ctx.heading(2, html`<span id="volunteers-lists" tabindex="-1">${t.t('volunteersListsHeading', name)}</span>`, 'volunteers-lists-h')}
      <p>${t.t('volunteersPlaces', t.number(shift.capacity), t.number(shift.placesLeft))}</p>
      ${this.confirm?.kind === 'signup' ? this.renderConfirm() : nothing}
      ${
        this.signupsOf === shift.id
          ? html`${this.renderList('confirmed', t.t('volunteersConfirmed'))} ${this.renderList('waitlisted', t.t('volunteersReserve'))}`
          : html`<p>${t.t('loading')}</p>`
      }
      <div class="actions">
        ${
          this.signupsCursor
            ? html`<button class="button secondary" type="button" @click=${() => void this.showLists(shown.role, shift, true)}>
                ${t.t('volunteersMore')}
              </button>`
            : nothing
        }
        <a href=${contentReads.signupsCsvUrl(this.ctx.api, { shiftId: shift.id, flagged: 'any' })} download
          >${t.t('volunteersExportShift')}</a
        >
      </div>
    </section>`;
  }

  private renderList(status: 'confirmed' | 'waitlisted', caption: string): TemplateResult {
    const t = this.ctx.i18n;
    const items = this.list(status);
    return html`${tableRegion(
      `signups-caption-${status}`,
      html`<table class="signups ${status}">
        <caption id="signups-caption-${status}">
          ${t.t('volunteersListCaption', caption, t.number(items.length))}
        </caption>
        <thead>
          <tr>
            <th scope="col">${t.t('volunteersReference')}</th>
            <th scope="col">${t.t('volunteersName')}</th>
            <th scope="col">${t.t('volunteersEmail')}</th>
            <th scope="col">${t.t('volunteersPhone')}</th>
            <th scope="col">${t.t('volunteersSignedUp')}</th>
            <th scope="col">${t.t('volunteersActions')}</th>
          </tr>
        </thead>
        <tbody>
          ${
            items.length === 0
              ? html`<tr>
                  <td colspan="6">${t.t('volunteersNobody')}</td>
                </tr>`
              : items.map(
                  (s) =>
                    html`<tr>
                      <th scope="row">${s.reference}</th>
                      <td>${s.contact.name}</td>
                      <td><a href="mailto:${s.contact.email}">${s.contact.email}</a></td>
                      <td>${s.contact.phone ?? ''}</td>
                      <td>${t.date(s.createdAt, { dateStyle: 'medium', timeStyle: 'short' })}</td>
                      <td>
                        <button
                          id="signup-cancel-${s.id}"
                          class="button small secondary"
                          type="button"
                          aria-label=${t.t('volunteersCancelSignup', s.reference)}
                          @click=${() => this.ask({ kind: 'signup', signup: s })}
                        >
                          ${t.t('volunteersCancelSignupShort')}
                        </button>
                      </td>
                    </tr>`,
                )
          }
        </tbody>
      </table>`,
    )}`;
  }
}
