/**
 * One initiative, to edit: its title, summary and description in nl, fr and en side by side (Dutch
 * required; a language left empty shows the Dutch text), area, themes, rung (the ladder's words),
 * kind of collaboration, stage, who organises it, whether it needs volunteers, dates. Only the
 * fields that changed are sent (`PATCH /v1/staff/initiatives/{id}`); the server's 422 shows on the
 * fields and in the GOV.UK error summary. Taking it offline asks first; an offline one can be
 * published again.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { asApiError, type ApiError } from '../../../api/errors.js';
import { errorSummary } from '../../../internal/error-summary.js';
import { FormController } from '../../../internal/form-controller.js';
import { checkboxField, choiceGroup, selectField, textField } from '../../../internal/form-field.js';
import { COPRODUCTION_KINDS, INITIATIVE_STATUSES, ORGANISERS, RUNGS } from '../../../schema/initiative.js';
import type { FieldError, FieldErrorCode } from '../../../schema/problem.js';
import type { InitiativePatch, StaffInitiative } from '../../../schema/staff/moderation.js';
import { StaffScreen } from '../screen.js';
import { contentReads, contentWrites, StaffInitiativeSchema, UnpublishedSchema } from '../staff-api.js';

const LANGS = ['nl', 'fr', 'en'] as const;
const TEXTS = ['title', 'summary', 'description'] as const;
type TextField = (typeof TEXTS)[number];
/** Most characters per text (the contract's limits, src/schema/staff/moderation.ts). */
const MAX: Record<TextField, number> = { title: 200, summary: 1000, description: 10000 };

type Values = Record<string, string | boolean | string[]>;

const ORDER = [
  ...TEXTS.flatMap((f) => LANGS.map((l) => `${f}.${l}`)),
  'areaId',
  'themeIds',
  'rung',
  'coproduction',
  'status',
  'organiser',
  'startDate',
  'endDate',
];

/** The form's values for an initiative (a translation equal to the Dutch text shows empty: not translated). */
function valuesOf(i: StaffInitiative): Values {
  const v: Values = {};
  for (const f of TEXTS)
    for (const l of LANGS) {
      const text = i.texts[f][l] ?? '';
      v[`${f}.${l}`] = l !== 'nl' && text === i.texts[f].nl ? '' : text;
    }
  return {
    ...v,
    areaId: i.areaId ?? '',
    themeIds: [...i.themeIds],
    rung: String(i.rung),
    coproduction: i.coproduction,
    status: i.status,
    organiser: i.organiser,
    needsVolunteers: i.needsVolunteers,
    startDate: i.startDate ?? '',
    endDate: i.endDate ?? '',
  };
}

/** The patch from the loaded initiative to what the form holds: only what changed. */
export function patchOf(before: Values, v: Values): InitiativePatch {
  const p: Record<string, unknown> = {};
  for (const f of TEXTS) {
    if (LANGS.some((l) => v[`${f}.${l}`] !== before[`${f}.${l}`])) {
      const text: Record<string, string> = { nl: (v[`${f}.nl`] as string).trim() };
      for (const l of ['fr', 'en'] as const) {
        const s = (v[`${f}.${l}`] as string).trim();
        if (s) text[l] = s;
      }
      p[f] = text;
    }
  }
  if (v.areaId !== before.areaId) p.areaId = v.areaId || null;
  if ((v.themeIds as string[]).join() !== (before.themeIds as string[]).join()) p.themeIds = v.themeIds;
  if (v.rung !== before.rung) p.rung = Number(v.rung);
  for (const k of ['coproduction', 'status', 'organiser'] as const) if (v[k] !== before[k]) p[k] = v[k];
  if (v.needsVolunteers !== before.needsVolunteers) p.needsVolunteers = v.needsVolunteers;
  for (const k of ['startDate', 'endDate'] as const) if (v[k] !== before[k]) p[k] = v[k] || null;
  return p as InitiativePatch;
}

export class InitiativeEditScreen extends StaffScreen {
  private initiative: StaffInitiative | undefined;
  private loadedValues: Values | undefined;
  private confirming = false;
  private sendError: ApiError | undefined;

  readonly form = this.use(
    new FormController<Values>(this.ctx.host, {
      initial: () => ({}),
      validate: (v) => this.validate(v),
      order: () => ORDER,
    }),
  );

  private get id(): string {
    return this.place.params?.['id'] ?? '';
  }

  title(): string {
    return this.initiative ? this.initiative.title : this.ctx.i18n.t('loading');
  }

  override start(): void {
    void this.load((signal) => contentReads.initiative(this.ctx.api, this.id, signal)).then((i) => i && this.show(i));
  }

  private show(i: StaffInitiative, keepTyped = false): void {
    this.initiative = i;
    const fresh = valuesOf(i);
    // After signing in again, what staff typed stays (it differs from what was loaded).
    const typed = keepTyped || (this.loadedValues && Object.keys(patchOf(this.loadedValues, this.form.values)).length);
    if (!typed) this.form.values = fresh;
    this.loadedValues = fresh;
    this.ctx.requestUpdate();
  }

  private validate(v: Values): FieldError[] {
    const errors: FieldError[] = [];
    for (const f of TEXTS)
      for (const l of LANGS) {
        const s = ((v[`${f}.${l}`] as string | undefined) ?? '').trim();
        if (l === 'nl' && f !== 'description' && !s) errors.push({ path: `${f}.${l}`, code: 'required' });
        if ([...s].length > MAX[f]) errors.push({ path: `${f}.${l}`, code: 'too-long' });
      }
    if (v.startDate && v.endDate && (v.endDate as string) < (v.startDate as string))
      errors.push({ path: 'endDate', code: 'date-order' });
    return errors;
  }

  private message = (path: string, code: FieldErrorCode): string => {
    const t = this.ctx.i18n;
    const [f, l] = path.split('.');
    const labels: Record<string, string> = {
      title: t.t('initiativesFieldTitle'),
      summary: t.t('initiativesFieldSummary'),
      description: t.t('initiativesFieldDescription'),
    };
    let noun: string;
    if (f && l && labels[f]) noun = t.t('initiativesNoun', labels[f], t.t('initiativesLang', l));
    else if (f === 'startDate' || f === 'endDate')
      noun = t.t('initiativesDateNoun', f === 'startDate' ? 'start' : 'end');
    else
      noun = (
        {
          areaId: t.t('initiativesArea'),
          themeIds: t.t('initiativesThemes'),
          rung: t.t('initiativesRung'),
          coproduction: t.t('initiativesCoproduction'),
          status: t.t('initiativesStatus'),
          organiser: t.t('initiativesOrganiser'),
        }[f ?? ''] ?? path
      ).toLowerCase();
    return t.t('fieldError', code, noun, f && f in MAX ? MAX[f as TextField] : 0);
  };

  private error(path: string): string | undefined {
    const e = this.form.errorFor(path);
    return e ? this.message(path, e.code) : undefined;
  }

  private onSubmit = (e: Event): void => {
    e.preventDefault();
    const i = this.initiative;
    if (!i || !this.loadedValues) return;
    this.sendError = undefined;
    void this.form.submit(() => this.save(i));
  };

  private async save(i: StaffInitiative): Promise<void> {
    const t = this.ctx.i18n;
    const patch = patchOf(this.loadedValues ?? {}, this.form.values);
    if (Object.keys(patch).length === 0) {
      this.ctx.announce(t.t('initiativesNothingChanged'));
      return;
    }
    try {
      const updated = await this.ctx.save({
        write: contentWrites.patchInitiative(i.id, patch),
        schema: StaffInitiativeSchema,
        label: `${t.t('initiativesSave')}: ${i.title}`,
      });
      this.loadedValues = undefined;
      this.show(updated);
      this.ctx.announce(t.t('initiativesSaved', updated.title));
    } catch (err) {
      const error = asApiError(err);
      if (error.code === 'validation' && error.fieldErrors.length) return this.form.showServerErrors(error.fieldErrors);
      this.sendError = error;
      void this.ctx.focus('.send-error');
    }
  }

  private async unpublish(i: StaffInitiative): Promise<void> {
    const t = this.ctx.i18n;
    try {
      await this.ctx.save({
        write: contentWrites.unpublishInitiative(i.id),
        schema: UnpublishedSchema,
        label: `${t.t('initiativesUnpublishYes')}: ${i.title}`,
      });
      this.confirming = false;
      this.show({ ...i, published: false }, true);
      this.ctx.announce(t.t('initiativesUnpublished', i.title));
      void this.ctx.focus('#initiative-republish');
    } catch (err) {
      this.sendError = asApiError(err);
      void this.ctx.focus('.send-error');
    }
  }

  private async republish(i: StaffInitiative): Promise<void> {
    const t = this.ctx.i18n;
    try {
      const updated = await this.ctx.save({
        write: contentWrites.patchInitiative(i.id, { published: true }),
        schema: StaffInitiativeSchema,
        label: `${t.t('initiativesRepublish')}: ${i.title}`,
      });
      this.show(updated, true);
      this.ctx.announce(t.t('initiativesRepublished', i.title));
      void this.ctx.focus('#initiative-unpublish');
    } catch (err) {
      this.sendError = asApiError(err);
      void this.ctx.focus('.send-error');
    }
  }

  render(): TemplateResult {
    const t = this.ctx.i18n;
    const i = this.initiative;
    const back = html`<p>
      <a
        href="#initiatives"
        @click=${(e: Event) => {
          e.preventDefault();
          this.ctx.navigate({ screen: 'initiatives' });
        }}
        >${t.t('initiativesBack')}</a
      >
    </p>`;
    if (!i) {
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
      ${i.published ? nothing : html`<p class="panel notice">${t.t('initiativesIsOffline')}</p>`}
      ${
        this.sendError
          ? html`<div class="panel error send-error" part="error" role="alert" tabindex="-1">
              ${t.t('apiError', this.sendError.code)}
            </div>`
          : nothing
      }
      <p>
        <a
          href="#volunteers-${i.id}"
          @click=${(e: Event) => {
            e.preventDefault();
            this.ctx.navigate({ screen: 'volunteers', params: { initiative: i.id } });
          }}
          >${t.t('initiativesVolunteersLink')}</a
        >
      </p>
      ${this.renderForm()} ${this.renderUnpublish(i)}`;
  }

  private renderForm(): TemplateResult {
    const t = this.ctx.i18n;
    const f = this.form;
    const v = f.values;
    const prefix = t.t('errorPrefix');
    const site = this.ctx.site;
    const labels: Record<TextField, string> = {
      title: t.t('initiativesFieldTitle'),
      summary: t.t('initiativesFieldSummary'),
      description: t.t('initiativesFieldDescription'),
    };
    return html`<section class="block" aria-labelledby="initiative-edit">
      ${this.ctx.heading(1, t.t('initiativesEditHeading'), 'initiative-edit')}
      <form part="form" novalidate @submit=${this.onSubmit}>
        ${errorSummary({
          title: t.t('errorSummaryTitle'),
          items: f.summary(this.message),
          focusField: f.focusField,
          headingLevel: this.ctx.level(2),
        })}
        <p class="muted">${t.t('initiativesTextsHint')}</p>
        ${TEXTS.map(
          (field) =>
            html`<fieldset class="fieldset" part="fieldset">
              <legend class="legend" part="legend">${labels[field]}</legend>
              <div class="langs">
                ${LANGS.map((l) => {
                  const path = `${field}.${l}`;
                  const value = (v[path] as string | undefined) ?? '';
                  return textField({
                    id: `f-${field}-${l}`,
                    label: t.t('initiativesFieldLabel', labels[field], t.t('initiativesLang', l)),
                    hint: l !== 'nl' && !value ? t.t('initiativesSameAsDutch') : undefined,
                    optionalText: l === 'nl' && field !== 'description' ? undefined : t.t('optional'),
                    multiline: field !== 'title',
                    rows: field === 'description' ? 6 : 3,
                    value,
                    error: this.error(path),
                    errorPrefix: prefix,
                    onInput: (s) => f.set(path, s),
                  });
                })}
              </div>
            </fieldset>`,
        )}
        ${selectField({
          id: 'f-areaId',
          label: t.t('initiativesArea'),
          placeholder: t.t('initiativesNoArea'),
          value: (v.areaId as string | undefined) ?? '',
          options: (site?.areas ?? []).map((a) => ({ value: a.id, label: a.name })),
          error: this.error('areaId'),
          errorPrefix: prefix,
          onChange: (s) => f.set('areaId', s),
        })}
        ${choiceGroup({
          id: 'f-themeIds',
          legend: t.t('initiativesThemes'),
          type: 'checkbox',
          optionalText: t.t('optional'),
          options: (site?.themes ?? []).map((x) => ({ value: x.id, label: x.name })),
          selected: (v.themeIds as string[] | undefined) ?? [],
          error: this.error('themeIds'),
          errorPrefix: prefix,
          onChange: (s) => f.set('themeIds', s),
        })}
        ${choiceGroup({
          id: 'f-rung',
          legend: t.t('initiativesRungLegend'),
          type: 'radio',
          options: RUNGS.map((n) => ({ value: String(n), label: t.t('initiativesRungOption', n) })),
          selected: [(v.rung as string | undefined) ?? ''],
          error: this.error('rung'),
          errorPrefix: prefix,
          onChange: ([s]) => f.set('rung', s ?? ''),
        })}
        ${selectField({
          id: 'f-coproduction',
          label: t.t('initiativesCoproduction'),
          placeholder: '—',
          value: (v.coproduction as string | undefined) ?? '',
          options: COPRODUCTION_KINDS.map((c) => ({ value: c, label: t.t('initiativesCoproductionName', c) })),
          error: this.error('coproduction'),
          errorPrefix: prefix,
          onChange: (s) => f.set('coproduction', s),
        })}
        ${selectField({
          id: 'f-status',
          label: t.t('initiativesStatus'),
          placeholder: '—',
          value: (v.status as string | undefined) ?? '',
          options: INITIATIVE_STATUSES.map((s) => ({ value: s, label: t.t('initiativesStatusName', s) })),
          error: this.error('status'),
          errorPrefix: prefix,
          onChange: (s) => f.set('status', s),
        })}
        ${choiceGroup({
          id: 'f-organiser',
          legend: t.t('initiativesOrganiser'),
          type: 'radio',
          options: ORGANISERS.map((o) => ({ value: o, label: t.t('initiativesOrganiserName', o) })),
          selected: [(v.organiser as string | undefined) ?? ''],
          error: this.error('organiser'),
          errorPrefix: prefix,
          onChange: ([s]) => f.set('organiser', s ?? ''),
        })}
        ${checkboxField({
          id: 'f-needsVolunteers',
          label: t.t('initiativesNeedsVolunteers'),
          checked: v.needsVolunteers === true,
          errorPrefix: prefix,
          onChange: (b) => f.set('needsVolunteers', b),
        })}
        ${(['startDate', 'endDate'] as const).map((k) =>
          textField({
            id: `f-${k}`,
            label: k === 'startDate' ? t.t('initiativesStartDate') : t.t('initiativesEndDate'),
            optionalText: t.t('optional'),
            type: 'date',
            width: 'short',
            value: (v[k] as string | undefined) ?? '',
            error: this.error(k),
            errorPrefix: prefix,
            onInput: (s) => f.set(k, s),
          }),
        )}
        <button class="button" part="submit-button" type="submit" aria-disabled=${f.busy ? 'true' : 'false'}>
          ${f.busy ? t.t('busy') : t.t('initiativesSave')}
        </button>
      </form>
    </section>`;
  }

  private renderUnpublish(i: StaffInitiative): TemplateResult {
    const t = this.ctx.i18n;
    if (!i.published) {
      return html`<section class="block" aria-labelledby="initiative-offline">
        ${this.ctx.heading(1, t.t('initiativesRepublish'), 'initiative-offline')}
        <button id="initiative-republish" class="button secondary" type="button" @click=${() => void this.republish(i)}>
          ${t.t('initiativesRepublish')}
        </button>
      </section>`;
    }
    return html`<section class="block" aria-labelledby="initiative-unpublish-heading">
      ${this.ctx.heading(1, t.t('initiativesUnpublishHeading'), 'initiative-unpublish-heading')}
      <p>${t.t('initiativesUnpublishIntro')}</p>
      ${
        this.confirming
          ? html`<div class="panel confirm" role="group" aria-labelledby="initiative-confirm-q">
              <p id="initiative-confirm-q" tabindex="-1"><strong>${t.t('initiativesUnpublishConfirm', i.title)}</strong></p>
              <div class="actions">
                <button id="initiative-unpublish-yes" class="button" type="button" @click=${() => void this.unpublish(i)}>
                  ${t.t('initiativesUnpublishYes')}
                </button>
                <button
                  class="button secondary"
                  type="button"
                  @click=${() => {
                    this.confirming = false;
                    this.ctx.requestUpdate();
                    void this.ctx.focus('#initiative-unpublish');
                  }}
                >
                  ${t.t('initiativesCancel')}
                </button>
              </div>
            </div>`
          : html`<button
              id="initiative-unpublish"
              class="button secondary"
              type="button"
              @click=${() => {
                this.confirming = true;
                this.ctx.requestUpdate();
                void this.ctx.focus('#initiative-confirm-q');
              }}
            >
              ${t.t('initiativesUnpublish')}
            </button>`
      }
    </section>`;
  }
}
