/**
 * StyleGAN/FFHQ eye-geometry evidence. FFHQ was aligned so that every face has its eyes at the same place
 * in the square frame (NVlabs' download_ffhq.py), and StyleGAN 1/2/3-ffhq reproduce that alignment
 * (docs/sources.md, "Eye geometry").
 * Distance: GANEyeDistance of Yang, Singh & Menczer 2024 (osome-iu/fake_gan_accounts).
 */
import type { Point } from '../../core/verdict';

/** Reference eye centres of Yang et al. 2024, in fractions of a square image (viewer's left, right). */
export const FFHQ_EYES = { left: { x: 0.3808, y: 0.4771 }, right: { x: 0.6152, y: 0.4771 } } as const;

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
