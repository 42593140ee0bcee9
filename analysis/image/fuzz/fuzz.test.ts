import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { setupNodeOrt } from '../../ml/node-models';
import { decodeNode } from '../decode-node';
import { withDeclaredSize } from './dims';
import { formatReport } from './format-report';
import { createFuzzCorpus, FUZZ_CATEGORIES, type FuzzCorpus } from './generate';
import { messageProblem } from './message-problem';
import { runFuzz } from './run-fuzz';

// The full run (5,000 inputs) is scripts/dev/fuzz-images.ts; this keeps every category and every bomb in CI.
const N = 300;

describe('image pipeline fuzzing (Node, sharp)', () => {
  let corpus: FuzzCorpus;
  beforeAll(async () => {
    setupNodeOrt();
    corpus = await createFuzzCorpus();
  });

  it('generates the same bytes for the same index', async () => {
    const again = await createFuzzCorpus();
    for (const i of [0, 1, 9, 22, 137, 4999]) expect(again.at(i).bytes).toEqual(corpus.at(i).bytes);
    expect(N).toBeGreaterThan(FUZZ_CATEGORIES.length * corpus.bombs.length / FUZZ_CATEGORIES.length);
  });

  it('patches declared sizes where decoders read them', async () => {
    for (const name of ['png', 'jpeg', 'gif', 'webp-animated', 'webp-lossy', 'webp-lossless-alpha']) {
      const seed = corpus.seeds.find((s) => s.name === name);
      const patched = withDeclaredSize(seed?.bytes ?? new Uint8Array(0), 5000, 3000);
      const meta = await sharp(patched ?? new Uint8Array(0)).metadata().catch(() => null);
      // GIF: libvips reports the frame, not the logical screen; the canvas is what browsers allocate.
      if (name !== 'gif') expect([name, meta?.width, meta?.height]).toEqual([name, 5000, 3000]);
    }
  });

  it('flags messages with stack traces or internals', () => {
    expect(messageProblem("couldn't decode image (truncated or corrupt)")).toBeNull();
    expect(messageProblem('')).toMatch(/empty/);
    expect(messageProblem('Error: x\n    at f (a.ts:1:2)')).toMatch(/stack/);
    expect(messageProblem('x'.repeat(200))).toMatch(/too long/);
  });

  it(`${N} hostile inputs: each gets a verdict or a clear error, none hangs or crashes`, async () => {
    const report = await runFuzz(corpus, N, decodeNode, { warmup: 50 });
    const text = formatReport(report);
    console.log(text);
    expect(report.problems, text).toEqual([]);
    expect([...report.byCategory.keys()].sort()).toEqual([...FUZZ_CATEGORIES].sort());
    // Unmodified seeds are valid images: all but TIFF (not accepted) must be analysed, not refused.
    const valid = report.byCategory.get('valid');
    expect((valid?.get('ok') ?? 0) + (valid?.get('no-face') ?? 0), text).toBeGreaterThanOrEqual(Math.floor(N / FUZZ_CATEGORIES.length) - 2);
    expect(report.rss.peakMb, text).toBeLessThan(1500);
  }, 180_000);
});
