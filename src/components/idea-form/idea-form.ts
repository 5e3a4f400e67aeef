import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import { CivicElement } from '../../internal/civic-element.js';
import { errorSummary } from '../../internal/error-summary.js';
import { FormController, fieldId } from '../../internal/form-controller.js';
import { checkboxField, choiceGroup, selectField, textField } from '../../internal/form-field.js';
import { CivicLoadErrorEvent, CivicLoadEvent, CivicSubmitErrorEvent, CivicSubmitEvent, CivicSubmittedEvent } from '../../internal/events.js';
import { ApiClient } from '../../api/client.js';
import { ApiError } from '../../api/errors.js';
import { clearDraft, loadDraft, saveDraft } from '../../api/drafts.js';
import { Outbox, submitWithOutbox, watchOutbox } from '../../api/outbox.js';
import { IdeaReceiptSchema, type IdeaReceipt } from '../../schema/idea.js';
import { IDEA_TRACKS, type IdeaTrack, type Site } from '../../schema/site.js';
import type { FieldError, FieldErrorCode } from '../../schema/problem.js';
import type { CommonStrings, IdeaFormStrings } from '../../i18n/types.js';
import * as nl from '../../i18n/nl.js';
import { base } from '../../styles/base.js';
import { formStyles } from '../../styles/form.js';
import { styles } from './idea-form.styles.js';
import { FIELDS, LIMITS, fieldOrder, initialValues, toBody, validateIdea, type IdeaValues } from './idea-form.body.js';
import { getSite } from '../../api/calls.js';

type Strings = CommonStrings & IdeaFormStrings;

/**
 * A resident proposes an idea for their neighbourhood ("Een idee voor je wijk"): create, experiment
 * or join a ready-made offer. Areas, themes, open tracks, offers and the privacy notice come from
 * `GET /v1/site`. What is sent is first kept on the device, so it always arrives.
 *
 * @summary The idea form: three ways in, validated as GOV.UK does, never loses what was typed.
 * @tag civic-idea-form
 *
 * @fires civic-load - `/v1/site` arrived (`what: 'site'`, `data`).
 * @fires civic-load-error - `/v1/site` failed (`error`).
 * @fires civic-submit - Cancelable, before the idea is sent (`body`). `preventDefault()` stops it.
 * @fires civic-submitted - The backend confirmed the idea (`result`: the receipt with `reference`),
 *   also when a queued idea is sent later.
 * @fires civic-submit-error - Sending failed (`error`); `queued: true` when it is kept on the device and sent later.
 *
 * @csspart form - The `<form>`.
 * @csspart error-summary - The error summary after a failed submit.
 * @csspart field - Each field's wrapper.
 * @csspart label - Labels.
 * @csspart hint - Hints.
 * @csspart error-message - Inline error messages.
 * @csspart input - Inputs, selects, textareas, radios, checkboxes.
 * @csspart fieldset - Groups (track, offers, themes).
 * @csspart legend - Their legends.
 * @csspart submit-button - The send button.
 * @csspart status - The success, saved-on-this-device and error panels.
 *
 * @cssproperty --civic-idea-form-max-inline-size - Widest the form gets. Default: 40rem.
 * @cssproperty --civic-idea-form-reference-font-size - Size of the reference number on success. Default: 1.5em.
 */
export class CivicIdeaForm extends CivicElement<Strings> {
  static override styles = [base, formStyles, styles];

  /** Preselects a track (`create`, `experiment` or `join`) when the site has it open. */
  @property({ reflect: true }) track?: string;

  /** Preselects an area (its id from `/v1/site`), also the area that offers are narrowed to. */
  @property({ reflect: true }) area?: string;

  @state() private phase: 'form' | 'queued' | 'sent' = 'form';
  @state() private receipt?: IdeaReceipt;
  @state() private sendError?: ApiError;
  @state() private site?: Site;

  private honeypot = '';
  private startedAt = 0;
  private inFlight = false;
  private queuedKey?: string;
  private unwatch?: () => void;

  readonly form: FormController<IdeaValues> = new FormController<IdeaValues>(this, {
    initial: () => initialValues(this.track ?? '', this.area ?? ''),
    validate: (v) => this.remap(validateIdea(v, this.site)),
    order: (): string[] => fieldOrder(this.form.values.track),
    draftKey: () => this.key(),
  });

  private readonly siteTask = new Task(this, {
    task: async ([, lang], { signal }) => {
      const client = this.api();
      if (client instanceof ApiError) throw client;
      try {
        const site = await getSite(new ApiClient({ endpoint: client.endpoint, lang }), signal);
        this.site = site;
        this.dispatchEvent(new CivicLoadEvent('site', site));
        return site;
      } catch (e) {
        const error = e instanceof ApiError ? e : new ApiError('server', String(e));
        if (error.code !== 'aborted') this.dispatchEvent(new CivicLoadErrorEvent('site', error));
        throw error;
      }
    },
    args: () => [this.endpoint, this.i18n.locale] as const,
  });

  constructor() {
    super({
      nl: { ...nl.common, ...nl.ideaForm },
      // French and English are separate files in the CDN build, fetched only by a page that uses them.
      fr: () => import('../../i18n/fr.js').then((m) => ({ ...m.common, ...m.ideaForm })),
      en: () => import('../../i18n/en.js').then((m) => ({ ...m.common, ...m.ideaForm })),
    });
  }

  private key(): string | null {
    const client = this.api();
    return client instanceof ApiError ? null : `idea-form:${client.endpoint}`;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('civic-outbox-sent', this.onOutboxSent);
    const client = this.api();
    if (client instanceof ApiError) return;
    // An idea saved on this device earlier (this page or a previous visit) and not confirmed yet.
    const pending = loadDraft<string>(`${this.key()}:pending`);
    if (pending && new Outbox().get(pending.values)) {
      this.queuedKey = pending.values;
      this.phase = 'queued';
    } else if (pending) clearDraft(`${this.key()}:pending`);
    this.unwatch = watchOutbox(client.endpoint, (endpoint) => new ApiClient({ endpoint, lang: this.i18n.locale }), {
      receipts: { idea: IdeaReceiptSchema },
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('civic-outbox-sent', this.onOutboxSent);
    this.unwatch?.();
    this.unwatch = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const v = this.form.values;
    // Preselection from attributes, unless the resident (or a restored draft) already chose.
    if (changed.has('track') && this.track && !v.track) this.form.values = { ...v, track: this.track };
    if (changed.has('area') && this.area && !v.areaId) {
      this.form.values = { ...this.form.values, areaId: this.area, offerArea: this.area };
    }
  }

  private readonly onOutboxSent = (e: CustomEvent<{ key: string; result: unknown }>): void => {
    if (e.detail.key === this.queuedKey) void this.succeed(e.detail.result as IdeaReceipt);
  };

  private t = <K extends keyof Strings & string>(key: K, ...args: Parameters<Extract<Strings[K], (...a: never[]) => string>> | []) =>
    (this.i18n.t as (k: string, ...a: unknown[]) => string)(key, ...args);

  /** Server or schema errors on paths the form has no control for land on the nearest one. */
  private remap(errors: FieldError[]): FieldError[] {
    const order = fieldOrder(this.form.values.track);
    return errors.flatMap((e) => {
      if (e.path === 'testPeriod.end' && e.code === 'too-big') return [{ ...e, code: 'invalid' as const }];
      if (order.some((p) => e.path === p || e.path.startsWith(`${p}.`))) return [e];
      const near = order.find((p) => p.startsWith(`${e.path}.`));
      return near ? [{ path: near, code: e.code }] : [];
    });
  }

  private message = (path: string, code: FieldErrorCode): string => {
    const [min, max] = LIMITS[path] ?? [0, 0];
    const limit = code === 'too-short' || code === 'too-small' ? min : max;
    return this.t('fieldError', code, this.t('ideaNoun', FIELDS[path] ?? 'title'), limit);
  };

  private error(path: string): string | undefined {
    const e = this.form.errorFor(path);
    return e ? this.message(path, e.code) : undefined;
  }

  /** fillMs counts from the first interaction. */
  private touch = (): void => {
    this.startedAt ||= Date.now();
  };

  private onSubmit = async (e: Event): Promise<void> => {
    e.preventDefault();
    // Set before anything awaits: a second click, however fast, finds it set.
    if (this.inFlight || !this.site) return;
    this.inFlight = true;
    try {
      await this.send(this.site);
    } finally {
      this.inFlight = false;
    }
  };

  private async send(site: Site): Promise<void> {
    this.sendError = undefined;
    if (!(await this.form.check())) return;
    const client = this.api();
    if (client instanceof ApiError) return this.fail(client);
    const body = toBody(this.form.values, site, {
      honeypot: this.honeypot,
      fillMs: this.startedAt ? Date.now() - this.startedAt : 0,
    });
    const event = new CivicSubmitEvent(body);
    this.dispatchEvent(event);
    if (event.defaultPrevented) return;
    this.form.busy = true;
    this.requestUpdate();
    this.form.flushDraft();
    const outcome = await submitWithOutbox(client, { kind: 'idea', path: '/v1/ideas', body, schema: IdeaReceiptSchema });
    this.form.busy = false;
    if (outcome.status === 'sent') return this.succeed(outcome.result);
    this.dispatchEvent(new CivicSubmitErrorEvent(outcome.error, outcome.status === 'queued'));
    if (outcome.status === 'queued') {
      // The outbox holds the idea now; the draft would only invite a second copy.
      this.queuedKey = outcome.key;
      saveDraft(`${this.key()}:pending`, outcome.key);
      this.form.reset();
      this.phase = 'queued';
      return this.focusPanel();
    }
    const fieldErrors = this.remap(outcome.error.fieldErrors);
    if (outcome.error.code === 'validation' && fieldErrors.length) return this.form.showServerErrors(fieldErrors);
    return this.fail(outcome.error);
  }

  private async fail(error: ApiError): Promise<void> {
    this.sendError = error;
    await this.focusPanel();
  }

  private async succeed(receipt: IdeaReceipt): Promise<void> {
    this.receipt = receipt;
    this.phase = 'sent';
    this.queuedKey = undefined;
    clearDraft(`${this.key()}:pending`);
    this.form.reset();
    this.dispatchEvent(new CivicSubmittedEvent(receipt));
    await this.focusPanel();
  }

  private async focusPanel(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.panel[tabindex]')?.focus();
  }

  private startOver = (): void => {
    this.form.reset();
    this.honeypot = '';
    this.startedAt = 0;
    this.sendError = undefined;
    this.phase = 'form';
    this.receipt = undefined;
  };

  override render(): TemplateResult {
    const t = this.t;
    if (this.phase === 'sent' && this.receipt) {
      return html`<div class="root">
        <div class="panel success" part="status" tabindex="-1" role="status">
          ${this.heading(0, t('successTitle'))}
          <p>${t('referenceLabel')} <span class="reference">${this.receipt.reference}</span></p>
          ${this.heading(1, t('nextTitle'), 'subheading')}
          <p>${t('nextText')}</p>
          <button class="button secondary" type="button" @click=${this.startOver}>${t('anotherIdea')}</button>
        </div>
      </div>`;
    }
    if (this.phase === 'queued') {
      return html`<div class="root">
        <div class="panel" part="status" tabindex="-1" role="status">
          ${this.heading(0, t('queuedTitle'))}
          <p>${t('savedOffline')}</p>
        </div>
      </div>`;
    }
    const failed = this.siteTask.status === TaskStatus.ERROR && !this.site;
    const error = this.siteTask.error as ApiError | undefined;
    if (failed && error?.code === 'misconfigured') {
      return html`<div class="root"><div class="panel error" part="status">${t('notConfigured')}</div></div>`;
    }
    if (failed) {
      return html`<div class="root">
        ${this.heading(0, t('ideaHeading'))}
        <div class="panel error" part="status" role="alert">
          <p>${t('loadFailed')} ${t('apiError', error?.code ?? 'server')}</p>
          <button class="button" type="button" @click=${() => this.siteTask.run()}>${t('retry')}</button>
        </div>
      </div>`;
    }
    return this.renderForm(this.site);
  }

  private renderForm(site: Site | undefined): TemplateResult {
    const t = this.t;
    const v = this.form.values;
    const tracks: readonly IdeaTrack[] = site?.tracks ?? IDEA_TRACKS;
    const track = site && (tracks as readonly string[]).includes(v.track) ? v.track : '';
    const prefix = t('errorPrefix');
    return html`<div class="root">
      <form part="form" novalidate aria-busy=${site ? 'false' : 'true'} @submit=${this.onSubmit} @input=${this.touch} @change=${this.touch}>
        ${this.heading(0, t('ideaHeading'))}
        <p class="intro">${t('ideaIntro')}</p>
        <div class="visually-hidden" role="status">${site ? (this.form.busy ? t('busy') : '') : t('loading')}</div>
        ${site && this.form.restoredAt
          ? html`<div class="notice panel">
              <span>${t('draftRestored', this.i18n.date(new Date(this.form.restoredAt).toISOString(), { dateStyle: 'long', timeStyle: 'short' }))}</span>
              <button class="link-button" type="button" @click=${this.startOver}>${t('startOver')}</button>
            </div>`
          : nothing}
        ${this.sendError
          ? html`<div class="panel error notice" part="status" tabindex="-1" role="alert">
              ${t('apiError', this.sendError.code)} ${t('notSent')}
            </div>`
          : nothing}
        ${errorSummary({
          title: t('errorSummaryTitle'),
          items: this.form.summary(this.message),
          focusField: this.form.focusField,
          headingLevel: Math.min(6, this.headingLevel + 1),
        })}
        <div class=${site ? '' : 'skeleton'}>
          ${choiceGroup({
            id: fieldId('track'),
            legend: t('trackLegend'),
            type: 'radio',
            options: tracks.map((k) => ({ value: k, label: t('trackLabel', k), hint: t('trackText', k), disabled: !site })),
            selected: track ? [track] : [],
            error: this.error('track'),
            errorPrefix: prefix,
            onChange: ([k]) => this.form.set('track', k),
          })}
        </div>
        ${site && track ? this.renderFields(site, track) : nothing}
      </form>
    </div>`;
  }

  private text(path: string, more: Partial<Parameters<typeof textField>[0]> = {}): TemplateResult {
    const t = this.t;
    const track = this.form.values.track;
    const f = FIELDS[path];
    return textField({
      id: fieldId(path),
      label: t('ideaLabel', f),
      hint: t('ideaHint', f, track) || undefined,
      value: String(this.form.values[path] ?? ''),
      error: this.error(path),
      errorPrefix: t('errorPrefix'),
      onInput: (value) => this.form.set(path, value),
      ...more,
    });
  }

  private count(max: number) {
    return { max, left: (n: number) => this.t('charactersLeft', n), over: (n: number) => this.t('charactersTooMany', n) };
  }

  private renderFields(site: Site, track: string): TemplateResult {
    const t = this.t;
    const v = this.form.values;
    const prefix = t('errorPrefix');
    const optional = t('optional');
    const areaName = (id: string | null) => (id ? site.areas.find((a) => a.id === id)?.name ?? id : t('offerEverywhere'));
    const offers = site.offers.filter((o) => !v.offerArea || o.areaId === null || o.areaId === v.offerArea);
    return html`
      ${track === 'join'
        ? html`<div class="section">
            <div class="offer-area">
              ${selectField({
                id: fieldId('offerArea'),
                label: t('offerAreaLabel'),
                value: v.offerArea,
                placeholder: t('offerAreaAll'),
                options: site.areas.map((a) => ({ value: a.id, label: a.name })),
                errorPrefix: prefix,
                onChange: (value) => this.form.set('offerArea', value),
              })}
            </div>
            ${offers.length
              ? choiceGroup({
                  id: fieldId('offerId'),
                  legend: t('offerLegend'),
                  type: 'radio',
                  options: offers.map((o) => ({ value: o.id, label: o.title, hint: `${o.description} (${areaName(o.areaId)})` })),
                  selected: v.offerId ? [v.offerId] : [],
                  error: this.error('offerId'),
                  errorPrefix: prefix,
                  onChange: ([id]) => {
                    this.form.set('offerId', id);
                    const offer = site.offers.find((o) => o.id === id);
                    if (offer?.areaId && !this.form.values.areaId) this.form.set('areaId', offer.areaId);
                  },
                })
              : html`<p class="field" id=${fieldId('offerId')}>${t('noOffers')}</p>`}
          </div>`
        : nothing}
      ${this.text('title', { count: this.count(120) })}
      ${this.text('summary', { multiline: true, rows: 3, count: this.count(500) })}
      ${this.text('description', { multiline: true, rows: 6, ...(track === 'join' ? { optionalText: optional } : {}) })}
      ${selectField({
        id: fieldId('areaId'),
        label: t('ideaLabel', 'areaId'),
        value: v.areaId,
        placeholder: t('areaPlaceholder'),
        options: site.areas.map((a) => ({ value: a.id, label: a.name })),
        error: this.error('areaId'),
        errorPrefix: prefix,
        onChange: (value) => this.form.set('areaId', value),
      })}
      ${site.themes.length
        ? choiceGroup({
            id: fieldId('themeIds'),
            legend: t('ideaLabel', 'themeIds'),
            hint: t('ideaHint', 'themeIds', track),
            optionalText: optional,
            type: 'checkbox',
            options: site.themes.map((th) => ({ value: th.id, label: th.name })),
            selected: v.themeIds,
            error: this.error('themeIds'),
            errorPrefix: prefix,
            onChange: (ids) => this.form.set('themeIds', ids),
          })
        : nothing}
      ${this.text('location.address', { optionalText: optional, autocomplete: 'street-address' })}
      ${this.text('neighbours', { type: 'number', inputmode: 'numeric', width: 'short', min: 0, max: 10000 })}
      ${track === 'experiment'
        ? html`<fieldset class="fieldset section" part="fieldset">
            <legend class="legend" part="legend">${t('periodLegend')}</legend>
            ${this.text('testPeriod.start', { type: 'date', width: 'short' })} ${this.text('testPeriod.end', { type: 'date', width: 'short' })}
          </fieldset>`
        : nothing}
      <fieldset class="fieldset section" part="fieldset" aria-describedby="contact-hint">
        <legend class="legend" part="legend">${t('contactLegend')}</legend>
        <div class="hint" part="hint" id="contact-hint">${t('contactHint')}</div>
        ${this.text('contact.name', { autocomplete: 'name' })}
        ${this.text('contact.email', { type: 'email', autocomplete: 'email', inputmode: 'email' })}
        ${this.text('contact.phone', { type: 'tel', autocomplete: 'tel', inputmode: 'tel', optionalText: optional })}
      </fieldset>
      <p class="privacy">
        <a href=${site.privacyNotice.url} target="_blank" rel="noopener noreferrer"
          >${t('privacyLink')} <span class="new-tab">${t('newTab')}</span></a
        >
      </p>
      ${checkboxField({
        id: fieldId('consent.privacy'),
        label: t('consentText'),
        checked: v['consent.privacy'],
        error: this.error('consent.privacy'),
        errorPrefix: prefix,
        onChange: (checked) => this.form.set('consent.privacy', checked),
      })}
      <div class="hp" aria-hidden="true">
        <label for="f-website">${t('honeypotLabel')}</label>
        <input
          id="f-website"
          name="website"
          type="text"
          tabindex="-1"
          autocomplete="off"
          .value=${this.honeypot}
          @input=${(e: Event) => (this.honeypot = (e.target as HTMLInputElement).value)}
        />
      </div>
      ${site.demo ? html`<p class="demo">${t('demoNote')}</p>` : nothing}
      <div class="actions">
        <button class="button" part="submit-button" type="submit" aria-disabled=${this.form.busy ? 'true' : 'false'}>
          ${this.form.busy ? t('busy') : t('ideaSubmit')}
        </button>
      </div>
    `;
  }
}
