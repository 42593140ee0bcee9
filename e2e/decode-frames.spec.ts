// The browser decoder reads JPEGs through a VideoFrame into pooled buffers (analysis/image/decode-browser.ts).
// This checks, in the same Chromium, that those pixels are exactly getImageData's and that the pool is
// used, with the decoder's own code bundled into a plain page.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, expect, test } from '@playwright/test';
import { build, type Rolldown } from 'vite';
import { buildSeeds } from '../analysis/image/fuzz/seeds';
import { hasShared, sharedPath } from '../utils/testing/shared-data';
import { CHROMIUM } from './support/launch';

async function bundleDecoder(): Promise<string> {
  const out = (await build({
    configFile: false,
    logLevel: 'silent',
    build: { write: false, minify: false, lib: { entry: resolve(import.meta.dirname, '../analysis/image/decode-browser.ts'), formats: ['iife'], name: 'SockscopeDecode' } },
  })) as Rolldown.RolldownOutput[] | Rolldown.RolldownOutput;
  const chunk = (Array.isArray(out) ? out[0] : out)?.output[0];
  if (!chunk || chunk.type !== 'chunk') throw new Error('no bundle');
  return chunk.code;
}

/** A few JPEG avatars of different sizes from ../shared (real and GAN-made). */
function sharedJpegs(): { name: string; b64: string }[] {
  if (!hasShared()) return [];
  const dirs = ['data/faces/real/wild/Hossein88-eng__gender-classification-doe', 'data/faces/gan/stylegan2/xrv0__whichfaceisreal', 'data/faces/real/wild/warm-ice0x00__face-recognition-training'];
  return dirs.flatMap((d) =>
    readdirSync(sharedPath(d))
      .filter((f) => /\.jpe?g$/i.test(f))
      .slice(0, 4)
      .map((f) => ({ name: `${d}/${f}`, b64: readFileSync(sharedPath(d, f)).toString('base64') })),
  );
}

test('JPEGs decode to exactly getImageData\'s pixels through pooled buffers; others keep getImageData', async () => {
  const seeds = (await buildSeeds()).filter((s) => ['jpeg', 'png'].includes(s.format));
  const images = [
    ...seeds.map((s) => ({ name: s.name, type: s.contentType, b64: Buffer.from(s.bytes).toString('base64') })),
    ...sharedJpegs().map((j) => ({ ...j, type: 'image/jpeg' })),
  ];
  expect(images.filter((i) => i.type === 'image/jpeg').length).toBeGreaterThanOrEqual(hasShared() ? 15 : 5);
  const browser = await chromium.launch({ executablePath: CHROMIUM });
  try {
    const page = await browser.newPage();
    await page.addScriptTag({ content: await bundleDecoder() });
    const { results, concurrentDiffs } = (await page.evaluate(`(async (images) => {
      const inputs = [];
      for (const { name, type, b64 } of images) {
        const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
        const bitmap = await createImageBitmap(new Blob([bytes], { type }), { imageOrientation: 'from-image', premultiplyAlpha: 'none', colorSpaceConversion: 'none' });
        const ctx = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d');
        ctx.drawImage(bitmap, 0, 0);
        inputs.push({ name, type, bytes, want: ctx.getImageData(0, 0, bitmap.width, bitmap.height).data });
      }
      const maxDiff = (want, got) => {
        let diff = want.length === got.length ? 0 : 255;
        for (let i = 0; i < want.length; i++) diff = Math.max(diff, Math.abs(want[i] - got[i]));
        return diff;
      };
      const results = [];
      const seen = new Set();
      let largest = 0;
      for (const { name, type, bytes, want } of inputs) {
        const got = await SockscopeDecode.decodeBrowser(bytes, type);
        const pooled = typeof got.release === 'function';
        // The largest buffer so far is always free again by now, so any image that fits in it reuses one.
        const fits = got.data.length <= largest;
        results.push({ name, type, diff: maxDiff(want, got.data), pooled, reusedAsExpected: !pooled || seen.has(got.data.buffer) === fits });
        if (pooled) {
          seen.add(got.data.buffer);
          largest = Math.max(largest, got.data.buffer.byteLength);
        }
        got.release?.();
      }
      // All at once, as the analyser decodes: they share one canvas and the pool.
      const all = await Promise.all(inputs.map(({ bytes, type }) => SockscopeDecode.decodeBrowser(bytes, type)));
      const concurrentDiffs = all.map((got, i) => maxDiff(inputs[i].want, got.data));
      return { results, concurrentDiffs };
    })(${JSON.stringify(images)})`)) as {
      results: { name: string; type: string; diff: number; pooled: boolean; reusedAsExpected: boolean }[];
      concurrentDiffs: number[];
    };
    for (const r of results) {
      expect.soft(r.diff, r.name).toBe(0);
      expect.soft(r.pooled, r.name).toBe(r.type === 'image/jpeg');
      expect.soft(r.reusedAsExpected, r.name).toBe(true);
    }
    expect(concurrentDiffs).toEqual(results.map(() => 0));
    const jpegs = results.filter((r) => r.type === 'image/jpeg');
    console.log(`[decode-frames] ${results.length} images, ${jpegs.length} JPEGs read through pooled VideoFrame copies, max pixel difference ${Math.max(...results.map((r) => r.diff))}`);
  } finally {
    await browser.close();
  }
});
