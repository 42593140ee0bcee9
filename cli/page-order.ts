/** When each saved page counts as seen: its own date where it has one, else in the order given. */

/** Gap between undated pages, so that they keep their order and never share a sighting time. */
export const UNDATED_STEP_MS = 60_000;

/**
 * A sighting time for each page, in input order. A page with its own date (MHTML's Date header) is
 * seen then; an undated page is seen just after the page before it in the list (or just before the
 * first dated page, or at `now` when none is dated). Processing in time order then honours both rules.
 */
export function pageTimes(saved: ReadonlyArray<number | null>, now: number): number[] {
  const out: number[] = [];
  const firstDated = saved.findIndex((t) => t !== null);
  for (let i = 0; i < saved.length; i++) {
    const own = saved[i];
    if (own !== null && own !== undefined) out.push(own);
    else if (i > 0) out.push(out[i - 1]! + UNDATED_STEP_MS);
    else out.push(firstDated >= 0 ? saved[firstDated]! - (firstDated - i) * UNDATED_STEP_MS : now - (saved.length - 1) * UNDATED_STEP_MS);
  }
  return out;
}

/** Indexes of the pages in the order they are processed: by sighting time, ties in input order. */
export function processingOrder(times: readonly number[]): number[] {
  return times.map((t, i) => [t, i] as const).sort((a, b) => a[0] - b[0] || a[1] - b[1]).map(([, i]) => i);
}
