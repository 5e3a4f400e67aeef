/**
 * The base of every widget: the shared styles, the language and strings (with per-instance
 * overrides through the `strings` property or a JSON `strings` attribute), the heading level
 * a webmaster sets so the widget fits the page's outline, and the backend endpoint.
 */
import { html, LitElement, type CSSResultGroup, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Catalogs, Overrides } from '../i18n/catalog.js';
import type { CommonStrings } from '../i18n/types.js';
import { ApiClient } from '../api/client.js';
import { resolveEndpoint } from '../api/endpoint.js';
import { ApiError } from '../api/errors.js';
import { LocalizeController } from '../i18n/controller.js';
import { base } from '../styles/base.js';

export abstract class CivicElement<S extends CommonStrings> extends LitElement {
  static override styles: CSSResultGroup = base;

  /**
   * The backend's base URL (requests go to `<endpoint>/v1/...`). Without it, the page-wide default
   * `<meta name="civic-widgets-endpoint" content="…">` applies.
   */
  @property({ reflect: true }) endpoint?: string;

  /** Per-instance string overrides, e.g. `strings='{"submit":"Verstuur mijn idee"}'`. */
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
    if (changed.has('strings')) this.i18n.overrides = this.strings ?? {};
  }

  /**
   * A client for this element's endpoint and language, or the `misconfigured` error when no valid
   * endpoint is set (the console then says what to set).
   */
  protected api(): ApiClient | ApiError {
    const endpoint = resolveEndpoint(this);
    return endpoint instanceof ApiError ? endpoint : new ApiClient({ endpoint, lang: this.i18n.locale });
  }

  /** A heading `depth` levels below the widget's own (0 = the widget's heading), clamped to h1-h6. */
  protected heading(depth: number, content: unknown, className = 'heading', id?: string): TemplateResult {
    const level = Math.min(6, Math.max(1, (Number(this.headingLevel) || 2) + depth));
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
