import type { IdeaSubmissionInput } from '../schema/idea.js';
import type { VolunteerSignupInput } from '../schema/volunteer.js';
import { CivicEvent } from './civic-event.js';

/** What a form sends: an idea (`<civic-idea-form>`) or a signup (`<civic-volunteer-signup>`). */
export type CivicSubmitBody = IdeaSubmissionInput | VolunteerSignupInput;

/** `civic-submit`: before a form is sent. Cancelable: `preventDefault()` stops the request. */
export class CivicSubmitEvent<T = CivicSubmitBody> extends CivicEvent {
  static readonly type = 'civic-submit';
  constructor(
    /** The body about to be sent. */
    readonly body: T,
  ) {
    super(CivicSubmitEvent.type, true);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'civic-submit': CivicSubmitEvent;
  }
}
