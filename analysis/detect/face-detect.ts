/** Face + eye detection with BlazeFace (short range): pure pre/post-processing around one ORT call. */
import { inputBuffer, runModel } from '../ml/model-runner';
import { resampleBilinear, type PixelRect } from '../image/resize';
import type { RgbaImage } from '../image/types';
import { generateAnchors } from './anchors';
import { BLAZEFACE, type BlazefaceConfig } from './blazeface-config';
import { decodeDetections, logitOf, weightedNms, type Detection } from './detections';
import type { Point } from '../../core/verdict';
import { ganEyeDistance } from '../eyes/eye-geometry';

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
  /**
   * The first pass sees the letterbox square scaled by this around its centre (1 = the image itself).
   * See DEFAULT_ZOOM_OUT.
   */
  zoomOut?: number;
  /** A second pass on a crop around the face, for small faces and eyes near the FFHQ spots (default true). */
  refine?: boolean;
  /** Faces smaller than this share of the image's larger side get the second pass. */
  refineBelow?: number;
  /** Faces whose first-pass eyes are closer than this to the FFHQ spots also get it (precision matters there). */
  refineWithin?: number;
  /** Side of the refine crop as a multiple of the face box's larger side. */
  refineMargin?: number;
  /** Called once with the first pass's best face, before any refine pass (see analyze.ts). */
  onFirstFace?: (face: Face) => void;
}

/**
 * Zoomed out 2x, a face that fills an avatar covers a quarter to a third of the detector's input, where
 * BlazeFace (short range) finds it and places the eyes well; validation figures in the README ("Face and
 * eye detection").
 */
export const DEFAULT_ZOOM_OUT = 2;
/** Below 0.3 of the frame, a face covers under 15% of the zoomed-out input: too few pixels for the eyes. */
export const DEFAULT_REFINE_BELOW = 0.3;
/**
 * Eyes within 0.06 of the FFHQ spots after the first pass get the precise second pass: there the distance
 * decides the eye evidence (it saturates from 0.097), and the zoomed-out pass alone scatters enough that
 * tune-half StyleGAN recall at 0.025 drops from 99.1% to 98.1%. Ordinary avatars (~78% of wild photos) stop here.
 */
export const DEFAULT_REFINE_WITHIN = 0.06;
/** Refine crop side / face box side: the 0.2.0 detector's refine pass, measured on the tune set. */
export const DEFAULT_REFINE_MARGIN = 2;

const ANCHORS = generateAnchors(BLAZEFACE.anchors, BLAZEFACE.input.width, BLAZEFACE.input.height);

/** The square around the whole image that letterboxing samples (black bars where it passes the image). */
export function letterboxRect(width: number, height: number): PixelRect {
  const side = Math.max(width, height);
  return { x: (width - side) / 2, y: (height - side) / 2, w: side, h: side };
}

/**
 * The resampled pixels of one pass, reused: toInputTensor is synchronous, so passes never share it, and a
 * new 64 KB array per pass was a third of the offscreen document's ArrayBuffer garbage.
 */
let resampled = new Uint8ClampedArray(0);

/** Pixels of `rect` → NCHW float tensor in the model's value range (RGB; alpha ignored). */
export function toInputTensor(img: RgbaImage, rect: PixelRect, cfg: BlazefaceConfig = BLAZEFACE): Float32Array {
  const { width: w, height: h } = cfg.input;
  const [lo, hi] = [cfg.input.range[0]!, cfg.input.range[1]!];
  if (resampled.length !== w * h * 4) resampled = new Uint8ClampedArray(w * h * 4);
  const px = resampleBilinear(img, rect, w, h, resampled).data;
  const plane = w * h;
  // Every element is written, so a recycled input buffer is fine.
  const out = inputBuffer(3 * plane);
  const k = (hi - lo) / 255;
  for (let i = 0; i < plane; i++) {
    out[i] = px[i * 4]! * k + lo;
    out[plane + i] = px[i * 4 + 1]! * k + lo;
    out[2 * plane + i] = px[i * 4 + 2]! * k + lo;
  }
  return out;
}

/**
 * The graph keeps anchors whose logit is at least this: a little below decode's own threshold, so float32
 * rounding can never drop one that decodeDetections would keep (it applies the exact threshold itself).
 */
const KEEP_FROM_LOGIT = logitOf(BLAZEFACE.decode.minScore) - 1e-3;

function keepFromLogit(): Float32Array {
  const t = inputBuffer(1);
  t[0] = KEEP_FROM_LOGIT;
  return t;
}

/** Runs the detector on `rect` of the image; detections are in fractions of the rect. */
async function detectInRect(img: RgbaImage, rect: PixelRect): Promise<Detection[]> {
  const { input, outputs, decode, nms } = BLAZEFACE;
  const data = toInputTensor(img, rect);
  const result = await runModel(BLAZEFACE.name, {
    [input.name]: { data, dims: [1, 3, input.height, input.width] },
    [input.keepFrom]: { data: keepFromLogit(), dims: [1] },
  });
  const index = result[outputs.index]?.data;
  const logits = result[outputs.scores]?.data;
  const boxes = result[outputs.boxes]?.data;
  if (!index || !logits || !boxes) throw new Error('[sockscope:face-detect] model outputs missing');
  return weightedNms(decodeDetections({ index, logits, boxes }, ANCHORS, decode), nms.iouThreshold);
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

/** The letterbox square scaled by `zoom` around its centre. */
export function zoomedLetterbox(width: number, height: number, zoom: number): PixelRect {
  const lb = letterboxRect(width, height);
  return { x: lb.x - (lb.w * (zoom - 1)) / 2, y: lb.y - (lb.h * (zoom - 1)) / 2, w: lb.w * zoom, h: lb.h * zoom };
}

/** Detects faces, best first, in fractions of the original image. */
export async function detectFaces(img: RgbaImage, options: DetectOptions = {}): Promise<Face[]> {
  const run = async (rect: PixelRect): Promise<Face[]> => (await detectInRect(img, rect)).map((d) => toFace(d, rect, img.width, img.height));
  const zoom = options.zoomOut ?? DEFAULT_ZOOM_OUT;
  let faces = await run(zoomedLetterbox(img.width, img.height, zoom));
  // A small face shrinks out of the detector's range when zoomed out: look again at the image itself.
  if (faces.length === 0 && zoom !== 1) faces = await run(letterboxRect(img.width, img.height));
  const best = faces[0];
  if (best) options.onFirstFace?.(best);
  if (!best || options.refine === false) return faces;
  const faceShare = Math.max(best.box.w * img.width, best.box.h * img.height) / Math.max(img.width, img.height);
  const near = ganEyeDistance(best.eyes) < (options.refineWithin ?? DEFAULT_REFINE_WITHIN);
  if (faceShare >= (options.refineBelow ?? DEFAULT_REFINE_BELOW) && !near) return faces;
  // Keep the first pass if the crop loses the face (e.g. a partial face at the border).
  const refined = await run(refineRect(best, img.width, img.height, options.refineMargin ?? DEFAULT_REFINE_MARGIN));
  const match = refined.find((f) => Math.abs(f.eyes.left.x - best.eyes.left.x) < best.box.w / 2);
  return match ? [match, ...faces.slice(1)] : faces;
}
