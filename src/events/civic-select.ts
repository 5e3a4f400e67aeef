import type { Initiative, Rung } from '../schema/initiative.js';
import { CivicEvent } from './civic-event.js';

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

declare global {
  interface GlobalEventHandlersEventMap {
    'civic-select': CivicSelectEvent;
  }
}
