import type { AccountKey, ClusterEvidence } from '../core/evidence';
import { sayEnglish, type Said } from '../core/i18n/said';

/** The signals that find a ring: at least `minAccounts` accounts sharing one trait on one UTC day. */
export type RingSignal = 'copied-text' | 'hashtag-burst';

/** What a ring's accounts share, and the sentence that says so. */
export interface RingFinding {
  day: string;
  shared: string;
  msg: Said;
}

/**
 * The score of a ring of `count` other accounts when `need` others make the smallest ring: it fires at
 * the smallest ring (score 0.5, the threshold) and saturates at twice that (1). Copied text needs 2 others,
 * so 2 = 0.5 … 4+ = 1; a hashtag burst needs 3, so 3 = 0.5 … 6+ = 1 (docs/risk-defaults.md).
 */
export function ringScore(count: number, need: number): number {
  return Math.min(1, count / (2 * need));
}

/** The threshold a ring's score is judged against: the smallest ring fires. */
export const RING_THRESHOLD = 0.5;

/**
 * Evidence that `self` is one of a ring. `sorted` is the whole ring, `self` included, sorted once per ring
 * (a campaign's ring holds hundreds of accounts); `need` is the smallest ring's size less one.
 */
export function ringEvidence(signal: RingSignal, self: AccountKey, sorted: readonly AccountKey[], need: number, maxListed: number, found: RingFinding): ClusterEvidence {
  const count = sorted.length - 1;
  return {
    signal,
    score: ringScore(count, need),
    threshold: RING_THRESHOLD,
    fired: true,
    count,
    accounts: listedOthers(sorted, self, maxListed),
    truncated: count > maxListed,
    day: found.day,
    shared: found.shared,
    reason: sayEnglish(found.msg),
    msg: found.msg,
  };
}

/** The first `max` of a ring's sorted accounts other than `self`, without copying the whole ring. */
function listedOthers(sorted: readonly AccountKey[], self: AccountKey, max: number): AccountKey[] {
  const out: AccountKey[] = [];
  for (let i = 0; i < sorted.length && out.length < max; i++) if (sorted[i] !== self) out.push(sorted[i] as AccountKey);
  return out;
}
