/**
 * `civic-show-rung`: a resident asked to see a rung of the participation ladder (see the class in
 * ./civic-event.ts, where it is defined so that it lands in the shared CDN runtime chunk).
 */
import type { CivicShowRungEvent } from './civic-event.js';

export { CivicShowRungEvent } from './civic-event.js';

declare global {
  interface GlobalEventHandlersEventMap {
    'civic-show-rung': CivicShowRungEvent;
  }
  interface WindowEventMap {
    'civic-show-rung': CivicShowRungEvent;
  }
}
