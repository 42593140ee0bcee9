/** Evidence providers: independent looks at one face, combined into the image score. */
import type { RgbaImage } from './image/types';
import type { AnalysisConfig } from './analysis-config';
import { eyeReason, eyeScore, ganEyeDistance } from './eyes/eye-geometry';
import { eyeLogit, fusedProbability } from './fusion/image-fusion';
import type { Face } from './detect/face-detect';
import type { AnalysedVerdict } from './analysed-verdict';

/** The GAN-face classifier's evidence source (gan-classifier-provider.ts). */
export const GAN_CLASSIFIER_SOURCE = 'gan-classifier';

/** Whether a verdict's score used the classifier (it is skipped when the eyes sit far from the StyleGAN spots). */
export function classifierRan(v: AnalysedVerdict): boolean {
  return v.status === 'ok' && (v.evidence?.some((e) => e.source === GAN_CLASSIFIER_SOURCE) ?? false);
}

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
  /** The score on a logit scale, used by the fitted fusion (analysis/fusion/image-fusion.ts). */
  logit?: number;
}

/** A source of evidence, e.g. eye geometry today, a learned GAN classifier later. */
export interface EvidenceProvider {
  name: string;
  version: string;
  /**
   * True when the finding does not depend on where the face is (only on there being one): the provider
   * then starts as soon as the detector's first pass finds a face, while a refine pass still runs.
   */
  faceIndependent?: boolean;
  /**
   * Why this face does not need the provider (its finding could not change the verdict), or null when it
   * does. A skipped provider adds this reason and no evidence.
   */
  skipReason?(input: EvidenceInput): string | null;
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
      logit: eyeLogit(distance, config.eye),
      reason: eyeReason(distance, config.eye.threshold, img.width, img.height),
    };
  },
};

/**
 * The image score: with both the classifier and the eye geometry, the logistic fusion fitted on the
 * validation split (scripts/fit-fusion.ts); otherwise the weighted mean of what is there.
 */
export function combineEvidence(list: Evidence[]): number {
  const eye = list.find((e) => e.source === 'eye-geometry')?.logit;
  const gan = list.find((e) => e.source === GAN_CLASSIFIER_SOURCE)?.logit;
  if (eye !== undefined && gan !== undefined) return fusedProbability(gan, eye);
  const total = list.reduce((s, e) => s + (e.weight ?? 1), 0);
  if (total === 0) return 0;
  return list.reduce((s, e) => s + e.score * (e.weight ?? 1), 0) / total;
}
