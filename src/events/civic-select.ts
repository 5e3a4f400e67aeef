/**
 * `civic-select`: a resident picked an item (opened an initiative's details, opened a rung). The class
 * is defined in ./civic-event.ts so that it lands in the shared CDN runtime chunk (see there).
 */
import type { CivicSelectEvent } from './civic-event.js';

export { CivicSelectEvent, type CivicSelectItem } from './civic-event.js';

declare global {
  interface GlobalEventHandlersEventMap {
    'civic-select': CivicSelectEvent;
  }
}
