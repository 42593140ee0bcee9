/**
 * GAN-face classifier preprocessing: RgbaImage → normalised NCHW Float32Array.
 * Mirrors models/training/preprocess.py step for step (parity-tested), and takes every constant
 * from models/config.json, which export.py writes next to the model:
 *   1. composite over white using alpha (transparent avatars render on white),
 *   2. centre square crop, then its central cropFraction (side ⌊s·f⌋), floored offsets,
 *   3. separable triangle-filter resize, antialiased (support = max(scale, 1)), rows then columns,
 *   4. (v / 255 − mean) / std, channels first.
 */
import raw from '../../models/config.json' with { type: 'json' };
import { perSize, workPlane } from '../image/reuse';
import type { RgbaImage } from '../image/types';
import { inputBuffer } from '../ml/model-runner';

/** The subset of models/config.json the app relies on. */
export interface GanModelConfig {
  version: string;
  model: string;
  sha256: string;
  inputName: string;
  outputName: string;
  inputSize: number;
  /** Share of the centre square's side the model sees (its central part: eyes to mouth). */
  cropFraction: number;
  layout: 'NCHW';
  mean: readonly [number, number, number];
  std: readonly [number, number, number];
  calibration: { method: string; a: number; b: number };
  threshold: number;
  thresholdLogit: number;
}

function checkConfig(c: typeof raw): GanModelConfig {
  // Fail loudly at import rather than feed the model garbage after a bad re-export.
  if (c.layout !== 'NCHW' || c.mean.length !== 3 || c.std.length !== 3 || !(c.inputSize > 0) || !(c.cropFraction > 0 && c.cropFraction <= 1)) {
    throw new Error('[sockscope:gan-classifier] models/config.json has an unexpected layout/mean/std/inputSize/cropFraction');
  }
  return { ...c, layout: 'NCHW', mean: [c.mean[0]!, c.mean[1]!, c.mean[2]!], std: [c.std[0]!, c.std[1]!, c.std[2]!] };
}

/** Model settings exported with the ONNX file (never duplicate these by hand). */
export const GAN_MODEL_CONFIG: GanModelConfig = checkConfig(raw);

/** Triangle-filter taps of a resize: output i reads source [lo[i], hi[i]) with weights w[i·src + j]. */
export interface ResizeTaps {
  lo: Int32Array;
  hi: Int32Array;
  w: Float64Array;
}

/** (dst × src) row-stochastic triangle-filter weights, same formula as preprocess.resize_weights. */
export function resizeTaps(src: number, dst: number): ResizeTaps {
  const scale = src / dst;
  const support = Math.max(scale, 1);
  const w = new Float64Array(dst * src);
  const lo = new Int32Array(dst);
  const hi = new Int32Array(dst);
  for (let i = 0; i < dst; i++) {
    const centre = (i + 0.5) * scale;
    // Outside [centre − support, centre + support) every weight is 0, so the bounds only save work.
    lo[i] = Math.max(Math.floor(centre - support), 0);
    hi[i] = Math.min(Math.ceil(centre + support), src);
    let total = 0;
    for (let j = lo[i]!; j < hi[i]!; j++) {
      const v = Math.max(0, 1 - Math.abs(j + 0.5 - centre) / support);
      w[i * src + j] = v;
      total += v;
    }
    for (let j = lo[i]!; j < hi[i]!; j++) w[i * src + j]! /= total;
  }
  return { lo, hi, w };
}

/** The same taps packed output-major, `stride` slots per output, so a row pass reads them contiguously. */
interface PackedTaps {
  lo: Int32Array;
  count: Int32Array;
  w: Float64Array;
  stride: number;
}

function packTaps({ lo, hi, w }: ResizeTaps, src: number): PackedTaps {
  const dst = lo.length;
  let stride = 0;
  for (let i = 0; i < dst; i++) stride = Math.max(stride, hi[i]! - lo[i]!);
  const packed = new Float64Array(dst * stride);
  const count = new Int32Array(dst);
  for (let i = 0; i < dst; i++) {
    count[i] = hi[i]! - lo[i]!;
    for (let k = 0; k < count[i]!; k++) packed[i * stride + k] = w[i * src + lo[i]! + k]!;
  }
  return { lo, count, w: packed, stride };
}

// Avatars come in a handful of sizes (400, 200, 96…): compute each filter once.
const cachedTaps = perSize((src: number, dst: number) => packTaps(resizeTaps(src, dst), src));

// Scratch planes reused across calls (the function is synchronous, so calls never overlap). Only
// avatar-sized planes are kept.
const KEEP_MAX = 3 * 640 * 128;
const rowPlane = workPlane(KEEP_MAX);
const horizPlane = workPlane(KEEP_MAX);

/** Converts decoded pixels to the classifier input tensor (1 × 3 × S × S, float32). */
export function preprocessForClassifier(img: RgbaImage, config: GanModelConfig = GAN_MODEL_CONFIG): Float32Array {
  const { width, height, data } = img;
  if (Math.min(width, height) < 1) throw new Error('[sockscope:gan-classifier] empty image');
  const side = Math.max(1, Math.floor(Math.min(width, height) * config.cropFraction));
  const x0 = Math.floor((width - side) / 2);
  const y0 = Math.floor((height - side) / 2);
  const size = config.inputSize;
  const { lo, count, w, stride } = cachedTaps(side, size);
  // Horizontal pass, one source row at a time: composite that row over white into three planar
  // buffers, then every output column reads its taps from cache-resident memory, all three channels
  // in one loop. (Column-outer loops over a composited copy of the whole crop were 3x slower.)
  const row = rowPlane(3 * side);
  const horiz = horizPlane(3 * side * size);
  const g = side;
  const b = 2 * side;
  for (let y = 0; y < side; y++) {
    let p = ((y0 + y) * width + x0) * 4;
    for (let x = 0; x < side; x++, p += 4) {
      const alpha = data[p + 3]!;
      // Opaque pixels (nearly all avatars) skip the blend; it would give the same values.
      if (alpha === 255) {
        row[x] = data[p]!;
        row[g + x] = data[p + 1]!;
        row[b + x] = data[p + 2]!;
        continue;
      }
      const a = alpha / 255;
      const white = 255 * (1 - a);
      row[x] = data[p]! * a + white;
      row[g + x] = data[p + 1]! * a + white;
      row[b + x] = data[p + 2]! * a + white;
    }
    const hr = y * size;
    const hg = (side + y) * size;
    const hb = (2 * side + y) * size;
    for (let ox = 0; ox < size; ox++) {
      const j = lo[ox]!;
      const wb = ox * stride;
      const n = count[ox]!;
      let vr = 0;
      let vg = 0;
      let vb = 0;
      for (let k = 0; k < n; k++) {
        const wt = w[wb + k]!;
        vr += wt * row[j + k]!;
        vg += wt * row[g + j + k]!;
        vb += wt * row[b + j + k]!;
      }
      horiz[hr + ox] = vr;
      horiz[hg + ox] = vg;
      horiz[hb + ox] = vb;
    }
  }
  // Vertical pass, then normalisation into NCHW (every element written, so a recycled buffer is fine).
  const out = inputBuffer(3 * size * size);
  for (let c = 0; c < 3; c++) {
    const mean = config.mean[c]!;
    const std = config.std[c]!;
    for (let oy = 0; oy < size; oy++) {
      const wb = oy * stride;
      const n = count[oy]!;
      const base = (c * side + lo[oy]!) * size;
      const ob = (c * size + oy) * size;
      for (let ox = 0; ox < size; ox++) {
        let acc = 0;
        for (let k = 0; k < n; k++) acc += w[wb + k]! * horiz[base + k * size + ox]!;
        out[ob + ox] = (acc / 255 - mean) / std;
      }
    }
  }
  return out;
}
