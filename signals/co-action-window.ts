/** The one loop of co-action: pairs of accounts acting on one item within the window. */

/** One UTC day in ms: co-actions are counted per day too. */
export const DAY_MS = 86_400_000;

/** Calls `visit(a, b, gap, at)` for every two distinct accounts' actions on one item within the window. */
export function forEachCoAction(acts: readonly { acc: number; at: number }[], windowMs: number, visit: (a: number, b: number, gap: number, at: number) => void): void {
  for (let i = 0; i < acts.length; i++) {
    const x = acts[i]!;
    for (let j = i + 1; j < acts.length; j++) {
      const y = acts[j]!;
      const gap = y.at - x.at;
      if (gap > windowMs) break;
      if (x.acc !== y.acc) visit(x.acc, y.acc, gap, y.at);
    }
  }
}
