/** The learned GAN-face classifier as an evidence provider (whole avatar in, calibrated probability out). */
import { classify, isLikelyGan } from '../ml/gan-classifier.ts';
import { GAN_MODEL_CONFIG } from '../ml/classifier-preprocess.ts';
import type { EvidenceProvider } from './evidence.ts';

export const ganClassifierProvider: EvidenceProvider = {
  name: 'gan-classifier',
  version: GAN_MODEL_CONFIG.version,
  // It reads the avatar's centre crop, wherever the detector puts the face.
  faceIndependent: true,
  async evaluate({ img }) {
    const s = await classify(img);
    const pct = Math.round(s.probability * 100);
    // The flag level is high on purpose (≤ 0.5% of real avatars reach it), so say it: "81%" alone reads
    // like a verdict to a reader who does not know the scale.
    const flagAt = Math.round(GAN_MODEL_CONFIG.threshold * 100);
    const reason = isLikelyGan(s)
      ? `Our GAN-face model finds traces of an AI-made face (${pct}% on its calibrated scale; it flags ≤ 0.5% of real validation avatars).`
      : `Our GAN-face model finds no strong trace of an AI-made face (${pct}% on its calibrated scale, below the ${flagAt}% it needs to flag one).`;
    return { source: 'gan-classifier', score: s.probability, logit: s.logit, reason };
  },
};
