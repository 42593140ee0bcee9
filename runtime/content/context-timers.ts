import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** What the content script's code needs of its WXT context: to hear when it is invalidated. */
export type ScriptContext = Pick<ContentScriptContext, 'onInvalidated'>;

export type TimerId = ReturnType<typeof setTimeout>;

/** One-shot timers; `set` gives null once its owner is gone (nothing is scheduled then). */
export interface Timers {
  set(run: () => void, ms: number): TimerId | null;
  clear(id: TimerId | null): void;
}

/** Plain timers, for code that runs outside a content script (tests, the Node side). */
export const plainTimers: Timers = {
  set: (run, ms) => setTimeout(run, ms),
  clear: (id) => {
    if (id !== null) clearTimeout(id);
  },
};

/**
 * Timers owned by a content script's context: once WXT invalidates it (an update, a reload, a newer copy
 * of the script), the pending ones are cleared and no new one starts. Not ctx.setTimeout: it adds an abort
 * listener per call that stays until the end, and a timeline scrolled for hours sets tens of thousands of
 * timers (a scan after each burst, a slice per task), so here they share one listener. It also does not
 * ask ctx.isValid on each firing, which would tear the badges down the moment the extension goes away
 * instead of leaving them to the runner's freeze.
 */
export function contextTimers(ctx: ScriptContext): Timers {
  const pending = new Set<TimerId>();
  let gone = false;
  ctx.onInvalidated(() => {
    gone = true;
    for (const id of pending) clearTimeout(id);
    pending.clear();
  });
  return {
    set(run, ms) {
      if (gone) return null;
      const id = setTimeout(() => {
        pending.delete(id);
        run();
      }, ms);
      pending.add(id);
      return id;
    },
    clear(id) {
      if (id === null) return;
      clearTimeout(id);
      pending.delete(id);
    },
  };
}
