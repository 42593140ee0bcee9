/** A post as the account-history signals read it. */
export interface TimedPost {
  text: string | null;
  hashtags: readonly string[];
  /** ISO time from the page; null when the page gave none. */
  time: string | null;
  /** When this store saw it (epoch ms): the order of last resort. */
  seenAt: number;
}

export const DAY_MS = 86_400_000;

/** Posts with the time they were made (page time, else first sighting), oldest first. */
export function timeline<T extends TimedPost>(posts: readonly T[]): Array<T & { at: number; dated: boolean }> {
  return posts
    .map((p) => {
      const t = p.time ? Date.parse(p.time) : NaN;
      return { ...p, at: Number.isFinite(t) ? t : p.seenAt, dated: Number.isFinite(t) };
    })
    .sort((a, b) => a.at - b.at);
}

/** A silence: from the last post before it to the first after it. */
export interface Dormancy {
  from: number;
  to: number;
  days: number;
  /** Posts within `burstDays` after the silence. */
  burst: number;
  before: number;
}

/**
 * The longest silence between dated posts, if it lasted at least `minDays` and was followed by at least
 * `minBurst` posts within `burstDays`: "months without posts, then a burst". Undated posts are ignored.
 */
export function findDormancy(posts: readonly TimedPost[], minDays = 180, minBurst = 3, burstDays = 30): Dormancy | null {
  const dated = timeline(posts).filter((p) => p.dated);
  let best: Dormancy | null = null;
  for (let i = 1; i < dated.length; i++) {
    const from = dated[i - 1]!.at;
    const to = dated[i]!.at;
    const days = (to - from) / DAY_MS;
    if (days < minDays || (best && days <= best.days)) continue;
    const burst = dated.slice(i).filter((p) => p.at - to <= burstDays * DAY_MS).length;
    if (burst >= minBurst) best = { from, to, days: Math.round(days), burst, before: i };
  }
  return best;
}

/** Month count for a reader: "14 months". */
export function monthsText(days: number): string {
  const m = Math.round(days / 30.44);
  return m >= 2 ? `${m} months` : `${Math.round(days)} days`;
}
