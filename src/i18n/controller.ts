/**
 * Gives an element its language and strings. The language follows the element's `lang`, the nearest
 * `[lang]` ancestor, then `<html lang>` (see locale.ts), and the element re-renders when any of them
 * changes. `@lit/localize` is not used: it is a page-wide singleton and clashes with host pages.
 *
 * A language given as a loader is fetched when first needed; `ready` resolves once the current
 * language is at hand (CivicElement waits for it before rendering, so a French page never flashes
 * Dutch). If loading fails (offline), the widget falls back to Dutch rather than staying blank.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  dateFormat,
  format,
  numberFormat,
  type Catalog,
  type Catalogs,
  type MessageArgs,
  type Overrides,
} from './catalog.js';
import { resolveLocale, type Locale } from './locale.js';

type Host = ReactiveControllerHost & HTMLElement;

/** One observer for the whole page: `lang` changes anywhere re-check every connected widget. */
const hosts = new Set<LocalizeController<Catalog>>();
let observer: MutationObserver | undefined;

function watch(controller: LocalizeController<Catalog>): void {
  hosts.add(controller);
  if (!observer) {
    observer = new MutationObserver(() => hosts.forEach((c) => c.refresh()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
}

function unwatch(controller: LocalizeController<Catalog>): void {
  hosts.delete(controller);
  if (hosts.size === 0 && observer) {
    observer.disconnect();
    observer = undefined;
  }
}

/** The BCP 47 tag used with Intl for each language: Belgian conventions for Dutch and French. */
const INTL_TAGS: Record<Locale, string> = { nl: 'nl-BE', fr: 'fr-BE', en: 'en-GB' };

export class LocalizeController<S extends Catalog> implements ReactiveController {
  /** Per-instance overrides, merged over the catalog of the current language. */
  overrides: Overrides<S> = {};
  /** Resolves when the current language's strings are loaded (at once when they are bundled). */
  ready: Promise<void> = Promise.resolve();
  private current: Locale = 'nl';
  private readonly loaded: Partial<Record<Locale, S>>;

  constructor(
    private readonly host: Host,
    private readonly catalogs: Catalogs<S>,
  ) {
    this.loaded = { nl: catalogs.nl };
    host.addController(this);
  }

  hostConnected(): void {
    this.use(resolveLocale(this.host));
    watch(this as unknown as LocalizeController<Catalog>);
  }

  hostDisconnected(): void {
    unwatch(this as unknown as LocalizeController<Catalog>);
  }

  /** Re-reads the language; asks the host to re-render when it changed. */
  refresh(): void {
    const next = resolveLocale(this.host);
    if (next !== this.current) {
      this.use(next);
      this.host.requestUpdate();
    }
  }

  private use(locale: Locale): void {
    this.current = locale;
    if (this.loaded[locale]) {
      this.ready = Promise.resolve();
      return;
    }
    const source = this.catalogs[locale] as S | (() => Promise<S>);
    if (typeof source !== 'function') {
      this.loaded[locale] = source;
      return;
    }
    this.ready = source().then(
      (catalog) => {
        this.loaded[locale] = catalog;
      },
      (err: unknown) => console.warn(`civic-widgets: could not load the "${locale}" strings; showing Dutch.`, err),
    );
    void this.ready.then(() => this.host.requestUpdate());
  }

  get locale(): Locale {
    return this.current;
  }

  /** The Intl tag for the current language (`nl-BE`, `fr-BE`, `en-GB`). */
  get intlTag(): string {
    return INTL_TAGS[this.current];
  }

  /** A translated string, with the instance's override if one is set. */
  t<K extends keyof S & string>(key: K, ...args: MessageArgs<S[K]>): string {
    const override = this.overrides[key];
    const catalog =
      override === undefined ? (this.loaded[this.current] ?? this.catalogs.nl) : ({ [key]: override } as unknown as S);
    return format(catalog, key, args);
  }

  number(value: number, options?: Intl.NumberFormatOptions): string {
    return numberFormat(this.intlTag, options).format(value);
  }

  /** Formats an ISO date or date-time; returns the input unchanged if it is not a valid date. */
  date(iso: string, options: Intl.DateTimeFormatOptions = { dateStyle: 'long' }): string {
    const d = new Date(iso);
    return Number.isNaN(d.getTime()) ? iso : dateFormat(this.intlTag, options).format(d);
  }
}
