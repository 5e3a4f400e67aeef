/**
 * Accessible form building blocks in the GOV.UK / NL Design System manner, as Lit template functions
 * rendered inside a widget's own shadow root (so labels, `aria-describedby` and focus all work within
 * one tree). Order inside a field: label, hint, error message, control. The error message has a
 * visually hidden prefix ("Fout:") and is chained with the hint in `aria-describedby`; the control
 * gets `aria-invalid`. Groups of radios or checkboxes are a `<fieldset>` with a `<legend>`.
 * Ids: the control `id`, its hint `id-hint`, its error `id-error`, its count `id-count`;
 * in a group the first control is `id-0`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';

/** The autocomplete tokens the widgets use (WCAG 1.3.5: identify input purpose). */
export type Autocomplete =
  'off' | 'name' | 'given-name' | 'family-name' | 'email' | 'tel' | 'street-address' | 'postal-code' | 'bday';

export interface FieldBase {
  id: string;
  label: string;
  hint?: string;
  /** The translated error message; only set once errors are shown (after the first submit). */
  error?: string;
  /** The visually hidden prefix before an error message ("Fout:"). */
  errorPrefix: string;
  /** Shown after the label for optional fields, e.g. "(optioneel)". */
  optionalText?: string;
}

export interface TextFieldOptions extends FieldBase {
  value: string;
  onInput: (value: string) => void;
  type?: 'text' | 'email' | 'tel' | 'number' | 'date' | 'search';
  multiline?: boolean;
  rows?: number;
  autocomplete?: Autocomplete;
  inputmode?: 'text' | 'email' | 'tel' | 'numeric' | 'decimal' | 'search';
  /** A character count under the control: the limit and the translated "n left" / "n too many". */
  count?: { max: number; left: (n: number) => string; over: (n: number) => string };
  /** Short controls (numbers, dates, postcodes) do not stretch across the form. */
  width?: 'full' | 'short';
  min?: number;
  max?: number;
}

export function describedBy(id: string, hint?: string, error?: string, extra?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : '', extra ?? ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

function labelText(label: string, optionalText?: string): TemplateResult {
  return html`${label}${optionalText ? html` <span class="optional">${optionalText}</span>` : nothing}`;
}

export function hintTemplate(id: string, hint?: string): TemplateResult | typeof nothing {
  return hint ? html`<div class="hint" part="hint" id="${id}-hint">${hint}</div>` : nothing;
}

export function errorTemplate(id: string, prefix: string, error?: string): TemplateResult | typeof nothing {
  return error
    ? html`<p class="error-message" part="error-message" id="${id}-error"><span class="visually-hidden">${prefix}</span> ${error}</p>`
    : nothing;
}

/** A text input or textarea with label, hint, error message and an optional character count. */
export function textField(o: TextFieldOptions): TemplateResult {
  const count = o.count ? o.count.max - [...o.value].length : undefined;
  const described = describedBy(o.id, o.hint, o.error, o.count ? `${o.id}-count` : undefined);
  const onInput = (e: Event) => o.onInput((e.target as HTMLInputElement | HTMLTextAreaElement).value);
  const control = o.multiline
    ? html`<textarea
        part="input"
        class="input"
        id=${o.id}
        name=${o.id}
        rows=${o.rows ?? 5}
        autocomplete=${ifDefined(o.autocomplete)}
        aria-describedby=${ifDefined(described)}
        aria-invalid=${o.error ? 'true' : 'false'}
        .value=${live(o.value)}
        @input=${onInput}
      ></textarea>`
    : html`<input
        part="input"
        class="input ${o.width === 'short' ? 'short' : ''}"
        id=${o.id}
        name=${o.id}
        type=${o.type ?? 'text'}
        autocomplete=${ifDefined(o.autocomplete)}
        inputmode=${ifDefined(o.inputmode)}
        min=${ifDefined(o.min)}
        max=${ifDefined(o.max)}
        aria-describedby=${ifDefined(described)}
        aria-invalid=${o.error ? 'true' : 'false'}
        .value=${live(o.value)}
        @input=${onInput}
      />`;
  return html`<div class="field ${o.error ? 'has-error' : ''}" part="field">
    <label class="label" part="label" for=${o.id}>${labelText(o.label, o.optionalText)}</label>
    ${hintTemplate(o.id, o.hint)} ${errorTemplate(o.id, o.errorPrefix, o.error)} ${control}
    ${
      o.count && count !== undefined
        ? html`<div class="count ${count < 0 ? 'over' : ''}" id="${o.id}-count">
          ${count < 0 ? o.count.over(-count) : o.count.left(count)}
        </div>`
        : nothing
    }
  </div>`;
}

export interface SelectFieldOptions extends FieldBase {
  value: string;
  options: ReadonlyArray<{ value: string; label: string }>;
  /** The first, empty option ("Kies een wijk"). */
  placeholder: string;
  onChange: (value: string) => void;
}

export function selectField(o: SelectFieldOptions): TemplateResult {
  const described = describedBy(o.id, o.hint, o.error);
  return html`<div class="field ${o.error ? 'has-error' : ''}" part="field">
    <label class="label" part="label" for=${o.id}>${labelText(o.label, o.optionalText)}</label>
    ${hintTemplate(o.id, o.hint)} ${errorTemplate(o.id, o.errorPrefix, o.error)}
    <select
      part="input"
      class="input select"
      id=${o.id}
      name=${o.id}
      aria-describedby=${ifDefined(described)}
      aria-invalid=${o.error ? 'true' : 'false'}
      @change=${(e: Event) => o.onChange((e.target as HTMLSelectElement).value)}
    >
      <option value="" ?selected=${o.value === ''}>${o.placeholder}</option>
      ${o.options.map((opt) => html`<option value=${opt.value} ?selected=${opt.value === o.value}>${opt.label}</option>`)}
    </select>
  </div>`;
}

export interface ChoiceOption {
  value: string;
  label: string;
  hint?: string;
  disabled?: boolean;
}

export interface ChoiceGroupOptions {
  id: string;
  legend: string;
  hint?: string;
  error?: string;
  errorPrefix: string;
  optionalText?: string;
  type: 'radio' | 'checkbox';
  options: ReadonlyArray<ChoiceOption>;
  selected: ReadonlyArray<string>;
  onChange: (selected: string[]) => void;
  /** Render the legend as a heading of this level (a question that is the page's heading, GOV.UK style). */
  headingLevel?: number;
}

/** A `<fieldset>` of radios or checkboxes. */
export function choiceGroup(o: ChoiceGroupOptions): TemplateResult {
  const described = describedBy(o.id, o.hint, o.error);
  const toggle = (value: string, checked: boolean) => {
    if (o.type === 'radio') o.onChange([value]);
    else o.onChange(checked ? [...o.selected, value] : o.selected.filter((v) => v !== value));
  };
  const legend = labelText(o.legend, o.optionalText);
  return html`<div class="field ${o.error ? 'has-error' : ''}" part="field">
    <fieldset part="fieldset" class="fieldset" id=${o.id} aria-describedby=${ifDefined(described)}>
      <legend part="legend" class="legend">
        ${
          o.headingLevel
            ? html`<span role="heading" aria-level=${o.headingLevel} class="legend-heading">${legend}</span>`
            : legend
        }
      </legend>
      ${hintTemplate(o.id, o.hint)} ${errorTemplate(o.id, o.errorPrefix, o.error)}
      <div class="choices ${o.type}">
        ${o.options.map((opt, i) => {
          const id = `${o.id}-${i}`;
          return html`<div class="choice">
            <input
              class="choice-input"
              part="input"
              type=${o.type}
              id=${id}
              name=${o.id}
              value=${opt.value}
              ?disabled=${opt.disabled}
              .checked=${live(o.selected.includes(opt.value))}
              aria-describedby=${ifDefined(opt.hint ? `${id}-hint` : undefined)}
              @change=${(e: Event) => toggle(opt.value, (e.target as HTMLInputElement).checked)}
            />
            <label class="choice-label" for=${id}>${opt.label}</label>
            ${opt.hint ? html`<div class="hint choice-hint" part="hint" id="${id}-hint">${opt.hint}</div>` : nothing}
          </div>`;
        })}
      </div>
    </fieldset>
  </div>`;
}

export interface CheckboxOptions extends FieldBase {
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** Content of the label, when it needs a link (the privacy notice). Defaults to `label`. */
  labelContent?: TemplateResult;
}

/** One checkbox that stands alone: consent, an acknowledgement, a confirmation. */
export function checkboxField(o: CheckboxOptions): TemplateResult {
  const described = describedBy(o.id, o.hint, o.error);
  return html`<div class="field ${o.error ? 'has-error' : ''}" part="field">
    ${errorTemplate(o.id, o.errorPrefix, o.error)}
    <div class="choice">
      <input
        class="choice-input"
        part="input"
        type="checkbox"
        id=${o.id}
        name=${o.id}
        .checked=${live(o.checked)}
        aria-describedby=${ifDefined(described)}
        aria-invalid=${o.error ? 'true' : 'false'}
        @change=${(e: Event) => o.onChange((e.target as HTMLInputElement).checked)}
      />
      <label class="choice-label" part="label" for=${o.id}>${o.labelContent ?? o.label}</label>
      ${o.hint ? html`<div class="hint choice-hint" part="hint" id="${o.id}-hint">${o.hint}</div>` : nothing}
    </div>
  </div>`;
}
