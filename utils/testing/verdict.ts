import { POLICY } from '../../core/release-policy';
import { eyePixelsOf, releaseVerdict, textureDecides, type StageFigures } from '../../core/release-verdict';
import type { ImageVerdict } from '../../core/verdict';

type OkVerdict = Extract<ImageVerdict, { status: 'ok' }>;

/**
 * An 'ok' verdict for tests whose stage fields agree with the shipped policy: `probability` is stage 2's
 * (run only when the eyes match and the face is large enough), and score, decision, band and the stage reasons follow from it as in
 * analysis/analyze.ts; `over.reasons` are notes appended after the stage reasons.
 */
export function okVerdict(probability: number, over: Partial<Omit<OkVerdict, 'status' | 'forensic' | 'decision' | 'score' | 'band'>> = {}): OkVerdict {
  const eyeDistance = over.eyeDistance ?? 0.01;
  const eyes = over.eyes ?? { left: { x: 0.375, y: 0.474 }, right: { x: 0.625, y: 0.474 } };
  const size = { width: over.width ?? 400, height: over.height ?? 400 };
  const eyePixels = eyePixelsOf(eyes, size.width, size.height);
  const forensic = textureDecides(eyeDistance, eyePixels) ? { logit: Math.log(probability / (1 - probability)), probability } : null;
  const figures: StageFigures = { eyeDistance, eyePixels, forensic };
  const release = releaseVerdict(figures, size);
  return {
    status: 'ok',
    sha256: 's'.repeat(64),
    width: 400,
    height: 400,
    eyes,
    modelVersion: 'm1',
    phash: null,
    ...over,
    ...release,
    reasons: [...release.reasons, ...(over.reasons ?? [])],
    eyeDistance,
    forensic,
  };
}

/** Stage-2 probabilities just above and well below the release's flag. */
export const FLAGGED_P = Math.min(0.999, POLICY.flagProbability + 0.02);
export const REAL_P = POLICY.flagProbability / 3;
