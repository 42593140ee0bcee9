import type { NonPhoto } from '../../core/verdict';
import type { RgbaImage } from '../image/types';
import { FEATURE_NAMES, nonPhotoFeatures } from './features';
import type { NonPhotoModel } from './model-types';
import modelJson from '../../models/non-photo/model.json';

const MODEL = modelJson as NonPhotoModel;

/** Class probabilities for a feature vector (pure; the model is a parameter for training and tests). */
export function nonPhotoProbabilities(x: Float64Array, m: NonPhotoModel = MODEL): number[] {
  const z = Array.from(x, (v, i) => (v - m.mean[i]!) / (m.std[i]! || 1));
  const hidden = m.w1.map((row, j) => Math.max(0, row.reduce((s, w, i) => s + w * z[i]!, m.b1[j]!)));
  const logits = m.w2.map((row, k) => row.reduce((s, w, j) => s + w * hidden[j]!, m.b2[k]!));
  const top = Math.max(...logits);
  const e = logits.map((l) => Math.exp(l - top));
  const sum = e.reduce((s, v) => s + v, 0);
  return e.map((v) => v / sum);
}

/**
 * How much an avatar looks like a drawing, a graphic or a platform default rather than a photo:
 * score = 1 − P(photo); kind = the likeliest class. Pure function of the decoded pixels.
 */
export function classifyNonPhoto(img: RgbaImage, m: NonPhotoModel = MODEL): NonPhoto {
  if (m.features.join() !== FEATURE_NAMES.join()) throw new Error('[sockscope:nonphoto] model.json was trained on other features; retrain (scripts/train/nonphoto.ts)');
  const p = nonPhotoProbabilities(nonPhotoFeatures(img), m);
  const score = Math.round(Math.min(1, Math.max(0, 1 - p[0]!)) * 1000) / 1000;
  let best = 0;
  for (let k = 1; k < p.length; k++) if (p[k]! > p[best]!) best = k;
  return { score, kind: m.classes[best]! };
}

/** 1 − P(photo) at or above which an avatar counts as a non-photo: the shipped model's operating point. */
export const NONPHOTO_THRESHOLD = MODEL.threshold;

/** The shipped model's version (part of the verdict's provenance). */
export const NONPHOTO_VERSION = MODEL.version;
