/** One avatar → one AnalysedVerdict: detect the face and eyes, run the two stages, let the release's policy (core) decide. */
import type { RgbaImage } from './image/types';
import { ganEyeDistance } from './eyes/eye-geometry';
import { detectFaces, type DetectOptions } from './detect/face-detect';
import { scoreForensic } from './classifier/forensic-classifier';
import { MODEL_VERSION } from './model-version';
import { eyePixelsOf, noFaceReasons, releaseVerdict, textureDecides, type StageFigures } from '../core/release-verdict';
import type { AnalysedVerdict } from './analysed-verdict';
import { classifyNonPhoto } from './nonphoto/classify';

export interface AnalyzeOptions {
  detect?: DetectOptions;
  /** Computes the perceptual hash (called while the first detector pass runs); none without it. */
  phashOf?: (img: RgbaImage) => string;
  /** Run stage 2 on every face, not only where the eyes match and the face is large enough (evaluation). */
  forensicOnEveryFace?: boolean;
}

/** Analyses decoded pixels; errors from the models propagate (analyzeBytes turns them into verdicts). */
export async function analyzeImage(img: RgbaImage, sha256: string, opts: AnalyzeOptions = {}): Promise<AnalysedVerdict> {
  // Where models run in a worker (the offscreen document), the perceptual hash is computed on this
  // thread while the worker runs the detector's first pass.
  const detecting = detectFaces(img, opts.detect);
  const phash = opts.phashOf?.(img) ?? null;
  // Drawings, logos and defaults (a weak signal of its own) are told from photos whether or not a face is found.
  const nonPhoto = classifyNonPhoto(img);
  const base = { sha256, width: img.width, height: img.height, modelVersion: MODEL_VERSION, phash, nonPhoto };
  const face = (await detecting)[0];
  if (!face) return { status: 'no-face', ...base, reasons: noFaceReasons() };
  const eyeDistance = ganEyeDistance(face.eyes);
  const eyePixels = eyePixelsOf(face.eyes, img.width, img.height);
  const forensic = textureDecides(eyeDistance, eyePixels) || opts.forensicOnEveryFace ? await scoreForensic(img, face.eyes) : null;
  const figures: StageFigures = { eyeDistance, eyePixels, forensic };
  return {
    status: 'ok',
    ...base,
    eyes: face.eyes,
    eyeDistance,
    forensic,
    ...releaseVerdict(figures, img),
    faceScore: face.score,
  };
}
