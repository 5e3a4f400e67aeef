/**
 * A table that may be wider than the screen (360 px): it scrolls sideways inside its own region,
 * never the page. The region is named by the table's caption. While (and only while) the table is
 * wider than the region, the region is a tab stop (`tabindex="0"`), so people who do not use a mouse
 * can scroll it with the arrow keys (WCAG 2.1.1, 1.4.10); at 1280 px, where the table fits, it adds
 * no extra stop to the tab order. A ResizeObserver on the region and on the table re-checks whenever
 * either changes size (the window, more rows, another language).
 */
import { html, noChange, nothing, type TemplateResult } from 'lit';
import { AsyncDirective, directive, PartType, type ElementPart, type PartInfo } from 'lit/async-directive.js';

/** True when the region's content is wider than the region (it scrolls sideways). */
export const overflows = (el: Element): boolean => el.scrollWidth > el.clientWidth + 1;

/** Sets `tabindex="0"` on the element while it overflows sideways, removes it otherwise. */
class FocusableWhenScrolling extends AsyncDirective {
  private element: HTMLElement | undefined;
  /** The table being observed (a re-render may put another one in the region). */
  private child: Element | null = null;
  private observer: ResizeObserver | undefined;

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('focusableWhenScrolling() belongs on an element');
  }

  render(): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart): typeof noChange {
    const el = part.element as HTMLElement;
    if (el !== this.element) {
      this.element = el;
      this.observe();
    }
    // The content may have changed without a size change of what is observed yet: check after it renders.
    queueMicrotask(() => this.check());
    return noChange;
  }

  private observe(): void {
    this.observer?.disconnect();
    const el = this.element;
    if (!el || typeof ResizeObserver === 'undefined') return;
    this.observer = new ResizeObserver(() => this.check());
    this.observer.observe(el);
    this.child = null;
    this.observeChild();
  }

  private observeChild(): void {
    const child = this.element?.firstElementChild ?? null;
    if (child === this.child || !this.observer) return;
    if (this.child) this.observer.unobserve(this.child);
    this.child = child;
    if (child) this.observer.observe(child);
  }

  private check(): void {
    const el = this.element;
    if (!el?.isConnected) return;
    this.observeChild();
    if (overflows(el)) {
      if (el.getAttribute('tabindex') !== '0') el.setAttribute('tabindex', '0');
    } else if (el.hasAttribute('tabindex')) el.removeAttribute('tabindex');
  }

  protected override disconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }

  protected override reconnected(): void {
    this.observe();
  }
}

/** See {@link FocusableWhenScrolling}. */
export const focusableWhenScrolling = directive(FocusableWhenScrolling);

/** `table` (whose `<caption>` has the id `captionId`) in a labelled region that scrolls sideways. */
export const tableRegion = (captionId: string, table: TemplateResult): TemplateResult =>
  html`<div class="table-wrap" role="region" aria-labelledby=${captionId} ${focusableWhenScrolling()}>${table}</div>`;
