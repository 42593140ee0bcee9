/** SSD anchors exactly as MediaPipe's SsdAnchorsCalculator builds them (ssd_anchors_calculator.cc). */
import type { AnchorOptions } from './blazeface-config';

/** Anchors as a flat [cx, cy, w, h] × n array, in fractions of the model input. */
export function generateAnchors(o: AnchorOptions, inputWidth: number, inputHeight: number): Float32Array {
  const out: number[] = [];
  const scaleAt = (i: number): number =>
    o.numLayers === 1 ? (o.minScale + o.maxScale) / 2 : o.minScale + ((o.maxScale - o.minScale) * i) / (o.numLayers - 1);
  let layer = 0;
  while (layer < o.numLayers) {
    const widths: number[] = [];
    const heights: number[] = [];
    // Consecutive layers with the same stride share one feature map, so their anchors are emitted together.
    let last = layer;
    while (last < o.strides.length && o.strides[last] === o.strides[layer]) {
      const scale = scaleAt(last);
      const pairs: Array<[number, number]> = [];
      if (last === 0 && o.reduceBoxesInLowestLayer) {
        pairs.push([1.0, 0.1], [2.0, scale], [0.5, scale]);
      } else {
        for (const ratio of o.aspectRatios) pairs.push([ratio, scale]);
        if (o.interpolatedScaleAspectRatio > 0) {
          const next = last === o.strides.length - 1 ? 1.0 : scaleAt(last + 1);
          pairs.push([o.interpolatedScaleAspectRatio, Math.sqrt(scale * next)]);
        }
      }
      for (const [ratio, s] of pairs) {
        heights.push(s / Math.sqrt(ratio));
        widths.push(s * Math.sqrt(ratio));
      }
      last++;
    }
    const stride = o.strides[layer]!;
    const fmH = Math.ceil(inputHeight / stride);
    const fmW = Math.ceil(inputWidth / stride);
    for (let y = 0; y < fmH; y++) {
      for (let x = 0; x < fmW; x++) {
        for (let a = 0; a < widths.length; a++) {
          const w = o.fixedAnchorSize ? 1 : widths[a]!;
          const h = o.fixedAnchorSize ? 1 : heights[a]!;
          out.push((x + o.offsetX) / fmW, (y + o.offsetY) / fmH, w, h);
        }
      }
    }
    layer = last;
  }
  return Float32Array.from(out);
}
