import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { TaskStatus } from '@lit/task';
import { BotSignals } from '../../internal/bot-signals.js';
import { CivicElement } from '../../internal/civic-element.js';
import { draftNotice } from '../../internal/draft-notice.js';
import { errorSummary } from '../../internal/error-summary.js';
import { FormController } from '../../internal/form-controller.js';
import { loadTask } from '../../internal/load-task.js';
import { SubmissionController } from '../../internal/submission.js';
import { CivicSubmittedEvent } from '../../events/index.js';
import { ApiClient } from '../../api/client.js';
import { ApiError } from '../../api/errors.js';
import { currentEndpoint } from '../../api/endpoint.js';
import { resolveLocale } from '../../i18n/locale.js';
import type { SubmitOutcome } from '../../api/outbox.js';
import { ideaReceiptSchema, type IdeaReceipt, type IdeaSubmissionInput } from '../../schema/idea.js';
import type { IdeaTrack, Site } from '../../schema/site.js';
import type { FieldErrorCode } from '../../schema/problem.js';
import { base } from '../../styles/base.js';
import { formStyles } from '../../styles/form.js';
import { styles } from './idea-form.styles.js';
import { fieldOrder, initialValues, remapErrors, toBody, validateIdea, type IdeaValues } from './idea-form.body.js';
import { chosenTrack, ideaFields, trackChoice, type IdeaFieldsContext } from './idea-form.fields.js';
import { loadFailedPanel, queuedPanel, sentPanel, type Heading } from './idea-form.panels.js';
import { catalogs, fieldMessage, type IdeaStrings } from './idea-form.strings.js';
import { getSite } from '../../api/calls.js';

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
 * @csspart result - The outcome panel after sending (sent, saved on this device); takes focus.
 * @csspart error - The not-configured, loading-failed and sending-failed panels.
 *
 * @cssproperty --civic-idea-form-max-inline-size - Widest the form gets. Default: 40rem.
 * @cssproperty --civic-idea-form-reference-font-size - Size of the reference number on success. Default: 1.5em.
 */
export class CivicIdeaForm extends CivicElement<IdeaStrings> {
  static override styles = [base, formStyles, styles];

  /**
   * Preselects a track (`create`, `experiment` or `join`) when the site has it open. Set later, it
   * switches the form to that track (what was typed stays).
   */
  @property({ reflect: true }) track?: IdeaTrack;

  /**
   * Preselects an area (its id from `/v1/site`), also the area that offers are narrowed to. Set later,
   * it changes both.
   */
  @property({ reflect: true }) area?: string;

  /** The receipt once the backend confirmed the idea: the sent panel shows it. */
  @state() private receipt?: IdeaReceipt;
  /** The address the confirmation e-mail went to (only when the server sends e-mail). */
  @state() private emailedTo?: string;
  @state() private sendError?: ApiError;
  @state() private site?: Site;

  /** The honeypot, and the fill time counted from the first interaction. */
  private readonly bot = new BotSignals();

  /** @internal The form's values, errors and draft (tests and stories read it; not a public API). */
  readonly form: FormController<IdeaValues> = new FormController<IdeaValues>(this, {
    initial: () => initialValues(this.track ?? '', this.area ?? ''),
    validate: (v) => remapErrors(validateIdea(v, this.site), v.track),
    order: (): string[] => fieldOrder(this.form.values.track),
    draftKey: () => this.key(),
  });

  private readonly submission = new SubmissionController<IdeaSubmissionInput, ReturnType<typeof ideaReceiptSchema>>(
    this,
    {
      kind: 'idea',
      onSent: (_key, receipt) => void this.succeed(receipt),
      path: '/v1/ideas',
      receipt: ideaReceiptSchema,
      client: (endpoint) => new ApiClient({ endpoint, lang: this.i18n.locale }),
      // Refused for good when sent later (e.g. the backend's rules changed): back to the form, which
      // still holds the draft, with the backend's field errors or its message.
      onRejected: (key, error) => this.show({ status: 'rejected', key, error }),
    },
  );

  private readonly siteTask = loadTask(this, {
    what: 'site',
    // A client for the endpoint and language in `args` (the task runs again when either changes).
    args: () => [this.endpoint, this.i18n.locale] as const,
    client: () => this.api(),
    load: async (client, _args, signal) => (this.site = await getSite(client, signal)),
  });

  /** Lets go of the early `/v1/site` request when the form leaves the page (see {@link askSiteEarly}). */
  private early?: AbortController;

  constructor() {
    super(catalogs);
  }

  override connectedCallback(): void {
    this.askSiteEarly();
    super.connectedCallback();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.early?.abort();
    this.early = undefined;
  }

  /**
   * Sends `GET /v1/site` as the form connects, before Lit builds its styles, controllers and first
   * render: the answer travels while the (disabled) skeleton is made and painted. The load task asks
   * the same shared request a moment later (getSite, src/api/shared-request.ts) and gets this answer,
   * so there is still one request, and its errors and events are the task's as before. Only for an
   * endpoint already given (attribute, property or page `<meta>`); not when the form was rendered on a
   * server (its fields are already there) or has loaded before.
   */
  private askSiteEarly(): void {
    if (this.hasUpdated || this.shadowRoot || this.site) return;
    const endpoint = currentEndpoint(this);
    if (!endpoint) return;
    this.early?.abort();
    const early = (this.early = new AbortController());
    getSite(new ApiClient({ endpoint, lang: resolveLocale(this) }), early.signal).then(
      () => {
        if (this.early === early) this.early = undefined;
      },
      () => undefined, // the load task asks again and reports it
    );
  }

  /** Where the draft is kept; per endpoint. */
  private key(): string | null {
    const endpoint = currentEndpoint(this);
    return endpoint ? `idea-form:${endpoint}` : null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const v = this.form.values;
    // Preselection from attributes or properties. At the first update it fills only what is still
    // empty (a draft restored meanwhile keeps the resident's choice). A later change is the page
    // (or a Storybook control) saying so on purpose: it applies even over the resident's choice,
    // else a page's "Doe mee" button would do nothing once the resident had clicked another track.
    const untouched = (value: string, key: 'track' | 'area'): boolean =>
      this.hasUpdated || !value || value === (changed as Map<PropertyKey, unknown>).get(key);
    if (changed.has('track') && this.track && untouched(v.track, 'track'))
      this.form.values = { ...v, track: this.track };
    if (changed.has('area') && this.area && untouched(v.areaId, 'area')) {
      this.form.values = { ...this.form.values, areaId: this.area, offerArea: this.area };
    }
  }

  protected override updated(): void {
    // A restored draft counts its fill time from when it was saved, not from now.
    if (this.form.restoredAt) this.bot.start(this.form.restoredAt);
  }

  private message = (path: string, code: FieldErrorCode): string =>
    fieldMessage(this.i18n, path, code, this.form.values.track);

  private error = (path: string): string | undefined => {
    const e = this.form.errorFor(path);
    return e ? this.message(path, e.code) : undefined;
  };

  private onSubmit = (e: Event): void => {
    e.preventDefault();
    const site = this.site;
    if (!site) return;
    this.sendError = undefined;
    void this.form.submit(() => this.send(site));
  };

  private async send(site: Site): Promise<void> {
    const client = this.api();
    if (client instanceof ApiError) return this.fail(client);
    this.form.flushDraft();
    await this.submission.send(client, toBody(this.form.values, site, this.bot.body), (outcome) => this.show(outcome));
  }

  private async show(outcome: SubmitOutcome<IdeaReceipt>): Promise<void> {
    if (outcome.status === 'sent') return this.succeed(outcome.result);
    // The outbox holds the idea now (the controller keeps it as queued). The draft stays until the
    // backend confirms it (the saved panel stands in for the form meanwhile, so it cannot be sent
    // twice), should it be refused later.
    if (outcome.status === 'queued') return this.focusPanel();
    const fieldErrors = remapErrors(outcome.error.fieldErrors, this.form.values.track);
    if (outcome.error.code === 'validation' && fieldErrors.length) return this.form.showServerErrors(fieldErrors);
    return this.fail(outcome.error);
  }

  private async fail(error: ApiError): Promise<void> {
    this.sendError = error;
    await this.focusPanel();
  }

  private async succeed(receipt: IdeaReceipt): Promise<void> {
    this.receipt = receipt;
    this.emailedTo = this.site?.email === true ? this.form.values['contact.email'] || undefined : undefined;
    this.form.reset();
    this.dispatchEvent(new CivicSubmittedEvent(receipt));
    await this.focusPanel();
  }

  private focusPanel(): Promise<void> {
    return this.focusAfterUpdate('.panel[tabindex]', true);
  }

  private startOver = (): void => {
    this.form.reset();
    this.bot.reset();
    this.sendError = undefined;
    this.receipt = undefined;
    void this.refocus('#f-track-0');
  };

  private readonly head: Heading = (depth, content, className) => this.heading(depth, content, className);

  override render(): TemplateResult {
    const queued = this.submission.queued;
    if (this.receipt) return sentPanel(this.i18n, this.head, this.receipt, this.startOver, this.emailedTo);
    if (queued) return queuedPanel(this.i18n, this.head, queued.waiting);
    if (this.siteTask.status === TaskStatus.ERROR && !this.site) {
      return loadFailedPanel(this.i18n, this.head, this.siteTask.error as ApiError, () => {
        void this.siteTask.run();
        void this.refocus();
      });
    }
    return this.renderForm(this.site);
  }

  private renderForm(site: Site | undefined): TemplateResult {
    const t = this.i18n;
    const busy = this.form.busy;
    const track = chosenTrack(this.form.values, site);
    const fields: IdeaFieldsContext = { i18n: t, form: this.form, error: this.error };
    return html`<div class="root">
      <form part="form" novalidate aria-busy=${site ? 'false' : 'true'} @submit=${this.onSubmit} @input=${this.bot.start} @change=${this.bot.start}>
        ${this.heading(0, t.t('ideaHeading'))}
        <p class="intro">${t.t('ideaIntro')}</p>
        <div class="visually-hidden" role="status">${site ? (busy ? t.t('busy') : '') : t.t('loading')}</div>
        ${draftNotice(t, site ? this.form.restoredAt : null, this.startOver)}
        ${
          this.sendError
            ? html`<div class="panel error notice" part="error" tabindex="-1" role="alert">
              ${t.t('apiError', this.sendError.code)} ${t.t('notSent')}
            </div>`
            : nothing
        }
        ${errorSummary({
          title: t.t('errorSummaryTitle'),
          items: this.form.summary(this.message),
          focusField: this.form.focusField,
          headingLevel: this.levelBelow(1),
        })}
        ${trackChoice(fields, site)}
        ${
          site && track
            ? html`${ideaFields(fields, site, track)} ${this.bot.field(t.t('honeypotLabel'))}
              ${site.demo ? html`<p class="demo">${t.t('demoNote')}</p>` : nothing}
              <div class="actions">
                <button class="button" part="submit-button" type="submit" aria-disabled=${busy ? 'true' : 'false'}>
                  ${busy ? t.t('busy') : t.t('ideaSubmit')}
                </button>
              </div>`
            : nothing
        }
      </form>
    </div>`;
  }
}
