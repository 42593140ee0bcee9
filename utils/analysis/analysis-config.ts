/** Every number that changes an image verdict, in one place. Chosen with scripts/eval-eyes.ts (tune half). */
import type { RiskBand } from './types.ts';
import type { EyeScoreParams } from './eye-geometry.ts';
import { IMAGE_FUSION } from './image-fusion.ts';

export interface AnalysisConfig {
  /** Bumped whenever a value below changes; part of every verdict's modelVersion. */
  version: string;
  eye: EyeScoreParams;
  /** Lower edges of the bands on the 0..1 score. */
  bands: { medium: number; high: number };
  /** Score at which `sockscope scan` marks an image flagged. */
  flagScore: number;
}

/**
 * Shipped defaults. Eye threshold 0.025: on the tune half (scripts/eval-eyes.ts --half tune --cap 200) it
 * maximised StyleGAN recall − wild-real false positives (0.02: 93.3% − 1.0%; 0.025: 99.5% − 1.5%;
 * 0.03: 99.8% − 2.4%). BlazeFace eyes are noisier than the dlib landmarks behind the paper's 0.02.
 * Softness 0.009: the slope of a class-balanced logistic fit of P(GAN | distance) on the same half.
 */
export const ANALYSIS_CONFIG: AnalysisConfig = {
  version: 'eyes-2',
  eye: { threshold: 0.025, softness: 0.009 },
  bands: { medium: 0.5, high: 0.8 },
  // The fused score at which real validation avatars are flagged ≤ 0.5% of the time (scripts/fit-fusion.ts).
  flagScore: 1 / (1 + Math.exp(-IMAGE_FUSION.flagLogit)),
};

/** Band for a score. */
export function bandFor(score: number, bands: AnalysisConfig['bands'] = ANALYSIS_CONFIG.bands): RiskBand {
  if (score >= bands.high) return 'high';
  if (score >= bands.medium) return 'medium';
  return 'low';
}
