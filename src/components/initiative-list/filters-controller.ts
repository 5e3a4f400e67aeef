/**
 * The filters a list shows, kept in step with the page URL (see url-state.ts): read on connect, on the
 * back button (`popstate`) and when a preset changes; written when a resident changes a filter. Typing
 * in the search field is debounced, and a burst of typing makes one history entry. Also the initiative
 * `<prefix>-open` names: opened once the first page has arrived, fetched and pinned first when not on it.
 */
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { ApiClient } from '../../api/client.js';
import { ApiError } from '../../api/errors.js';
import { getInitiative } from '../../api/calls.js';
import type { Initiative } from '../../schema/initiative.js';
import { Debounce } from './debounce.js';
import {
  clearedFilters,
  NO_FILTERS,
  readFilters,
  readOpen,
  sameFilters,
  writeFilters,
  type FilterName,
  type Filters,
} from './url-state.js';

/** What the filters need from the list. */
export interface FiltersOptions {
  /** This list's prefix in the page URL. */
  prefix: () => string;
  /** The presets: what the list shows when the URL says nothing. */
  defaults: () => Filters;
  /** The controls the resident can change. */
  controls: () => ReadonlySet<FilterName>;
  /** A client for the endpoint, or why there is none (to fetch the initiative `<prefix>-open` names). */
  api: () => ApiClient | ApiError;
  /** Aborted when the element leaves the page. */
  signal: () => AbortSignal;
  /** Opens an initiative's details and moves focus to its title. */
  open: (item: Initiative) => void;
}

export class FiltersController implements ReactiveController {
  filters: Filters = NO_FILTERS;
  /** What the search field holds, ahead of the debounced filter. */
  draft = '';
  /** The initiative id `<prefix>-open` names, until the first page has arrived and it is opened. */
  wanted?: string;
  /** The initiative `<prefix>-open` names when the first page does not hold it: shown first. */
  pinned?: Initiative;
  /** The search field's debounce (tests replace its timers). */
  readonly debounce = new Debounce();
  /** True while a burst of typing has already pushed its history entry. */
  private typing = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: FiltersOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.restore();
    window.addEventListener('popstate', this.restore);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.restore);
    this.debounce.cancel();
  }

  /** Reads the filters (and `<prefix>-open`) from the URL; what it does not say takes the presets. */
  restore = (): void => {
    this.debounce.cancel();
    this.typing = false;
    const prefix = this.options.prefix();
    // A server render (Lit SSR calls willUpdate) has no URL: the presets alone.
    this.filters = readFilters(isServer ? '' : location.search, prefix, this.options.defaults());
    this.draft = this.filters.q;
    this.wanted = isServer ? undefined : readOpen(location.search, prefix);
    this.pinned = undefined;
    this.host.requestUpdate();
  };

  /** Once the first page (`items`) has arrived: opens the initiative the URL names, fetched when not on it. */
  openWanted(items: readonly Initiative[]): void {
    const id = this.wanted;
    this.wanted = undefined;
    const item = items.find((i) => i.id === id);
    if (item) return this.options.open(item);
    const api = this.options.api();
    if (!id || api instanceof ApiError) return;
    getInitiative(api, id, this.options.signal()).then(
      (found) => {
        this.pinned = found;
        this.host.requestUpdate();
        this.options.open(found);
      },
      () => undefined, // unknown or unreachable: the list stays as it is
    );
  }

  /** "Clear filters": every control the resident can change is emptied; hidden presets stay. */
  cleared(): Filters {
    return clearedFilters(this.options.defaults(), this.options.controls(), this.filters.sort);
  }

  /** A resident changed the filters: show them and write them to the URL. */
  private commit(next: Filters, push: boolean): void {
    this.host.requestUpdate();
    if (sameFilters(next, this.filters)) return;
    this.filters = next;
    this.pinned = undefined;
    const search = writeFilters(location.search, this.options.prefix(), next, this.options.defaults());
    if (search !== location.search) {
      const url = location.pathname + search + location.hash;
      if (push) history.pushState(history.state, '', url);
      else history.replaceState(history.state, '', url);
    }
  }

  onDraft = (value: string): void => {
    this.draft = value;
    this.host.requestUpdate();
    this.debounce.schedule(() => this.commitDraft(true));
  };

  /** Typing: the first change of a burst gets its own history entry, the rest replace it. */
  commitDraft = (typing = false): void => {
    this.debounce.cancel();
    const next = { ...this.filters, q: this.draft };
    const push = !this.typing;
    this.typing = typing;
    this.commit(next, push);
  };

  onFilter = (name: FilterName, value: string | boolean): void => {
    this.typing = false;
    this.commit({ ...this.filters, q: this.draft, [name]: value }, true);
  };

  clear(): void {
    this.typing = false;
    this.draft = '';
    this.commit(this.cleared(), true);
  }
}
