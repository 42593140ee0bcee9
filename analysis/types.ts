/** A point as fractions (0..1) of the image's width and height. */
export interface Point {
  x: number;
  y: number;
}

export type RiskBand = 'low' | 'medium' | 'high';

/** What one look at one avatar image found. Serialisable (crosses contexts and goes in IndexedDB). */
export type ImageVerdict =
  | {
      status: 'ok';
      sha256: string;
      width: number;
      height: number;
      /** Detected eye centres (from the viewer's point of view: left = smaller x). */
      eyes: { left: Point; right: Point };
      /** GANEyeDistance-style distance to the StyleGAN/FFHQ eye positions, in fractions of the width. */
      eyeDistance: number;
      /** 0..1: how likely the face is GAN-made (calibrated). */
      score: number;
      band: RiskBand;
      reasons: string[];
      modelVersion: string;
      /** Perceptual hash (hex), for avatar reuse; null until computed. */
      phash: string | null;
      /** Face detector confidence 0..1 (optional, added by the image pipeline). */
      faceScore?: number;
      /** Each evidence source's own score, before combining (optional). */
      evidence?: { source: string; score: number }[];
    }
  | {
      status: 'no-face';
      sha256: string;
      width: number;
      height: number;
      reasons: string[];
      modelVersion: string;
      phash: string | null;
    }
  | {
      status: 'error';
      /** A short human reason, e.g. "image too large (9000×9000 px)". */
      error: string;
    };
