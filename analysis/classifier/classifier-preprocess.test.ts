import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import type { RgbaImage } from '../image/types';
import { GAN_MODEL_CONFIG, preprocessForClassifier, resizeTaps } from './classifier-preprocess';

const REPO = resolve(import.meta.dirname, '../..');

/** True when python3 with numpy + pillow can run the reference; in CI a missing Python is an error. */
function hasPython(modules: string): boolean {
  const ok = spawnSync('python3', ['-c', `import ${modules}`], { encoding: 'utf8' }).status === 0;
  if (!ok) {
    if (process.env.CI) throw new Error(`[sockscope:test] python3 with ${modules} is required in CI`);
    console.warn(`[sockscope:test] skipping Python parity: python3 with ${modules} not importable`);
  }
  return ok;
}

/** Deterministic synthetic image: gradients, a hard edge, noise and (optionally) partial transparency. */
function synthetic(width: number, height: number, seed: number, alpha: boolean): RgbaImage {
  const data = new Uint8ClampedArray(width * height * 4);
  let s = seed;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      s = (s * 1103515245 + 12345) >>> 0; // LCG: identical on every run
      const p = (y * width + x) * 4;
      data[p] = (x * 255) / width + (s & 15);
      data[p + 1] = (y * 255) / height;
      data[p + 2] = x > width / 2 ? 220 : (s >>> 8) & 255;
      data[p + 3] = alpha ? ((x + y) % 3 === 0 ? 0 : (s >>> 16) & 255) : 255;
    }
  }
  return { width, height, data };
}

function writePng(path: string, img: RgbaImage): RgbaImage {
  const png = new PNG({ width: img.width, height: img.height });
  png.data = Buffer.from(img.data);
  writeFileSync(path, PNG.sync.write(png));
  // Decode back so TS and Python read the very same pixels from the same file.
  const back = PNG.sync.read(readFileSync(path));
  return { width: back.width, height: back.height, data: new Uint8ClampedArray(back.data) };
}

const CASES: Array<[string, number, number, boolean]> = [
  ['x400-rgba', 400, 400, true],
  ['odd-97x131', 97, 131, false],
  ['wide-300x200', 300, 200, true],
  ['tiny-48', 48, 48, false],
  ['exact-128', 128, 128, false],
];

describe('classifier preprocess', () => {
  it('gives the same tensor whatever it preprocessed before (scratch buffers are reused, huge ones are not kept)', () => {
    const avatar = synthetic(400, 400, 7, true);
    const first = preprocessForClassifier(avatar);
    preprocessForClassifier(synthetic(1500, 1300, 8, false));
    preprocessForClassifier(synthetic(96, 96, 9, true));
    expect(preprocessForClassifier(avatar)).toEqual(first);
  });

  it('takes its size from models/config.json and outputs NCHW', () => {
    const out = preprocessForClassifier(synthetic(50, 60, 1, false));
    expect(out.length).toBe(3 * GAN_MODEL_CONFIG.inputSize ** 2);
  });

  it('resize taps are row-stochastic', () => {
    for (const src of [48, 128, 400]) {
      const { lo, hi, w } = resizeTaps(src, GAN_MODEL_CONFIG.inputSize);
      for (let i = 0; i < lo.length; i++) {
        let sum = 0;
        for (let j = lo[i]!; j < hi[i]!; j++) sum += w[i * src + j]!;
        expect(sum).toBeCloseTo(1, 12);
      }
    }
  });

  it.runIf(hasPython('numpy, PIL'))('matches models/training/preprocess.py within 1e-3', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sockscope-pre-'));
    const args: string[] = ['-m', 'models.training.preprocess'];
    const decoded = CASES.map(([name, w, h, alpha], i) => {
      const png = join(dir, `${name}.png`);
      args.push('--dump', png, join(dir, `${name}.bin`));
      return writePng(png, synthetic(w, h, 7 + i, alpha));
    });
    const py = spawnSync('python3', args, { cwd: REPO, encoding: 'utf8' });
    expect(py.status, py.stderr).toBe(0);
    CASES.forEach(([name], i) => {
      const buf = readFileSync(join(dir, `${name}.bin`));
      const ref = new Float32Array(buf.buffer, buf.byteOffset, buf.byteLength / 4);
      const ours = preprocessForClassifier(decoded[i]!);
      expect(ref.length).toBe(ours.length);
      let max = 0;
      for (let k = 0; k < ours.length; k++) max = Math.max(max, Math.abs(ours[k]! - ref[k]!));
      expect(max, name).toBeLessThan(1e-3);
    });
  });
});
