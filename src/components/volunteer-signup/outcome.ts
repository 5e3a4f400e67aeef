/**
 * What the resident reads after sending: confirmed or on the reserve list (per shift too, and
 * whether a place went to someone else meanwhile), the reference and the cancel code to keep; or
 * that the signup is saved on this device; or that it is cancelled.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { WaitReason } from '../../api/errors.js';
import type { SignupReceipt, VolunteerRole } from '../../schema/volunteer.js';
import { cancelControls, formatCancelCode, type CancelControls } from './cancel.js';
import { shiftLabel } from './role-card.js';
import type { SignupI18n } from './strings.js';

/** A confirmed or waitlisted signup, with what the resident chose. */
export interface Done {
  receipt: SignupReceipt;
  /** The role as it was when the resident sent (for the shift labels). */
  role: VolunteerRole | undefined;
  /** The role's id, to find it once the roles are loaded (a queued signup sent before they are). */
  roleId: string;
  /** Shifts the resident knowingly chose as reserve (they were full when sent). */
  reserveChosen: readonly string[];
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
  const code = formatCancelCode({ id: receipt.id, token: receipt.cancelToken });
  return html`<div class="panel result ${waitlisted ? 'waitlisted' : 'success'}" part="result" tabindex="-1" data-status=${receipt.status}>
    ${o.heading(i18n.t(waitlisted ? 'waitlistedTitle' : 'confirmedTitle'))}
    <p>${i18n.t(waitlisted ? 'waitlistedText' : 'confirmedText')}</p>
    ${
      receipt.shifts.length
        ? html`<ul class="shift-list" part="list">
          ${receipt.shifts.map((s) => {
            const shift = role?.shifts.find((x) => x.id === s.shiftId);
            const meanwhile = s.status === 'waitlisted' && !done.reserveChosen.includes(s.shiftId);
            return html`<li part="item" data-status=${s.status}>
              ${shift ? shiftLabel(shift, i18n.intlTag) : s.shiftId}:
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
      <div class="fact">
        <dt>${i18n.t('cancelCode')}</dt>
        <dd>
          <code class="code" id="cancel-code">${code}</code>
          <div class="hint">${i18n.t('cancelCodeHint')}</div>
          <button type="button" class="button secondary small" @click=${o.onCopy}>${i18n.t('copy')}</button>
          <span class="copied" part="status" role="status">${o.copied ? i18n.t('copied') : ''}</span>
          ${o.link ? html`<p><a href=${o.link}>${i18n.t('cancelLink')}</a></p>` : nothing}
        </dd>
      </div>
    </dl>
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
): TemplateResult {
  return html`<div class="panel result success" part="result" tabindex="-1" data-status="cancelled">
    ${heading(i18n.t('cancelledTitle'))}
    <p>${i18n.t('cancelledText')}</p>
    <button type="button" class="button secondary" @click=${onAgain}>${i18n.t('signUpAgain')}</button>
  </div>`;
}

/** A cancel code came with the page (attributes or `?cancel=`): offer to cancel it. */
export function cancelRequestPanel(
  i18n: SignupI18n,
  id: string,
  heading: (content: unknown) => TemplateResult,
  cancel: CancelControls,
): TemplateResult {
  return html`<div class="panel result" part="result" tabindex="-1" data-status="cancel">
    ${heading(i18n.t('cancelTitle'))}
    <p>${i18n.t('cancelIntro', id)}</p>
    ${cancelControls(i18n, cancel)}
  </div>`;
}
