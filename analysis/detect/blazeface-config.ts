/** Typed view of models/face-detector/blazeface.json, written by models/face-detector/convert_blazeface.py. */
import raw from '../../models/face-detector/blazeface.json' with { type: 'json' };

export interface AnchorOptions {
  numLayers: number;
  minScale: number;
  maxScale: number;
  strides: number[];
  aspectRatios: number[];
  offsetX: number;
  offsetY: number;
  fixedAnchorSize: boolean;
  interpolatedScaleAspectRatio: number;
  reduceBoxesInLowestLayer: boolean;
}

export interface BlazefaceConfig {
  name: string;
  file: string;
  version: string;
  sha256: string;
  input: { name: string; keepFrom: string; layout: string; width: number; height: number; range: number[]; letterbox: boolean };
  outputs: { index: string; scores: string; boxes: string };
  anchors: AnchorOptions;
  decode: { numBoxes: number; numCoords: number; numKeypoints: number; scale: number; scoreClip: number; minScore: number; keypoints: string[] };
  nms: { iouThreshold: number; weighted: boolean };
}

// `satisfies` makes tsc check the JSON against the interface, so a regenerated JSON that drifts fails the build.
const checked = raw satisfies BlazefaceConfig;

/** The shipped detector's config. */
export const BLAZEFACE: BlazefaceConfig = checked;
