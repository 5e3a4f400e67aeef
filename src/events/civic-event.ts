/**
 * The base of every `civic-*` event: it bubbles and is composed (it crosses shadow roots), so a page
 * can listen on the widget or on any ancestor. Each event is its own subclass in this folder, with
 * typed fields read straight off the event (`e.result`, `e.error`, …; there is no `e.detail`), and
 * an entry in `GlobalEventHandlersEventMap` (see ./index.ts). Events are fired for what a resident
 * did or what the network answered, never because code set a property.
 *
 * The two small events of the list and the ladder, `civic-select` and `civic-show-rung`, are defined
 * here too and re-exported by their own files (./civic-select.ts, ./civic-show-rung.ts, which keep
 * their map entries): every widget imports this module, so they land in the shared CDN runtime chunk
 * and the list does not load the `forms` chunk (form machinery it never runs) for two classes.
 */
import type { Initiative, Rung } from '../schema/initiative.js';

export abstract class CivicEvent extends Event {
  constructor(type: string, cancelable = false) {
    super(type, { bubbles: true, composed: true, cancelable });
  }
}

/** What a resident picks: an initiative (`<civic-initiative-list>`) or a rung (`<civic-participation-ladder>`). */
export type CivicSelectItem = Initiative | { rung: Rung };

/** `civic-select`: a resident picked an item (opened an initiative's details, opened a rung). */
export class CivicSelectEvent<I = CivicSelectItem> extends CivicEvent {
  static readonly type = 'civic-select';
  constructor(
    /** The initiative's id, or the rung's number as text. */
    readonly id: string,
    readonly item: I,
  ) {
    super(CivicSelectEvent.type);
  }
}

/**
 * `civic-show-rung`: a resident asked to see a rung of the participation ladder, e.g. with the ladder
 * glyph on an initiative's card in `<civic-initiative-list>`. A `<civic-participation-ladder>` on the
 * page listens for it on `window`: it opens that rung's explanation, scrolls to it, moves focus to it and
 * calls `preventDefault()`, so the sender knows a ladder took it (and a second ladder leaves it alone).
 * Cancelable for that reason only. A page can send it too: `window.dispatchEvent(new CivicShowRungEvent(3))`.
 */
export class CivicShowRungEvent extends CivicEvent {
  static readonly type = 'civic-show-rung';
  constructor(
    /** The rung to show, 1 (initiator) to 7 (no role). */
    readonly rung: Rung,
  ) {
    super(CivicShowRungEvent.type, true);
  }
}
