/** The classes the non-photo model tells apart, in output order. */
export const NONPHOTO_CLASSES = ['photo', 'illustration', 'graphic', 'platform-default'] as const;
export type NonPhotoClass = (typeof NONPHOTO_CLASSES)[number];

/** model.json: a small MLP over standardised features, written by scripts/train/nonphoto.ts. */
export interface NonPhotoModel {
  version: string;
  features: readonly string[];
  classes: readonly NonPhotoClass[];
  mean: number[];
  std: number[];
  /** hidden = relu(W1·x + b1); logits = W2·hidden + b2 (row-major, one row per output). */
  w1: number[][];
  b1: number[];
  w2: number[][];
  b2: number[];
  /** 1 − P(photo) at or above which the picture counts as a non-photo. */
  threshold: number;
  /** What it was trained and measured on, and the held-out figures (docs/signals.md quotes them). */
  trainedOn: Record<string, number>;
  metrics: Record<string, number | string>;
}
