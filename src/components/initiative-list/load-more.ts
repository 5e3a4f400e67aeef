/**
 * "Load more": the pages beyond the first, and how an appended page is drawn. A large page is drawn
 * over a few frames (CHUNK cards a frame), so the main thread is never busy for long.
 */
import type { Initiative, InitiativePage } from '../../schema/initiative.js';

/**
 * Cards drawn per frame when a larger page is appended: 100 cards at once keep the main thread busy
 * for too long (over 50 ms at 4x CPU slowdown), 20 (the default page) do not.
 */
export const CHUNK = 20;

/** Resolves after the next frame has been painted. */
export const afterPaint = (): Promise<void> => new Promise((done) => requestAnimationFrame(() => setTimeout(done)));

/** Loaded pages beyond the first, tied to the first page they continue. */
export interface More {
  first: InitiativePage;
  items: Initiative[];
  cursor: string | null;
}

/** While an appended page is drawn frame by frame: how many items are drawn so far. */
export interface Drawing {
  more: More;
  count: number;
}

/**
 * Draws one more chunk each frame (`current()` is the drawing in progress, `redraw` renders it) until
 * all `total` items of `next` are drawn or another drawing took its place; `end` is called then.
 */
export function drawRest(
  next: More,
  total: number,
  current: () => Drawing | undefined,
  redraw: () => void,
  end: (finished: boolean) => void,
): Promise<void> {
  return new Promise((done) => {
    const step = (): void => {
      const shown = current();
      if (shown?.more !== next || shown.count >= total) {
        end(shown?.more === next);
        done();
        return;
      }
      requestAnimationFrame(() => {
        shown.count += CHUNK;
        redraw();
        step();
      });
    };
    step();
  });
}
