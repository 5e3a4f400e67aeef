import type { OutboxKind } from '../storage/outbox-store.js';
import { CivicEvent } from './civic-event.js';

/**
 * `civic-outbox-sent`, on window: a submission queued earlier was sent and confirmed. Internal (the
 * widget that queued it fires `civic-submitted` when it shows the receipt); not for pages.
 */
export class CivicOutboxSentEvent extends CivicEvent {
  constructor(
    /** The submission's Idempotency-Key (the widget that queued it knows it). */
    readonly key: string,
    readonly kind: OutboxKind,
    /** The receipt, checked by the schema of its kind. */
    readonly result: unknown,
  ) {
    super('civic-outbox-sent');
  }
}

declare global {
  interface WindowEventMap {
    'civic-outbox-sent': CivicOutboxSentEvent;
  }
}
