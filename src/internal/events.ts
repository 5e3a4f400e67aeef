/**
 * Typed `civic-*` events. Each bubbles and is composed (it crosses shadow roots), has typed fields,
 * and is listed in GlobalEventHandlersEventMap so `addEventListener('civic-submitted', e => e.detail…)`
 * is typed for users of the library. Events are fired for what a resident did or what the network
 * answered, never because code set a property.
 */
import type { ApiError } from '../api/errors.js';

abstract class CivicEvent extends Event {
  constructor(type: string, cancelable = false) {
    super(type, { bubbles: true, composed: true, cancelable });
  }
}

/** Before a form is sent. Cancelable: `preventDefault()` stops the request. */
export class CivicSubmitEvent<T = unknown> extends CivicEvent {
  static readonly type = 'civic-submit';
  constructor(readonly body: T) {
    super(CivicSubmitEvent.type, true);
  }
}

/** The backend confirmed a submission. `result` is the receipt it answered with. */
export class CivicSubmittedEvent<R = unknown> extends CivicEvent {
  static readonly type = 'civic-submitted';
  constructor(readonly result: R) {
    super(CivicSubmittedEvent.type);
  }
}

/** A submission failed. `queued` is true when it is kept in the outbox and will be sent again. */
export class CivicSubmitErrorEvent extends CivicEvent {
  static readonly type = 'civic-submit-error';
  constructor(
    readonly error: ApiError,
    readonly queued: boolean,
  ) {
    super(CivicSubmitErrorEvent.type);
  }
}

/** Data a widget needs arrived. `what` names it (`site`, `initiatives`, `roles`, …). */
export class CivicLoadEvent<D = unknown> extends CivicEvent {
  static readonly type = 'civic-load';
  constructor(
    readonly what: string,
    readonly data: D,
  ) {
    super(CivicLoadEvent.type);
  }
}

/** Loading data failed. */
export class CivicLoadErrorEvent extends CivicEvent {
  static readonly type = 'civic-load-error';
  constructor(
    readonly what: string,
    readonly error: ApiError,
  ) {
    super(CivicLoadErrorEvent.type);
  }
}

/** A resident picked an item (an initiative, a rung). */
export class CivicSelectEvent<I = unknown> extends CivicEvent {
  static readonly type = 'civic-select';
  constructor(
    readonly id: string,
    readonly item: I,
  ) {
    super(CivicSelectEvent.type);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'civic-submit': CivicSubmitEvent;
    'civic-submitted': CivicSubmittedEvent;
    'civic-submit-error': CivicSubmitErrorEvent;
    'civic-load': CivicLoadEvent;
    'civic-load-error': CivicLoadErrorEvent;
    'civic-select': CivicSelectEvent;
  }
}
