/** The learned GAN-face classifier as an evidence provider (whole avatar in, calibrated probability out). */
import { classify, isLikelyGan } from './gan-classifier';
import { GAN_MODEL_CONFIG } from './classifier-preprocess';
import { ganEyeDistance } from '../eyes/eye-geometry';
import { GAN_CLASSIFIER_SOURCE, type EvidenceProvider } from '../evidence';

export const ganClassifierProvider: EvidenceProvider = {
  name: GAN_CLASSIFIER_SOURCE,
  version: GAN_MODEL_CONFIG.version,
  // It reads the avatar's centre crop, wherever the detector puts the face.
  faceIndependent: true,
  skipReason({ face, config }) {
    const d = ganEyeDistance(face.eyes);
    if (d < config.skipClassifierFrom) return null;
    return `Our GAN-face model was not run: the eyes are far from the StyleGAN position (distance ${d.toFixed(3)} of the width; it runs below ${config.skipClassifierFrom.toFixed(3)}). That far off, only an extreme model score could lift this image to "medium", and no validation face had one.`;
  },
  async evaluate({ img }) {
    const s = await classify(img);
    const pct = Math.round(s.probability * 100);
    // The flag level is high on purpose (≤ 0.5% of real avatars reach it), so say it: "81%" alone reads
    // like a verdict to a reader who does not know the scale.
    const flagAt = Math.round(GAN_MODEL_CONFIG.threshold * 100);
    const reason = isLikelyGan(s)
      ? `Our GAN-face model finds traces of an AI-made face (${pct}% on its calibrated scale; it flags ≤ 0.5% of real validation avatars).`
      : `Our GAN-face model finds no strong trace of an AI-made face (${pct}% on its calibrated scale, below the ${flagAt}% it needs to flag one).`;
    return { source: GAN_CLASSIFIER_SOURCE, score: s.probability, logit: s.logit, reason };
  },
};
