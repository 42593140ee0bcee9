/** Every number that changes an image verdict, in one place. Chosen with scripts/eval-eyes.ts (tune half). */
import type { RiskBand } from '../utils/messages';
import type { EyeScoreParams } from './eyes/eye-geometry';
import { IMAGE_FUSION } from './fusion/image-fusion';

export interface AnalysisConfig {
  /** Bumped whenever a value below changes; part of every verdict's modelVersion. */
  version: string;
  eye: EyeScoreParams;
  /** Lower edges of the bands on the 0..1 score. */
  bands: { medium: number; high: number };
  /** Score at which `sockscope scan` marks an image flagged. */
  flagScore: number;
  /**
   * Eyes at least this far from the FFHQ spots (GANEyeDistance) skip the GAN-face classifier: there its
   * score could lift the fused score to 'medium' only from an extreme value (see ANALYSIS_CONFIG).
   */
  skipClassifierFrom: number;
}

/**
 * Shipped defaults. Eye threshold 0.025: on the tune half (scripts/eval-eyes.ts --half tune --cap 200) it
 * maximised StyleGAN recall − wild-real false positives (0.02: 93.3% − 1.0%; 0.025: 99.5% − 1.5%;
 * 0.03: 99.8% − 2.4%). BlazeFace eyes are noisier than the dlib landmarks behind the paper's 0.02.
 * Softness 0.009: the slope of a class-balanced logistic fit of P(GAN | distance) on the same half.
 */
export const ANALYSIS_CONFIG: AnalysisConfig = {
  version: 'eyes-3',
  eye: { threshold: 0.025, softness: 0.009 },
  bands: { medium: 0.5, high: 0.8 },
  // The fused score at which real validation avatars are flagged ≤ 0.5% of the time (scripts/fit-fusion.ts).
  flagScore: 1 / (1 + Math.exp(-IMAGE_FUSION.flagLogit)),
  /*
   * From 0.115 the classifier is not run. Past 0.097 the eye logit is clipped at −8, so the fused score
   * reaches 'medium' (0.5) only with a classifier logit ≥ 4.08 (probability 0.983). Chosen on the
   * validation split, the one the fusion was fitted on, in all five evaluation conditions
   * (scripts/eval-classifier-skip.ts, models/classifier-skip.json): the smallest distance on a 0.005 grid
   * from 0.097 where every face that far off stayed ≥ 1 logit below that (1.22; at 0.097 one off-centre GAN
   * face reached it). Held-out test sources: no band or flag changed in any condition; it skips the
   * classifier for 33.6% of real faces at 400 px. Re-run that script whenever the classifier or the fusion
   * changes (classifier-skip.test.ts checks the pairing).
   */
  skipClassifierFrom: 0.115,
};

/** Band for a score. */
export function bandFor(score: number, bands: AnalysisConfig['bands'] = ANALYSIS_CONFIG.bands): RiskBand {
  if (score >= bands.high) return 'high';
  if (score >= bands.medium) return 'medium';
  return 'low';
}
