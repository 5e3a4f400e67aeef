/**
 * What stands above or instead of the signup form, and the steps between them: the receipt after
 * sending (confirmed or reserve list), saved on this device, cancelled, the offer to cancel a code that
 * came with the page, and the cancel form (reference and short code). It owns both ways of cancelling.
 */
import { nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { ApiClient } from '../../api/client.js';
import type { ApiError, WaitReason } from '../../api/errors.js';
import type { VolunteerRole } from '../../schema/volunteer.js';
import { cancelUrl, Cancelling, type CancelCode } from './cancel.js';
import { CancelByCode } from './cancel-form.js';
import { cancelledPanel, cancelRequestPanel, donePanel, queuedPanel, type Done } from './volunteer-signup.panels.js';
import type { SignupI18n } from './volunteer-signup.strings.js';

/**
 * `cancel-form`: the resident cancels with the reference and short code of their receipt. (A signup
 * saved on this device shows as saved whatever the phase: `submission.queued`.)
 */
export type Phase = 'form' | 'done' | 'cancelled' | 'cancel-form';

export interface OutcomeOptions {
  /** A client for the widget's endpoint, or why there is none. */
  api: () => ApiClient | ApiError;
  i18n: () => SignupI18n;
  /** A signup was cancelled (and is shown so): reload the places, move focus to the panel. */
  onCancelled: () => Promise<void>;
}

/** What the panel above the form needs from the widget at render time. */
export interface OutcomeView {
  queued?: { waiting: WaitReason };
  heading: (content: unknown) => TemplateResult;
  roleOf: (id: string) => VolunteerRole | undefined;
  /** The page reads its address, so the receipt offers a link that cancels on this page. */
  link: boolean;
  onSignUpAgain: () => void;
}

export class Outcome {
  phase: Phase = 'form';
  done?: Done;
  /** A cancel code that came with the page, until used or dismissed. */
  pageCancel: CancelCode | null = null;
  /** The reference of the signup just cancelled, when known. */
  private cancelledReference?: string;
  /** The two-step cancel button of the receipt and of the page's cancel code. */
  readonly cancelling: Cancelling;
  /** The cancel form. */
  readonly byCode: CancelByCode;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: OutcomeOptions,
  ) {
    const onCancelled = (reference: string | undefined) => this.cancelled(reference);
    this.cancelling = new Cancelling(host, { api: options.api, onCancelled });
    this.byCode = new CancelByCode(host, { api: options.api, i18n: options.i18n, onCancelled });
  }

  show(phase: Phase): void {
    if (phase === 'cancel-form') this.byCode.reset();
    this.phase = phase;
    this.host.requestUpdate();
  }

  /** The receipt of a signup just sent. */
  showDone(done: Done): void {
    this.done = done;
    this.cancelling.reset();
    this.show('done');
  }

  private async cancelled(reference: string | undefined): Promise<void> {
    this.cancelledReference = reference;
    this.done = undefined;
    this.pageCancel = null;
    this.show('cancelled');
    await this.options.onCancelled();
  }

  /** The panel above the form: saved, the receipt, cancelled, or the page's cancel code; else nothing. */
  render(i18n: SignupI18n, v: OutcomeView): TemplateResult | typeof nothing {
    if (v.queued) return queuedPanel(i18n, v.queued.waiting);
    if (this.phase === 'cancelled') return cancelledPanel(i18n, v.heading, v.onSignUpAgain, this.cancelledReference);
    if (this.phase === 'done' && this.done) {
      const r = this.done.receipt;
      const code = { id: r.id, token: r.cancelToken, reference: r.reference };
      const done = this.done.role ? this.done : { ...this.done, role: v.roleOf(this.done.roleId) };
      return donePanel(i18n, done, {
        heading: v.heading,
        cancel: this.cancelling.controls(i18n, code),
        copied: this.cancelling.copied,
        onCopy: () => void this.cancelling.copy(),
        link: v.link ? cancelUrl(code, location) : undefined,
      });
    }
    if (this.pageCancel)
      return cancelRequestPanel(
        i18n,
        this.pageCancel.reference,
        v.heading,
        this.cancelling.controls(i18n, this.pageCancel),
      );
    return nothing;
  }
}
