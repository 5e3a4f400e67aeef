import type { Rung } from '../schema/initiative.js';
import { CivicEvent } from './civic-event.js';

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

declare global {
  interface GlobalEventHandlersEventMap {
    'civic-show-rung': CivicShowRungEvent;
  }
  interface WindowEventMap {
    'civic-show-rung': CivicShowRungEvent;
  }
}
