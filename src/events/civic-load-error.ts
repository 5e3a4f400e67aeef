import type { ApiError } from '../api/errors.js';
import { CivicEvent } from './civic-event.js';
import type { CivicLoadWhat } from './civic-load.js';

/** `civic-load-error`: loading data failed (not fired when the widget itself cancelled the request). */
export class CivicLoadErrorEvent<W extends string = CivicLoadWhat> extends CivicEvent {
  static readonly type = 'civic-load-error';
  constructor(
    /** What was being loaded, as in `civic-load`. */
    readonly what: W,
    readonly error: ApiError,
  ) {
    super(CivicLoadErrorEvent.type);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'civic-load-error': CivicLoadErrorEvent;
  }
}
