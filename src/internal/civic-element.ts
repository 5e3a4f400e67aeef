/**
 * The base of every widget: the shared styles, the language and strings (with per-instance
 * overrides through the `strings` property or a JSON `strings` attribute), the heading level
 * a webmaster sets so the widget fits the page's outline, and the backend endpoint.
 *
 * Every public property works set as an attribute or as a property (React, Vue, Svelte and
 * `@lit/react` set properties), before the element is defined or connected and later. A property
 * set before the element was defined is applied by Lit at the first update, so anything that depends
 * on a property is read in `willUpdate` or later, never in `connectedCallback`.
 */
import { html, isServer, LitElement, type CSSResultGroup, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Catalogs, Overrides } from '../i18n/catalog.js';
import type { CommonStrings } from '../i18n/types.js';
import { ApiClient } from '../api/client.js';
import { resolveEndpoint } from '../api/endpoint.js';
import { ApiError } from '../api/errors.js';
import { LocalizeController } from '../i18n/controller.js';
import { base } from '../styles/base.js';

/**
 * The theming tokens every widget reads (see src/styles/tokens.ts):
 *
 * @cssproperty --civic-font-family - Font of the widget. Default: inherited from the page.
 * @cssproperty --civic-font-size - Base font size. Default: inherited from the page.
 * @cssproperty --civic-line-height - Line height of text. Default: 1.5.
 * @cssproperty --civic-color-text - Text colour. Default: #1b1b1b.
 * @cssproperty --civic-color-text-muted - Hints and secondary text. Default: #505a5f.
 * @cssproperty --civic-color-background - Background of the widget itself (its own surface, readable on any page), inputs and cards. Default: #ffffff.
 * @cssproperty --civic-color-surface - Background of panels and skeletons. Default: #f3f2f1.
 * @cssproperty --civic-color-primary - Buttons and links. Default: #1d4f91.
 * @cssproperty --civic-color-primary-contrast - Text on primary. Default: #ffffff.
 * @cssproperty --civic-color-border - Borders of inputs (3:1 against the background). Default: #6b6b6b.
 * @cssproperty --civic-color-error - Error messages and borders. Default: #b3261e.
 * @cssproperty --civic-color-success - Success panels. Default: #1e6b35.
 * @cssproperty --civic-color-focus - Focus halo. Default: #ffbf47.
 * @cssproperty --civic-color-focus-text - Focus ring. Default: #0b0c0c.
 * @cssproperty --civic-radius - Corner radius. Default: 0.25rem.
 * @cssproperty --civic-space - Base spacing unit. Default: 1rem.
 * @cssproperty --civic-padding - Space between the widget's edge and its content. Default: 0.
 * @cssproperty --civic-color-scheme - Colour scheme of native controls (`light` or `dark`, as src/styles/dark.css sets it). Default: light.
 */
export abstract class CivicElement<S extends CommonStrings> extends LitElement {
  static override styles: CSSResultGroup = base;

  /**
   * The backend's base URL (requests go to `<endpoint>/v1/...`). Without it, the page-wide default
   * `<meta name="civic-widgets-endpoint" content="…">` applies.
   */
  @property({ reflect: true }) endpoint?: string;

  /**
   * Per-instance string overrides as JSON, e.g. `strings='{"ideaSubmit":"Verstuur mijn idee"}'` on the
   * idea form. Each widget's keys are listed in docs/strings.md; an unknown key or invalid JSON is
   * reported once in the console.
   */
  @property({ type: Object }) strings: Overrides<S> = {};

  /** The level of the widget's own heading (1-6); the headings below it follow. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  protected readonly i18n: LocalizeController<S>;

  constructor(catalogs: Catalogs<S>) {
    super();
    this.i18n = new LocalizeController<S>(this, catalogs);
  }

  /** Renders only once the current language's strings are at hand (see LocalizeController). */
  protected override async scheduleUpdate(): Promise<void> {
    await this.i18n.ready;
    super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (isServer) this.i18n.hostServerRender(); // Lit SSR calls willUpdate, never connectedCallback
    if (changed.has('strings')) {
      this.i18n.overrides = this.strings ?? {};
      if (!isServer) this.checkStrings();
    }
  }

  /** Reported already, per element: `strings` overrides with a key the widget does not have. */
  private readonly reported = new Set<string>();

  /** Tells the webmaster, once per key, about `strings` that cannot apply. */
  private checkStrings(): void {
    const report = (what: string, message: string): void => {
      if (this.reported.has(what)) return;
      this.reported.add(what);
      console.warn(`civic-widgets: <${this.localName}> ${message}`);
    };
    if (this.strings === null && this.hasAttribute('strings')) {
      report('(json)', `strings="${this.getAttribute('strings')}" is not valid JSON; no text is overridden.`);
      return;
    }
    const known = new Set(this.i18n.keys);
    for (const key of Object.keys(this.strings ?? {})) {
      if (!known.has(key)) {
        report(
          key,
          `has no string "${key}" to override. Its keys are listed in docs/strings.md: ${[...known].join(', ')}.`,
        );
      }
    }
  }

  /**
   * A client for this element's endpoint and language, or the `misconfigured` error when no valid
   * endpoint is set (the console then says what to set).
   */
  protected api(): ApiClient | ApiError {
    const endpoint = resolveEndpoint(this);
    return endpoint instanceof ApiError ? endpoint : new ApiClient({ endpoint, lang: this.i18n.locale });
  }

  /**
   * After the pending update, moves focus to `selector` (made focusable from script when it is not
   * natively). With `quiet`, only when focus is in the widget or nowhere in particular (a result that
   * arrives in the background must not pull focus from elsewhere on the page).
   */
  protected async focusAfterUpdate(selector: string, quiet = false): Promise<void> {
    await this.updateComplete;
    if (!quiet || this.focusIsHere()) this.focusFirst(selector, false);
  }

  /**
   * After an update, moves focus to `selector`, or else to the widget's own heading. For buttons that
   * remove themselves (retry, start over, clear filters): focus would otherwise fall back to <body>.
   */
  protected async refocus(selector?: string): Promise<void> {
    await this.updateComplete;
    this.focusFirst(selector);
  }

  /**
   * Call right after a change that may remove the focused control (a button that hides its own panel),
   * before the update: when focus was in the widget and is gone after it, it moves to `selector` (or
   * the widget's heading), not to <body>.
   */
  protected async keepFocus(selector?: string): Promise<void> {
    if (!this.shadowRoot?.activeElement) return;
    await this.updateComplete;
    if (!this.shadowRoot.activeElement) this.focusFirst(selector);
  }

  /** Focuses the first match of `selector` (else, with `orHeading`, the widget's heading), focusable from script if need be. */
  private focusFirst(selector?: string, orHeading = true): void {
    const root = this.renderRoot;
    const target =
      (selector ? root.querySelector<HTMLElement>(selector) : null) ??
      (orHeading ? root.querySelector<HTMLElement>('h1, h2, h3, h4, h5, h6') : null);
    if (!target) return;
    if (!target.matches('a[href], button, input, select, textarea, [tabindex]')) target.tabIndex = -1;
    target.focus();
  }

  /**
   * True when focus is in this widget or nowhere in particular. A result that arrives in the
   * background (the outbox sent a queued submission) must not pull focus from elsewhere on the page.
   */
  protected focusIsHere(): boolean {
    const active = document.activeElement;
    return !active || active === document.body || active === this || this.contains(active);
  }

  /** The heading level `depth` levels below the widget's own, clamped to 1-6 (any `heading-level` value). */
  protected levelBelow(depth: number): number {
    return Math.min(6, Math.max(1, (Number(this.headingLevel) || 2) + depth));
  }

  /** A heading `depth` levels below the widget's own (0 = the widget's heading), clamped to h1-h6. */
  protected heading(depth: number, content: unknown, className = 'heading', id?: string): TemplateResult {
    const level = this.levelBelow(depth);
    switch (level) {
      case 1:
        return html`<h1 class=${className} id=${ifDefined(id)}>${content}</h1>`;
      case 2:
        return html`<h2 class=${className} id=${ifDefined(id)}>${content}</h2>`;
      case 3:
        return html`<h3 class=${className} id=${ifDefined(id)}>${content}</h3>`;
      case 4:
        return html`<h4 class=${className} id=${ifDefined(id)}>${content}</h4>`;
      case 5:
        return html`<h5 class=${className} id=${ifDefined(id)}>${content}</h5>`;
      default:
        return html`<h6 class=${className} id=${ifDefined(id)}>${content}</h6>`;
    }
  }
}
