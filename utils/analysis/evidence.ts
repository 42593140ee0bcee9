/** Evidence providers: independent looks at one face, combined into the image score. */
import type { RgbaImage } from '../image/types.ts';
import type { AnalysisConfig } from './analysis-config.ts';
import { eyeReason, eyeScore, ganEyeDistance } from './eye-geometry.ts';
import type { Face } from './face-detect.ts';

/** What every provider sees. */
export interface EvidenceInput {
  img: RgbaImage;
  face: Face;
  config: AnalysisConfig;
}

/** One provider's finding: a 0..1 score that the face is GAN-made, and why. */
export interface Evidence {
  source: string;
  score: number;
  reason: string;
  /** How much this source counts when combined (default 1). */
  weight?: number;
}

/** A source of evidence, e.g. eye geometry today, a learned GAN classifier later. */
export interface EvidenceProvider {
  name: string;
  version: string;
  evaluate(input: EvidenceInput): Promise<Evidence>;
}

/** The eye-geometry provider (GANEyeDistance → logistic score). */
export const eyeGeometryProvider: EvidenceProvider = {
  name: 'eye-geometry',
  version: 'ganeye-1',
  async evaluate({ img, face, config }) {
    const distance = ganEyeDistance(face.eyes);
    return {
      source: 'eye-geometry',
      score: eyeScore(distance, config.eye),
      reason: eyeReason(distance, config.eye.threshold, img.width, img.height),
    };
  },
};

/** Weighted mean of the providers' scores (one provider: its own score). */
export function combineEvidence(list: Evidence[]): number {
  const total = list.reduce((s, e) => s + (e.weight ?? 1), 0);
  if (total === 0) return 0;
  return list.reduce((s, e) => s + e.score * (e.weight ?? 1), 0) / total;
}
