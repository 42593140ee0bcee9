/**
 * StyleGAN/FFHQ eye-geometry evidence. FFHQ was aligned so that every face has its eyes at the same place
 * in the square frame (NVlabs' download_ffhq.py), and StyleGAN 1/2/3-ffhq reproduce that alignment
 * (docs/sources.md, "Eye geometry").
 * Distance: GANEyeDistance of Yang, Singh & Menczer 2024 (osome-iu/fake_gan_accounts).
 */
import type { Point } from '../../utils/messages';

/** Reference eye centres of Yang et al. 2024, in fractions of a square image (viewer's left, right). */
export const FFHQ_EYES = { left: { x: 0.3808, y: 0.4771 }, right: { x: 0.6152, y: 0.4771 } } as const;

/** Parameters of the distance → score mapping (chosen in scripts/eval-eyes.ts, see analysis-config.ts). */
export interface EyeScoreParams {
  /** Distance at which the score is 0.5 (the shipped flag threshold). */
  threshold: number;
  /** Logistic scale: the score moves from 0.73 to 0.27 between threshold ∓ softness. */
  softness: number;
}

/**
 * (|L − L₀|₁ + |R − R₀|₁) / (2√2), with x in fractions of the width and y of the height.
 *
 * Non-square images: we measure on the image as served (x/width, y/height) rather than guess a crop.
 * A StyleGAN output is square, so for a raw GAN face both agree; a non-square image was re-cropped or
 * padded, which moves the eyes off the reference anyway, and the reason text says it is not square.
 */
export function ganEyeDistance(eyes: { left: Point; right: Point }): number {
  const l = Math.abs(eyes.left.x - FFHQ_EYES.left.x) + Math.abs(eyes.left.y - FFHQ_EYES.left.y);
  const r = Math.abs(eyes.right.x - FFHQ_EYES.right.x) + Math.abs(eyes.right.y - FFHQ_EYES.right.y);
  return (l + r) / (2 * Math.SQRT2);
}

/** Monotone decreasing map of distance to 0..1: a logistic centred on the threshold. */
export function eyeScore(distance: number, p: EyeScoreParams): number {
  if (!Number.isFinite(distance)) return 0;
  return 1 / (1 + Math.exp((distance - p.threshold) / p.softness));
}

/** A sentence for the reasons panel, e.g. "Eyes sit where StyleGAN puts them (distance 0.012 …)". */
export function eyeReason(distance: number, threshold: number, width: number, height: number): string {
  const d = distance.toFixed(3);
  const t = threshold.toFixed(3);
  const shape = width === height ? '' : ` Image is not square (${width}×${height} px), so it is not an untouched StyleGAN output.`;
  if (distance < threshold) {
    return `Eyes sit where StyleGAN puts them (distance ${d} of the width; GAN faces are usually < ${t}). Studio and passport-style crops can match too.${shape}`;
  }
  if (distance < 2 * threshold) return `Eyes are near, but not at, the StyleGAN position (distance ${d} of the width; GAN faces are usually < ${t}).${shape}`;
  return `Eyes are not where StyleGAN puts them (distance ${d} of the width; GAN faces are usually < ${t}).${shape}`;
}
