/**
 * Stage 2, the forensic classifier: the face warped into the FFHQ frame by its eyes (align-face.ts), then
 * the int8 model (models/training: a frozen ImageNet MobileNetV2 read at several depths, with a linear probe
 * trained on aligned GAN faces against aligned real photos). Inference goes through model-runner.ts.
 */
import type { RgbaImage } from '../image/types';
import type { Point } from '../../core/verdict';
import { inputBuffer, runModel } from '../ml/model-runner';
import { alignFace } from './align-face';
import { FORENSIC_CONFIG, FORENSIC_MODEL_NAME, type ForensicConfig } from './forensic-config';

/** The model's raw logit and its calibrated probability. */
export interface ForensicScore {
  logit: number;
  probability: number;
}

/** Raw logit → the calibrated probability the app shows (Platt scaling from the release). */
export function calibrated(logit: number, config: ForensicConfig = FORENSIC_CONFIG): number {
  const { a, b } = config.calibration;
  return 1 / (1 + Math.exp(-(a * logit + b)));
}

/** The calibrated probability → the raw logit it corresponds to (for thresholds). */
export function logitFor(probability: number, config: ForensicConfig = FORENSIC_CONFIG): number {
  const { a, b } = config.calibration;
  return (Math.log(probability / (1 - probability)) - b) / a;
}

/** Scores one face: eyes in fractions of the image's width and height. */
export async function scoreForensic(img: RgbaImage, eyes: { left: Point; right: Point }, config: ForensicConfig = FORENSIC_CONFIG): Promise<ForensicScore> {
  const { frame } = config;
  const data = alignFace(img, eyes, frame, inputBuffer(3 * frame.size * frame.size));
  const outputs = await runModel(FORENSIC_MODEL_NAME, { [config.inputName]: { data, dims: [1, 3, frame.size, frame.size] } });
  const logit = outputs[config.outputName]?.data[0];
  if (logit === undefined || !Number.isFinite(logit)) throw new Error(`[sockscope:forensic] model returned no '${config.outputName}' output`);
  return { logit, probability: calibrated(logit, config) };
}
