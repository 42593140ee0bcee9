/** One avatar → one AnalysedVerdict: detect the face, gather evidence, score, band, reasons. */
import type { RgbaImage } from './image/types';
import { ANALYSIS_CONFIG, bandFor, type AnalysisConfig } from './analysis-config';
import { BLAZEFACE } from './detect/blazeface-config';
import { combineEvidence, eyeGeometryProvider, type Evidence, type EvidenceProvider } from './evidence';
import { ganClassifierProvider } from './classifier/gan-classifier-provider';
import { IMAGE_FUSION } from './fusion/image-fusion';
import { ganEyeDistance } from './eyes/eye-geometry';
import { detectFaces, type DetectOptions, type Face } from './detect/face-detect';
import type { AnalysedVerdict } from './analysed-verdict';
import { classifyNonPhoto } from './nonphoto/classify';

export interface AnalyzeOptions {
  config?: AnalysisConfig;
  /** Evidence sources; default: eye geometry and the GAN-face classifier, fused (image-fusion.ts). */
  providers?: EvidenceProvider[];
  detect?: DetectOptions;
  /** Computes the perceptual hash (called while the first detector pass runs); none without it. */
  phashOf?: (img: RgbaImage) => string;
}

export const DEFAULT_PROVIDERS: EvidenceProvider[] = [eyeGeometryProvider, ganClassifierProvider];

/** The verdict's modelVersion: detector + config + every provider, so stored verdicts can be re-checked. */
export function modelVersionOf(config: AnalysisConfig, providers: EvidenceProvider[]): string {
  return [BLAZEFACE.version, config.version, ...providers.map((p) => `${p.name}@${p.version}`), IMAGE_FUSION.version].join('+');
}

/** Analyses decoded pixels; errors from the model propagate (analyzeBytes turns them into verdicts). */
export async function analyzeImage(img: RgbaImage, sha256: string, opts: AnalyzeOptions = {}): Promise<AnalysedVerdict> {
  const config = opts.config ?? ANALYSIS_CONFIG;
  const providers = opts.providers ?? DEFAULT_PROVIDERS;
  const modelVersion = modelVersionOf(config, providers);
  // Where models run in a worker (the offscreen document), each step below is ordered so that this
  // thread works while the worker infers: the perceptual hash during the first detector pass, the
  // classifier's preprocessing during the refine pass. Results do not depend on the order.
  const early = new Map<EvidenceProvider, Promise<Evidence>>();
  const startEarly = (first: Face): void => {
    for (const p of providers) {
      if (!p.faceIndependent || p.skipReason?.({ img, face: first, config })) continue;
      const run = p.evaluate({ img, face: first, config });
      // Awaited below once the detector is done; until then a failure must not count as unhandled.
      run.catch(() => undefined);
      early.set(p, run);
    }
  };
  const detecting = detectFaces(img, { ...opts.detect, onFirstFace: startEarly });
  const phash = opts.phashOf?.(img) ?? null;
  // Drawings, logos and defaults (a weak signal of its own) are told from photos whether or not a face is found.
  const nonPhoto = classifyNonPhoto(img);
  const base = { sha256, width: img.width, height: img.height, modelVersion, phash, nonPhoto };
  const face = (await detecting)[0];
  if (!face) return { status: 'no-face', ...base, reasons: ['No face found, so the GAN-face checks do not apply.'] };
  // A provider started early keeps its finding even if the refined face would have skipped it.
  const findings = await Promise.all(
    providers.map((p) => early.get(p) ?? p.skipReason?.({ img, face, config }) ?? p.evaluate({ img, face, config })),
  );
  const evidence = findings.filter((f): f is Evidence => typeof f !== 'string');
  const score = combineEvidence(evidence);
  return {
    status: 'ok',
    ...base,
    eyes: face.eyes,
    eyeDistance: ganEyeDistance(face.eyes),
    score,
    band: bandFor(score, config.bands),
    reasons: findings.map((f) => (typeof f === 'string' ? f : f.reason)),
    faceScore: face.score,
    evidence: evidence.map((e) => ({ source: e.source, score: e.score })),
  };
}
