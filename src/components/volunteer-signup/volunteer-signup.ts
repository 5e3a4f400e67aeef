import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { TaskStatus } from '@lit/task';
import { BotSignals } from '../../internal/bot-signals.js';
import { CivicElement } from '../../internal/civic-element.js';
import { FormController } from '../../internal/form-controller.js';
import { loadTask } from '../../internal/load-task.js';
import { SubmissionController } from '../../internal/submission.js';
import { CivicSubmittedEvent } from '../../events/index.js';
import { ApiClient } from '../../api/client.js';
import { ApiError } from '../../api/errors.js';
import type { SubmitOutcome } from '../../api/outbox.js';
import { base } from '../../styles/base.js';
import { formStyles } from '../../styles/form.js';
import { ID_PATTERN } from '../../schema/common.js';
import { PROBLEM_TYPES, type FieldErrorCode } from '../../schema/problem.js';
import type { Site } from '../../schema/site.js';
import {
  signupReceiptSchema,
  type SignupReceipt,
  type VolunteerRole,
  type VolunteerSignupInput,
} from '../../schema/volunteer.js';
import { catalogs, fieldMessage, type SignupStrings } from './volunteer-signup.strings.js';
import {
  checkValues,
  chosenShifts,
  emptyValues,
  FIELD_ORDER,
  toBody,
  type SignupValues,
} from './volunteer-signup.body.js';
import { signupForm, type SignupFormContext } from './volunteer-signup.fields.js';
import { pageCancelCode } from './cancel.js';
import { Outcome } from './outcome.js';
import { cancelOpenLine, loadPanel } from './volunteer-signup.panels.js';
import { styles } from './volunteer-signup.styles.js';
import { getSite, listVolunteerRoles } from '../../api/calls.js';

interface Loaded {
  site: Site;
  roles: VolunteerRole[];
}

/** The last signup sent: its Idempotency-Key, the exact body, and the body compared on a resend. */
interface LastSent {
  key: string;
  body: VolunteerSignupInput;
  compare: string;
}

const idOrUndefined = (v: string | null | undefined): string | undefined => (v && ID_PATTERN.test(v) ? v : undefined);

/**
 * A resident signs up for a volunteer role: for shifts (with the places left, and the reserve list
 * when a shift is full) or with their availability. The widget says what the role asks (time,
 * requirements) and what the municipality gives (guidance, insurance, expenses), shows the volunteer
 * information note in full (Belgian volunteer law, 2005) to acknowledge, and asks for privacy
 * consent separately. The answer says whether the resident is confirmed or on the reserve list and
 * gives the reference and a short code to cancel with later ("Already signed up and want to
 * cancel?" under the form), which the widget can also do at once, or from the link.
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
 * @csspart submit-button - The button that sends a form (the signup, or the cancel form's "Cancel my signup").
 * @csspart cancel-button - The button that cancels a signup.
 * @csspart status - The short live status line ("copied"); the outcome panels are no live region, focus moves to them.
 * @csspart result - The outcome panel (confirmed, reserve list, saved, cancelled); takes focus.
 * @csspart error - The not-configured, loading-failed, sending-failed and cancelling-failed panels.
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

  /**
   * Read `role`, `initiative`, `cancel` (`<signup id>.<token>`) and `reference` (named by the cancel
   * panel) from the page's query string.
   */
  @property({ type: Boolean, attribute: 'read-url' }) readUrl = false;

  /** With `cancel-token`: a signup to offer to cancel. */
  @property({ attribute: 'signup-id' }) signupId?: string;

  /** With `signup-id`: the cancel token of the receipt. */
  @property({ attribute: 'cancel-token' }) cancelToken?: string;

  @state() private data?: Loaded;
  @state() private sendError?: ApiError;
  /** Shifts whose last place went to someone else between loading and sending. */
  @state() private taken?: string[];

  /**
   * The last signup sent: sent again with the same key and body when nothing changed. While it waits
   * in the outbox, the submission controller keeps it (so a page loaded later shows it as saved, not
   * the form, which would make a second signup, and shows its receipt once it is sent).
   */
  private lastSent?: LastSent;
  private url = new URLSearchParams();
  /** The honeypot, and the fill time counted from when the widget is on the page. */
  private readonly bot = new BotSignals();

  /** @internal The form's values, errors and draft (tests and stories read it; not a public API). */
  readonly form = new FormController<SignupValues>(this, {
    initial: () => emptyValues(this.preselected() ?? ''),
    validate: (v) => checkValues(v, this.roleOf(v.roleId), this.data?.site),
    order: () => FIELD_ORDER,
    draftKey: () => this.draftKey(),
  });

  private readonly submission = new SubmissionController<VolunteerSignupInput, ReturnType<typeof signupReceiptSchema>>(
    this,
    {
      kind: 'volunteer-signup',
      path: '/v1/volunteer-signups',
      receipt: signupReceiptSchema,
      client: (endpoint) => new ApiClient({ endpoint, lang: this.i18n.locale }),
      onSent: (_key, receipt, body) => void this.succeed(receipt, this.roleOf(body.roleId), body),
      onRejected: (_key, error) => this.rejected(error),
    },
  );

  /** The receipt, saved, cancelled or cancel panels, the cancel form, and which of them shows. */
  private readonly outcome = new Outcome(this, {
    api: () => this.api(),
    i18n: () => this.i18n,
    onCancelled: () => {
      void this.loader.run();
      return this.focusResult();
    },
  });

  private readonly loader = loadTask(this, {
    what: 'volunteer-roles',
    args: () => [this.endpoint, this.i18n.locale, this.urlOr('initiative', this.initiative)] as const,
    client: () => this.api(),
    load: async (client, [, , initiative], signal) => {
      const [site, list] = await Promise.all([
        getSite(client, signal),
        listVolunteerRoles(client, initiative ? { initiative } : {}, signal),
      ]);
      this.data = { site, roles: list.items };
      this.preselect();
      return this.data;
    },
  });

  constructor() {
    super(catalogs);
  }

  override connectedCallback(): void {
    if (this.readUrl) this.url = new URLSearchParams(globalThis.location?.search ?? '');
    super.connectedCallback();
    this.bot.start();
    if (this.form.restoredAt) this.bot.start(this.form.restoredAt);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Properties set before the element was defined arrive only now (not yet in connectedCallback).
    if (changed.has('readUrl')) this.url = new URLSearchParams(this.readUrl ? (globalThis.location?.search ?? '') : '');
    // Another role asked for: preselect it, unless the resident already chose another one.
    const chosen = this.form.values.roleId;
    if (changed.has('roleId') && this.data && (!chosen || chosen === changed.get('roleId'))) {
      this.form.values = { ...this.form.values, roleId: '' };
      this.preselect();
    }
    if (changed.has('signupId') || changed.has('cancelToken') || changed.has('readUrl')) {
      this.outcome.pageCancel = pageCancelCode(this.readUrl ? this.url : null, this.signupId, this.cancelToken);
    }
  }

  /** Where the draft is kept: per page path and element id. */
  private draftKey(): string {
    return `volunteer-signup:${globalThis.location?.pathname ?? ''}${this.id ? `#${this.id}` : ''}`;
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

  private message = (path: string, code: FieldErrorCode): string =>
    fieldMessage(this.i18n, path, code, this.selectedRole);

  // ---- sending --------------------------------------------------------------------------------

  private onSubmit = (e: Event): void => {
    e.preventDefault();
    void this.send(false);
  };

  /** Sends the signup once, however often it is asked while a send is in flight. */
  private send(forceWaitlist: boolean): Promise<boolean> {
    return this.form.submit(async () => {
      const api = this.api();
      if (api instanceof ApiError) {
        this.sendError = api;
        return;
      }
      const role = this.selectedRole;
      const fresh = toBody(this.form.values, role, this.data?.site, { ...this.bot.body, forceWaitlist });
      // The same signup sent again (after "saved", an error, a retry) keeps its key and exact body.
      const compare = JSON.stringify({ ...fresh, fillMs: 0 });
      const reuse = this.lastSent?.compare === compare ? this.lastSent : undefined;
      const body = reuse?.body ?? fresh;
      // "Retry" and "Join the reserve list" go with these panels: focus then goes to the send button.
      const panel = this.sendError || this.taken;
      this.sendError = undefined;
      this.taken = undefined;
      if (panel) void this.keepFocus('[part~="submit-button"]');
      const show = (outcome: SubmitOutcome<SignupReceipt>): Promise<void> => {
        this.lastSent = { key: outcome.key, body, compare };
        return this.settle(outcome, role, body);
      };
      await this.submission.send(api, body, show, reuse?.key);
    });
  }

  private async settle(
    outcome: SubmitOutcome<SignupReceipt>,
    role: VolunteerRole | undefined,
    body: VolunteerSignupInput,
  ): Promise<void> {
    if (outcome.status === 'sent') return this.succeed(outcome.result, role, body);
    if (outcome.status === 'rejected') return this.rejected(outcome.error);
    // Queued: the controller keeps it, the saved panel stands in for the form.
    this.form.flushDraft();
    return this.focusResult();
  }

  private async rejected(error: ApiError): Promise<void> {
    this.lastSent = undefined;
    this.outcome.show('form');
    if (error.code === 'conflict' && error.problem?.type === PROBLEM_TYPES.shiftFull) {
      // Someone else took the last place: reload the places, keep every value, offer the reserve list.
      const chosen = this.form.values.shiftIds;
      await this.loader.run();
      const full = chosenShifts(this.form.values, this.selectedRole)
        .filter((s) => s.placesLeft === 0)
        .map((s) => s.id);
      this.taken = full.length ? full : chosen;
      return this.focusAfterUpdate('.taken');
    }
    const shown =
      error.code === 'validation' &&
      error.fieldErrors.some((f) => FIELD_ORDER.some((p) => f.path === p || f.path.startsWith(`${p}.`)));
    if (shown) return this.form.showServerErrors(error.fieldErrors);
    this.sendError = error;
    await this.focusAfterUpdate('.send-error');
  }

  private async succeed(
    receipt: SignupReceipt,
    role: VolunteerRole | undefined,
    body: VolunteerSignupInput,
  ): Promise<void> {
    // Shifts the resident knowingly put on the reserve list: full when sent, or taken meanwhile and then chosen.
    const full = body.joinWaitlist
      ? chosenShifts({ ...this.form.values, shiftIds: body.shiftIds ?? [] }, role).filter((s) => s.placesLeft === 0)
      : [];
    const reserveChosen = body.joinWaitlist ? [...full.map((s) => s.id), ...(this.taken ?? [])] : [];
    const emailedTo = this.data?.site.email === true ? body.contact.email : undefined;
    this.outcome.showDone({ receipt, role, roleId: body.roleId, reserveChosen, ...(emailedTo ? { emailedTo } : {}) });
    this.lastSent = undefined;
    this.taken = undefined;
    this.form.reset();
    this.dispatchEvent(new CivicSubmittedEvent<SignupReceipt>(receipt));
    void this.loader.run();
    await this.focusResult();
  }

  private focusResult(): Promise<void> {
    return this.focusAfterUpdate('[part~="result"]', true);
  }

  // After these, focus goes to the widget's heading (`#title`) when what had it is gone.
  private retryLoad = (): void => {
    void this.loader.run();
    void this.keepFocus('#title');
  };

  private signUpAgain = (): void => {
    this.outcome.show('form');
    void this.keepFocus('#title');
  };

  /** "Already signed up and want to cancel?": the cancel form, focus on its heading. */
  private openCancelForm = (): Promise<void> => {
    this.outcome.show('cancel-form');
    return this.focusAfterUpdate('#cancel-form-title');
  };

  /** Back from the cancel form: the signup form as it was, focus on the button that opened the cancel form. */
  private closeCancelForm = (): void => {
    this.outcome.show('form');
    void this.keepFocus('.cancel-open');
  };

  // ---- rendering ------------------------------------------------------------------------------

  private sub = (id?: string) => (content: unknown) => this.heading(1, content, 'subheading', id);

  override render(): TemplateResult {
    const phase = this.submission.queued ? 'queued' : this.outcome.phase;
    // Under the form, the way to cancel with the receipt's reference and code (not without an endpoint).
    const misconfigured = (this.loader.error as ApiError | undefined)?.code === 'misconfigured';
    return html`<section class="root" aria-labelledby="title">
      ${this.heading(0, this.i18n.t('title'), 'heading', 'title')}
      ${this.outcome.render(this.i18n, {
        queued: this.submission.queued,
        heading: this.sub(),
        roleOf: (id) => this.roleOf(id),
        link: this.readUrl,
        onSignUpAgain: this.signUpAgain,
      })}
      ${phase === 'form' ? this.renderForm() : nothing}
      ${phase === 'form' && !misconfigured && !this.outcome.pageCancel ? cancelOpenLine(this.i18n, this.openCancelForm) : nothing}
      ${
        phase === 'cancel-form'
          ? this.outcome.byCode.render(this.sub('cancel-form-title'), this.levelBelow(1), this.closeCancelForm)
          : nothing
      }
    </section>`;
  }

  private renderForm(): TemplateResult {
    const error = this.loader.error as ApiError | undefined;
    if (!this.data) return loadPanel(this.i18n, error, this.loader.status === TaskStatus.ERROR, this.retryLoad);
    const { site, roles } = this.data;
    if (roles.length === 0) return html`<p class="panel">${this.i18n.t('noRoles')}</p>`;
    const form: SignupFormContext = {
      i18n: this.i18n,
      form: this.form,
      message: this.message,
      headingLevel: this.levelBelow(1),
      sendError: this.sendError,
      bot: this.bot,
      sub: this.sub,
      taken: this.taken,
      onSubmit: this.onSubmit,
      onRoleChosen: () => (this.taken = undefined),
      onJoinReserve: () => void this.send(true),
    };
    return signupForm(form, site, roles, this.selectedRole);
  }
}
