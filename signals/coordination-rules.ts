/**
 * The one place for the co-action rules of the coordination signals: the window, the repetition and the
 * rarity cap of co-repost, copied text and hashtag bursts. Each value was chosen on the real data sets
 * marked "tune" in scripts/eval/coordination-sources.json and is reported, with the figures of the others,
 * in docs/signals.md ("Coordination as researchers measure it").
 */
import type { CoActionRules } from './co-action';

export interface CoordinationRules {
  /** Reposts of the same post, with their times (an archive). */
  coRepost: CoActionRules;
  /**
   * Reposts seen in the browser: X shows no time for a repost, so there is no window, and the repetition
   * asked for is higher in its place.
   */
  coRepostUntimed: CoActionRules;
  /** Near-copies of one text (one near-duplicate group counts as one item). */
  copiedText: CoActionRules;
  /** The same hashtag set on one UTC day (one set and day counts as one item). */
  hashtagBurst: CoActionRules;
  /** The score at which each of these fires. */
  threshold: number;
}

const MINUTE = 60_000;

export const COORDINATION_RULES: CoordinationRules = {
  coRepost: { windowMs: 10 * MINUTE, minItems: 2, minWeight: 1.5, maxItemAccounts: 50, maxLinks: 10 },
  coRepostUntimed: { windowMs: Number.POSITIVE_INFINITY, minItems: 3, minWeight: 3, maxItemAccounts: 50, maxLinks: 10 },
  copiedText: { windowMs: 24 * 60 * MINUTE, minItems: 2, minWeight: 0.5, maxItemAccounts: 200, maxLinks: 10 },
  hashtagBurst: { windowMs: 24 * 60 * MINUTE, minItems: 2, minWeight: 0.5, maxItemAccounts: 200, maxLinks: 10 },
  threshold: 0.5,
};
