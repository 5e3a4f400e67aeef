/**
 * The base of every `civic-*` event: it bubbles and is composed (it crosses shadow roots), so a page
 * can listen on the widget or on any ancestor. Each event is its own subclass in this folder, with
 * typed fields read straight off the event (`e.result`, `e.error`, …; there is no `e.detail`), and
 * an entry in `GlobalEventHandlersEventMap` (see ./index.ts). Events are fired for what a resident
 * did or what the network answered, never because code set a property.
 */
export abstract class CivicEvent extends Event {
  constructor(type: string, cancelable = false) {
    super(type, { bubbles: true, composed: true, cancelable });
  }
}
