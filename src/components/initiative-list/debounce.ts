/**
 * The search field's debounce: the query is asked once the resident has stopped typing for
 * {@link SEARCH_DEBOUNCE_MS}, so a burst of keystrokes makes one request. Its timers can be replaced
 * (tests drive them by hand, so no test depends on how fast the machine types).
 */

/** Milliseconds without a keystroke before the search is asked. */
export const SEARCH_DEBOUNCE_MS = 300;

/** How a debounce starts and stops its timer (default: `setTimeout` / `clearTimeout`). */
export interface DebounceTimers {
  setTimer(fn: () => void, ms: number): unknown;
  clearTimer(handle: unknown): void;
}

const realTimers: DebounceTimers = {
  setTimer: (fn, ms) => setTimeout(fn, ms),
  clearTimer: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export class Debounce {
  /** The timers in use; a test may swap them before the resident types. */
  timers: DebounceTimers = realTimers;
  private handle: unknown;
  private armed = false;

  constructor(readonly ms: number = SEARCH_DEBOUNCE_MS) {}

  /** Runs `fn` after `ms` unless called again (or cancelled) first. */
  schedule(fn: () => void): void {
    this.cancel();
    this.armed = true;
    this.handle = this.timers.setTimer(() => {
      this.armed = false;
      fn();
    }, this.ms);
  }

  /** Forgets the pending call, if any. */
  cancel(): void {
    if (this.armed) this.timers.clearTimer(this.handle);
    this.armed = false;
    this.handle = undefined;
  }
}
