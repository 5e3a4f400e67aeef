/**
 * Two signs that a bot rather than a person filled in a form, sent with every submission as
 * `honeypot` and `fillMs` for the backend to flag it:
 * - the honeypot, a field that people neither see nor hear nor reach with the keyboard, so only a
 *   bot fills it in;
 * - the time the form took, from when the clock was started to the moment of sending.
 */
import { html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';

export class BotSignals {
  private honeypot = '';
  private startedAt = 0;

  /**
   * Starts the fill clock (at `at`, default now); the earliest start counts (until `reset`). A form
   * restored from a draft starts at the draft's time, so sending it at once is not taken for a bot.
   */
  readonly start = (at: number | Event = Date.now()): void => {
    const when = typeof at === 'number' ? at : Date.now();
    this.startedAt = this.startedAt ? Math.min(this.startedAt, when) : when;
  };

  /** The body's `honeypot` and `fillMs` (0 when the clock never started). */
  get body(): { honeypot: string; fillMs: number } {
    return { honeypot: this.honeypot, fillMs: this.startedAt ? Date.now() - this.startedAt : 0 };
  }

  /** For a new, empty form: the honeypot emptied, the clock stopped. */
  reset(): void {
    this.honeypot = '';
    this.startedAt = 0;
  }

  /**
   * The honeypot field: visually hidden (the control itself too, 1px), `aria-hidden` for assistive
   * technology, `tabindex="-1"` for the keyboard, and `autocomplete="off"` so no browser fills it in.
   * Its id is `f-website`.
   */
  field(label: string): TemplateResult {
    return html`<div class="hp visually-hidden" aria-hidden="true">
      <label for="f-website">${label}</label>
      <input
        class="visually-hidden"
        id="f-website"
        name="website"
        type="text"
        tabindex="-1"
        autocomplete="off"
        .value=${live(this.honeypot)}
        @input=${(e: Event) => (this.honeypot = (e.target as HTMLInputElement).value)}
      />
    </div>`;
  }
}
