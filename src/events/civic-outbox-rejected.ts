import type { ApiError } from '../api/errors.js';
import type { OutboxKind } from '../storage/outbox-store.js';
import { CivicEvent } from './civic-event.js';

/**
 * `civic-outbox-rejected`, on window: a submission queued earlier was refused for good and removed
 * from the outbox. Internal (the widget that queued it shows the refusal); not for pages.
 */
export class CivicOutboxRejectedEvent extends CivicEvent {
  constructor(
    /** The submission's Idempotency-Key. */
    readonly key: string,
    readonly kind: OutboxKind,
    readonly error: ApiError,
  ) {
    super('civic-outbox-rejected');
  }
}

declare global {
  interface WindowEventMap {
    'civic-outbox-rejected': CivicOutboxRejectedEvent;
  }
}
