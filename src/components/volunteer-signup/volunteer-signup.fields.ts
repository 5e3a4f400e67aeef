/**
 * The signup form: above the fields the error summary, the restored-draft notice, a send error
 * with a retry, the intro; then the fields in screen order (see FIELD_ORDER): the role and what it
 * asks and gives; its shifts (with the offer of the reserve list when a place went meanwhile) or
 * the resident's availability; contact details; the age confirmation; the information note to
 * acknowledge; privacy consent; and last the honeypot and the send button.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ApiError } from '../../api/errors.js';
import type { BotSignals } from '../../internal/bot-signals.js';
import { draftNotice } from '../../internal/draft-notice.js';
import { errorSummary } from '../../internal/error-summary.js';
import type { FormController } from '../../internal/form-controller.js';
import { fieldId } from '../../internal/form-controller.js';
import { checkboxField, choiceGroup, textField } from '../../internal/form-field.js';
import type { FieldErrorCode } from '../../schema/problem.js';
import type { Site } from '../../schema/site.js';
import { VOLUNTEER_LIMITS, type VolunteerRole } from '../../schema/volunteer.js';
import { informationNote, roleDetails, shiftLabel, shiftOptions } from './role-card.js';
import type { SignupValues } from './volunteer-signup.body.js';
import type { SignupI18n } from './volunteer-signup.strings.js';

export interface SignupFormContext {
  i18n: SignupI18n;
  form: FormController<SignupValues>;
  /** The translated error message for a field path and code. */
  message: (path: string, code: FieldErrorCode) => string;
  /** The level of the error summary's heading. */
  headingLevel: number;
  /** Why the last send failed, shown with a retry. */
  sendError: ApiError | undefined;
  /** The honeypot. */
  bot: BotSignals;
  /** A subheading (with this id) one level below the widget's heading. */
  sub: (id?: string) => (content: unknown) => TemplateResult;
  /** Shifts whose last place went to someone else between loading and sending. */
  taken: readonly string[] | undefined;
  onSubmit: (e: Event) => void;
  /** The resident chose another role. */
  onRoleChosen: () => void;
  /** The resident asked for the reserve list of the taken shifts. */
  onJoinReserve: () => void;
}

/** The translated error of a field, once errors show. */
function error(c: SignupFormContext, path: string): string | undefined {
  const e = c.form.errorFor(path);
  return e ? c.message(path, e.code) : undefined;
}

/** Shifts (with the reserve list for full ones, and the "taken meanwhile" offer) or availability. */
function when(c: SignupFormContext, role: VolunteerRole, prefix: string): TemplateResult {
  const t = c.i18n;
  const f = c.form;
  if (role.shifts.length === 0) {
    return textField({
      id: fieldId('availability'),
      label: t.t('availabilityLabel'),
      hint: t.t('availabilityHint'),
      multiline: true,
      rows: 3,
      value: f.values.availability,
      error: error(c, 'availability'),
      errorPrefix: prefix,
      count: {
        max: VOLUNTEER_LIMITS.availability[1],
        left: (n) => t.t('charactersLeft', n),
        over: (n) => t.t('charactersTooMany', n),
      },
      onInput: (x) => f.set('availability', x),
    });
  }
  const taken = (c.taken ?? []).map((id) => role.shifts.find((s) => s.id === id)).filter((s) => !!s);
  return html`${
    taken.length
      ? html`<div class="panel warning taken" tabindex="-1">
          ${c.sub()(t.t('takenTitle'))}
          <p>${t.t('takenText', taken.map((s) => shiftLabel(s, t.intlTag)).join(', '))}</p>
          <button type="button" class="button" @click=${c.onJoinReserve}>${t.t('joinReserve')}</button>
        </div>`
      : nothing
  }
  ${choiceGroup({
    id: fieldId('shiftIds'),
    legend: t.t('shiftsLegend'),
    hint: t.t('shiftsHint'),
    type: 'checkbox',
    options: shiftOptions(role, t),
    selected: f.values.shiftIds,
    error: error(c, 'shiftIds'),
    errorPrefix: prefix,
    onChange: (ids) => f.set('shiftIds', ids),
  })}`;
}

/** Every field, from the role to the privacy notice. */
function fields(
  c: SignupFormContext,
  site: Site,
  roles: readonly VolunteerRole[],
  role: VolunteerRole | undefined,
): TemplateResult {
  const t = c.i18n;
  const f = c.form;
  const v = f.values;
  const prefix = t.t('errorPrefix');
  return html`${choiceGroup({
    id: fieldId('roleId'),
    legend: t.t('roleLegend'),
    type: 'radio',
    options: roles.map((r) => ({ value: r.id, label: r.title, hint: t.t('timeAskedHint', r.timeAsked) })),
    selected: v.roleId ? [v.roleId] : [],
    error: error(c, 'roleId'),
    errorPrefix: prefix,
    onChange: ([id]) => {
      f.set('roleId', id);
      f.set('ageConfirmed', false);
      c.onRoleChosen();
    },
  })}
    ${role ? roleDetails(role, t, c.sub('role-title')) : nothing} ${role ? when(c, role, prefix) : nothing}
    ${c.sub()(t.t('contactLegend'))}
    ${textField({
      id: fieldId('contact.name'),
      label: t.t('nameLabel'),
      value: v['contact.name'],
      autocomplete: 'name',
      error: error(c, 'contact.name'),
      errorPrefix: prefix,
      onInput: (x) => f.set('contact.name', x),
    })}
    ${textField({
      id: fieldId('contact.email'),
      label: t.t('emailLabel'),
      hint: t.t('emailHint'),
      type: 'email',
      autocomplete: 'email',
      value: v['contact.email'],
      error: error(c, 'contact.email'),
      errorPrefix: prefix,
      onInput: (x) => f.set('contact.email', x),
    })}
    ${textField({
      id: fieldId('contact.phone'),
      label: t.t('phoneLabel'),
      optionalText: t.t('optional'),
      type: 'tel',
      autocomplete: 'tel',
      width: 'short',
      value: v['contact.phone'],
      error: error(c, 'contact.phone'),
      errorPrefix: prefix,
      onInput: (x) => f.set('contact.phone', x),
    })}
    ${
      role?.requirements.minimumAge != null
        ? checkboxField({
            id: fieldId('ageConfirmed'),
            label: t.t('ageConfirm', role.requirements.minimumAge),
            checked: v.ageConfirmed,
            error: error(c, 'ageConfirmed'),
            errorPrefix: prefix,
            onChange: (x) => f.set('ageConfirmed', x),
          })
        : nothing
    }
    ${informationNote(site.volunteerInfo, t, c.sub('note-title'))}
    ${checkboxField({
      id: fieldId('acknowledgement'),
      label: t.t('acknowledge'),
      checked: v.acknowledgement,
      error: error(c, 'acknowledgement'),
      errorPrefix: prefix,
      onChange: (x) => f.set('acknowledgement', x),
    })}
    ${checkboxField({
      id: fieldId('consent'),
      label: t.t('consent'),
      checked: v.consent,
      error: error(c, 'consent'),
      errorPrefix: prefix,
      onChange: (x) => f.set('consent', x),
    })}
    <p class="privacy"><a href=${site.privacyNotice.url} target="_blank" rel="noopener">${t.t('privacyLink')}</a></p>`;
}

export function signupForm(
  c: SignupFormContext,
  site: Site,
  roles: readonly VolunteerRole[],
  role: VolunteerRole | undefined,
): TemplateResult {
  const t = c.i18n;
  const f = c.form;
  const busy = f.busy;
  return html`<form part="form" novalidate @submit=${c.onSubmit}>
    ${errorSummary({ title: t.t('errorSummaryTitle'), items: f.summary(c.message), focusField: f.focusField, headingLevel: c.headingLevel })}
    ${draftNotice(t, f.restoredAt, () => f.reset())}
    ${
      c.sendError
        ? html`<div class="panel error send-error" part="error" tabindex="-1">
            <p>${t.t('sendFailed')} ${t.t('apiError', c.sendError.code)}</p>
            <button type="submit" class="button secondary">${t.t('retry')}</button>
          </div>`
        : nothing
    }
    ${site.demo ? html`<p class="demo">${t.t('demo')}</p>` : nothing}
    <p class="intro">${t.t('intro')}</p>
    ${fields(c, site, roles, role)} ${c.bot.field(t.t('honeypot'))}
    <div class="actions">
      <button class="button" part="submit-button" type="submit" aria-disabled=${busy ? 'true' : 'false'}>
        ${busy ? t.t('busy') : t.t('submit')}
      </button>
    </div>
  </form>`;
}
