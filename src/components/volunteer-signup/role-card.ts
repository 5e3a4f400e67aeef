/**
 * What a role asks and gives, the shifts as choices (with places left, and the reserve list for a
 * full shift), and the volunteer information note the Belgian volunteer law requires, in full.
 */
import { html, type TemplateResult } from 'lit';
import type { ChoiceOption } from '../../internal/form-field.js';
import type { VolunteerInfo } from '../../schema/site.js';
import type { Shift, VolunteerRole } from '../../schema/volunteer.js';
import type { SignupI18n } from './volunteer-signup.strings.js';
import { dateFormat } from '../../i18n/catalog.js';

/** Shifts take place in Belgium: their times are shown in Belgian time, whatever the device says. */
export const TIME_ZONE = 'Europe/Brussels';

/** "zaterdag 14 maart, 10:00–13:00" in the resident's language. */
export function shiftLabel(shift: Shift, intlTag: string): string {
  const f = dateFormat(intlTag, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: TIME_ZONE,
  });
  const start = new Date(shift.start);
  const end = new Date(shift.end);
  if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime())) return `${shift.start} – ${shift.end}`;
  return f.formatRange(start, end);
}

/** The shifts of a role as checkbox options; a full shift says plainly that ticking it means the reserve list. */
export function shiftOptions(role: VolunteerRole, i18n: SignupI18n): ChoiceOption[] {
  return role.shifts.map((s) => {
    const full = s.placesLeft === 0;
    return {
      value: s.id,
      label: shiftLabel(s, i18n.intlTag) + (full ? ` (${i18n.t('reserveList')})` : ''),
      hint: full ? i18n.t('shiftFull') : i18n.t('placesLeft', s.placesLeft, s.capacity),
    };
  });
}

function fact(term: string, value: unknown): TemplateResult {
  return html`<div class="fact"><dt>${term}</dt><dd>${value}</dd></div>`;
}

function given(term: string, colon: string, value: string | null, none: string): TemplateResult {
  return html`<li>${value ? html`<strong>${term}${colon}</strong> ${value}` : none}</li>`;
}

/** The chosen role in full: what you do, the time asked, what you get, what is required. */
export function roleDetails(
  role: VolunteerRole,
  i18n: SignupI18n,
  heading: (content: unknown) => TemplateResult,
): TemplateResult {
  const { gives, requirements } = role;
  const reqs = [
    requirements.minimumAge != null ? i18n.t('minimumAge', requirements.minimumAge) : '',
    requirements.training ? `${i18n.t('training')}: ${requirements.training}` : '',
  ].filter(Boolean);
  return html`<section class="details" part="details" aria-labelledby="role-title">
    ${heading(role.title)}
    <dl class="facts">
      ${fact(i18n.t('whatYouDo'), role.description)} ${fact(i18n.t('timeAsked'), role.timeAsked)}
      ${fact(
        i18n.t('whatYouGet'),
        html`<ul class="plain">
          ${given(i18n.t('guidance'), i18n.t('colon'), gives.guidance, i18n.t('noGuidance'))}
          ${given(i18n.t('insurance'), i18n.t('colon'), gives.insurance, i18n.t('noInsurance'))}
          ${given(i18n.t('expenses'), i18n.t('colon'), gives.expenses, i18n.t('noExpenses'))}
        </ul>`,
      )}
      ${fact(
        i18n.t('requirements'),
        reqs.length
          ? html`<ul class="plain">
              ${reqs.map((r) => html`<li>${r}</li>`)}
            </ul>`
          : i18n.t('noRequirements'),
      )}
    </dl>
  </section>`;
}

/** The information note (aim, legal status, insurance, expenses, discretion), shown in full. */
export function informationNote(
  info: VolunteerInfo,
  i18n: SignupI18n,
  heading: (content: unknown) => TemplateResult,
): TemplateResult {
  return html`<section class="note" part="note" aria-labelledby="note-title">
    ${heading(i18n.t('noteTitle'))}
    <p class="note-intro">${i18n.t('noteIntro')}</p>
    <dl class="facts">
      ${fact(i18n.t('noteOrganisation'), info.organisation)} ${fact(i18n.t('noteAim'), info.aim)}
      ${fact(i18n.t('noteLegalStatus'), info.legalStatus)} ${fact(i18n.t('noteInsurance'), info.insurance)}
      ${fact(i18n.t('noteExpenses'), info.expenses)} ${fact(i18n.t('noteDiscretion'), info.discretion)}
    </dl>
  </section>`;
}
