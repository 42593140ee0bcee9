/** BlazeFace output decoding (TensorsToDetectionsCalculator) and weighted NMS (NonMaxSuppressionCalculator). */
import type { Point } from '../../core/verdict';

/** One detection in fractions of the model input square. */
export interface Detection {
  score: number;
  /** Centre, width and height. */
  cx: number;
  cy: number;
  w: number;
  h: number;
  keypoints: Point[];
}

export interface DecodeOptions {
  numBoxes: number;
  numCoords: number;
  numKeypoints: number;
  scale: number;
  scoreClip: number;
  minScore: number;
}

/**
 * The anchors a detector pass kept (the graph drops those scoring below the threshold it is fed, so only a
 * few KB cross to the offscreen document): anchor indices, their logits, and their raw regressor rows
 * (numCoords each).
 */
export interface KeptAnchors {
  index: Float32Array;
  logits: Float32Array;
  boxes: Float32Array;
}

/** The logit of a probability: decode compares logits with this of minScore. */
export const logitOf = (p: number): number => Math.log(p / (1 - p));

/** Turns kept anchors into detections above minScore. */
export function decodeDetections(kept: KeptAnchors, anchors: Float32Array, o: DecodeOptions): Detection[] {
  const { index, logits, boxes } = kept;
  if (logits.length !== index.length || boxes.length !== index.length * o.numCoords) {
    throw new Error(`[sockscope:face-detect] detector outputs disagree: ${index.length} anchors, ${logits.length} logits, ${boxes.length} regressor values`);
  }
  const minLogit = logitOf(o.minScore);
  const found: Detection[] = [];
  for (let r = 0; r < index.length; r++) {
    const i = index[r]!;
    if (!Number.isInteger(i) || i < 0 || i >= o.numBoxes) throw new Error(`[sockscope:face-detect] detector kept anchor ${i}, outside 0–${o.numBoxes - 1}`);
    const logit = Math.min(Math.max(logits[r]!, -o.scoreClip), o.scoreClip);
    if (logit < minLogit) continue;
    const [ax, ay, aw, ah] = [anchors[i * 4]!, anchors[i * 4 + 1]!, anchors[i * 4 + 2]!, anchors[i * 4 + 3]!];
    const b = r * o.numCoords;
    // reverse_output_order: the model emits x before y.
    const keypoints: Point[] = [];
    for (let k = 0; k < o.numKeypoints; k++) {
      keypoints.push({ x: (boxes[b + 4 + 2 * k]! / o.scale) * aw + ax, y: (boxes[b + 5 + 2 * k]! / o.scale) * ah + ay });
    }
    found.push({
      score: 1 / (1 + Math.exp(-logit)),
      cx: (boxes[b]! / o.scale) * aw + ax,
      cy: (boxes[b + 1]! / o.scale) * ah + ay,
      w: (boxes[b + 2]! / o.scale) * aw,
      h: (boxes[b + 3]! / o.scale) * ah,
      keypoints,
    });
  }
  return found;
}

/** Intersection over union of two centre/size boxes. */
export function iou(a: Detection, b: Detection): number {
  const ix = Math.max(0, Math.min(a.cx + a.w / 2, b.cx + b.w / 2) - Math.max(a.cx - a.w / 2, b.cx - b.w / 2));
  const iy = Math.max(0, Math.min(a.cy + a.h / 2, b.cy + b.h / 2) - Math.max(a.cy - a.h / 2, b.cy - b.h / 2));
  const inter = ix * iy;
  const union = a.w * a.h + b.w * b.h - inter;
  return union > 0 ? inter / union : 0;
}

/**
 * Weighted NMS as MediaPipe does it: the best remaining detection absorbs every other with IoU above the
 * threshold, and its box and keypoints become the score-weighted mean of the group (score stays the best's).
 * Averaging the ~10 overlapping anchor outputs is what makes the keypoints steadier than any single anchor.
 */
export function weightedNms(detections: Detection[], iouThreshold: number): Detection[] {
  let remaining = [...detections].sort((a, b) => b.score - a.score);
  const kept: Detection[] = [];
  while (remaining.length > 0) {
    const best = remaining[0]!;
    const group = remaining.filter((d) => iou(best, d) > iouThreshold || d === best);
    remaining = remaining.filter((d) => !group.includes(d));
    const total = group.reduce((s, d) => s + d.score, 0);
    const mean = (f: (d: Detection) => number): number => group.reduce((s, d) => s + f(d) * d.score, 0) / total;
    kept.push({
      score: best.score,
      cx: mean((d) => d.cx),
      cy: mean((d) => d.cy),
      w: mean((d) => d.w),
      h: mean((d) => d.h),
      keypoints: best.keypoints.map((_, k) => ({ x: mean((d) => d.keypoints[k]!.x), y: mean((d) => d.keypoints[k]!.y) })),
    });
  }
  return kept;
}
