import { readFile } from 'node:fs/promises';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeNode } from '../image/decode-node';
import type { RgbaImage } from '../image/types';
import { GAN_MODEL_NAME } from './gan-classifier';
import { runModel as ortRun } from '../ml/ort';
import { setModelRunner } from '../ml/model-runner';
import { hasShared, sharedPath } from '../../utils/testing/shared-data';
import { ANALYSIS_CONFIG } from '../analysis-config';
import { analyzeImage } from '../analyze';
import { BLAZEFACE } from '../detect/blazeface-config';
import { eyeScore, FFHQ_EYES, ganEyeDistance } from '../eyes/eye-geometry';
import type { Face } from '../detect/face-detect';
import { ganClassifierProvider } from './gan-classifier-provider';
import { classifierLogitFor, eyeLogit, IMAGE_FUSION } from '../fusion/image-fusion';
import skipReport from '../../models/classifier-skip.json' with { type: 'json' };
import { setupNodeOrt } from '../ml/node-models';

/** A face whose eyes are the FFHQ spots moved right by dx (distance dx / √2). */
const faceShifted = (dx: number): Face => {
  const eyes = { left: { x: FFHQ_EYES.left.x + dx, y: FFHQ_EYES.left.y }, right: { x: FFHQ_EYES.right.x + dx, y: FFHQ_EYES.right.y } };
  return { score: 0.9, box: { x: 0.2, y: 0.2, w: 0.6, h: 0.6 }, keypoints: [eyes.right, eyes.left], eyes };
};
const img: RgbaImage = { width: 4, height: 4, data: new Uint8ClampedArray(64) };

describe('the skip distance still fits the shipped fusion (re-run scripts/eval-classifier-skip.ts when not)', () => {
  it('was measured for this distance and this fusion, on every image', () => {
    expect(skipReport.skipClassifierFrom).toBe(ANALYSIS_CONFIG.skipClassifierFrom);
    expect(skipReport.limit).toBeNull();
    expect(skipReport.fusion).toBe(IMAGE_FUSION.version);
  });

  it('from the limit on, "medium" needs a classifier logit of at least 4 (probability 0.98)', () => {
    const need = classifierLogitFor(0, eyeLogit(ANALYSIS_CONFIG.skipClassifierFrom, ANALYSIS_CONFIG.eye));
    expect(need).toBeGreaterThan(4);
  });
});

describe('the GAN-face classifier is skipped when the eyes are far from the StyleGAN spots', () => {
  const skip = (face: Face): string | null => ganClassifierProvider.skipReason!({ img, face, config: ANALYSIS_CONFIG });

  it('runs at the spots and just inside the limit, and is skipped from the limit on, saying why', () => {
    const gate = ANALYSIS_CONFIG.skipClassifierFrom;
    expect(skip(faceShifted(0))).toBeNull();
    expect(skip(faceShifted(gate * Math.SQRT2 * 0.999))).toBeNull();
    const far = faceShifted(gate * Math.SQRT2 * 1.001);
    expect(ganEyeDistance(far.eyes)).toBeGreaterThanOrEqual(gate);
    expect(skip(far)).toMatch(/^Our GAN-face model was not run: the eyes are far from the StyleGAN position \(distance 0\.115 of the width; it runs below 0\.115\)/);
  });
});

// An ordinary portrait, processed like an X avatar: its eyes sit far from the FFHQ spots.
const WILD = 'data/faces/real/wild/Hossein88-eng__gender-classification-doe/data__man__fashion-1835871_1280.jpg';

describe.skipIf(!hasShared())('analyzeImage with the skip, on a real photo from ../shared', () => {
  beforeAll(() => setupNodeOrt());

  it('never runs the classifier, keeps the band it would have had, and scores on the eye evidence alone', async () => {
    const jpeg = await sharp(sharedPath(WILD)).resize(400, 400, { fit: 'cover' }).jpeg({ quality: 85 }).toBuffer();
    const photo = await decodeNode(new Uint8Array(jpeg));
    const ran: string[] = [];
    setModelRunner(async (name, feeds) => {
      ran.push(name === BLAZEFACE.name ? 'detect' : name);
      return ortRun(name, feeds);
    });
    try {
      const skipped = await analyzeImage(photo, 'x');
      expect(ran).toEqual(['detect']);
      const full = await analyzeImage(photo, 'x', { config: { ...ANALYSIS_CONFIG, skipClassifierFrom: Infinity } });
      expect(ran).toEqual(['detect', 'detect', GAN_MODEL_NAME]);
      if (skipped.status !== 'ok' || full.status !== 'ok') throw new Error('expected a face');
      expect(skipped.eyeDistance).toBeGreaterThanOrEqual(ANALYSIS_CONFIG.skipClassifierFrom);
      expect(skipped.evidence?.map((e) => e.source)).toEqual(['eye-geometry']);
      expect(skipped.reasons[1]).toMatch(/^Our GAN-face model was not run/);
      expect(skipped.score).toBeCloseTo(eyeScore(skipped.eyeDistance, ANALYSIS_CONFIG.eye), 12);
      expect(full.evidence?.map((e) => e.source)).toEqual(['eye-geometry', 'gan-classifier']);
      expect(skipped.band).toBe('low');
      expect(full.band).toBe('low');
      expect(full.score).toBeLessThan(ANALYSIS_CONFIG.bands.medium);
    } finally {
      setModelRunner(ortRun);
    }
  });
});
