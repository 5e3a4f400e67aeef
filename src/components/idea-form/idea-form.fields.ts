/**
 * The idea form's fields, in screen order (see fieldOrder): the track first, then for the chosen
 * track the idea itself, where, the test period (experiment), contact details, the privacy notice
 * and consent. Joining an offer asks only the offer, where (the area when the offer runs
 * everywhere; an address if the resident wants to give one), an optional note, contact and consent.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { FormController } from '../../internal/form-controller.js';
import { fieldId } from '../../internal/form-controller.js';
import {
  errorTemplate,
  checkboxField,
  choiceGroup,
  selectField,
  textField,
  type TextFieldOptions,
} from '../../internal/form-field.js';
import { IDEA_TRACKS, type IdeaTrack, type Site } from '../../schema/site.js';
import { FIELDS, LIMITS, joinNeedsArea, type IdeaValues } from './idea-form.body.js';
import { MAX_TEST_MONTHS } from '../../schema/idea.js';
import type { IdeaI18n } from './idea-form.strings.js';

export interface IdeaFieldsContext {
  i18n: IdeaI18n;
  form: FormController<IdeaValues>;
  /** The translated error of a field, once errors show. */
  error: (path: string) => string | undefined;
}

/** The chosen track, if the site has it open (nothing is chosen before the site is loaded). */
export function chosenTrack(values: IdeaValues, site: Site | undefined): string {
  const tracks: readonly string[] = site?.tracks ?? [];
  return tracks.includes(values.track) ? values.track : '';
}

/** The three ways in, each explained; greyed out until the site says which are open. */
export function trackChoice(c: IdeaFieldsContext, site: Site | undefined): TemplateResult {
  const t = c.i18n;
  const tracks: readonly IdeaTrack[] = site?.tracks ?? IDEA_TRACKS;
  const track = chosenTrack(c.form.values, site);
  return html`<div class=${site ? '' : 'skeleton'}>
    ${choiceGroup({
      id: fieldId('track'),
      legend: t.t('trackLegend'),
      type: 'radio',
      options: tracks.map((k) => ({
        value: k,
        label: t.t('trackLabel', k),
        hint: t.t('trackText', k),
        disabled: !site,
      })),
      selected: track ? [track] : [],
      error: c.error('track'),
      errorPrefix: t.t('errorPrefix'),
      onChange: ([k]) => c.form.set('track', k),
    })}
  </div>`;
}

function text(c: IdeaFieldsContext, path: string, more: Partial<TextFieldOptions> = {}): TemplateResult {
  const t = c.i18n;
  const f = FIELDS[path];
  return textField({
    id: fieldId(path),
    label: t.t('ideaLabel', f),
    hint: t.t('ideaHint', f, c.form.values.track) || undefined,
    value: String(c.form.values[path] ?? ''),
    error: c.error(path),
    errorPrefix: t.t('errorPrefix'),
    onInput: (value) => c.form.set(path, value),
    ...more,
  });
}

function count(c: IdeaFieldsContext, max: number): TextFieldOptions['count'] {
  return { max, left: (n) => c.i18n.t('charactersLeft', n), over: (n) => c.i18n.t('charactersTooMany', n) };
}

/** "Join": narrow the offers by area, then pick one (the server takes the offer's own area). */
function offerChoice(c: IdeaFieldsContext, site: Site): TemplateResult {
  const t = c.i18n;
  const v = c.form.values;
  const prefix = t.t('errorPrefix');
  const areaName = (id: string | null) =>
    id ? (site.areas.find((a) => a.id === id)?.name ?? id) : t.t('offerEverywhere');
  const offers = site.offers.filter((o) => !v.offerArea || o.areaId === null || o.areaId === v.offerArea);
  return html`<div class="section">
    <div class="offer-area">
      ${selectField({
        id: fieldId('offerArea'),
        label: t.t('offerAreaLabel'),
        value: v.offerArea,
        placeholder: t.t('offerAreaAll'),
        options: site.areas.map((a) => ({ value: a.id, label: a.name })),
        errorPrefix: prefix,
        onChange: (value) => {
          c.form.set('offerArea', value);
          // An offer the filter now hides is not sent unseen.
          const chosen = site.offers.find((o) => o.id === c.form.values.offerId);
          if (chosen && value && chosen.areaId !== null && chosen.areaId !== value) c.form.set('offerId', '');
        },
      })}
    </div>
    ${
      offers.length
        ? choiceGroup({
            id: fieldId('offerId'),
            legend: t.t('offerLegend'),
            type: 'radio',
            options: offers.map((o) => ({
              value: o.id,
              label: o.title,
              hint: `${o.description} (${areaName(o.areaId)})`,
            })),
            selected: v.offerId ? [v.offerId] : [],
            error: c.error('offerId'),
            errorPrefix: prefix,
            onChange: ([id]) => c.form.set('offerId', id),
          })
        : html`<div class="field ${c.error('offerId') ? 'has-error' : ''}">
            ${errorTemplate(fieldId('offerId'), prefix, c.error('offerId'))}
            <p id=${fieldId('offerId')} tabindex="-1">${t.t('noOffers')}</p>
          </div>`
    }
  </div>`;
}

const max = (path: string): number => LIMITS[path]?.[1] ?? 0;

function areaField(c: IdeaFieldsContext, site: Site, hint?: string): TemplateResult {
  const t = c.i18n;
  return selectField({
    id: fieldId('areaId'),
    label: t.t('ideaLabel', 'areaId'),
    hint,
    value: c.form.values.areaId,
    placeholder: t.t('areaPlaceholder'),
    options: site.areas.map((a) => ({ value: a.id, label: a.name })),
    error: c.error('areaId'),
    errorPrefix: t.t('errorPrefix'),
    onChange: (value) => c.form.set('areaId', value),
  });
}

/** Contact details, the privacy notice and consent: the end of every track. */
function contactAndConsent(c: IdeaFieldsContext, site: Site): TemplateResult {
  const t = c.i18n;
  const optional = t.t('optional');
  return html`<fieldset class="fieldset section" part="fieldset" aria-describedby="contact-hint">
      <legend class="legend" part="legend">${t.t('contactLegend')}</legend>
      <div class="hint" part="hint" id="contact-hint">${t.t('contactHint')}</div>
      ${text(c, 'contact.name', { autocomplete: 'name' })}
      ${text(c, 'contact.email', { type: 'email', autocomplete: 'email', inputmode: 'email' })}
      ${text(c, 'contact.phone', { type: 'tel', autocomplete: 'tel', inputmode: 'tel', optionalText: optional })}
    </fieldset>
    <p class="privacy">
      <a href=${site.privacyNotice.url} target="_blank" rel="noopener noreferrer"
        >${t.t('privacyLink')} <span class="new-tab">${t.t('newTab')}</span></a
      >
    </p>
    ${checkboxField({
      id: fieldId('consent.privacy'),
      label: t.t('consentText'),
      checked: c.form.values['consent.privacy'],
      error: c.error('consent.privacy'),
      errorPrefix: t.t('errorPrefix'),
      onChange: (checked) => c.form.set('consent.privacy', checked),
    })}`;
}

/** Track `join`: a signup for an offer, not a new idea. */
function joinFields(c: IdeaFieldsContext, site: Site): TemplateResult {
  const t = c.i18n;
  const optional = t.t('optional');
  return html`
    ${offerChoice(c, site)} ${joinNeedsArea(c.form.values, site) ? areaField(c, site, t.t('joinAreaHint')) : nothing}
    ${text(c, 'location.address', { optionalText: optional, autocomplete: 'street-address' })}
    ${text(c, 'description', { label: t.t('joinNoteLabel'), multiline: true, rows: 4, optionalText: optional })}
    ${contactAndConsent(c, site)}
  `;
}

/** Every field of the chosen track after the track itself, up to and including consent. */
export function ideaFields(c: IdeaFieldsContext, site: Site, track: string): TemplateResult {
  if (track === 'join') return joinFields(c, site);
  const t = c.i18n;
  const v = c.form.values;
  const prefix = t.t('errorPrefix');
  const optional = t.t('optional');
  return html`
    ${text(c, 'title', { count: count(c, max('title')) })}
    ${text(c, 'summary', { multiline: true, rows: 3, count: count(c, max('summary')) })}
    ${text(c, 'description', { multiline: true, rows: 6 })} ${areaField(c, site)}
    ${
      site.themes.length
        ? choiceGroup({
            id: fieldId('themeIds'),
            legend: t.t('ideaLabel', 'themeIds'),
            hint: t.t('ideaHint', 'themeIds', track),
            optionalText: optional,
            type: 'checkbox',
            options: site.themes.map((th) => ({ value: th.id, label: th.name })),
            selected: v.themeIds,
            error: c.error('themeIds'),
            errorPrefix: prefix,
            onChange: (ids) => c.form.set('themeIds', ids),
          })
        : nothing
    }
    ${text(c, 'location.address', { optionalText: optional, autocomplete: 'street-address' })}
    ${text(c, 'neighbours', { type: 'number', inputmode: 'numeric', width: 'short', min: LIMITS.neighbours?.[0], max: max('neighbours') })}
    ${
      track === 'experiment'
        ? html`<fieldset class="fieldset section" part="fieldset" aria-describedby="period-hint">
            <legend class="legend" part="legend">${t.t('periodLegend')}</legend>
            <div class="hint" part="hint" id="period-hint">${t.t('periodHint', MAX_TEST_MONTHS)}</div>
            ${text(c, 'testPeriod.start', { type: 'date', width: 'short' })}
            ${text(c, 'testPeriod.end', { type: 'date', width: 'short' })}
          </fieldset>`
        : nothing
    }
    ${contactAndConsent(c, site)}
  `;
}
