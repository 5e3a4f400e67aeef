/**
 * What the idea form shows instead of the form: the idea arrived (with its reference), the idea is
 * saved on this device and sent later, the form is not configured, or `/v1/site` failed to load.
 * The first two take focus (`tabindex="-1"`) when they appear.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ApiError, WaitReason } from '../../api/errors.js';
import type { IdeaReceipt } from '../../schema/idea.js';
import type { IdeaI18n } from './idea-form.strings.js';

/** CivicElement.heading: a heading `depth` levels below the widget's own. */
export type Heading = (depth: number, content: unknown, className?: string) => TemplateResult;

/** The idea arrived: its reference, what happens next and, when the server e-mails, where the confirmation went. */
export function sentPanel(
  t: IdeaI18n,
  heading: Heading,
  receipt: IdeaReceipt,
  onAnother: () => void,
  emailedTo?: string,
): TemplateResult {
  return html`<div class="root">
    <div class="panel success" part="result" tabindex="-1" role="status">
      ${heading(0, t.t('successTitle'))}
      <p>${t.t('referenceLabel')} <span class="reference">${receipt.reference}</span></p>
      ${emailedTo ? html`<p class="email-sent">${t.t('emailSent', emailedTo)}</p>` : nothing}
      ${heading(1, t.t('nextTitle'), 'subheading')}
      <p>${t.t('nextText')}</p>
      <button class="button secondary" type="button" @click=${onAnother}>${t.t('anotherIdea')}</button>
    </div>
  </div>`;
}

export function queuedPanel(t: IdeaI18n, heading: Heading, reason: WaitReason): TemplateResult {
  return html`<div class="root">
    <div class="panel" part="result" tabindex="-1" role="status">
      ${heading(0, t.t('queuedTitle'))}
      <p>${t.t('savedLater', reason)}</p>
    </div>
  </div>`;
}

/** `/v1/site` failed: the reason, and a retry; without an endpoint, that the form is not set up. */
export function loadFailedPanel(
  t: IdeaI18n,
  heading: Heading,
  error: ApiError | undefined,
  onRetry: () => void,
): TemplateResult {
  if (error?.code === 'misconfigured') {
    return html`<div class="root">
      ${heading(0, t.t('ideaHeading'))}
      <div class="panel error" part="error">${t.t('notConfigured')}</div>
    </div>`;
  }
  return html`<div class="root">
    ${heading(0, t.t('ideaHeading'))}
    <div class="panel error" part="error" role="alert">
      <p>${t.t('loadFailed')} ${t.t('apiError', error?.code ?? 'server')}</p>
      <button class="button" type="button" @click=${onRetry}>${t.t('retry')}</button>
    </div>
  </div>`;
}
