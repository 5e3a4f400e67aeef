import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { TaskStatus } from '@lit/task';
import { ApiError, asApiError } from '../../api/errors.js';
import { CivicElement } from '../../internal/civic-element.js';
import { loadTask } from '../../internal/load-task.js';
import { CivicLoadErrorEvent, CivicLoadEvent, CivicSelectEvent } from '../../events/index.js';
import type { Initiative, InitiativePage, InitiativeStatus, Rung } from '../../schema/initiative.js';
import type { Site } from '../../schema/site.js';
import { formStyles } from '../../styles/form.js';
import { base } from '../../styles/base.js';
import { styles } from './initiative-list.styles.js';
import { filterBar, filterSpace } from './filters.js';
import { signupLink, type CardOptions, type DetailState } from './initiative-card.js';
import { catalogs, type ListStrings } from './initiative-list.strings.js';
import {
  cardList,
  emptyPanel,
  moreControls,
  notConfiguredPanel,
  skeletons,
  statusLine,
} from './initiative-list.panels.js';
import {
  NO_FILTERS,
  parseControls,
  sameFilters,
  toQuery,
  urlPrefix,
  type FilterName,
  type Filters,
} from './url-state.js';
import { FiltersController } from './filters-controller.js';
import { getInitiative, getSite, listInitiatives } from '../../api/calls.js';
import { afterPaint, CHUNK, drawRest, type Drawing, type More } from './load-more.js';

/** Cards in the first frame of a new first page, as many as the skeleton keeps room for. */
const FIRST_SCREEN = 3;

/**
 * Residents find the initiatives they can join: a filter bar (keyword, area, theme, rung of the
 * participation ladder, status, "needs volunteers", sort) whose state lives in the page URL, and
 * cards that open their details in place. Pages load with "load more": the new cards are drawn
 * (a page over 20 over a few frames), focus moves to the first new one, and the count is announced.
 *
 * Layout shift: while the first page loads, a skeleton of card-sized placeholders keeps the space, and a
 * stand-in of the filter bar (the same parts and size, no controls) keeps the bar's until the first answer is painted.
 * Before the widget's script has run, though, the tag is empty and only the page's CSS can reserve
 * room for it; otherwise the text below the list jumps down when the widget appears. One line does it:
 * `civic-initiative-list:not(:defined){display:block;min-block-size:70rem}`: about the height of the
 * skeleton (heading, filter bar, count and three cards at a 16px root font size; about 57rem with
 * `filters=""`), which the first page then only extends downwards.
 *
 * @summary A filterable, shareable list of citizen initiatives.
 * @tag civic-initiative-list
 *
 * @fires civic-load - A page of initiatives arrived (`what` = `initiatives`, `data` = the page).
 * @fires civic-load-error - Loading initiatives failed (`error` = the ApiError).
 * @fires civic-select - A resident opened the details of an initiative (`id`, `item`).
 * @fires civic-show-rung - The ladder glyph on a card was pressed (`rung`); a `<civic-participation-ladder>` on the
 *   page shows that rung and calls `preventDefault()`. Cancelable.
 *
 * @csspart form - The filter bar (a `<form role="search">`).
 * @csspart field - One filter control with its label.
 * @csspart label - A filter's label.
 * @csspart input - A filter's input or select.
 * @csspart status - The result count, "Loading…" or the load error (a polite live region).
 * @csspart error - The not-configured message.
 * @csspart list - The list of initiatives.
 * @csspart item - One initiative (a list item).
 * @csspart image - An initiative's image.
 * @csspart rung-name - The rung of the participation ladder an initiative is on, on its card.
 * @csspart call-to-action - The "join" link of an initiative that needs volunteers.
 * @csspart details-button - The disclosure button that opens an initiative's details.
 * @csspart details - The details of an initiative.
 * @csspart more-button - "Load more".
 * @csspart retry-button - "Try again" after an error.
 * @csspart clear-button - "Clear filters" on an empty result.
 *
 * @cssproperty --civic-initiative-list-gap - Space between cards. Default: var(--civic-space, 1rem).
 * @cssproperty --civic-initiative-list-min-card-width - Narrowest card in the grid layout. Default: 17rem.
 * @cssproperty --civic-initiative-list-background - Card background. Default: var(--civic-color-background).
 * @cssproperty --civic-initiative-list-border-color - Card border. Default: #b1b4b6.
 * @cssproperty --civic-initiative-list-accent-color - The "needs volunteers" badge. Default: var(--civic-color-success).
 */
export class CivicInitiativeList extends CivicElement<ListStrings> {
  static override styles = [base, formStyles, styles];

  /** Preset area filter (an area id from `GET /v1/site`). */
  @property() area?: string;
  /** Preset theme filter (a theme id). */
  @property() theme?: string;
  /** Preset rung filter, 1 (initiator) to 7 (no role). */
  @property() rung?: `${Rung}`;
  /** Preset status filter: `idea`, `testing`, `running` or `finished`. */
  @property() status?: InitiativeStatus;
  /** Preset "needs volunteers" filter. */
  @property({ type: Boolean, attribute: 'needs-volunteers' }) needsVolunteers = false;
  /**
   * The filter controls to show, space-separated, from `q area theme rung status volunteers sort`.
   * Absent: all of them. Empty: none. A preset of a hidden control is fixed.
   */
  @property({ attribute: 'filters' }) controls: string | null = null;
  /** Initiatives per page (1-100). */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 20;
  /** `list` (one column) or `grid` (cards side by side where there is room). */
  @property({ reflect: true }) layout: 'list' | 'grid' = 'list';
  /** Where "join" leads for initiatives that need volunteers, e.g. `/vrijwilligers?initiative={id}`. */
  @property({ attribute: 'signup-url' }) signupUrl?: string;
  /** Prefix of this list's parameters in the page URL. Default: the element's id, else `il`. */
  @property({ attribute: 'url-prefix' }) urlPrefix?: string;

  @state() private open: ReadonlySet<string> = new Set();
  @state() private details: ReadonlyMap<string, DetailState> = new Map();
  @state() private more?: More;
  @state() private moreState: 'idle' | 'loading' | ApiError = 'idle';

  /** The filters, kept in step with the page URL. */
  private readonly filterState = new FiltersController(this, {
    prefix: () => urlPrefix(this.urlPrefix, this.id),
    defaults: () => this.defaults(),
    controls: () => this.shownControls,
    api: () => this.api(),
    signal: () => this.detailsAbort.signal,
    open: (item) => {
      this.focusId = item.id;
      void this.expand(item);
    },
  });
  /** @internal The search field's debounce (tests replace its timers). */
  readonly searchDebounce = this.filterState.debounce;
  /** Set when the element left the page while loading: it loads again when it comes back. */
  private reloadOnConnect = false;
  private moreAbort?: AbortController;
  private focusId?: string;
  /** Settles once the first new item of an appended page has focus (see `getUpdateComplete`). */
  private focusing?: Promise<void>;
  /** While an appended page is drawn frame by frame: how many items are drawn so far. */
  private drawing?: Drawing;
  /** Aborts detail requests when the element leaves the page. */
  private detailsAbort = new AbortController();
  /** Settles once every item of an appended page is drawn. */
  private chunking?: Promise<void>;
  /**
   * The first page whose cards are all drawn. A new first page is drawn in two steps: the cards of the
   * first screen (as many as the skeleton held) at once, the rest once those are painted (see `render`).
   */
  private complete?: InitiativePage;
  /** Settles once the rest of a new first page (or the filter bar) is drawn. */
  private completing?: Promise<void>;
  /**
   * The filter bar is drawn once the first answer (a page or an error) is painted; until then a stand-in of its
   * size keeps its place (see `filterSpace`). Its form, selects and options were a large part of the work before the
   * first card; the filters themselves (the URL's, the presets) apply to the first request all the same.
   */
  private barShown = false;
  /** The options every card shares, and what they were made from (see `cardOptions`). */
  private card?: CardOptions;
  private cardKey: readonly unknown[] = [];

  constructor() {
    super(catalogs);
  }

  /** The site's areas and themes, for the filters and cards (no load events: the list's data are its initiatives). */
  private readonly siteTask = loadTask(this, {
    args: () => [this.endpoint, this.i18n.locale] as const,
    client: () => this.api(),
    load: (client, _args, signal) => getSite(client, signal),
  });

  private readonly listTask = loadTask(this, {
    what: 'initiatives',
    args: () =>
      [this.endpoint, this.i18n.locale, JSON.stringify(toQuery(this.filterState.filters, this.limit))] as const,
    client: () => {
      this.moreAbort?.abort();
      return this.api();
    },
    load: (client, [, , query], signal): Promise<InitiativePage> => listInitiatives(client, JSON.parse(query), signal),
  });

  private get limit(): number {
    return Math.min(100, Math.max(1, Math.round(Number(this.pageSize)) || 20));
  }

  private get shownControls(): Set<FilterName> {
    return parseControls(this.controls);
  }

  /** The presets: what the list shows when the URL says nothing. */
  private defaults(): Filters {
    return {
      ...NO_FILTERS,
      area: this.area ?? '',
      theme: this.theme ?? '',
      rung: this.rung ?? '',
      status: this.status ?? '',
      volunteers: this.needsVolunteers,
    };
  }

  override connectedCallback(): void {
    super.connectedCallback(); // restores the filters from the URL
    if (this.reloadOnConnect) {
      this.reloadOnConnect = false;
      void this.siteTask.run();
      void this.listTask.run();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // A removed element asks nothing more: an answer, a timeout's retry or a backoff still running
    // would otherwise reach the backend long after the resident left (and answer nobody).
    for (const task of [this.siteTask, this.listTask]) {
      if (task.status !== TaskStatus.PENDING) continue;
      this.reloadOnConnect = true;
      task.abort();
    }
    this.moreAbort?.abort();
    this.detailsAbort.abort();
    this.detailsAbort = new AbortController();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A preset applies at once, also one set as a property before the element was defined (Lit applies
    // those only now) or changed later by script (no URL write: no resident did it).
    if (
      ['area', 'theme', 'rung', 'status', 'needsVolunteers', 'urlPrefix'].some((k) =>
        (changed as Map<PropertyKey, unknown>).has(k),
      )
    ) {
      this.filterState.restore();
    }
    if (this.filterState.wanted && this.listTask.value && this.listTask.status === TaskStatus.COMPLETE) {
      this.filterState.openWanted(this.listTask.value.items);
    }
    // All cards at once when one is to get focus: it may be further down.
    if (this.focusId !== undefined && this.listTask.value) this.complete = this.listTask.value;
  }

  private clear = (): void => {
    this.filterState.clear();
    void this.refocus('[part~="status"]');
  };

  private toggleItem = async (item: Initiative): Promise<void> => {
    const open = new Set(this.open);
    if (open.delete(item.id)) {
      this.open = open;
      return;
    }
    this.open = open.add(item.id);
    this.dispatchEvent(new CivicSelectEvent(item.id, item));
    await this.expand(item);
  };

  /** Opens an initiative's details, and fetches them when the list left the description out. */
  private expand = async (item: Initiative): Promise<void> => {
    if (!this.open.has(item.id)) this.open = new Set(this.open).add(item.id);
    const known = this.details.get(item.id);
    // The list already carries the full initiative; ask for it only when the list left the description out.
    if (item.description || (known && known !== 'loading' && 'id' in known)) return;
    const api = this.api();
    if (api instanceof ApiError) return;
    this.details = new Map(this.details).set(item.id, 'loading');
    let result: DetailState;
    try {
      result = await getInitiative(api, item.id, this.detailsAbort.signal);
    } catch (e) {
      result = asApiError(e);
      if (result.code === 'aborted') return; // the element left the page
    }
    this.details = new Map(this.details).set(item.id, result);
  };

  private loadMore = async (): Promise<void> => {
    const first = this.listTask.value;
    const more = this.more?.first === first ? this.more : undefined;
    const cursor = more ? more.cursor : first?.nextCursor;
    const api = this.api();
    if (!first || !cursor || this.moreState === 'loading' || api instanceof ApiError) return;
    this.moreAbort = new AbortController();
    this.moreState = 'loading';
    try {
      const page = await listInitiatives(
        api,
        { ...toQuery(this.filterState.filters, this.limit), cursor },
        this.moreAbort.signal,
      );
      if (this.listTask.value !== first) return;
      // A cursor page may repeat an initiative that moved up between requests: show each one once.
      const seen = new Set([...first.items, ...(more?.items ?? [])].map((i) => i.id));
      const fresh = page.items.filter((i) => !seen.has(i.id));
      this.focusId = fresh[0]?.id;
      const next: More = { first, items: [...(more?.items ?? []), ...fresh], cursor: page.nextCursor };
      this.more = next;
      this.dispatchEvent(new CivicLoadEvent('initiatives', page));
      if (fresh.length > CHUNK) {
        // The count is announced for the whole page at once; the cards follow over a few frames,
        // the first of them (which gets focus) at once. "Load more" waits until all are drawn.
        this.drawing = { more: next, count: first.items.length + next.items.length - fresh.length + CHUNK };
        await (this.chunking = this.drawRest(next, first.items.length + next.items.length));
      }
      this.moreState = 'idle';
    } catch (e) {
      const error = asApiError(e);
      this.moreState = error.code === 'aborted' ? 'idle' : error;
      if (error.code !== 'aborted') this.dispatchEvent(new CivicLoadErrorEvent('initiatives', error));
    }
  };

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.drawFirstPageRest();
    const id = this.focusId;
    if (id === undefined) return;
    this.focusId = undefined;
    // Focus (which scrolls the new item into view) only once the new items have been painted where
    // they belong: scrolling in the same frame as the insertion counts as a layout shift of everything
    // below the list, and focusing at once would force the layout of the whole list inside this task.
    const focusing = afterPaint().then(() => {
      const title = this.renderRoot.querySelector<HTMLElement>(`#t-${CSS.escape(id)}`);
      title?.setAttribute('tabindex', '-1');
      title?.focus();
      if (this.focusing === focusing) this.focusing = undefined;
    });
    this.focusing = focusing;
  }

  /**
   * Once the first screen of a new first page is painted, draws the rest of its cards (in the task after that
   * frame: the first cards are on screen without waiting for the ones below the fold), and the filter bar the
   * first time (also after an error).
   */
  private drawFirstPageRest(): void {
    const page = this.listTask.value;
    const bar = !this.barShown && (!!page || this.listTask.status === TaskStatus.ERROR);
    if ((!bar && (!page || page === this.complete)) || this.completing) return;
    const completing = afterPaint().then(() => {
      if (this.completing === completing) this.completing = undefined;
      const rest = !!page && this.listTask.value === page && this.complete !== page;
      if (!rest && this.barShown) return;
      if (rest) this.complete = page;
      this.barShown = true;
      this.requestUpdate();
    });
    this.completing = completing;
  }

  /** Draws one more chunk of an appended page each frame, until all `total` items are drawn. */
  private drawRest(next: More, total: number): Promise<void> {
    return drawRest(
      next,
      total,
      () => this.drawing,
      () => this.requestUpdate(),
      (finished) => {
        if (finished) this.drawing = undefined;
        this.chunking = undefined;
      },
    );
  }

  /** Also waits until every card of an appended page is drawn and focus has moved to the first new one. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.focusing || this.chunking || this.completing) {
      await Promise.all([this.focusing, this.chunking, this.completing]);
      done = await super.getUpdateComplete();
    }
    return done;
  }

  /** The same object as last time unless the language, strings, site, heading level or signup template changed. */
  private cardOptions(site: Site | undefined, depth: number): CardOptions {
    const key = [this.i18n.locale, this.strings, site, depth, this.headingLevel, this.signupUrl];
    if (this.card && key.every((v, i) => v === this.cardKey[i])) return this.card;
    const t = this.i18n.t.bind(this.i18n);
    const areas = new Map(site?.areas.map((a) => [a.id, a.name]));
    const themes = new Map(site?.themes.map((a) => [a.id, a.name]));
    const signupUrl = this.signupUrl;
    this.cardKey = key;
    return (this.card = {
      t,
      depth,
      heading: this.heading.bind(this),
      areaName: (id: string | null) => (id === null ? t('wholeMunicipality') : (areas.get(id) ?? id)),
      themeName: (id: string) => themes.get(id) ?? id,
      date: (iso: string) => this.i18n.date(iso),
      signupHref: (id: string) => signupLink(signupUrl, id),
      onToggle: this.toggleItem,
    });
  }

  private retry = (): void => {
    void this.listTask.run();
    void this.refocus('[part~="status"]');
  };

  override render() {
    const t = this.i18n.t.bind(this.i18n);
    const task = this.listTask;
    const error = task.status === TaskStatus.ERROR ? asApiError(task.error) : undefined;
    if (error?.code === 'misconfigured') return notConfiguredPanel(t, this.heading(0, t('listHeading')));
    const site: Site | undefined = this.siteTask.value;
    const listHeading = t('listHeading');
    const page = task.value;
    const more = page && this.more?.first === page ? this.more : undefined;
    const listed = page ? (more ? [...page.items, ...more.items] : page.items) : [];
    const pinned = this.filterState.pinned;
    const items = page && pinned ? [pinned, ...listed.filter((i) => i.id !== pinned.id)] : listed;
    const cursor = more ? more.cursor : page?.nextCursor;
    // A new first page: the first screen's cards now, the rest once they are painted (drawFirstPageRest), and
    // "load more" with the rest (it would only move down).
    const firstScreen = !more && !!page && page !== this.complete && items.length > FIRST_SCREEN;
    const shown = more && this.drawing?.more === more ? this.drawing.count : firstScreen ? FIRST_SCREEN : Infinity;
    const drawn = items.length > shown ? items.slice(0, shown) : items;
    const pending = task.status === TaskStatus.PENDING || task.status === TaskStatus.INITIAL;
    const card = this.cardOptions(site, listHeading ? 1 : 0);
    return html`
      ${listHeading ? this.heading(0, listHeading) : nothing}
      ${(this.barShown ? filterBar : filterSpace)({
        t,
        controls: this.shownControls,
        filters: this.filterState.filters,
        draft: this.filterState.draft,
        areas: site?.areas ?? [],
        themes: site?.themes ?? [],
        onDraft: this.filterState.onDraft,
        onCommitDraft: this.filterState.commitDraft,
        onChange: this.filterState.onFilter,
      })}
      ${statusLine(t, (n) => this.i18n.number(n), error, page, items.length, this.retry)}
      ${!page && !error ? skeletons(Math.min(FIRST_SCREEN, this.limit)) : nothing}
      ${page && items.length === 0 ? emptyPanel(t, sameFilters(this.filterState.filters, this.filterState.cleared()) ? undefined : this.clear) : nothing}
      ${items.length ? cardList(drawn, pending, card, this.open, this.details) : nothing}
      ${moreControls(t, this.moreState, !!cursor && !pending && !firstScreen, this.loadMore)}
      ${site?.demo ? html`<p class="demo">${t('demoNote')}</p>` : nothing}
    `;
  }
}
