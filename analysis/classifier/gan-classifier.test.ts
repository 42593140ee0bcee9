import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PNG } from 'pngjs';
import { afterAll, describe, expect, it } from 'vitest';
import { setupNodeOrt } from '../ml/node-models';
import type { RgbaImage } from '../image/types';
import { GAN_MODEL_CONFIG } from './classifier-preprocess';
import { calibratedProbability, classify, isLikelyGan } from './gan-classifier';
import { releaseSessions } from '../ml/ort';

const REPO = resolve(import.meta.dirname, '../..');

/** True when python3 with numpy + pillow + onnxruntime can run the reference; in CI a missing one is an error. */
function hasPython(modules: string): boolean {
  const ok = spawnSync('python3', ['-c', `import ${modules}`], { encoding: 'utf8' }).status === 0;
  if (!ok) {
    if (process.env.CI) throw new Error(`[sockscope:test] python3 with ${modules} is required in CI`);
    console.warn(`[sockscope:test] skipping ORT parity: python3 with ${modules} not importable`);
  }
  return ok;
}

/** Smooth synthetic "portrait": a disc on a gradient with seeded noise, so logits are not all alike. */
function synthetic(size: number, seed: number): RgbaImage {
  const data = new Uint8ClampedArray(size * size * 4);
  let s = seed;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      s = (s * 1664525 + 1013904223) >>> 0;
      const inside = (x - size / 2) ** 2 + (y - size / 2.2) ** 2 < (size / 3) ** 2;
      const p = (y * size + x) * 4;
      data[p] = inside ? 200 + (s & 31) : (x * 255) / size;
      data[p + 1] = inside ? 150 + ((s >>> 5) & 31) : (y * 200) / size;
      data[p + 2] = inside ? 120 + ((s >>> 10) & 63) : 90 + (seed % 100);
      data[p + 3] = 255;
    }
  }
  return { width: size, height: size, data };
}

describe('gan classifier', () => {
  setupNodeOrt();
  afterAll(() => releaseSessions());

  it('ships the model named in config.json with the recorded sha256', () => {
    const bytes = readFileSync(resolve(REPO, 'models', GAN_MODEL_CONFIG.model));
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(GAN_MODEL_CONFIG.sha256);
    expect(bytes.byteLength).toBeLessThanOrEqual(3 * 1024 * 1024);
  });

  it('maps the threshold logit to the threshold probability', () => {
    expect(calibratedProbability(GAN_MODEL_CONFIG.thresholdLogit)).toBeCloseTo(GAN_MODEL_CONFIG.threshold, 6);
    expect(isLikelyGan({ logit: GAN_MODEL_CONFIG.thresholdLogit, probability: GAN_MODEL_CONFIG.threshold })).toBe(true);
  });

  it.runIf(hasPython('numpy, PIL, onnxruntime'))('onnxruntime-web matches Python onnxruntime within 1e-3', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sockscope-gan-'));
    const images = [synthetic(400, 1), synthetic(200, 2), synthetic(96, 3), synthetic(48, 4), synthetic(150, 5)];
    const files = images.map((img, i) => {
      const png = new PNG({ width: img.width, height: img.height });
      png.data = Buffer.from(img.data);
      const path = join(dir, `f${i}.png`);
      writeFileSync(path, PNG.sync.write(png));
      return path;
    });
    const py = spawnSync('python3', ['-m', 'models.training.score', ...files], { cwd: REPO, encoding: 'utf8' });
    expect(py.status, py.stderr).toBe(0);
    const ref = JSON.parse(py.stdout) as Array<{ logit: number; probability: number }>;
    for (const [i, img] of images.entries()) {
      const got = await classify(img);
      expect(Math.abs(got.probability - ref[i]!.probability), `image ${i}`).toBeLessThan(1e-3);
      expect(Math.abs(got.logit - ref[i]!.logit), `image ${i}`).toBeLessThan(1e-2);
    }
  });
});
