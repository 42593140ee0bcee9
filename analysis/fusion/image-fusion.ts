/**
 * How the two image signals become one calibrated score: logistic regression on the classifier logit and
 * the eye-geometry logit, fitted by scripts/fit-fusion.ts on the validation split (see image-fusion.json).
 */
import fusion from '../../models/image-fusion.json' with { type: 'json' };
import type { EyeScoreParams } from '../eyes/eye-geometry';

export interface ImageFusion {
  version: string;
  weights: number[];
  flagLogit: number;
}

export const IMAGE_FUSION: ImageFusion = fusion;

const CLIP = 8;

/** The eye evidence on a logit scale (the same logistic eyeScore uses), clipped so one signal can't dominate. */
export function eyeLogit(distance: number, p: EyeScoreParams): number {
  if (!Number.isFinite(distance)) return -CLIP;
  return Math.max(-CLIP, Math.min(CLIP, (p.threshold - distance) / p.softness));
}

/** The classifier logit at which the fusion reaches `fusedLogit` for this eye logit (0 = the 'medium' band's 0.5). */
export function classifierLogitFor(fusedLogit: number, eye: number, f: ImageFusion = IMAGE_FUSION): number {
  const [b = 0, wc = 1, we = 0] = f.weights;
  return (fusedLogit - b - we * eye) / wc;
}

/** Fused logit → probability that the face is GAN-made (under a 50/50 prior, like the classifier's calibration). */
export function fusedProbability(classifierLogit: number, eye: number, f: ImageFusion = IMAGE_FUSION): number {
  const [b = 0, wc = 0, we = 0] = f.weights;
  return 1 / (1 + Math.exp(-(b + wc * classifierLogit + we * eye)));
}
