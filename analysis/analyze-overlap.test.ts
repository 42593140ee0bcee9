import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeNode } from './image/decode-node';
import { GAN_MODEL_NAME } from './classifier/gan-classifier';
import { runModel as ortRun } from './ml/ort';
import { setModelRunner } from './ml/model-runner';
import { phash } from '../signals/phash';
import { hasShared, sharedPath } from '../utils/testing/shared-data';
import { analyzeImage, DEFAULT_PROVIDERS } from './analyze';
import { BLAZEFACE } from './detect/blazeface-config';
import type { EvidenceProvider } from './evidence';
import { setupNodeOrt } from './ml/node-models';

// A StyleGAN face: its eyes sit at the FFHQ spots, so the detector runs a refine pass after the first.
const GAN = 'data/faces/gan/stylegan2/dinablachman__realorfake/data__fake__fake_1.jpg';

describe.skipIf(!hasShared())('analysis order (work on this thread while a worker infers)', () => {
  beforeAll(() => setupNodeOrt());

  it('starts the face-independent classifier between the detector passes and the hash during the first, with the same verdict', async () => {
    const img = await decodeNode(new Uint8Array(await readFile(sharedPath(GAN))));
    const log: string[] = [];
    setModelRunner(async (name, feeds) => {
      log.push(name === BLAZEFACE.name ? 'detect' : name);
      return ortRun(name, feeds);
    });
    try {
      const overlapped = await analyzeImage(img, 'x', {
        phashOf: (i) => {
          log.push('phash');
          return phash(i);
        },
      });
      // Marked face-dependent, the classifier runs after both detector passes, as before this order existed.
      const sequential = DEFAULT_PROVIDERS.map((p): EvidenceProvider => ({ ...p, faceIndependent: false }));
      const before = log.length;
      const plain = await analyzeImage(img, 'x', { providers: sequential, phashOf: phash });
      expect(log.slice(0, 4)).toEqual(['detect', 'phash', GAN_MODEL_NAME, 'detect']);
      expect(log.slice(before)).toEqual(['detect', 'detect', GAN_MODEL_NAME]);
      expect(overlapped).toEqual(plain);
      expect(overlapped.status).toBe('ok');
    } finally {
      setModelRunner(ortRun);
    }
  });
});
