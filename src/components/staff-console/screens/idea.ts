/**
 * One idea: everything the resident sent, its history, and what staff do with it: change its status
 * (a reason required to decline; the server's 422 shown on the field), write or edit the reply, and
 * publish an accepted idea as an initiative with the rung named in the ladder's own words. One
 * FormController serves the three forms; only the form being sent validates and shows its summary.
 * The staff API has no way to unflag or delete an idea: a flagged idea says so (see ideaFlaggedHow).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { asApiError, type ApiError } from '../../../api/errors.js';
import { errorSummary } from '../../../internal/error-summary.js';
import { FormController } from '../../../internal/form-controller.js';
import { checkboxField, choiceGroup, textField } from '../../../internal/form-field.js';
import { ORGANISERS, RUNGS } from '../../../schema/initiative.js';
import type { FieldError, FieldErrorCode } from '../../../schema/problem.js';
import {
  IdeaRecordSchema,
  REPLY_MAX,
  STATUS_REASON_MAX,
  type IdeaRecord,
  type IdeaStatus,
} from '../../../schema/staff/moderation.js';
import { StaffScreen } from '../screen.js';
import { IdeaPublishedSchema, ideaWrites } from '../staff-api.js';

type Form = 'status' | 'reply' | 'publish';
type Values = {
  status: string;
  reason: string;
  reply: string;
  rung: string;
  organiser: string;
  needsVolunteers: boolean;
};

/** The moves the server allows (server/services/ideas.ts); `published` only by publishing. */
export const NEXT_STATUSES: Record<IdeaStatus, readonly IdeaStatus[]> = {
  received: ['under-review', 'accepted', 'declined'],
  'under-review': ['accepted', 'declined', 'received'],
  accepted: ['under-review', 'declined'],
  declined: ['under-review'],
  published: [],
};

/** The rung and organiser suggested for an idea's track (staff change them before publishing). */
const SUGGESTED: Record<string, { rung: number; organiser: string }> = {
  create: { rung: 1, organiser: 'residents' },
  experiment: { rung: 2, organiser: 'both' },
  join: { rung: 2, organiser: 'both' },
};

const FIELDS: Record<Form, readonly string[]> = {
  status: ['status', 'reason'],
  reply: ['reply'],
  publish: ['rung', 'organiser'],
};

export class IdeaScreen extends StaffScreen {
  private idea: IdeaRecord | undefined;
  private active: Form = 'status';
  private sendError: ApiError | undefined;
  /** The reply text last loaded, so a reload does not overwrite what staff are typing. */
  private loadedReply: string | undefined;

  readonly form = this.use(
    new FormController<Values>(this.ctx.host, {
      initial: () => ({ status: '', reason: '', reply: '', rung: '', organiser: '', needsVolunteers: false }),
      validate: (v) => this.validate(v),
      order: () => FIELDS[this.active],
    }),
  );

  private get id(): string {
    return this.place.params?.['id'] ?? '';
  }

  title(): string {
    const i = this.idea;
    return i ? `${i.reference}: ${i.title}` : this.ctx.i18n.t('loading');
  }

  override start(): void {
    void this.load((signal) => this.ctx.api.getIdea(this.id, signal)).then((idea) => idea && this.show(idea));
  }

  /** Takes a fresh copy of the idea; fills the reply and publish choices where staff typed nothing. */
  private show(idea: IdeaRecord): void {
    this.idea = idea;
    const v = this.form.values;
    const replyText = idea.reply?.text ?? '';
    const suggested = SUGGESTED[idea.track] ?? { rung: 2, organiser: 'both' };
    this.form.values = {
      ...v,
      status: NEXT_STATUSES[idea.status].includes(v.status as IdeaStatus) ? v.status : '',
      reply: v.reply === '' || v.reply === this.loadedReply ? replyText : v.reply,
      rung: v.rung || String(suggested.rung),
      organiser: v.organiser || suggested.organiser,
    };
    this.loadedReply = replyText;
    this.ctx.requestUpdate();
  }

  private validate(v: Values): FieldError[] {
    const errors: FieldError[] = [];
    if (this.active === 'status') {
      if (!v.status) errors.push({ path: 'status', code: 'invalid-choice' });
      if (v.status === 'declined' && !v.reason.trim()) errors.push({ path: 'reason', code: 'required' });
      if ([...v.reason].length > STATUS_REASON_MAX) errors.push({ path: 'reason', code: 'too-long' });
    } else if (this.active === 'reply') {
      if (!v.reply.trim()) errors.push({ path: 'reply', code: 'required' });
      if ([...v.reply].length > REPLY_MAX) errors.push({ path: 'reply', code: 'too-long' });
    }
    return errors;
  }

  private message = (path: string, code: FieldErrorCode): string => {
    const t = this.ctx.i18n;
    const noun =
      path === 'reason'
        ? t.t('ideaReasonNoun')
        : path === 'reply' || path === 'text'
          ? t.t('ideaReplyNoun')
          : path === 'status'
            ? t.t('ideaNewStatus').toLowerCase()
            : path;
    const limit = path === 'reason' ? STATUS_REASON_MAX : REPLY_MAX;
    return t.t('fieldError', code, noun, limit);
  };

  private error = (path: string): string | undefined => {
    const e = this.form.errorFor(path);
    return e ? this.message(path, e.code) : undefined;
  };

  /** Sends one of the three forms through the console (which keeps it if the session expired). */
  private submit(which: Form, e: Event): void {
    e.preventDefault();
    const idea = this.idea;
    if (!idea) return;
    this.active = which;
    this.sendError = undefined;
    void this.form.submit(() => this.send(which, idea));
  }

  private async send(which: Form, idea: IdeaRecord): Promise<void> {
    const t = this.ctx.i18n;
    const v = this.form.values;
    try {
      if (which === 'status') {
        const status = v.status as IdeaStatus;
        const reason = v.reason.trim();
        const updated = await this.ctx.save({
          write: ideaWrites.status(idea.id, reason ? { status, reason } : { status }),
          schema: IdeaRecordSchema,
          label: `${t.t('ideaStatusSubmit')}: ${idea.reference} → ${t.t('statusName', status)}`,
        });
        this.form.values = { ...this.form.values, status: '', reason: '' };
        this.show(updated);
        this.ctx.announce(t.t('ideaStatusDone', updated.reference, updated.status));
      } else if (which === 'reply') {
        const updated = await this.ctx.save({
          write: ideaWrites.reply(idea.id, v.reply.trim()),
          schema: IdeaRecordSchema,
          label: `${t.t('ideaReplySubmit')}: ${idea.reference}`,
        });
        this.loadedReply = undefined;
        this.show(updated);
        this.ctx.announce(t.t('ideaReplyDone', updated.reference));
      } else {
        const published = await this.ctx.save({
          write: ideaWrites.publish(idea.id, {
            rung: Number(v.rung) as (typeof RUNGS)[number],
            organiser: v.organiser as (typeof ORGANISERS)[number],
            needsVolunteers: v.needsVolunteers,
          }),
          schema: IdeaPublishedSchema,
          label: `${t.t('ideaPublishSubmit')}: ${idea.reference}`,
        });
        if (published.idea) this.show(published.idea);
        this.ctx.announce(t.t('ideaPublishDone', idea.reference, published.initiative?.title ?? idea.title));
      }
    } catch (err) {
      const error = asApiError(err);
      if (error.code === 'validation' && error.fieldErrors.length) {
        const errors = error.fieldErrors.map((f) => (f.path === 'text' ? { ...f, path: 'reply' } : f));
        return this.form.showServerErrors(errors);
      }
      if (error.code === 'conflict') {
        this.ctx.announce(t.t('ideaConflict'));
        this.start();
        return;
      }
      this.sendError = error;
      void this.ctx.focus('.send-error');
    }
  }

  render(): TemplateResult {
    const t = this.ctx.i18n;
    const idea = this.idea;
    const back = html`<p>
      <a
        href="#inbox"
        @click=${(e: Event) => {
          e.preventDefault();
          this.ctx.navigate({ screen: 'inbox' });
        }}
        >${t.t('ideaBack')}</a
      >
    </p>`;
    if (!idea) {
      return html`${back}
      ${
        this.loadError
          ? html`<div class="panel error" part="error" role="alert">
              ${t.t('apiError', this.loadError.code)}
              <button class="link-button" type="button" @click=${() => this.start()}>${t.t('retry')}</button>
            </div>`
          : html`<p>${t.t('loading')}</p>`
      }`;
    }
    return html`${back}
      ${
        idea.flagged
          ? html`<div class="panel error notice" part="error">
              <p><span class="tag">${t.t('inboxFlag')}</span> ${t.t('ideaFlagged', t.number(Math.round(idea.fillMs / 100) / 10), idea.honeypot !== '')}</p>
              <p>${t.t('ideaFlaggedHow')}</p>
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
      <div class="columns">
        <div>${this.renderRecord(idea)} ${this.renderHistory(idea)}</div>
        <div>${this.renderStatus(idea)} ${this.renderReply(idea)} ${this.renderPublish(idea)}</div>
      </div>`;
  }

  private renderRecord(idea: IdeaRecord): TemplateResult {
    const t = this.ctx.i18n;
    const site = this.ctx.site;
    const none = t.t('ideaNone');
    const area = site?.areas.find((a) => a.id === idea.areaId)?.name ?? idea.areaId;
    const themes = idea.themeIds.map((id) => site?.themes.find((x) => x.id === id)?.name ?? id).join(', ');
    const offer = idea.offerId ? (site?.offers.find((o) => o.id === idea.offerId)?.title ?? idea.offerId) : none;
    const c = idea.contact;
    const row = (term: string, value: unknown) => html`<dt>${term}</dt><dd>${value}</dd>`;
    return html`<section class="block" aria-labelledby="idea-sent">
      ${this.ctx.heading(1, t.t('ideaSent'), 'idea-sent')}
      <dl class="record">
        ${row(t.t('inboxStatus'), t.t('statusName', idea.status))}
        ${idea.initiativeId ? row(t.t('ideaPublishHeading'), t.t('ideaPublished', idea.initiativeId)) : nothing}
        ${row(t.t('inboxTrack'), t.t('trackName', idea.track))} ${row(t.t('inboxArea'), area)}
        ${row(t.t('ideaThemes'), themes || none)} ${row(t.t('ideaSummary'), idea.summary)}
        ${row(t.t('ideaDescription'), idea.description || none)}
        ${row(t.t('ideaLocation'), idea.location?.address ?? none)}
        ${row(t.t('ideaNeighbours'), t.number(idea.neighbours))}
        ${row(
          t.t('ideaTestPeriod'),
          idea.testPeriod ? `${t.date(idea.testPeriod.start)} – ${t.date(idea.testPeriod.end)}` : none,
        )}
        ${row(t.t('ideaOffer'), offer)}
        ${row(
          t.t('ideaContact'),
          idea.erasedAt
            ? t.t('ideaErased', t.date(idea.erasedAt))
            : html`${c.name}<br /><a href="mailto:${c.email}">${c.email}</a>${c.phone ? html`<br />${c.phone}` : nothing}`,
        )}
        ${row(t.t('ideaLanguage'), idea.locale ?? none)} ${row(t.t('ideaConsent'), idea.consent.noticeVersion)}
        ${row(t.t('inboxReceived'), t.date(idea.receivedAt, { dateStyle: 'long', timeStyle: 'short' }))}
      </dl>
    </section>`;
  }

  private renderHistory(idea: IdeaRecord): TemplateResult {
    const t = this.ctx.i18n;
    return html`<section class="block" aria-labelledby="idea-history">
      ${this.ctx.heading(1, t.t('ideaHistory'), 'idea-history')}
      ${
        idea.history.length === 0
          ? html`<p>${t.t('ideaHistoryEmpty')}</p>`
          : html`<ol class="history">
              ${idea.history.map(
                (h) =>
                  html`<li>
                    ${t.t('ideaHistoryEntry', h.action, h.from, h.to)}
                    <span class="muted">(${t.t('ideaBy', h.by, t.date(h.at, { dateStyle: 'medium', timeStyle: 'short' }))})</span>
                    ${h.reason ? html`<br />${h.reason}` : nothing}
                  </li>`,
              )}
            </ol>`
      }
    </section>`;
  }

  /** The error summary of `which`, shown only in the form being sent. */
  private summary(which: Form): TemplateResult | typeof nothing {
    if (this.active !== which) return nothing;
    return errorSummary({
      title: this.ctx.i18n.t('errorSummaryTitle'),
      items: this.form.summary(this.message),
      focusField: this.form.focusField,
      headingLevel: this.ctx.level(2),
    });
  }

  private fieldError(which: Form, path: string): string | undefined {
    return this.active === which ? this.error(path) : undefined;
  }

  private renderStatus(idea: IdeaRecord): TemplateResult {
    const t = this.ctx.i18n;
    const next = NEXT_STATUSES[idea.status];
    const f = this.form;
    return html`<section class="block" aria-labelledby="idea-status">
      ${this.ctx.heading(1, t.t('ideaStatusHeading'), 'idea-status')}
      ${
        next.length === 0
          ? html`<p>${idea.status === 'published' && idea.initiativeId ? t.t('ideaPublished', idea.initiativeId) : t.t('ideaStatusNone')}</p>`
          : html`<form part="form" novalidate @submit=${(e: Event) => this.submit('status', e)}>
              ${this.summary('status')}
              ${choiceGroup({
                id: 'f-status',
                legend: t.t('ideaNewStatus'),
                type: 'radio',
                options: next.map((s) => ({ value: s, label: t.t('statusName', s) })),
                selected: f.values.status ? [f.values.status] : [],
                error: this.fieldError('status', 'status'),
                errorPrefix: t.t('errorPrefix'),
                onChange: ([v]) => f.set('status', v ?? ''),
              })}
              ${textField({
                id: 'f-reason',
                label: t.t('ideaReason'),
                hint: t.t('ideaReasonHint'),
                optionalText: f.values.status === 'declined' ? undefined : t.t('optional'),
                multiline: true,
                rows: 3,
                value: f.values.reason,
                error: this.fieldError('status', 'reason'),
                errorPrefix: t.t('errorPrefix'),
                onInput: (v) => f.set('reason', v),
              })}
              <button class="button" part="submit-button" type="submit" aria-disabled=${f.busy ? 'true' : 'false'}>
                ${f.busy && this.active === 'status' ? t.t('busy') : t.t('ideaStatusSubmit')}
              </button>
            </form>`
      }
    </section>`;
  }

  private renderReply(idea: IdeaRecord): TemplateResult {
    const t = this.ctx.i18n;
    const f = this.form;
    return html`<section class="block" aria-labelledby="idea-reply">
      ${this.ctx.heading(1, t.t('ideaReplyHeading'), 'idea-reply')}
      ${
        idea.reply
          ? html`<p class="muted">
              ${t.t('ideaReplyLast', idea.reply.by, t.date(idea.reply.at, { dateStyle: 'medium', timeStyle: 'short' }))}
            </p>`
          : nothing
      }
      <form part="form" novalidate @submit=${(e: Event) => this.submit('reply', e)}>
        ${this.summary('reply')}
        ${textField({
          id: 'f-reply',
          label: t.t('ideaReplyLabel'),
          hint: t.t('ideaReplyHint'),
          multiline: true,
          rows: 6,
          value: f.values.reply,
          error: this.fieldError('reply', 'reply'),
          errorPrefix: t.t('errorPrefix'),
          count: { max: REPLY_MAX, left: (n) => t.t('charactersLeft', n), over: (n) => t.t('charactersTooMany', n) },
          onInput: (v) => f.set('reply', v),
        })}
        <button class="button" part="submit-button" type="submit" aria-disabled=${f.busy ? 'true' : 'false'}>
          ${f.busy && this.active === 'reply' ? t.t('busy') : t.t('ideaReplySubmit')}
        </button>
      </form>
    </section>`;
  }

  private renderPublish(idea: IdeaRecord): TemplateResult | typeof nothing {
    const t = this.ctx.i18n;
    const f = this.form;
    if (idea.status === 'published') return nothing;
    return html`<section class="block" aria-labelledby="idea-publish">
      ${this.ctx.heading(1, t.t('ideaPublishHeading'), 'idea-publish')}
      ${
        idea.status !== 'accepted'
          ? html`<p>${t.t('ideaPublishOnlyAccepted')}</p>`
          : html`<form part="form" novalidate @submit=${(e: Event) => this.submit('publish', e)}>
              ${this.summary('publish')}
              <p>${t.t('ideaPublishIntro')}</p>
              ${choiceGroup({
                id: 'f-rung',
                legend: t.t('ideaRung'),
                hint: t.t('ideaRungHint'),
                type: 'radio',
                options: RUNGS.map((n) => ({ value: String(n), label: t.t('ideaRungOption', n) })),
                selected: [f.values.rung],
                errorPrefix: t.t('errorPrefix'),
                onChange: ([v]) => f.set('rung', v ?? ''),
              })}
              ${choiceGroup({
                id: 'f-organiser',
                legend: t.t('ideaOrganiser'),
                type: 'radio',
                options: ORGANISERS.map((o) => ({ value: o, label: t.t('ideaOrganiserName', o) })),
                selected: [f.values.organiser],
                errorPrefix: t.t('errorPrefix'),
                onChange: ([v]) => f.set('organiser', v ?? ''),
              })}
              ${checkboxField({
                id: 'f-needs-volunteers',
                label: t.t('ideaNeedsVolunteers'),
                checked: f.values.needsVolunteers,
                errorPrefix: t.t('errorPrefix'),
                onChange: (v) => f.set('needsVolunteers', v),
              })}
              <button class="button" part="submit-button" type="submit" aria-disabled=${f.busy ? 'true' : 'false'}>
                ${f.busy && this.active === 'publish' ? t.t('busy') : t.t('ideaPublishSubmit')}
              </button>
            </form>`
      }
    </section>`;
  }
}
