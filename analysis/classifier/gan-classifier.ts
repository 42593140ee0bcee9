/**
 * GAN-face classifier: one RgbaImage in, a calibrated probability out. Inference goes through
 * model-runner.ts (ORT in this thread or in the offscreen inference worker); everything model-specific comes from
 * models/config.json via classifier-preprocess.ts.
 */
import type { RgbaImage } from '../image/types';
import { GAN_MODEL_CONFIG, preprocessForClassifier, type GanModelConfig } from './classifier-preprocess';
import { runModel } from '../ml/model-runner';

/** Raw model logit and its calibrated probability (Platt scaling fitted on validation avatars). */
export interface GanScore {
  probability: number;
  logit: number;
}

/** Name the ORT model loader is asked for ('gan-face-int8' → models/gan-face-int8.onnx). */
export const GAN_MODEL_NAME = GAN_MODEL_CONFIG.model.replace(/\.onnx$/, '');

/** Maps a raw logit to the calibrated probability shown in the app (p under a 50/50 prior, see MODEL_CARD). */
export function calibratedProbability(logit: number, config: GanModelConfig = GAN_MODEL_CONFIG): number {
  const { a, b } = config.calibration;
  return 1 / (1 + Math.exp(-(a * logit + b)));
}

/** True when a score reaches the shipped threshold (chosen for ≤ 0.5% FPR on real validation avatars). */
export function isLikelyGan(score: GanScore, config: GanModelConfig = GAN_MODEL_CONFIG): boolean {
  // Compare logits, not probabilities: exact, and independent of float rounding in the sigmoid.
  return score.logit >= config.thresholdLogit;
}

/** Scores one decoded avatar. */
export async function classify(img: RgbaImage): Promise<GanScore> {
  const cfg = GAN_MODEL_CONFIG;
  const data = preprocessForClassifier(img, cfg);
  const outputs = await runModel(GAN_MODEL_NAME, { [cfg.inputName]: { data, dims: [1, 3, cfg.inputSize, cfg.inputSize] } });
  const logit = outputs[cfg.outputName]?.data[0];
  if (logit === undefined) throw new Error(`[sockscope:gan-classifier] model returned no '${cfg.outputName}' output`);
  return { logit, probability: calibratedProbability(logit, cfg) };
}
