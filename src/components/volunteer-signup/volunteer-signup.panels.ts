/**
 * What stands in for the form while the roles load (or when they cannot), and the way to cancel under it.
 * What the resident reads after sending: confirmed or on the reserve list for which role (per shift
 * too, and whether a place went to someone else meanwhile), the reference and the short cancel code
 * to keep; or that the signup is saved on this device; or that it is cancelled.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ApiError, WaitReason } from '../../api/errors.js';
import type { SignupReceipt, VolunteerRole } from '../../schema/volunteer.js';
import { cancelControls, formatShortCode, type CancelControls } from './cancel.js';
import { shiftLabel } from './role-card.js';
import type { SignupI18n } from './volunteer-signup.strings.js';

/** A confirmed or waitlisted signup, with what the resident chose. */
export interface Done {
  receipt: SignupReceipt;
  /** The role as it was when the resident sent (for the shift labels). */
  role: VolunteerRole | undefined;
  /** The role's id, to find it once the roles are loaded (a queued signup sent before they are). */
  roleId: string;
  /** Shifts the resident knowingly chose as reserve (they were full when sent). */
  reserveChosen: readonly string[];
  /** The address the confirmation e-mail went to (only when the server sends e-mail: `site.email`). */
  emailedTo?: string;
}

export interface DoneOptions {
  heading: (content: unknown) => TemplateResult;
  cancel: CancelControls;
  copied: boolean;
  onCopy: () => void;
  /** A link that cancels the signup on this page (only when the page reads the URL). */
  link?: string;
}

export function donePanel(i18n: SignupI18n, done: Done, o: DoneOptions): TemplateResult {
  const { receipt, role } = done;
  const waitlisted = receipt.status === 'waitlisted';
  // The short code (with the reference) is what a resident keeps; a backend without it offers the link only.
  const code = receipt.cancelCode ? formatShortCode(receipt.cancelCode) : undefined;
  return html`<div class="panel result ${waitlisted ? 'waitlisted' : 'success'}" part="result" tabindex="-1" data-status=${receipt.status}>
    ${o.heading(i18n.t(waitlisted ? 'waitlistedTitle' : 'confirmedTitle'))}
    <p>${i18n.t(waitlisted ? 'waitlistedText' : 'confirmedText')}</p>
    ${done.emailedTo ? html`<p class="email-sent">${i18n.t('signupEmailSent', done.emailedTo)}</p>` : nothing}
    ${
      role
        ? html`<p class="role-done">${i18n.t('roleDone')}${i18n.t('colon')} <strong>${role.title}</strong></p>`
        : nothing
    }
    ${
      receipt.shifts.length
        ? html`<ul class="shift-list" part="list">
          ${receipt.shifts.map((s) => {
            const shift = role?.shifts.find((x) => x.id === s.shiftId);
            const meanwhile = s.status === 'waitlisted' && !done.reserveChosen.includes(s.shiftId);
            return html`<li part="item" data-status=${s.status}>
              ${shift ? shiftLabel(shift, i18n.intlTag) : s.shiftId}${i18n.t('colon')}
              <strong>${i18n.t(s.status === 'confirmed' ? 'shiftConfirmed' : 'shiftWaitlisted')}</strong>${
                meanwhile ? html` (${i18n.t('takenMeanwhile')})` : nothing
              }
            </li>`;
          })}
        </ul>`
        : nothing
    }
    <dl class="facts">
      <div class="fact"><dt>${i18n.t('reference')}</dt><dd class="reference">${receipt.reference}</dd></div>
      ${
        code
          ? html`<div class="fact">
            <dt>${i18n.t('cancelCode')}</dt>
            <dd>
              <code class="code short" id="cancel-code">${code}</code>
              <div class="hint">${i18n.t('cancelCodeHint')}</div>
              <button type="button" class="button secondary small" @click=${o.onCopy}>${i18n.t('copy')}</button>
              <span class="copied" part="status" role="status">${o.copied ? i18n.t('copied') : ''}</span>
            </dd>
          </div>`
          : nothing
      }
    </dl>
    ${o.link ? html`<p><a href=${o.link}>${i18n.t('cancelLink')}</a></p>` : nothing}
    ${cancelControls(i18n, o.cancel)}
  </div>`;
}

/** Saved on this device and sent again later; `reason` says why it waits. */
export function queuedPanel(i18n: SignupI18n, reason: WaitReason): TemplateResult {
  return html`<div class="panel result" part="result" tabindex="-1" data-status="queued">
    <p>${i18n.t('savedLater', reason)}</p>
  </div>`;
}

/** Cancelled; the resident may sign up again. */
export function cancelledPanel(
  i18n: SignupI18n,
  heading: (content: unknown) => TemplateResult,
  onAgain: () => void,
  reference?: string,
): TemplateResult {
  return html`<div class="panel result success" part="result" tabindex="-1" data-status="cancelled">
    ${heading(i18n.t('cancelledTitle'))}
    ${reference ? html`<p class="reference-cancelled">${i18n.t('cancelledReference', reference)}</p>` : nothing}
    <p>${i18n.t('cancelledText')}</p>
    <button type="button" class="button secondary" @click=${onAgain}>${i18n.t('signUpAgain')}</button>
  </div>`;
}

/** A cancel code came with the page (attributes or `?cancel=`): offer to cancel it, naming the reference when known. */
export function cancelRequestPanel(
  i18n: SignupI18n,
  reference: string | undefined,
  heading: (content: unknown) => TemplateResult,
  cancel: CancelControls,
): TemplateResult {
  return html`<div class="panel result" part="result" tabindex="-1" data-status="cancel">
    ${heading(i18n.t('cancelTitle'))}
    <p>${reference ? i18n.t('cancelIntro', reference) : i18n.t('cancelIntroUnknown')}</p>
    ${cancelControls(i18n, cancel)}
  </div>`;
}

/** Before the roles are there: not configured, loading failed (with "Try again"), or loading. */
export function loadPanel(
  i18n: SignupI18n,
  error: ApiError | undefined,
  failed: boolean,
  onRetry: () => void,
): TemplateResult {
  if (error?.code === 'misconfigured') return html`<p class="panel error" part="error">${i18n.t('notConfigured')}</p>`;
  if (error && failed) {
    return html`<div class="panel error load-error" part="error">
      <p>${i18n.t('apiError', error.code)}</p>
      <button type="button" class="button secondary" @click=${onRetry}>${i18n.t('retry')}</button>
    </div>`;
  }
  return html`<div class="loading" aria-busy="true"><p>${i18n.t('loading')}</p></div>`;
}

/** Under the form: "Already signed up and want to cancel?", which opens the cancel form. */
export function cancelOpenLine(i18n: SignupI18n, onOpen: () => void): TemplateResult {
  return html`<p class="cancel-open-line">
    <button type="button" class="link-button cancel-open" @click=${onOpen}>${i18n.t('cancelOpen')}</button>
  </p>`;
}
