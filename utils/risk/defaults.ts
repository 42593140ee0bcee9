/**
 * Every weight and threshold of risk fusion, in one typed object. It ships with the build (nothing stores
 * or tunes it). Justified with figures in docs/risk-defaults.md; bump `version` on change.
 */
export interface RiskDefaults {
  version: number;
  /**
   * Points at full strength (signal score 1); graded signals get points × score. The avatar's points are
   * the verdict policy's (models/config.json, analysis/verdict-policy.ts), not set here.
   */
  points: {
    reusedAvatar: number;
    copiedText: number;
    hashtagBurst: number;
    knownAccount: number;
    autoHandle: number;
    nameMismatch: number;
    defaultAvatar: number;
    repurposed: number;
    nonPhotoAvatar: number;
    crossPlatform: number;
    knownContent: number;
  };
  /** Risk at or above which an account is 'medium' / 'high'. */
  bands: { medium: number; high: number };
  /** Most risk from weak signals alone (profile heuristics, non-photo avatars, cross-platform links): they must never make a badge by themselves. */
  profileOnlyCap: number;
  /** Strong evidence families needed for 'high' (a known-list match counts as enough on its own). */
  highNeedsFamilies: number;
}

export const RISK_DEFAULTS: RiskDefaults = {
  version: 2,
  points: {
    reusedAvatar: 30,
    copiedText: 30,
    hashtagBurst: 15,
    knownAccount: 80,
    autoHandle: 6,
    nameMismatch: 5,
    defaultAvatar: 4,
    // v2 (docs/signals.md has the measurements behind each):
    repurposed: 35,
    nonPhotoAvatar: 5,
    crossPlatform: 10,
    knownContent: 40,
  },
  bands: { medium: 35, high: 60 },
  profileOnlyCap: 20,
  highNeedsFamilies: 2,
};
