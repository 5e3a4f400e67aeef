import type { IdeaReceipt } from '../schema/idea.js';
import type { SignupReceipt } from '../schema/volunteer.js';
import { CivicEvent } from './civic-event.js';

/** What the backend confirms a submission with: an idea's receipt or a signup's. */
export type CivicReceipt = IdeaReceipt | SignupReceipt;

/** `civic-submitted`: the backend confirmed a submission (also one sent later from the outbox). */
export class CivicSubmittedEvent<R = CivicReceipt> extends CivicEvent {
  static readonly type = 'civic-submitted';
  constructor(
    /** The receipt the backend answered with. */
    readonly result: R,
  ) {
    super(CivicSubmittedEvent.type);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'civic-submitted': CivicSubmittedEvent;
  }
}
