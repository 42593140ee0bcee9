import { messageProblem } from '../analysis/image/fuzz/message-problem';
import { FUZZ_CATEGORIES } from '../analysis/image/fuzz/generate';
import type { UrlVerdict } from '../utils/messages';
import { fuzzCorpus } from './fixtures/hostile-images';
import { attachTarget, browserCdp, evalIn, offscreenAnalyze, type TargetChannel } from './fixtures/hostile-cdp';
import { expect, test } from './support/fixtures';
import { serviceWorker } from './support/launch';
import { extensionProcessMemory, formatMemory } from './support/process-memory';

// 40 per category in CI; `npm run fuzz:browser` runs 5,000 (SOCKSCOPE_FUZZ_N), as does the Node run
// (scripts/dev/fuzz-images.ts). Batches match the protocol's cap.
const N = Number(process.env.SOCKSCOPE_FUZZ_N ?? FUZZ_CATEGORIES.length * 40);
const BATCH = 64;

interface Heap {
  usedSize: number;
  totalSize: number;
}

test(`${N} fuzzed images in the offscreen document: every URL gets a verdict, the document survives`, async ({ context }) => {
  test.setTimeout(60_000 + N * 200);
  const corpus = await fuzzCorpus();
  const sw = await serviceWorker(context);
  // Warm-up batch also creates the offscreen document, so we can attach to it before the run.
  expect(await offscreenAnalyze(sw, ['https://pbs.twimg.com/fuzz/0'])).toHaveLength(1);
  const { cdp } = await browserCdp(context);
  const off = (await attachTarget(cdp, '/offscreen.html')) as TargetChannel;
  expect(off).not.toBeNull();
  await evalIn(off, 'window.__hardeningMark = 42');
  const heapBefore = await off.send<Heap>('Runtime.getHeapUsage');
  const procBefore = await extensionProcessMemory(context);

  const byCategory = new Map<string, Map<string, number>>();
  const byError = new Map<string, number>();
  const problems: string[] = [];
  const t0 = Date.now();
  let peakHeap = heapBefore.usedSize;
  for (let start = 0; start < N; start += BATCH) {
    const urls = Array.from({ length: Math.min(BATCH, N - start) }, (_, k) => `https://pbs.twimg.com/fuzz/${start + k}`);
    const res = await offscreenAnalyze(sw, urls);
    expect(typeof res, `batch at ${start}: ${String(res)}`).not.toBe('string');
    const results = res as UrlVerdict[];
    expect(results.map((r) => r.url)).toEqual(urls);
    results.forEach((r, k) => {
      const c = corpus.at(start + k);
      const row = byCategory.get(c.category) ?? new Map<string, number>();
      row.set(r.verdict.status, (row.get(r.verdict.status) ?? 0) + 1);
      byCategory.set(c.category, row);
      if (r.verdict.status !== 'error') return;
      byError.set(r.verdict.error.replace(/\d+(\.\d+)?/g, 'N'), (byError.get(r.verdict.error.replace(/\d+(\.\d+)?/g, 'N')) ?? 0) + 1);
      const p = messageProblem(r.verdict.error);
      if (p) problems.push(`#${start + k} ${c.name}: ${p} "${r.verdict.error}"`);
    });
    peakHeap = Math.max(peakHeap, (await off.send<Heap>('Runtime.getHeapUsage')).usedSize);
  }
  const ms = Date.now() - t0;
  const heapAfter = await off.send<Heap>('Runtime.getHeapUsage');
  const procAfter = await extensionProcessMemory(context);
  const mem = await evalIn<{ used: number; coi: boolean }>(off, '({ used: performance.memory.usedJSHeapSize, coi: crossOriginIsolated })');
  const mb = (b: number): string => (b / 2 ** 20).toFixed(1);
  console.log(`[hardening-fuzz] ${N} inputs in ${(ms / 1000).toFixed(1)} s (${(ms / N).toFixed(1)} ms each, fetch included)`);
  for (const [cat, row] of byCategory) console.log(`  ${cat.padEnd(14)} ${[...row].map(([s, n]) => `${s} ${n}`).join(', ')}`);
  for (const [msg, n] of [...byError].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(4)}  ${msg}`);
  console.log(`  offscreen JS heap MB: before ${mb(heapBefore.usedSize)}, peak ${mb(peakHeap)}, after ${mb(heapAfter.usedSize)} (performance.memory ${mb(mem.used)}; crossOriginIsolated ${mem.coi})`);
  console.log(`  extension process: before ${formatMemory(procBefore)}; after ${formatMemory(procAfter)}`);

  expect(problems).toEqual([]);
  // Same document all along: not crashed and recreated behind our back.
  expect(await evalIn(off, 'window.__hardeningMark')).toBe(42);
  const valid = byCategory.get('valid');
  expect((valid?.get('ok') ?? 0) + (valid?.get('no-face') ?? 0)).toBeGreaterThan(30);
  expect(heapAfter.usedSize).toBeLessThan(heapBefore.usedSize + 64 * 2 ** 20);
  await off.detach();
});

test('a translucent avatar decodes the same whatever was decoded before it (the canvas is reused)', async ({ context }) => {
  const corpus = await fuzzCorpus();
  const find = (name: string): string => {
    for (let i = 0; i < 2_000; i++) if (corpus.at(i).name === name) return `https://pbs.twimg.com/fuzz/${i}`;
    throw new Error(`no fuzz case named ${name}`);
  };
  const [alpha, grey, palette] = [find('valid png-alpha'), find('valid jpeg-grey'), find('valid png-palette')];
  const sw = await serviceWorker(context);
  const phashAfter = async (before: string): Promise<string | null> => {
    expect(await offscreenAnalyze(sw, [before])).toHaveLength(1);
    const [r] = (await offscreenAnalyze(sw, [alpha])) as UrlVerdict[];
    return r && r.verdict.status !== 'error' ? r.verdict.phash : null;
  };
  const afterGrey = await phashAfter(grey);
  expect(afterGrey).toMatch(/^[0-9a-f]{16}$/);
  expect(await phashAfter(palette)).toBe(afterGrey);
});
