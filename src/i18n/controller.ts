/**
 * Gives an element its language and strings. The language follows the element's `lang`, the nearest
 * `[lang]` ancestor, then `<html lang>` (see locale.ts), and the element re-renders when any of them
 * changes. `@lit/localize` is not used: it is a page-wide singleton and clashes with host pages.
 *
 * A language given as a loader is fetched when first needed; `ready` resolves once the current
 * language is at hand (CivicElement waits for it before rendering, so a French page never flashes
 * Dutch). If loading fails (offline), the widget falls back to Dutch rather than staying blank.
 * Loaded strings are kept per widget class, so a second widget of the same kind has them at once.
 *
 * Server rendering (`@lit-labs/ssr`): there is no page on the server, only the element's own `lang`,
 * and no time to fetch a file while rendering. The server renders in the element's own `lang` when
 * that language was loaded beforehand with {@link preloadLanguage}, else in Dutch, and records the
 * language it used in the `ssr-lang` attribute. Hydration must reuse the server's text exactly (it
 * adopts the DOM without rewriting it), so the first client render is in the recorded language; right
 * after it, the element switches to the page's language like any client render.
 */
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import {
  dateFormat,
  format,
  formatWhole,
  numberFormat,
  type Catalog,
  type Catalogs,
  type MessageArgs,
  type Overrides,
} from './catalog.js';
import { DEFAULT_LOCALE, resolveLocale, toLocale, type Locale } from './locale.js';

/** The attribute in which a server render records the language it rendered in (read at hydration). */
export const SSR_LANG_ATTRIBUTE = 'ssr-lang';

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

/** Strings loaded so far, per widget class (every instance of a class has the same catalogs). */
const loadedByClass = new WeakMap<object, Partial<Record<Locale, Catalog>>>();
/** The controller of each host, for {@link preloadLanguage}. */
const controllers = new WeakMap<object, LocalizeController<Catalog>>();
/** Server renders that fell back to Dutch, warned about once each. */
const warnedOnServer = new Set<string>();

export class LocalizeController<S extends Catalog> implements ReactiveController {
  /** Per-instance overrides, merged over the catalog of the current language. */
  overrides: Overrides<S> = {};
  /** Resolves when the current language's strings are loaded (at once when they are bundled). */
  ready: Promise<void> = Promise.resolve();
  private current: Locale = DEFAULT_LOCALE;
  private readonly loaded: Partial<Record<Locale, S>>;
  private readonly loading: Partial<Record<Locale, Promise<void>>> = {};
  /** True from connection until the first update (a hydration when the host was server-rendered). */
  private hydrating = false;
  private updated = false;

  constructor(
    private readonly host: Host,
    private readonly catalogs: Catalogs<S>,
  ) {
    const key = host.constructor;
    let loaded = loadedByClass.get(key);
    if (!loaded) loadedByClass.set(key, (loaded = { nl: catalogs.nl }));
    this.loaded = loaded as Partial<Record<Locale, S>>;
    controllers.set(host, this as unknown as LocalizeController<Catalog>);
    host.addController(this);
  }

  hostConnected(): void {
    // A server render is adopted as it is, text included: render it again in the language it was made
    // in, then switch to the page's language once hydrated.
    const rendered = this.updated ? null : toLocale(this.host.getAttribute(SSR_LANG_ATTRIBUTE));
    if (rendered) {
      this.hydrating = true;
      this.use(rendered);
      const hydrated = () => {
        this.hydrating = false;
        this.host.removeAttribute(SSR_LANG_ATTRIBUTE);
        this.refresh();
      };
      void this.host.updateComplete.then(hydrated, hydrated);
    } else {
      this.use(resolveLocale(this.host));
    }
    watch(this as unknown as LocalizeController<Catalog>);
  }

  hostDisconnected(): void {
    unwatch(this as unknown as LocalizeController<Catalog>);
  }

  hostUpdated(): void {
    this.updated = true;
  }

  /**
   * On the server, where Lit SSR calls `willUpdate` but never `connectedCallback`: picks the language
   * (the element's own `lang` if its strings were preloaded, else Dutch) and records it on the host in
   * `ssr-lang` for hydration. Does nothing in a browser.
   */
  hostServerRender(): void {
    if (!isServer) return;
    const wanted = toLocale(this.host.getAttribute('lang')) ?? DEFAULT_LOCALE;
    const locale = this.loaded[wanted] ? wanted : DEFAULT_LOCALE;
    if (locale !== wanted) {
      const tag = this.host.localName;
      if (!warnedOnServer.has(`${tag}|${wanted}`)) {
        warnedOnServer.add(`${tag}|${wanted}`);
        console.warn(
          `civic-widgets: <${tag} lang="${wanted}"> was rendered in Dutch on the server because its "${wanted}" ` +
            `strings were not loaded; call \`await preloadLanguage('${wanted}', …)\` before rendering. ` +
            'The browser switches it to the right language after hydration.',
        );
      }
    }
    this.current = locale;
    this.host.setAttribute(SSR_LANG_ATTRIBUTE, locale);
  }

  /** Re-reads the language; asks the host to re-render when it changed. */
  refresh(): void {
    if (this.hydrating) return; // re-read once hydrated
    const next = resolveLocale(this.host);
    if (next !== this.current) {
      this.use(next);
      this.host.requestUpdate();
    }
  }

  /** The keys a `strings` override may name: those of the Dutch catalog, which has them all. */
  get keys(): string[] {
    return Object.keys(this.catalogs.nl);
  }

  /** Loads a language's strings for this widget class (once); never rejects. */
  load(locale: Locale): Promise<void> {
    if (this.loaded[locale]) return Promise.resolve();
    const source = this.catalogs[locale] as S | (() => Promise<S>);
    if (typeof source !== 'function') {
      this.loaded[locale] = source;
      return Promise.resolve();
    }
    return (this.loading[locale] ??= source().then(
      (catalog) => {
        this.loaded[locale] = catalog;
      },
      (err: unknown) => {
        delete this.loading[locale]; // try again next time
        // A dynamic import names the file it could not fetch; say what the webmaster should serve.
        const file = /https?:\/\/\S+\.js/.exec(String((err as Error | null)?.message ?? err))?.[0];
        console.warn(
          `civic-widgets: could not load the "${locale}" strings${file ? ` from ${file}` : ''}; showing Dutch. ` +
            'Serve the whole dist/cdn/ folder: the language files sit next to the widget files.',
          err,
        );
      },
    ));
  }

  private use(locale: Locale): void {
    this.current = locale;
    if (this.loaded[locale]) {
      this.ready = Promise.resolve();
      return;
    }
    this.ready = this.load(locale);
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
    return (
      (options ? undefined : formatWhole(this.intlTag, value)) ?? numberFormat(this.intlTag, options).format(value)
    );
  }

  /** Formats an ISO date or date-time; returns the input unchanged if it is not a valid date. */
  date(iso: string, options: Intl.DateTimeFormatOptions = { dateStyle: 'long' }): string {
    const d = new Date(iso);
    return Number.isNaN(d.getTime()) ? iso : dateFormat(this.intlTag, options).format(d);
  }
}

/**
 * For server rendering: loads a language's strings for the given widget classes, so that a widget
 * whose own `lang` is that language renders in it on the server. Call it once per process, before
 * rendering (the server cannot wait for a file in the middle of a render). Server only: it creates an
 * instance of each class, which a browser refuses for an element that is not registered.
 *
 * @example await preloadLanguage('fr', CivicIdeaForm, CivicInitiativeList);
 */
export async function preloadLanguage(
  locale: Locale,
  ...elements: ReadonlyArray<new () => HTMLElement>
): Promise<void> {
  await Promise.all(elements.map((Widget) => controllers.get(new Widget())?.load(locale)));
}
