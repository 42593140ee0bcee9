/** Face + eye detection with BlazeFace (short range): pure pre/post-processing around one ORT call. */
import { runModel } from '../ml/ort.ts';
import { resampleBilinear, type PixelRect } from '../image/resize.ts';
import type { RgbaImage } from '../image/types.ts';
import { generateAnchors } from './anchors.ts';
import { BLAZEFACE, type BlazefaceConfig } from './blazeface-config.ts';
import { decodeDetections, weightedNms, type Detection } from './detections.ts';
import type { Point } from './types.ts';
import { ganEyeDistance } from './eye-geometry.ts';

/** A detected face in fractions of the ORIGINAL image (x of width, y of height). */
export interface Face {
  score: number;
  box: { x: number; y: number; w: number; h: number };
  /** BlazeFace order: subject's right eye, left eye, nose tip, mouth, right ear, left ear. */
  keypoints: Point[];
  /** Eye centres from the viewer's side: left has the smaller x. */
  eyes: { left: Point; right: Point };
}

export interface DetectOptions {
  /** Second pass on a square crop around the first face (default true; see README figures). */
  refine?: boolean;
  /** Side of the refine crop as a multiple of the face box's larger side. */
  refineMargin?: number;
  /**
   * A face at least this share of the image's larger side skips the refine pass when its first-pass eyes
   * are already clearly off the FFHQ positions (see refineWithin): its refine crop would be about the
   * whole image again, and the precise distance only matters near the threshold.
   */
  refineBelow?: number;
  /** GANEyeDistance under which a big face is still refined (the eye check needs precision there). */
  refineWithin?: number;
}

/** Refine crop side / face box side; measured on the tuning set (scripts/eval-eyes.ts --compare-refine). */
export const DEFAULT_REFINE_MARGIN = 2.0;
/** Big faces with eyes clearly off the FFHQ spots skip the refine pass (scripts/eval-eyes.ts --variants). */
export const DEFAULT_REFINE_BELOW = 0.4;
/** 2.4x the eye threshold (0.025): first-pass eye positions scatter by ~0.01 around the refined ones. */
export const DEFAULT_REFINE_WITHIN = 0.06;

const ANCHORS = generateAnchors(BLAZEFACE.anchors, BLAZEFACE.input.width, BLAZEFACE.input.height);

/** The square around the whole image that letterboxing samples (black bars where it passes the image). */
export function letterboxRect(width: number, height: number): PixelRect {
  const side = Math.max(width, height);
  return { x: (width - side) / 2, y: (height - side) / 2, w: side, h: side };
}

/** Pixels of `rect` → NCHW float tensor in the model's value range (RGB; alpha ignored). */
export function toInputTensor(img: RgbaImage, rect: PixelRect, cfg: BlazefaceConfig = BLAZEFACE): Float32Array {
  const { width: w, height: h } = cfg.input;
  const [lo, hi] = [cfg.input.range[0]!, cfg.input.range[1]!];
  const px = resampleBilinear(img, rect, w, h).data;
  const plane = w * h;
  const out = new Float32Array(3 * plane);
  const k = (hi - lo) / 255;
  for (let i = 0; i < plane; i++) {
    out[i] = px[i * 4]! * k + lo;
    out[plane + i] = px[i * 4 + 1]! * k + lo;
    out[2 * plane + i] = px[i * 4 + 2]! * k + lo;
  }
  return out;
}

/** Runs the detector on `rect` of the image; detections are in fractions of the rect. */
async function detectInRect(img: RgbaImage, rect: PixelRect): Promise<Detection[]> {
  const { input, outputs, decode, nms } = BLAZEFACE;
  const data = toInputTensor(img, rect);
  const result = await runModel(BLAZEFACE.name, { [input.name]: { data, dims: [1, 3, input.height, input.width] } });
  const boxes = result[outputs.boxes]?.data;
  const scores = result[outputs.scores]?.data;
  if (!boxes || !scores) throw new Error('[sockscope:face-detect] model outputs missing');
  return weightedNms(decodeDetections(boxes, scores, ANCHORS, decode), nms.iouThreshold);
}

/** Maps a detection from rect fractions to original-image fractions. */
export function toFace(d: Detection, rect: PixelRect, width: number, height: number): Face {
  const map = (p: Point): Point => ({ x: (rect.x + p.x * rect.w) / width, y: (rect.y + p.y * rect.h) / height });
  const keypoints = d.keypoints.map(map);
  const topLeft = map({ x: d.cx - d.w / 2, y: d.cy - d.h / 2 });
  const [a, b] = [keypoints[0]!, keypoints[1]!];
  return {
    score: d.score,
    box: { x: topLeft.x, y: topLeft.y, w: (d.w * rect.w) / width, h: (d.h * rect.h) / height },
    keypoints,
    eyes: a.x <= b.x ? { left: a, right: b } : { left: b, right: a },
  };
}

/** Square crop (pixels) centred on a face, `margin` times its larger side. */
export function refineRect(face: Face, width: number, height: number, margin: number): PixelRect {
  const side = margin * Math.max(face.box.w * width, face.box.h * height);
  const cx = (face.box.x + face.box.w / 2) * width;
  const cy = (face.box.y + face.box.h / 2) * height;
  return { x: cx - side / 2, y: cy - side / 2, w: side, h: side };
}

/** Detects faces, best first, in fractions of the original image. */
export async function detectFaces(img: RgbaImage, options: DetectOptions = {}): Promise<Face[]> {
  const rect = letterboxRect(img.width, img.height);
  const faces = (await detectInRect(img, rect)).map((d) => toFace(d, rect, img.width, img.height));
  const best = faces[0];
  if (!best || options.refine === false) return faces;
  const faceShare = Math.max(best.box.w * img.width, best.box.h * img.height) / Math.max(img.width, img.height);
  const bigFace = faceShare >= (options.refineBelow ?? DEFAULT_REFINE_BELOW);
  if (bigFace && ganEyeDistance(best.eyes) >= (options.refineWithin ?? DEFAULT_REFINE_WITHIN)) return faces;
  // Pass 2: the face fills more of the 128 px input, so keypoints get more pixels. Keep pass 1 if the
  // crop loses the face (e.g. a partial face at the border).
  const crop = refineRect(best, img.width, img.height, options.refineMargin ?? DEFAULT_REFINE_MARGIN);
  const refined = (await detectInRect(img, crop)).map((d) => toFace(d, crop, img.width, img.height));
  const match = refined.find((f) => Math.abs(f.eyes.left.x - best.eyes.left.x) < best.box.w / 2);
  return match ? [match, ...faces.slice(1)] : faces;
}
