import { SIGNAL_IDS, SIGNALS, type WeightedSignal } from './signal-registry';

/**
 * Every weight and threshold of risk fusion, in one typed object. It ships with the build (nothing stores
 * or tunes it). Justified with figures in docs/risk-defaults.md; bump `version` on change.
 */
export interface RiskDefaults {
  version: number;
  /**
   * Points at full strength (signal score 1); graded signals get points × score. The avatar's points are
   * the verdict policy's (the model release's config.json, core/image-policy.ts), not set here.
   */
  points: Readonly<Record<WeightedSignal, number>>;
  /** Risk at or above which an account is 'medium' / 'high'. */
  bands: { medium: number; high: number };
  /** Most risk from weak signals alone (profile heuristics, non-photo avatars, cross-platform links): they must never make a badge by themselves. */
  profileOnlyCap: number;
  /** Strong evidence families needed for 'high' (a known-list match counts as enough on its own). */
  highNeedsFamilies: number;
}

const weighted = SIGNAL_IDS.filter((s): s is WeightedSignal => s !== 'gan-face');

export const RISK_DEFAULTS: RiskDefaults = {
  version: 2,
  // Each signal's points sit with it in core/signal-registry.ts (v2 added repurposed, non-photo avatar,
  // cross-platform and known content; docs/signals.md has the measurements behind each).
  points: Object.fromEntries(weighted.map((s) => [s, SIGNALS[s].points])) as Record<WeightedSignal, number>,
  bands: { medium: 35, high: 60 },
  profileOnlyCap: 20,
  highNeedsFamilies: 2,
};
