import { describe, expect, it } from 'vitest';
import { generateAnchors } from './anchors';
import { BLAZEFACE } from './blazeface-config';
import { decodeDetections, iou, weightedNms, type Detection } from './detections';

const anchors = generateAnchors(BLAZEFACE.anchors, 128, 128);

describe('generateAnchors (BlazeFace short range)', () => {
  it('makes 896 anchors: 16×16×2 at stride 8, then 8×8×6 at stride 16', () => {
    expect(anchors.length / 4).toBe(896);
    expect([...anchors.slice(0, 8)]).toEqual([0.5 / 16, 0.5 / 16, 1, 1, 0.5 / 16, 0.5 / 16, 1, 1]);
    // last stride-8 cell, then the first stride-16 cell
    expect(anchors[511 * 4]).toBeCloseTo(15.5 / 16);
    expect(anchors[512 * 4]).toBeCloseTo(0.5 / 8);
    expect(anchors[895 * 4 + 1]).toBeCloseTo(7.5 / 8);
  });
});

describe('decodeDetections', () => {
  const { decode } = BLAZEFACE;
  it('adds raw offsets (input pixels) to the kept anchor and applies minScore itself', () => {
    // Three rows kept by the graph: anchors 3 and 700 score below minScore (σ(−0.01) < 0.5), 600 above.
    const i = 600;
    const index = new Float32Array([3, i, 700]);
    const logits = new Float32Array([-0.01, 2, -10]); // σ(2) ≈ 0.88
    const boxes = new Float32Array(3 * 16).fill(1);
    boxes.set([6.4, -12.8, 64, 32, 12.8, 0], 16); // dx = +0.05, dy = −0.1, w = 0.5, h = 0.25, eye 0: +0.1
    const found = decodeDetections({ index, logits, boxes }, anchors, decode);
    expect(found).toHaveLength(1);
    const d = found[0]!;
    expect(d.score).toBeCloseTo(1 / (1 + Math.exp(-2)), 6);
    expect(d.cx).toBeCloseTo(anchors[i * 4]! + 0.05, 6);
    expect(d.cy).toBeCloseTo(anchors[i * 4 + 1]! - 0.1, 6);
    expect([d.w, d.h]).toEqual([0.5, 0.25]);
    expect(d.keypoints).toHaveLength(6);
    expect(d.keypoints[0]!.x).toBeCloseTo(anchors[i * 4]! + 0.1, 6);
  });
  it('decodes nothing when the graph kept no anchor', () => {
    expect(decodeDetections({ index: new Float32Array(0), logits: new Float32Array(0), boxes: new Float32Array(0) }, anchors, decode)).toEqual([]);
  });
  it('refuses outputs that disagree in length or name an anchor that does not exist', () => {
    const one = { index: new Float32Array([5]), logits: new Float32Array([1]), boxes: new Float32Array(16) };
    expect(() => decodeDetections({ ...one, boxes: new Float32Array(15) }, anchors, decode)).toThrow('detector outputs disagree');
    expect(() => decodeDetections({ ...one, logits: new Float32Array(2) }, anchors, decode)).toThrow('detector outputs disagree');
    for (const bad of [896, -1, 2.5, NaN]) {
      expect(() => decodeDetections({ ...one, index: new Float32Array([bad]) }, anchors, decode)).toThrow('outside 0–895');
    }
  });
});

describe('weightedNms', () => {
  const det = (score: number, cx: number, kx: number): Detection => ({ score, cx, cy: 0.5, w: 0.4, h: 0.4, keypoints: [{ x: kx, y: 0.5 }] });
  it('merges overlapping detections into their score-weighted mean and keeps separate faces', () => {
    const kept = weightedNms([det(0.6, 0.52, 0.4), det(0.9, 0.5, 0.3), det(0.8, 0.1, 0.1)], 0.3);
    expect(kept).toHaveLength(2);
    expect(kept[0]!.score).toBe(0.9);
    expect(kept[0]!.cx).toBeCloseTo((0.9 * 0.5 + 0.6 * 0.52) / 1.5, 12);
    expect(kept[0]!.keypoints[0]!.x).toBeCloseTo((0.9 * 0.3 + 0.6 * 0.4) / 1.5, 12);
    expect(kept[1]!.cx).toBeCloseTo(0.1, 12);
  });
  it('computes IoU', () => {
    expect(iou(det(1, 0.5, 0), det(1, 0.5, 0))).toBeCloseTo(1);
    expect(iou(det(1, 0.5, 0), det(1, 0.7, 0))).toBeCloseTo(0.2 / 0.6);
  });
});
