/**
 * The public events, one class per file, and the events each widget fires with their payloads typed
 * for that widget. `GlobalEventHandlersEventMap` (in each event's file) gives a listener on any
 * element the union of what the widgets send; a listener on a widget gets that widget's own types:
 *
 * ```ts
 * form.addEventListener('civic-submitted', (e) => show(e.result.reference)); // e.result: IdeaReceipt
 * ```
 */
import type { IdeaReceipt, IdeaSubmissionInput } from '../schema/idea.js';
import type { Initiative, InitiativePage, Rung } from '../schema/initiative.js';
import type { Site } from '../schema/site.js';
import type { SignupReceipt, VolunteerRole, VolunteerSignupInput } from '../schema/volunteer.js';
import type { CivicLoadErrorEvent } from './civic-load-error.js';
import type { CivicLoadEvent } from './civic-load.js';
import type { CivicSelectEvent } from './civic-select.js';
import type { CivicShowRungEvent } from './civic-show-rung.js';
import type { CivicSubmitErrorEvent } from './civic-submit-error.js';
import type { CivicSubmitEvent } from './civic-submit.js';
import type { CivicSubmittedEvent } from './civic-submitted.js';

export { CivicEvent } from './civic-event.js';
export { CivicSubmitEvent, type CivicSubmitBody } from './civic-submit.js';
export { CivicSubmittedEvent, type CivicReceipt } from './civic-submitted.js';
export { CivicSubmitErrorEvent } from './civic-submit-error.js';
export { CivicLoadEvent, type AnyCivicLoadEvent, type CivicLoadData, type CivicLoadWhat } from './civic-load.js';
export { CivicLoadErrorEvent } from './civic-load-error.js';
export { CivicSelectEvent, type CivicSelectItem } from './civic-select.js';
export { CivicShowRungEvent } from './civic-show-rung.js';

/** The events of `<civic-idea-form>`. */
export interface CivicIdeaFormEventMap {
  'civic-submit': CivicSubmitEvent<IdeaSubmissionInput>;
  'civic-submitted': CivicSubmittedEvent<IdeaReceipt>;
  'civic-submit-error': CivicSubmitErrorEvent;
  'civic-load': CivicLoadEvent<Site, 'site'>;
  'civic-load-error': CivicLoadErrorEvent<'site'>;
}

/** The events of `<civic-initiative-list>`. */
export interface CivicInitiativeListEventMap {
  'civic-load': CivicLoadEvent<InitiativePage, 'initiatives'>;
  'civic-load-error': CivicLoadErrorEvent<'initiatives'>;
  'civic-select': CivicSelectEvent<Initiative>;
  /** The ladder glyph on a card: a `<civic-participation-ladder>` on the page shows that rung. */
  'civic-show-rung': CivicShowRungEvent;
}

/** The events of `<civic-participation-ladder>` (`civic-load` carries the examples of the open rung). */
export interface CivicParticipationLadderEventMap {
  'civic-load': CivicLoadEvent<Initiative[], 'initiatives'>;
  'civic-load-error': CivicLoadErrorEvent<'initiatives'>;
  'civic-select': CivicSelectEvent<{ rung: Rung }>;
}

/** The events of `<civic-volunteer-signup>`. */
export interface CivicVolunteerSignupEventMap {
  'civic-submit': CivicSubmitEvent<VolunteerSignupInput>;
  'civic-submitted': CivicSubmittedEvent<SignupReceipt>;
  'civic-submit-error': CivicSubmitErrorEvent;
  'civic-load': CivicLoadEvent<{ site: Site; roles: VolunteerRole[] }, 'volunteer-roles'>;
  'civic-load-error': CivicLoadErrorEvent<'volunteer-roles'>;
}

// `addEventListener` on each widget class, typed by its map first, then as on any element. (Interface
// merging into the classes: their own files stay free of typing machinery.)
declare module '../components/idea-form/idea-form.js' {
  interface CivicIdeaForm {
    addEventListener<K extends keyof CivicIdeaFormEventMap>(
      type: K,
      listener: (this: CivicIdeaForm, ev: CivicIdeaFormEventMap[K]) => unknown,
      options?: boolean | AddEventListenerOptions,
    ): void;
    addEventListener<K extends keyof HTMLElementEventMap>(
      type: K,
      listener: (this: CivicIdeaForm, ev: HTMLElementEventMap[K]) => unknown,
      options?: boolean | AddEventListenerOptions,
    ): void;
    addEventListener(
      type: string,
      listener: EventListenerOrEventListenerObject,
      options?: boolean | AddEventListenerOptions,
    ): void;
    removeEventListener<K extends keyof CivicIdeaFormEventMap>(
      type: K,
      listener: (this: CivicIdeaForm, ev: CivicIdeaFormEventMap[K]) => unknown,
      options?: boolean | EventListenerOptions,
    ): void;
    removeEventListener<K extends keyof HTMLElementEventMap>(
      type: K,
      listener: (this: CivicIdeaForm, ev: HTMLElementEventMap[K]) => unknown,
      options?: boolean | EventListenerOptions,
    ): void;
    removeEventListener(
      type: string,
      listener: EventListenerOrEventListenerObject,
      options?: boolean | EventListenerOptions,
    ): void;
  }
}
declare module '../components/initiative-list/initiative-list.js' {
  interface CivicInitiativeList {
    addEventListener<K extends keyof CivicInitiativeListEventMap>(
      type: K,
      listener: (this: CivicInitiativeList, ev: CivicInitiativeListEventMap[K]) => unknown,
      options?: boolean | AddEventListenerOptions,
    ): void;
    addEventListener<K extends keyof HTMLElementEventMap>(
      type: K,
      listener: (this: CivicInitiativeList, ev: HTMLElementEventMap[K]) => unknown,
      options?: boolean | AddEventListenerOptions,
    ): void;
    addEventListener(
      type: string,
      listener: EventListenerOrEventListenerObject,
      options?: boolean | AddEventListenerOptions,
    ): void;
    removeEventListener<K extends keyof CivicInitiativeListEventMap>(
      type: K,
      listener: (this: CivicInitiativeList, ev: CivicInitiativeListEventMap[K]) => unknown,
      options?: boolean | EventListenerOptions,
    ): void;
    removeEventListener<K extends keyof HTMLElementEventMap>(
      type: K,
      listener: (this: CivicInitiativeList, ev: HTMLElementEventMap[K]) => unknown,
      options?: boolean | EventListenerOptions,
    ): void;
    removeEventListener(
      type: string,
      listener: EventListenerOrEventListenerObject,
      options?: boolean | EventListenerOptions,
    ): void;
  }
}
declare module '../components/participation-ladder/participation-ladder.js' {
  interface CivicParticipationLadder {
    addEventListener<K extends keyof CivicParticipationLadderEventMap>(
      type: K,
      listener: (this: CivicParticipationLadder, ev: CivicParticipationLadderEventMap[K]) => unknown,
      options?: boolean | AddEventListenerOptions,
    ): void;
    addEventListener<K extends keyof HTMLElementEventMap>(
      type: K,
      listener: (this: CivicParticipationLadder, ev: HTMLElementEventMap[K]) => unknown,
      options?: boolean | AddEventListenerOptions,
    ): void;
    addEventListener(
      type: string,
      listener: EventListenerOrEventListenerObject,
      options?: boolean | AddEventListenerOptions,
    ): void;
    removeEventListener<K extends keyof CivicParticipationLadderEventMap>(
      type: K,
      listener: (this: CivicParticipationLadder, ev: CivicParticipationLadderEventMap[K]) => unknown,
      options?: boolean | EventListenerOptions,
    ): void;
    removeEventListener<K extends keyof HTMLElementEventMap>(
      type: K,
      listener: (this: CivicParticipationLadder, ev: HTMLElementEventMap[K]) => unknown,
      options?: boolean | EventListenerOptions,
    ): void;
    removeEventListener(
      type: string,
      listener: EventListenerOrEventListenerObject,
      options?: boolean | EventListenerOptions,
    ): void;
  }
}
declare module '../components/volunteer-signup/volunteer-signup.js' {
  interface CivicVolunteerSignup {
    addEventListener<K extends keyof CivicVolunteerSignupEventMap>(
      type: K,
      listener: (this: CivicVolunteerSignup, ev: CivicVolunteerSignupEventMap[K]) => unknown,
      options?: boolean | AddEventListenerOptions,
    ): void;
    addEventListener<K extends keyof HTMLElementEventMap>(
      type: K,
      listener: (this: CivicVolunteerSignup, ev: HTMLElementEventMap[K]) => unknown,
      options?: boolean | AddEventListenerOptions,
    ): void;
    addEventListener(
      type: string,
      listener: EventListenerOrEventListenerObject,
      options?: boolean | AddEventListenerOptions,
    ): void;
    removeEventListener<K extends keyof CivicVolunteerSignupEventMap>(
      type: K,
      listener: (this: CivicVolunteerSignup, ev: CivicVolunteerSignupEventMap[K]) => unknown,
      options?: boolean | EventListenerOptions,
    ): void;
    removeEventListener<K extends keyof HTMLElementEventMap>(
      type: K,
      listener: (this: CivicVolunteerSignup, ev: HTMLElementEventMap[K]) => unknown,
      options?: boolean | EventListenerOptions,
    ): void;
    removeEventListener(
      type: string,
      listener: EventListenerOrEventListenerObject,
      options?: boolean | EventListenerOptions,
    ): void;
  }
}
