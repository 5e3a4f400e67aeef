import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { Task, TaskStatus } from '@lit/task';
import { CivicElement } from '../../internal/civic-element.js';
import { errorSummary } from '../../internal/error-summary.js';
import { FormController, fieldId } from '../../internal/form-controller.js';
import { checkboxField, choiceGroup, textField } from '../../internal/form-field.js';
import { CivicLoadErrorEvent, CivicLoadEvent, CivicSubmitErrorEvent, CivicSubmitEvent, CivicSubmittedEvent } from '../../internal/events.js';
import { ApiClient } from '../../api/client.js';
import { ApiError } from '../../api/errors.js';
import { resolveEndpoint } from '../../api/endpoint.js';
import { submitWithOutbox, watchOutbox, type SubmitOutcome } from '../../api/outbox.js';
import { base } from '../../styles/base.js';
import { formStyles } from '../../styles/form.js';
import { ID_PATTERN } from '../../schema/common.js';
import { PROBLEM_TYPES, type FieldErrorCode } from '../../schema/problem.js';
import type { Site } from '../../schema/site.js';
import { SignupReceiptSchema, type SignupReceipt, type VolunteerRole, type VolunteerSignupInput } from '../../schema/volunteer.js';
import { catalogs, type SignupStrings } from './strings.js';
import { checkValues, chosenShifts, emptyValues, FIELD_ORDER, LIMITS, toBody, type SignupValues } from './signup-body.js';
import { informationNote, roleDetails, shiftLabel, shiftOptions } from './role-card.js';
import { cancelUrl, parseCancelCode, type CancelCode, type CancelStep } from './cancel.js';
import { cancelledPanel, cancelRequestPanel, donePanel, queuedPanel, type Done } from './outcome.js';
import { styles } from './volunteer-signup.styles.js';
import { cancelSignup, getSite, listVolunteerRoles } from '../../api/calls.js';

interface Loaded {
  site: Site;
  roles: VolunteerRole[];
}

type Phase = 'form' | 'queued' | 'done' | 'cancelled';

const idOrUndefined = (v: string | null | undefined): string | undefined => (v && ID_PATTERN.test(v) ? v : undefined);

/**
 * A resident signs up for a volunteer role: for shifts (with the places left, and the reserve list
 * when a shift is full) or with their availability. The widget says what the role asks (time,
 * requirements) and what the municipality gives (guidance, insurance, expenses), shows the volunteer
 * information note in full (Belgian volunteer law, 2005) to acknowledge, and asks for privacy
 * consent separately. The answer says whether the resident is confirmed or on the reserve list and
 * gives the code to cancel, which the widget can also do.
 *
 * @summary Volunteer signup for roles and shifts, with reserve list and cancellation.
 * @tag civic-volunteer-signup
 *
 * @fires civic-load - Roles and site information arrived (`what` = `volunteer-roles`, `data` = `{ site, roles }`).
 * @fires civic-load-error - Loading the roles failed (`error`).
 * @fires civic-submit - Before a signup is sent; cancelable (`body`).
 * @fires civic-submitted - The backend confirmed the signup (`result`: the receipt, confirmed or waitlisted).
 * @fires civic-submit-error - Sending failed (`error`; `queued` true when it is kept and sent later).
 *
 * @csspart form - The form.
 * @csspart error-summary - The error summary.
 * @csspart field - A field (label, hint, error message, control).
 * @csspart label - A label.
 * @csspart hint - A hint.
 * @csspart error-message - An inline error message.
 * @csspart input - A control.
 * @csspart fieldset - A group of choices.
 * @csspart legend - The legend of a group.
 * @csspart details - What the chosen role asks and gives.
 * @csspart note - The volunteer information note.
 * @csspart submit-button - The send button.
 * @csspart cancel-button - The button that cancels a signup.
 * @csspart status - The live region with the outcome.
 * @csspart result - The outcome panel (confirmed, reserve list, saved, cancelled).
 * @csspart list - The shifts in the outcome.
 * @csspart item - One shift in the outcome.
 *
 * @cssproperty --civic-volunteer-signup-max-inline-size - Widest the widget gets (default 42rem).
 * @cssproperty --civic-volunteer-signup-gap - Space between the sections (default 1.5 × --civic-space).
 * @cssproperty --civic-volunteer-signup-details-background - Background of the role details and the note.
 */
export class CivicVolunteerSignup extends CivicElement<SignupStrings> {
  static override styles = [base, formStyles, styles];

  /**
   * The id of a role to preselect. (Attribute `role-id`: a `role` attribute would give the element an
   * ARIA role.) With `read-url`, `?role=` in the page address wins.
   */
  @property({ attribute: 'role-id' }) roleId?: string;

  /** Show only the roles of this initiative. With `read-url`, `?initiative=` wins. */
  @property() initiative?: string;

  /** Read `role`, `initiative` and `cancel` (`<signup id>.<token>`) from the page's query string. */
  @property({ type: Boolean, attribute: 'read-url' }) readUrl = false;

  /** With `cancel-token`: a signup to offer to cancel. */
  @property({ attribute: 'signup-id' }) signupId?: string;

  /** With `signup-id`: the cancel token of the receipt. */
  @property({ attribute: 'cancel-token' }) cancelToken?: string;

  @state() private data?: Loaded;
  @state() private phase: Phase = 'form';
  @state() private done?: Done;
  @state() private sendError?: ApiError;
  /** Shifts whose last place went to someone else between loading and sending. */
  @state() private taken?: string[];
  @state() private cancelStep: CancelStep = 'idle';
  @state() private cancelError?: ApiError;
  @state() private copied = false;
  /** A cancel code that came with the page, until used or dismissed. */
  @state() private pageCancel: CancelCode | null = null;

  private honeypot = '';
  private startedAt = 0;
  private sending = false;
  private pending?: { key: string; body: VolunteerSignupInput; compare: string };
  private stopWatch?: () => void;
  private url = new URLSearchParams();

  readonly form = new FormController<SignupValues>(this, {
    initial: () => emptyValues(this.preselected() ?? ''),
    validate: (v) => checkValues(v, this.roleOf(v.roleId), this.data?.site),
    order: () => FIELD_ORDER,
    draftKey: () => `volunteer-signup:${globalThis.location?.pathname ?? ''}${this.id ? `#${this.id}` : ''}`,
  });

  private readonly loader = new Task(this, {
    task: async ([, , initiative]: readonly [string | undefined, string, string | undefined], { signal }) => {
      const api = this.api();
      if (api instanceof ApiError) throw api;
      try {
        const [site, list] = await Promise.all([getSite(api, signal), listVolunteerRoles(api, initiative ? { initiative } : {}, signal)]);
        this.data = { site, roles: list.items };
        this.preselect();
        this.dispatchEvent(new CivicLoadEvent('volunteer-roles', this.data));
        return this.data;
      } catch (e) {
        const error = e instanceof ApiError ? e : new ApiError('invalid-response', String(e), { cause: e });
        if (error.code !== 'aborted') this.dispatchEvent(new CivicLoadErrorEvent('volunteer-roles', error));
        throw error;
      }
    },
    args: () => [this.endpoint, this.i18n.locale, this.urlOr('initiative', this.initiative)] as const,
  });

  constructor() {
    super(catalogs);
  }

  override connectedCallback(): void {
    if (this.readUrl) this.url = new URLSearchParams(globalThis.location?.search ?? '');
    super.connectedCallback();
    this.startedAt = Date.now();
    const endpoint = resolveEndpoint(this);
    if (!(endpoint instanceof ApiError)) {
      this.stopWatch = watchOutbox(endpoint, (ep) => new ApiClient({ endpoint: ep, lang: this.i18n.locale }), {
        receipts: { 'volunteer-signup': SignupReceiptSchema },
      });
    }
    window.addEventListener('civic-outbox-sent', this.onOutboxSent);
    window.addEventListener('civic-outbox-rejected', this.onOutboxRejected);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopWatch?.();
    window.removeEventListener('civic-outbox-sent', this.onOutboxSent);
    window.removeEventListener('civic-outbox-rejected', this.onOutboxRejected);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('signupId') || changed.has('cancelToken') || changed.has('readUrl')) {
      this.pageCancel =
        parseCancelCode(this.readUrl ? this.url.get('cancel') : null) ??
        parseCancelCode(this.signupId && this.cancelToken ? `${this.signupId}.${this.cancelToken}` : null);
    }
  }

  private urlOr(name: string, attr: string | undefined): string | undefined {
    return idOrUndefined(this.readUrl ? this.url.get(name) : null) ?? idOrUndefined(attr);
  }

  private preselected(): string | undefined {
    return this.urlOr('role', this.roleId);
  }

  private roleOf(id: string): VolunteerRole | undefined {
    return this.data?.roles.find((r) => r.id === id);
  }

  private get selectedRole(): VolunteerRole | undefined {
    return this.roleOf(this.form.values.roleId);
  }

  /** Preselects the role asked for (or the only one), without leaving a draft behind. */
  private preselect(): void {
    const roles = this.data?.roles ?? [];
    if (this.roleOf(this.form.values.roleId)) return;
    const wanted = this.preselected();
    const id = roles.find((r) => r.id === wanted)?.id ?? (roles.length === 1 ? roles[0].id : '');
    this.form.values = { ...this.form.values, roleId: id };
  }

  // ---- messages -------------------------------------------------------------------------------

  private label(path: string): string {
    const t = this.i18n;
    switch (path) {
      case 'availability':
        return t.t('availabilityName');
      case 'contact.name':
        return t.t('nameName');
      case 'contact.email':
        return t.t('emailName');
      case 'contact.phone':
        return t.t('phoneName');
      default:
        return t.t('roleRequired');
    }
  }

  private message = (path: string, code: FieldErrorCode): string => {
    const t = this.i18n;
    if (path === 'roleId') return t.t('roleRequired');
    if (path === 'shiftIds') return t.t('shiftsRequired');
    if (path === 'ageConfirmed') return t.t('ageRequired', this.selectedRole?.requirements.minimumAge ?? 0);
    const [min, max] = LIMITS[path] ?? [];
    return t.t('fieldError', code, this.label(path), code === 'too-long' || code === 'too-big' ? max : min);
  };

  private error(path: string): string | undefined {
    const e = this.form.errorFor(path);
    return e ? this.message(path, e.code) : undefined;
  }

  // ---- sending --------------------------------------------------------------------------------

  private onSubmit = (e: Event): void => {
    e.preventDefault();
    void this.send(false);
  };

  /** Sends the signup once, however often it is asked while a send is in flight. */
  private async send(forceWaitlist: boolean): Promise<void> {
    if (this.sending || this.form.busy) return;
    this.sending = true;
    try {
      if (!(await this.form.check())) return;
      const role = this.selectedRole;
      const fresh = toBody(this.form.values, role, this.data?.site, {
        honeypot: this.honeypot,
        fillMs: Date.now() - this.startedAt,
        forceWaitlist,
      });
      // The same signup sent again (after "saved", an error, a retry) keeps its key and exact body.
      const compare = JSON.stringify({ ...fresh, fillMs: 0 });
      const reuse = this.pending?.compare === compare ? this.pending : undefined;
      const body = reuse?.body ?? fresh;
      const event = new CivicSubmitEvent<VolunteerSignupInput>(body);
      this.dispatchEvent(event);
      if (event.defaultPrevented) return;
      const api = this.api();
      if (api instanceof ApiError) {
        this.sendError = api;
        return;
      }
      this.form.busy = true;
      this.sendError = undefined;
      this.taken = undefined;
      this.requestUpdate();
      const outcome = await submitWithOutbox(api, {
        kind: 'volunteer-signup',
        path: '/v1/volunteer-signups',
        body,
        schema: SignupReceiptSchema,
        key: reuse?.key,
      });
      this.pending = { key: outcome.key, body, compare };
      this.form.busy = false;
      await this.settle(outcome, role, body);
    } finally {
      this.sending = false;
      this.form.busy = false;
      this.requestUpdate();
    }
  }

  private async settle(outcome: SubmitOutcome<SignupReceipt>, role: VolunteerRole | undefined, body: VolunteerSignupInput): Promise<void> {
    if (outcome.status === 'sent') return this.succeed(outcome.result, role, body);
    this.dispatchEvent(new CivicSubmitErrorEvent(outcome.error, outcome.status === 'queued'));
    if (outcome.status === 'queued') {
      this.phase = 'queued';
      this.form.flushDraft();
      return this.focusResult();
    }
    return this.rejected(outcome.error);
  }

  private async rejected(error: ApiError): Promise<void> {
    this.pending = undefined;
    this.phase = 'form';
    if (error.code === 'conflict' && error.problem?.type === PROBLEM_TYPES.shiftFull) {
      // Someone else took the last place: reload the places, keep every value, offer the reserve list.
      const chosen = this.form.values.shiftIds;
      await this.loader.run();
      const full = chosenShifts(this.form.values, this.selectedRole).filter((s) => s.placesLeft === 0).map((s) => s.id);
      this.taken = full.length ? full : chosen;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.taken')?.focus();
      return;
    }
    const shown = error.code === 'validation' && error.fieldErrors.some((f) => FIELD_ORDER.some((p) => f.path === p || f.path.startsWith(`${p}.`)));
    if (shown) return this.form.showServerErrors(error.fieldErrors);
    this.sendError = error;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.send-error')?.focus();
  }

  private async succeed(receipt: SignupReceipt, role: VolunteerRole | undefined, body: VolunteerSignupInput): Promise<void> {
    // Shifts the resident knowingly put on the reserve list: full when sent, or taken meanwhile and then chosen.
    const full = body.joinWaitlist ? chosenShifts({ ...this.form.values, shiftIds: body.shiftIds ?? [] }, role).filter((s) => s.placesLeft === 0) : [];
    const reserveChosen = body.joinWaitlist ? [...full.map((s) => s.id), ...(this.taken ?? [])] : [];
    this.done = { receipt, role, reserveChosen };
    this.phase = 'done';
    this.pending = undefined;
    this.taken = undefined;
    this.cancelStep = 'idle';
    this.cancelError = undefined;
    this.copied = false;
    this.form.reset();
    this.dispatchEvent(new CivicSubmittedEvent<SignupReceipt>(receipt));
    void this.loader.run();
    await this.focusResult();
  }

  private onOutboxSent = (e: WindowEventMap['civic-outbox-sent']): void => {
    if (this.phase !== 'queued' || e.detail.key !== this.pending?.key) return;
    void this.succeed(e.detail.result as SignupReceipt, this.selectedRole, this.pending.body);
  };

  private onOutboxRejected = (e: WindowEventMap['civic-outbox-rejected']): void => {
    if (this.phase !== 'queued' || e.detail.key !== this.pending?.key) return;
    this.dispatchEvent(new CivicSubmitErrorEvent(e.detail.error, false));
    void this.rejected(e.detail.error);
  };

  private async focusResult(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part~="result"]')?.focus();
  }

  // ---- cancelling -----------------------------------------------------------------------------

  private async cancel(code: CancelCode): Promise<void> {
    if (this.cancelStep === 'idle') {
      this.cancelStep = 'confirm';
      return;
    }
    if (this.cancelStep === 'busy') return;
    const api = this.api();
    if (api instanceof ApiError) return;
    this.cancelStep = 'busy';
    this.cancelError = undefined;
    try {
      await cancelSignup(api, code.id, code.token);
      this.phase = 'cancelled';
      this.done = undefined;
      this.pageCancel = null;
      void this.loader.run();
      await this.focusResult();
    } catch (e) {
      this.cancelError = e instanceof ApiError ? e : new ApiError('server', String(e));
    } finally {
      this.cancelStep = 'idle';
    }
  }

  private cancelOptions(code: CancelCode) {
    const t = this.i18n;
    return {
      step: this.cancelStep,
      error: this.cancelError ? `${t.t('cancelFailed')} ${t.t('apiError', this.cancelError.code)}` : undefined,
      onCancel: () => void this.cancel(code),
      onBack: () => (this.cancelStep = 'idle'),
    };
  }

  private async copyCode(): Promise<void> {
    const code = this.renderRoot.querySelector('#cancel-code');
    try {
      await navigator.clipboard.writeText(code?.textContent ?? '');
      this.copied = true;
    } catch {
      // No clipboard access: select the code so the resident can copy it themselves.
      const range = document.createRange();
      if (code) range.selectNodeContents(code);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
    }
  }

  // ---- rendering ------------------------------------------------------------------------------

  private sub = (id?: string) => (content: unknown) => this.heading(1, content, 'subheading', id);

  override render(): TemplateResult {
    return html`<section class="root" aria-labelledby="title">
      ${this.heading(0, this.i18n.t('title'), 'heading', 'title')}
      <div class="status" part="status" role="status">${this.renderOutcome()}</div>
      ${this.phase === 'form' ? this.renderBody() : nothing}
    </section>`;
  }

  private renderOutcome(): TemplateResult | typeof nothing {
    const t = this.i18n;
    if (this.phase === 'queued') return queuedPanel(t);
    if (this.phase === 'cancelled') return cancelledPanel(t, this.sub(), () => (this.phase = 'form'));
    if (this.phase === 'done' && this.done) {
      const r = this.done.receipt;
      const code = { id: r.id, token: r.cancelToken };
      return donePanel(t, this.done, {
        heading: this.sub(),
        cancel: this.cancelOptions(code),
        copied: this.copied,
        onCopy: () => void this.copyCode(),
        link: this.readUrl ? cancelUrl(code, location) : undefined,
      });
    }
    if (this.pageCancel) return cancelRequestPanel(t, this.pageCancel.id, this.sub(), this.cancelOptions(this.pageCancel));
    return nothing;
  }

  private renderBody(): TemplateResult {
    const t = this.i18n;
    const error = this.loader.error as ApiError | undefined;
    if (!this.data) {
      if (error?.code === 'misconfigured') return html`<p class="panel error">${t.t('notConfigured')}</p>`;
      if (error && this.loader.status === TaskStatus.ERROR) {
        return html`<div class="panel error load-error">
          <p>${t.t('apiError', error.code)}</p>
          <button type="button" class="button secondary" @click=${() => void this.loader.run()}>${t.t('retry')}</button>
        </div>`;
      }
      return html`<div class="loading" aria-busy="true"><p>${t.t('loading')}</p></div>`;
    }
    return this.renderForm(this.data);
  }

  private renderForm({ site, roles }: Loaded): TemplateResult {
    const t = this.i18n;
    const f = this.form;
    const v = f.values;
    const prefix = t.t('errorPrefix');
    const role = this.selectedRole;
    const busy = f.busy;
    if (roles.length === 0) return html`<p class="panel">${t.t('noRoles')}</p>`;
    return html`<form part="form" novalidate @submit=${this.onSubmit}>
      ${errorSummary({ title: t.t('errorSummaryTitle'), items: f.summary(this.message), focusField: f.focusField, headingLevel: Math.min(6, this.headingLevel + 1) })}
      ${f.restoredAt
        ? html`<div class="panel draft">
            <p>${t.t('draftRestored', t.date(new Date(f.restoredAt).toISOString(), { dateStyle: 'long', timeStyle: 'short' }))}</p>
            <button type="button" class="link-button" @click=${() => f.reset()}>${t.t('startOver')}</button>
          </div>`
        : nothing}
      ${this.sendError
        ? html`<div class="panel error send-error" tabindex="-1">
            <p>${t.t('sendFailed')} ${t.t('apiError', this.sendError.code)}</p>
            <button type="submit" class="button secondary">${t.t('retry')}</button>
          </div>`
        : nothing}
      ${site.demo ? html`<p class="demo">${t.t('demo')}</p>` : nothing}
      <p class="intro">${t.t('intro')}</p>
      ${choiceGroup({
        id: fieldId('roleId'),
        legend: t.t('roleLegend'),
        type: 'radio',
        options: roles.map((r) => ({ value: r.id, label: r.title, hint: t.t('timeAskedHint', r.timeAsked) })),
        selected: v.roleId ? [v.roleId] : [],
        error: this.error('roleId'),
        errorPrefix: prefix,
        onChange: ([id]) => {
          f.set('roleId', id);
          f.set('ageConfirmed', false);
          this.taken = undefined;
        },
      })}
      ${role ? roleDetails(role, t, this.sub('role-title')) : nothing} ${role ? this.renderWhen(role, prefix) : nothing}
      ${this.heading(1, t.t('contactLegend'), 'subheading')}
      ${textField({
        id: fieldId('contact.name'),
        label: t.t('nameLabel'),
        value: v['contact.name'],
        autocomplete: 'name',
        error: this.error('contact.name'),
        errorPrefix: prefix,
        onInput: (x) => f.set('contact.name', x),
      })}
      ${textField({
        id: fieldId('contact.email'),
        label: t.t('emailLabel'),
        hint: t.t('emailHint'),
        type: 'email',
        autocomplete: 'email',
        value: v['contact.email'],
        error: this.error('contact.email'),
        errorPrefix: prefix,
        onInput: (x) => f.set('contact.email', x),
      })}
      ${textField({
        id: fieldId('contact.phone'),
        label: t.t('phoneLabel'),
        optionalText: t.t('optional'),
        type: 'tel',
        autocomplete: 'tel',
        width: 'short',
        value: v['contact.phone'],
        error: this.error('contact.phone'),
        errorPrefix: prefix,
        onInput: (x) => f.set('contact.phone', x),
      })}
      ${role?.requirements.minimumAge != null
        ? checkboxField({
            id: fieldId('ageConfirmed'),
            label: t.t('ageConfirm', role.requirements.minimumAge),
            checked: v.ageConfirmed,
            error: this.error('ageConfirmed'),
            errorPrefix: prefix,
            onChange: (x) => f.set('ageConfirmed', x),
          })
        : nothing}
      ${informationNote(site.volunteerInfo, t, this.sub('note-title'))}
      ${checkboxField({
        id: fieldId('acknowledgement'),
        label: t.t('acknowledge'),
        checked: v.acknowledgement,
        error: this.error('acknowledgement'),
        errorPrefix: prefix,
        onChange: (x) => f.set('acknowledgement', x),
      })}
      ${checkboxField({
        id: fieldId('consent'),
        label: t.t('consent'),
        checked: v.consent,
        error: this.error('consent'),
        errorPrefix: prefix,
        onChange: (x) => f.set('consent', x),
      })}
      <p class="privacy"><a href=${site.privacyNotice.url} target="_blank" rel="noopener">${t.t('privacyLink')}</a></p>
      <div class="hp" aria-hidden="true">
        <label for="f-website">${t.t('honeypot')}</label>
        <input id="f-website" name="website" type="text" tabindex="-1" autocomplete="off" .value=${live(this.honeypot)} @input=${(e: Event) => (this.honeypot = (e.target as HTMLInputElement).value)} />
      </div>
      <div class="actions">
        <button class="button" part="submit-button" type="submit" aria-disabled=${busy ? 'true' : 'false'}>${busy ? t.t('busy') : t.t('submit')}</button>
      </div>
    </form>`;
  }

  /** Shifts (with the reserve list for full ones, and the "taken meanwhile" offer) or availability. */
  private renderWhen(role: VolunteerRole, prefix: string): TemplateResult {
    const t = this.i18n;
    const f = this.form;
    if (role.shifts.length === 0) {
      return textField({
        id: fieldId('availability'),
        label: t.t('availabilityLabel'),
        hint: t.t('availabilityHint'),
        multiline: true,
        rows: 3,
        value: f.values.availability,
        error: this.error('availability'),
        errorPrefix: prefix,
        count: { max: 500, left: (n) => t.t('charactersLeft', n), over: (n) => t.t('charactersTooMany', n) },
        onInput: (x) => f.set('availability', x),
      });
    }
    const taken = (this.taken ?? []).map((id) => role.shifts.find((s) => s.id === id)).filter((s) => !!s);
    return html`${taken.length
      ? html`<div class="panel warning taken" tabindex="-1">
          ${this.sub()(t.t('takenTitle'))}
          <p>${t.t('takenText', taken.map((s) => shiftLabel(s, t.intlTag)).join(', '))}</p>
          <button type="button" class="button" @click=${() => void this.send(true)}>${t.t('joinReserve')}</button>
        </div>`
      : nothing}
    ${choiceGroup({
      id: fieldId('shiftIds'),
      legend: t.t('shiftsLegend'),
      hint: t.t('shiftsHint'),
      type: 'checkbox',
      options: shiftOptions(role, t),
      selected: f.values.shiftIds,
      error: this.error('shiftIds'),
      errorPrefix: prefix,
      onChange: (ids) => f.set('shiftIds', ids),
    })}`;
  }
}
