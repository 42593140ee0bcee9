import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeNode } from '../image/decode-node';
import { GAN_MODEL_CONFIG } from './classifier-preprocess';
import { hasShared, sharedPath } from '../../utils/testing/shared-data';
import { ANALYSIS_CONFIG } from '../analysis-config';
import { detectFaces } from '../detect/face-detect';
import { ganClassifierProvider } from './gan-classifier-provider';
import { setupNodeOrt } from '../ml/node-models';

describe.skipIf(!hasShared())('the GAN-classifier reason', () => {
  beforeAll(() => setupNodeOrt());

  it('gives the flag level next to a score below it, so a reader can tell 81% from a flag', async () => {
    const path = sharedPath('data/faces', 'real/wild/Hossein88-eng__gender-classification-doe/data__man__alexander-kissler-872581_1280.jpg');
    const img = await decodeNode(new Uint8Array(await readFile(path)));
    const face = (await detectFaces(img))[0]!;
    const e = await ganClassifierProvider.evaluate({ img, face, config: ANALYSIS_CONFIG });
    expect(e.score).toBeLessThan(GAN_MODEL_CONFIG.threshold);
    expect(e.reason).toContain(`${Math.round(e.score * 100)}% on its calibrated scale, below the ${Math.round(GAN_MODEL_CONFIG.threshold * 100)}% it needs`);
  });
});
