/**
 * How the stage figures of an avatar become a decision, a band and risk points. Only the judge
 * (core/judge.ts) and the release's own figures (core/release-verdict.ts) call it; every number comes from the
 * model release (core/release-policy.ts).
 *
 * Stage 1, eye geometry, is the recall stage: StyleGAN puts the eyes at fixed spots, ordinary photos do
 * not. Stage 2, the forensic classifier on the face aligned by its eyes, is the precision stage: it runs
 * only where stage 1 matched, because aligned real photos (dataset, stock, passport-style) match too.
 * A flag needs both. The user's threshold (the popup) moves stage 2's cut-off only.
 */
import type { ImageVerdict, Point, RiskBand } from './verdict';
import { POLICY, type VerdictPolicy } from './release-policy';
import type { Decision, Reason } from './reasons';

/** What the two stages measured on one face. */
export interface StageFigures {
  /** GANEyeDistance to the StyleGAN/FFHQ eye spots, in fractions of the width. */
  eyeDistance: number;
  /** Pixels between the detected eyes in the image as served: how much texture there is to check. */
  eyePixels: number;
  /** Stage 2's calibrated probability; null when it did not run (stage 1 did not match, or too small). */
  forensic: { logit: number; probability: number } | null;
}

/** Pixels between the eyes (fractions of width and height) in a width × height image. */
export function eyePixelsOf(eyes: { left: Point; right: Point }, width: number, height: number): number {
  return Math.hypot((eyes.right.x - eyes.left.x) * width, (eyes.right.y - eyes.left.y) * height);
}

/** The stage figures an 'ok' verdict carries. */
export function figuresOf(v: Extract<ImageVerdict, { status: 'ok' }>): StageFigures {
  return { eyeDistance: v.eyeDistance, eyePixels: eyePixelsOf(v.eyes, v.width, v.height), forensic: v.forensic };
}

/**
 * The figures the user's signal switches let count: without eye geometry there is no avatar evidence at
 * all (stage 1 gates stage 2); without the texture check a match of the eyes is a hint only.
 */
export function figuresAllowed(v: Extract<ImageVerdict, { status: 'ok' }>, on: { eyeGeometry: boolean; ganClassifier: boolean }): StageFigures | null {
  if (!on.eyeGeometry) return null;
  return { ...figuresOf(v), forensic: on.ganClassifier ? v.forensic : null };
}

/** True when the eyes sit where StyleGAN puts them (stage 1). */
export function eyesMatch(eyeDistance: number, p: VerdictPolicy = POLICY): boolean {
  return Number.isFinite(eyeDistance) && eyeDistance < p.eyeMatchBelow;
}

/**
 * True when the face has enough pixels for the texture check: below the release's limit, the flags of
 * small copies stopped agreeing with the same faces' flags at 400 px (models/training/policy.py).
 */
export function textureCheckable(eyePixels: number, p: VerdictPolicy = POLICY): boolean {
  return eyePixels >= p.minEyePixels;
}

/** The decision for these figures at a stage-2 threshold (the user's, or the release's default). */
export function decide(f: StageFigures, threshold: number = POLICY.flagProbability, p: VerdictPolicy = POLICY): Decision {
  if (!eyesMatch(f.eyeDistance, p)) return 'eyes-differ';
  if (!textureCheckable(f.eyePixels, p)) return 'too-small';
  if (!f.forensic) return 'eyes-only';
  return f.forensic.probability >= threshold ? 'flagged' : 'texture-real';
}

/**
 * The "every face" option (evaluation only, not a default): the normal flag, or, where the eyes do not
 * match (a re-cropped face), stage 2 at or above the release's stricter every-face cut-off.
 */
export function everyFaceFlagged(f: StageFigures, p: VerdictPolicy = POLICY): boolean {
  const d = decide(f, p.flagProbability, p);
  if (d === 'flagged') return true;
  return d === 'eyes-differ' && textureCheckable(f.eyePixels, p) && f.forensic !== null && f.forensic.probability >= p.everyFaceProbability;
}

/** The image score: stage 2's probability where it decided, 0 where the eyes rule a StyleGAN face out or it is too small. */
export function scoreOf(f: StageFigures, p: VerdictPolicy = POLICY): number {
  return eyesMatch(f.eyeDistance, p) && textureCheckable(f.eyePixels, p) && f.forensic ? f.forensic.probability : 0;
}

/** The image band: 'high' for a flag, else 'low' (a match of the eyes alone is a reason, not a band). */
export function bandOf(f: StageFigures, threshold: number = POLICY.flagProbability, p: VerdictPolicy = POLICY): RiskBand {
  return decide(f, threshold, p) === 'flagged' ? 'high' : 'low';
}

/** Risk points of the avatar evidence (fusion adds them to the account's risk). */
export function riskPointsOf(f: StageFigures, threshold: number = POLICY.flagProbability, p: VerdictPolicy = POLICY): number {
  switch (decide(f, threshold, p)) {
    case 'flagged':
      return p.riskPoints.flagged;
    case 'texture-real':
    case 'eyes-only':
    case 'too-small':
      return p.riskPoints.eyesOnly;
    case 'eyes-differ':
      return 0;
  }
}

/** The reasons for the two stages, with their figures, at a threshold. */
export function stageReasons(f: StageFigures, threshold: number = POLICY.flagProbability, p: VerdictPolicy = POLICY): Reason[] {
  const eyes = { eyeDistance: f.eyeDistance, limit: p.eyeMatchBelow };
  const q = p.quoted;
  switch (decide(f, threshold, p)) {
    case 'eyes-differ':
      return [{ id: 'eyes-differ', ...eyes, ganEyeMatch: q.ganEyeMatch }];
    case 'too-small':
      return [
        { id: 'eyes-match-common', ...eyes, alignedRealEyeMatch: q.alignedRealEyeMatch },
        { id: 'too-small', eyePixels: f.eyePixels, minEyePixels: p.minEyePixels },
      ];
    case 'eyes-only':
      return [{ id: 'eyes-only', ...eyes, alignedRealEyeMatch: q.alignedRealEyeMatch }];
    case 'texture-real':
      return [
        { id: 'eyes-match-common', ...eyes, alignedRealEyeMatch: q.alignedRealEyeMatch },
        { id: 'texture-real', probability: f.forensic!.probability, threshold },
      ];
    case 'flagged':
      return [
        { id: 'eyes-match', ...eyes },
        { id: 'texture-flagged', probability: f.forensic!.probability, threshold, defaultThreshold: p.flagProbability, ganRecall: q.ganRecall, alignedRealFlagged: q.alignedRealFlagged },
      ];
  }
}

/** Notes of the image itself: an untouched StyleGAN output is square. */
export function shapeReasons(size: { width: number; height: number }): Reason[] {
  return size.width === size.height ? [] : [{ id: 'not-square', width: size.width, height: size.height }];
}
