import type { ApiError } from '../api/errors.js';
import { CivicEvent } from './civic-event.js';

/** `civic-submit-error`: a submission was not confirmed. */
export class CivicSubmitErrorEvent extends CivicEvent {
  static readonly type = 'civic-submit-error';
  constructor(
    /** Why (`error.code`; `error.fieldErrors` for a refusal the resident can fix). */
    readonly error: ApiError,
    /** True when it is kept in the outbox and will be sent again. */
    readonly queued: boolean,
  ) {
    super(CivicSubmitErrorEvent.type);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'civic-submit-error': CivicSubmitErrorEvent;
  }
}
