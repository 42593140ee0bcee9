import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeNode } from './image/decode-node';
import { FORENSIC_MODEL_NAME } from './classifier/forensic-config';
import { runModel as ortRun } from './ml/ort';
import { setModelRunner } from './ml/model-runner';
import { phash } from '../signals/phash';
import { hasShared, sharedPath } from '../utils/testing/shared-data';
import { analyzeImage } from './analyze';
import { BLAZEFACE } from './detect/blazeface-config';
import { setupNodeOrt } from './ml/node-models';

// A StyleGAN face: its eyes sit at the FFHQ spots, so the detector refines, and stage 2 runs.
const GAN = 'data/faces/gan/stylegan2/dinablachman__realorfake/data__fake__fake_1.jpg';
// An ordinary portrait: its eyes are far off, so stage 2 never runs.
const PHOTO = 'data/faces/real/wild/Hossein88-eng__gender-classification-doe/data__man__alexander-kissler-872581_1280.jpg';

describe.skipIf(!hasShared())('analysis order (work on this thread while a worker infers)', () => {
  beforeAll(() => setupNodeOrt());

  async function runs(path: string): Promise<string[]> {
    const img = await decodeNode(new Uint8Array(await readFile(sharedPath(path))));
    const log: string[] = [];
    setModelRunner(async (name, feeds) => {
      log.push(name === BLAZEFACE.name ? 'detect' : name);
      return ortRun(name, feeds);
    });
    try {
      await analyzeImage(img, 'x', { phashOf: (i) => (log.push('phash'), phash(i)) });
    } finally {
      setModelRunner(ortRun);
    }
    return log;
  }

  it('hashes during the first detector pass, then runs stage 2 on the refined eyes of a GAN face', async () => {
    expect(await runs(GAN)).toEqual(['detect', 'phash', 'detect', FORENSIC_MODEL_NAME]);
  });

  it('spares an ordinary photo stage 2 altogether', async () => {
    expect(await runs(PHOTO)).not.toContain(FORENSIC_MODEL_NAME);
  });
});
