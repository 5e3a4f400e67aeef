/**
 * The volunteers screen's forms: a role (new or changed: title, description and time asked in nl, fr
 * and en side by side, published) and a shift (new or changed: start, end, places). One
 * FormController; the server's 422 shows on the fields and in the GOV.UK error summary; a capacity
 * below the places taken (409) says so.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { asApiError, type ApiError } from '../../../api/errors.js';
import { errorSummary } from '../../../internal/error-summary.js';
import { FormController } from '../../../internal/form-controller.js';
import { checkboxField, textField } from '../../../internal/form-field.js';
import { VolunteerRoleSchema } from '../../../schema/volunteer.js';
import type { FieldError, FieldErrorCode } from '../../../schema/problem.js';
import type { RoleInput, StaffVolunteerRole } from '../../../schema/staff/moderation.js';
import type { ScreenContext } from '../screen.js';
import { contentWrites } from '../staff-api.js';
import * as zm from 'zod/mini';

type Shift = StaffVolunteerRole['shifts'][number];
export type FormTarget =
  | { kind: 'new-role'; initiativeId: string }
  | { kind: 'role'; role: StaffVolunteerRole }
  | { kind: 'new-shift'; role: StaffVolunteerRole }
  | { kind: 'shift'; role: StaffVolunteerRole; shift: Shift };

const LANGS = ['nl', 'fr', 'en'] as const;
const ROLE_TEXTS = ['title', 'description', 'timeAsked'] as const;
const MAX = { title: 200, description: 5000, timeAsked: 200 } as const;
type Values = Record<string, string | boolean>;

const ROLE_ORDER = ROLE_TEXTS.flatMap((f) => LANGS.map((l) => `role.${f}.${l}`));
const SHIFT_ORDER = ['shift.start', 'shift.end', 'shift.capacity'];
const ShiftAnswer = zm.object({ roleId: zm.string() });

/** An ISO instant as a `datetime-local` value in this browser's time zone. */
function localInput(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
const isoOf = (local: string): string | undefined => {
  const ms = Date.parse(local);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
};

export class VolunteerForms {
  private target: FormTarget | undefined;
  private sendError: ApiError | undefined;
  private conflict = false;
  readonly form: FormController<Values>;

  constructor(
    private readonly ctx: ScreenContext,
    private readonly done: (saved: boolean) => void,
  ) {
    this.form = new FormController<Values>(ctx.host, {
      initial: () => ({}),
      validate: (v) => this.validate(v),
      order: () => (this.target?.kind === 'role' || this.target?.kind === 'new-role' ? ROLE_ORDER : SHIFT_ORDER),
    });
  }

  close(): void {
    this.ctx.host.removeController(this.form);
  }

  open(target: FormTarget): void {
    this.target = target;
    this.sendError = undefined;
    this.conflict = false;
    this.form.reset();
    const v: Values = {};
    if (target.kind === 'role') {
      for (const f of ROLE_TEXTS) for (const l of LANGS) v[`role.${f}.${l}`] = target.role.texts[f][l] ?? '';
      v['role.published'] = target.role.published;
    } else if (target.kind === 'new-role') {
      for (const f of ROLE_TEXTS) for (const l of LANGS) v[`role.${f}.${l}`] = '';
      v['role.published'] = true;
    } else if (target.kind === 'shift') {
      v['shift.start'] = localInput(target.shift.start);
      v['shift.end'] = localInput(target.shift.end);
      v['shift.capacity'] = String(target.shift.capacity);
    } else {
      v['shift.start'] = '';
      v['shift.end'] = '';
      v['shift.capacity'] = '';
    }
    this.form.values = v;
  }

  private isRole(): boolean {
    return this.target?.kind === 'role' || this.target?.kind === 'new-role';
  }

  private validate(v: Values): FieldError[] {
    const errors: FieldError[] = [];
    if (this.isRole()) {
      for (const f of ROLE_TEXTS)
        for (const l of LANGS) {
          const s = String(v[`role.${f}.${l}`] ?? '').trim();
          if (l === 'nl' && !s) errors.push({ path: `role.${f}.${l}`, code: 'required' });
          if ([...s].length > MAX[f]) errors.push({ path: `role.${f}.${l}`, code: 'too-long' });
        }
    } else {
      const start = isoOf(String(v['shift.start'] ?? ''));
      const end = isoOf(String(v['shift.end'] ?? ''));
      if (!start) errors.push({ path: 'shift.start', code: v['shift.start'] ? 'invalid' : 'required' });
      if (!end) errors.push({ path: 'shift.end', code: v['shift.end'] ? 'invalid' : 'required' });
      if (start && end && end <= start) errors.push({ path: 'shift.end', code: 'date-order' });
      const cap = Number(v['shift.capacity']);
      if (!v['shift.capacity']) errors.push({ path: 'shift.capacity', code: 'required' });
      else if (!Number.isInteger(cap) || cap < 1) errors.push({ path: 'shift.capacity', code: 'invalid' });
    }
    return errors;
  }

  private message = (path: string, code: FieldErrorCode): string => {
    const t = this.ctx.i18n;
    const [, f, l] = path.split('.');
    const labels: Record<string, string> = {
      title: t.t('volunteersRoleTitle'),
      description: t.t('volunteersRoleDescription'),
      timeAsked: t.t('volunteersRoleTimeAsked'),
    };
    if (path.startsWith('role.') && f && l && labels[f])
      return t.t(
        'fieldError',
        code,
        t.t('volunteersNoun', labels[f], t.t('volunteersLang', l)),
        MAX[f as keyof typeof MAX],
      );
    const noun =
      f === 'start'
        ? t.t('volunteersNounStart')
        : f === 'end'
          ? t.t('volunteersNounEnd')
          : t.t('volunteersNounCapacity');
    return t.t('fieldError', code, noun, 0);
  };

  private error(path: string): string | undefined {
    const e = this.form.errorFor(path);
    return e ? this.message(path, e.code) : undefined;
  }

  private onSubmit = (e: Event): void => {
    e.preventDefault();
    const target = this.target;
    if (!target) return;
    this.sendError = undefined;
    this.conflict = false;
    void this.form.submit(() => this.send(target));
  };

  private texts(f: (typeof ROLE_TEXTS)[number]): { nl: string; fr?: string; en?: string } {
    const v = this.form.values;
    const out: { nl: string; fr?: string; en?: string } = { nl: String(v[`role.${f}.nl`]).trim() };
    for (const l of ['fr', 'en'] as const) {
      const s = String(v[`role.${f}.${l}`] ?? '').trim();
      if (s) out[l] = s;
    }
    return out;
  }

  private async send(target: FormTarget): Promise<void> {
    const t = this.ctx.i18n;
    const v = this.form.values;
    const prefix = this.isRole() ? 'role' : 'shift';
    try {
      if (target.kind === 'role' || target.kind === 'new-role') {
        const texts = {
          title: this.texts('title'),
          description: this.texts('description'),
          timeAsked: this.texts('timeAsked'),
        };
        const published = v['role.published'] === true;
        const write =
          target.kind === 'role'
            ? contentWrites.patchRole(target.role.id, { ...texts, published })
            : contentWrites.createRole({
                initiativeId: target.initiativeId,
                ...texts,
                gives: { guidance: null, insurance: null, expenses: null },
                requirements: { minimumAge: null, training: null },
                published,
              } satisfies RoleInput);
        const role = await this.ctx.save({
          write,
          schema: VolunteerRoleSchema,
          label: `${t.t('volunteersSaveRole')}: ${texts.title.nl}`,
        });
        this.ctx.announce(t.t('volunteersRoleSaved', role.title));
      } else {
        const body = {
          start: isoOf(String(v['shift.start'])) ?? '',
          end: isoOf(String(v['shift.end'])) ?? '',
          capacity: Number(v['shift.capacity']),
        };
        const write =
          target.kind === 'shift'
            ? contentWrites.patchShift(target.role.id, target.shift.id, body)
            : contentWrites.addShift(target.role.id, body);
        const name = t.t(
          'volunteersShiftName',
          t.date(body.start, { dateStyle: 'medium', timeStyle: 'short' }),
          t.date(body.end, { timeStyle: 'short' }),
        );
        await this.ctx.save({ write, schema: ShiftAnswer, label: `${t.t('volunteersSaveShift')}: ${name}` });
        this.ctx.announce(t.t('volunteersShiftSaved', name));
      }
      this.target = undefined;
      this.done(true);
    } catch (err) {
      const error = asApiError(err);
      if (error.code === 'validation' && error.fieldErrors.length)
        return this.form.showServerErrors(error.fieldErrors.map((f) => ({ ...f, path: `${prefix}.${f.path}` })));
      this.conflict = error.code === 'conflict' && !this.isRole();
      this.sendError = error;
      void this.ctx.focus('.form-send-error');
    }
  }

  render(): TemplateResult | typeof nothing {
    const target = this.target;
    if (!target) return nothing;
    const t = this.ctx.i18n;
    const f = this.form;
    const v = f.values;
    const prefix = t.t('errorPrefix');
    const heading =
      target.kind === 'new-role'
        ? t.t('volunteersNewRole')
        : target.kind === 'role'
          ? `${t.t('volunteersEditRole')}: ${target.role.title}`
          : target.kind === 'new-shift'
            ? t.t('volunteersShiftFor', target.role.title)
            : t.t(
                'volunteersEditShiftHeading',
                t.date(target.shift.start, { dateStyle: 'medium', timeStyle: 'short' }),
              );
    const labels: Record<string, string> = {
      title: t.t('volunteersRoleTitle'),
      description: t.t('volunteersRoleDescription'),
      timeAsked: t.t('volunteersRoleTimeAsked'),
    };
    return html`<section class="block panel" aria-labelledby="volunteers-form-h">
      ${this.ctx.heading(2, html`<span id="volunteers-form" tabindex="-1">${heading}</span>`, 'volunteers-form-h')}
      ${
        this.sendError
          ? html`<div class="panel error form-send-error" part="error" role="alert" tabindex="-1">
              ${this.conflict ? t.t('volunteersCapacityBelowTaken') : t.t('apiError', this.sendError.code)}
            </div>`
          : nothing
      }
      <form part="form" novalidate @submit=${this.onSubmit}>
        ${errorSummary({
          title: t.t('errorSummaryTitle'),
          items: f.summary(this.message),
          focusField: f.focusField,
          headingLevel: this.ctx.level(3),
        })}
        ${
          this.isRole()
            ? html`${ROLE_TEXTS.map(
                (field) => html`<fieldset class="fieldset" part="fieldset">
                  <legend class="legend" part="legend">${labels[field]}</legend>
                  <div class="langs">
                    ${LANGS.map((l) => {
                      const path = `role.${field}.${l}`;
                      return textField({
                        id: `f-role-${field}-${l}`,
                        label: t.t('volunteersFieldLabel', labels[field] ?? field, t.t('volunteersLang', l)),
                        optionalText: l === 'nl' ? undefined : t.t('optional'),
                        multiline: field === 'description',
                        rows: 3,
                        value: String(v[path] ?? ''),
                        error: this.error(path),
                        errorPrefix: prefix,
                        onInput: (s) => f.set(path, s),
                      });
                    })}
                  </div>
                </fieldset>`,
              )}
              ${checkboxField({
                id: 'f-role-published',
                label: t.t('volunteersRolePublished'),
                checked: v['role.published'] === true,
                errorPrefix: prefix,
                onChange: (b) => f.set('role.published', b),
              })}`
            : html`${(['start', 'end'] as const).map((k) =>
                textField({
                  id: `f-shift-${k}`,
                  label: k === 'start' ? t.t('volunteersStart') : t.t('volunteersEnd'),
                  hint: t.t('volunteersDateTimeHint'),
                  type: 'datetime-local' as 'date',
                  width: 'short',
                  value: String(v[`shift.${k}`] ?? ''),
                  error: this.error(`shift.${k}`),
                  errorPrefix: prefix,
                  onInput: (s) => f.set(`shift.${k}`, s),
                }),
              )}
              ${textField({
                id: 'f-shift-capacity',
                label: t.t('volunteersCapacityLabel'),
                type: 'number',
                inputmode: 'numeric',
                width: 'short',
                min: 1,
                value: String(v['shift.capacity'] ?? ''),
                error: this.error('shift.capacity'),
                errorPrefix: prefix,
                onInput: (s) => f.set('shift.capacity', s),
              })}`
        }
        <div class="actions">
          <button class="button" part="submit-button" type="submit" aria-disabled=${f.busy ? 'true' : 'false'}>
            ${f.busy ? t.t('busy') : this.isRole() ? t.t('volunteersSaveRole') : t.t('volunteersSaveShift')}
          </button>
          <button
            class="button secondary"
            type="button"
            @click=${() => {
              this.target = undefined;
              this.done(false);
            }}
          >
            ${t.t('volunteersCloseForm')}
          </button>
        </div>
      </form>
    </section>`;
  }
}
