import type { Initiative, InitiativePage } from '../schema/initiative.js';
import type { Site } from '../schema/site.js';
import type { VolunteerRole } from '../schema/volunteer.js';
import { CivicEvent } from './civic-event.js';

/** What a widget loads, by the name `civic-load` and `civic-load-error` give it. */
export interface CivicLoadData {
  /** `<civic-idea-form>`: the site's areas, themes, tracks and offers. */
  site: Site;
  /** `<civic-initiative-list>`: one page; `<civic-participation-ladder>`: a rung's examples. */
  initiatives: InitiativePage | Initiative[];
  /** `<civic-volunteer-signup>`: the site and the roles. */
  'volunteer-roles': { site: Site; roles: VolunteerRole[] };
}
export type CivicLoadWhat = keyof CivicLoadData;

/** `civic-load`: data a widget needs arrived. `what` names it. */
export class CivicLoadEvent<D = unknown, W extends string = string> extends CivicEvent {
  static readonly type = 'civic-load';
  constructor(
    /** `site`, `initiatives` or `volunteer-roles` (see {@link CivicLoadData}). */
    readonly what: W,
    readonly data: D,
  ) {
    super(CivicLoadEvent.type);
  }
}

/** `civic-load` as any widget fires it: checking `what` narrows `data`. */
export type AnyCivicLoadEvent = { [W in CivicLoadWhat]: CivicLoadEvent<CivicLoadData[W], W> }[CivicLoadWhat];

declare global {
  interface GlobalEventHandlersEventMap {
    'civic-load': AnyCivicLoadEvent;
  }
}
