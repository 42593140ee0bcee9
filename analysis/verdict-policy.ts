/**
 * The one place where the stage figures of an avatar become a verdict, a band, a flag and risk points.
 * The badge, the right-click check, the CLI, the export and the risk fusion all read them from here, and
 * every number comes from the model release (models/config.json → forensic-config.ts).
 *
 * Stage 1, eye geometry, is the recall stage: StyleGAN puts the eyes at fixed spots, ordinary photos do
 * not. Stage 2, the forensic classifier on the face aligned by its eyes, is the precision stage: it runs
 * only where stage 1 matched, because aligned real photos (dataset, stock, passport-style) match too.
 * A flag needs both. The user's threshold (the popup) moves stage 2's cut-off only.
 */
import type { ImageVerdict, RiskBand } from '../utils/messages';
import { FORENSIC_CONFIG, type VerdictPolicy } from './classifier/forensic-config';

export const POLICY: VerdictPolicy = FORENSIC_CONFIG.policy;

/** What the two stages measured on one face. */
export interface StageFigures {
  /** GANEyeDistance to the StyleGAN/FFHQ eye spots, in fractions of the width. */
  eyeDistance: number;
  /** Stage 2's calibrated probability; null when it did not run (stage 1 did not match). */
  forensic: { logit: number; probability: number } | null;
}

/**
 * Which stage decided, and how: the eyes rule a StyleGAN face out; they match but the texture check did
 * not run (switched off, or stage 2 unavailable); they match and the texture looks real; both agree.
 */
export type Decision = 'eyes-differ' | 'eyes-only' | 'texture-real' | 'flagged';

/** The stage figures an 'ok' verdict carries. */
export function figuresOf(v: Extract<ImageVerdict, { status: 'ok' }>): StageFigures {
  return { eyeDistance: v.eyeDistance, forensic: v.forensic };
}

/**
 * The figures the user's signal switches let count: without eye geometry there is no avatar evidence at
 * all (stage 1 gates stage 2); without the texture check a match of the eyes is a hint only.
 */
export function figuresAllowed(v: Extract<ImageVerdict, { status: 'ok' }>, on: { eyeGeometry: boolean; ganClassifier: boolean }): StageFigures | null {
  if (!on.eyeGeometry) return null;
  return { eyeDistance: v.eyeDistance, forensic: on.ganClassifier ? v.forensic : null };
}

/** True when the eyes sit where StyleGAN puts them (stage 1). */
export function eyesMatch(eyeDistance: number, p: VerdictPolicy = POLICY): boolean {
  return Number.isFinite(eyeDistance) && eyeDistance < p.eyeMatchBelow;
}

/** The decision for these figures at a stage-2 threshold (the user's, or the release's default). */
export function decide(f: StageFigures, threshold: number = POLICY.flagProbability, p: VerdictPolicy = POLICY): Decision {
  if (!eyesMatch(f.eyeDistance, p)) return 'eyes-differ';
  if (!f.forensic) return 'eyes-only';
  return f.forensic.probability >= threshold ? 'flagged' : 'texture-real';
}

/** The image score: stage 2's probability where it ran, 0 where the eyes rule a StyleGAN face out. */
export function scoreOf(f: StageFigures, p: VerdictPolicy = POLICY): number {
  return eyesMatch(f.eyeDistance, p) && f.forensic ? f.forensic.probability : 0;
}

/** The image band: 'high' for a flag, else 'low' (a match of the eyes alone is a reason, not a band). */
export function bandOf(f: StageFigures, threshold: number = POLICY.flagProbability, p: VerdictPolicy = POLICY): RiskBand {
  return decide(f, threshold, p) === 'flagged' ? 'high' : 'low';
}

/** Risk points of the avatar evidence (utils/risk adds them to the account's risk). */
export function riskPointsOf(f: StageFigures, threshold: number = POLICY.flagProbability, p: VerdictPolicy = POLICY): number {
  switch (decide(f, threshold, p)) {
    case 'flagged':
      return p.riskPoints.flagged;
    case 'texture-real':
    case 'eyes-only':
      return p.riskPoints.eyesOnly;
    case 'eyes-differ':
      return 0;
  }
}

const pct = (x: number): string => `${Math.round(x * 100)}%`;

/** The reasons panel's sentences for the two stages, plainly, with their figures. */
export function reasonsOf(f: StageFigures, threshold: number = POLICY.flagProbability, p: VerdictPolicy = POLICY): string[] {
  const d = f.eyeDistance.toFixed(3);
  const limit = p.eyeMatchBelow.toFixed(3);
  const q = p.quoted;
  switch (decide(f, threshold, p)) {
    case 'eyes-differ':
      return [`Eyes are not where StyleGAN puts them (distance ${d} of the width; ${pct(q.ganEyeMatch)} of GAN faces in our tests are within ${limit}), so the texture check did not run.`];
    case 'eyes-only':
      return [
        `Eyes sit where StyleGAN puts them (distance ${d}, within ${limit}). That is common in aligned stock, passport and dataset photos too (${pct(q.alignedRealEyeMatch)} of those in our tests), and the texture check did not run, so this is a hint, not a finding.`,
      ];
    case 'texture-real':
      return [
        `Eyes sit where StyleGAN puts them (distance ${d}, within ${limit}). That is common in aligned stock, passport and dataset photos too (${pct(q.alignedRealEyeMatch)} of those in our tests).`,
        `The texture check found no GAN traces (${pct(f.forensic!.probability)} on its scale; it flags from ${pct(threshold)}).`,
      ];
    case 'flagged':
      return [
        `Eyes sit where StyleGAN puts them (distance ${d}, within ${limit}).`,
        `The texture check finds traces of a GAN-made face (${pct(f.forensic!.probability)} on its scale; it flags from ${pct(threshold)}). At the default cut-off (${pct(p.flagProbability)}) our tests on sources it never saw flagged ${pct(q.ganRecall)} of GAN faces and ${pct(q.alignedRealFlagged)} of aligned real photos.`,
      ];
  }
}
