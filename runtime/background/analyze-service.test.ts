import { describe, expect, it, vi } from 'vitest';
import { ANALYSER_BATCHING } from '../../utils/batch-policy';
import { AnalyzeService } from './analyze-service';
import { MemoryVerdictCache } from './verdict-cache';
import type { UrlVerdict } from '../../utils/messages';

const ok = (url: string): UrlVerdict => ({
  url,
  verdict: { status: 'no-face', sha256: url, width: 1, height: 1, reasons: [], modelVersion: 'm', phash: null },
});

describe('AnalyzeService', () => {
  it('batches, dedups in-flight requests and caches results', async () => {
    const analyze = vi.fn(async (urls: string[]) => urls.map(ok));
    const s = new AnalyzeService({ analyze, cache: new MemoryVerdictCache() });
    const [a, b] = await Promise.all([s.analyzeAll(['https://i/1', 'https://i/2']), s.analyzeAll(['https://i/1'])]);
    expect(a.map((r) => r.url)).toEqual(['https://i/1', 'https://i/2']);
    expect(b[0]?.verdict.status).toBe('no-face');
    expect(analyze).toHaveBeenCalledTimes(1);
    expect(analyze.mock.calls[0]?.[0]).toEqual(['https://i/1', 'https://i/2']);
    await s.analyzeAll(['https://i/2']);
    expect(analyze).toHaveBeenCalledTimes(1);
  });

  it('turns an analyser failure into error verdicts and does not cache them durably', async () => {
    const analyze = vi.fn(async () => {
      throw new Error('offscreen gone');
    });
    const cache = new MemoryVerdictCache();
    const s = new AnalyzeService({ analyze, cache });
    const [r] = await s.analyzeAll(['https://i/x']);
    expect(r?.verdict).toEqual({ status: 'error', error: 'the image analyser did not answer' });
    expect(await cache.get('https://i/x')).toBeUndefined();
  });

  it('sends an idle analyser a small first batch, then full ones', async () => {
    const analyze = vi.fn(async (urls: string[]) => urls.map(ok));
    const s = new AnalyzeService({ analyze, cache: new MemoryVerdictCache() });
    await s.analyzeAll(Array.from({ length: 40 }, (_, i) => `https://i/${i}`));
    expect(analyze.mock.calls.map((c) => c[0].length)).toEqual([4, 16, 16, 4]);
    // Only the idle analyser's batch is answered URL by URL; a busy one's are answered whole.
    expect(analyze.mock.calls.map((c) => (c as unknown[])[1] !== undefined)).toEqual([true, false, false, false]);
  });

  it('splits large queues into bounded batches', async () => {
    const analyze = vi.fn(async (urls: string[]) => urls.map(ok));
    const s = new AnalyzeService({ analyze, cache: new MemoryVerdictCache(), policy: { ...ANALYSER_BATCHING, batch: 4 } });
    await s.analyzeAll(Array.from({ length: 10 }, (_, i) => `https://i/${i}`));
    expect(analyze.mock.calls.map((c) => c[0].length)).toEqual([4, 4, 2]);
  });

  it('stores a batch of verdicts in one write before answering, errors excepted', async () => {
    const cache = new MemoryVerdictCache();
    const putMany = vi.spyOn(cache, 'putMany');
    const analyze = vi.fn(async (urls: string[]) => urls.map((u) => (u.endsWith('bad') ? { url: u, verdict: { status: 'error' as const, error: '404' } } : ok(u))));
    const s = new AnalyzeService({ analyze, cache });
    await s.analyzeAll(['https://i/1', 'https://i/2', 'https://i/bad']);
    expect(putMany).toHaveBeenCalledTimes(1);
    expect(putMany.mock.calls[0]?.[0].map(([u]) => u)).toEqual(['https://i/1', 'https://i/2']);
    expect(await cache.get('https://i/2')).toBeDefined();
    expect(await cache.get('https://i/bad')).toBeUndefined();
  });

  it('reads the store once per call, skipping URLs already in flight or known to fail', async () => {
    const cache = new MemoryVerdictCache();
    await cache.putMany([['https://i/stored', ok('https://i/stored').verdict]]);
    const getMany = vi.spyOn(cache, 'getMany');
    const analyze = vi.fn(async (urls: string[]) => urls.map((u) => (u.endsWith('bad') ? { url: u, verdict: { status: 'error' as const, error: '404' } } : ok(u))));
    const s = new AnalyzeService({ analyze, cache });
    await s.analyzeAll(['https://i/bad']);
    const first = s.analyzeAll(['https://i/1', 'https://i/stored', 'https://i/1', 'https://i/bad']);
    const second = s.analyzeAll(['https://i/1', 'https://i/2']);
    const [a, b] = await Promise.all([first, second]);
    expect(getMany.mock.calls.map((c) => c[0])).toEqual([['https://i/bad'], ['https://i/1', 'https://i/stored'], ['https://i/2']]);
    expect(a.map((r) => r.verdict.status)).toEqual(['no-face', 'no-face', 'no-face', 'error']);
    expect(b.map((r) => r.url)).toEqual(['https://i/1', 'https://i/2']);
    expect(analyze.mock.calls.flatMap((c) => c[0])).toEqual(['https://i/bad', 'https://i/1', 'https://i/2']);
  });

  it('keeps two batches at the analyser, never more', async () => {
    let running = 0;
    let most = 0;
    const analyze = vi.fn(async (urls: string[]) => {
      most = Math.max(most, ++running);
      await new Promise((r) => setTimeout(r, 5));
      running--;
      return urls.map(ok);
    });
    const s = new AnalyzeService({ analyze, cache: new MemoryVerdictCache(), policy: { ...ANALYSER_BATCHING, batch: 4 } });
    const out = await s.analyzeAll(Array.from({ length: 30 }, (_, i) => `https://i/${i}`));
    expect(out.every((r) => r.verdict.status === 'no-face')).toBe(true);
    expect(most).toBe(2);
    expect(analyze.mock.calls.flatMap((c) => c[0])).toHaveLength(30);
    const one = new AnalyzeService({ analyze, cache: new MemoryVerdictCache(), policy: { ...ANALYSER_BATCHING, batch: 4, inFlight: 1 } });
    most = 0;
    await one.analyzeAll(Array.from({ length: 12 }, (_, i) => `https://j/${i}`));
    expect(most).toBe(1);
  });

  it('settles an avatar the analyser pushes ahead of its batch, stored first; the rest with the batch', async () => {
    const cache = new MemoryVerdictCache();
    let finish: () => void = () => undefined;
    const analyze = vi.fn((urls: string[], onEach?: (r: UrlVerdict) => void) => {
      onEach?.(ok(urls[1]!));
      return new Promise<UrlVerdict[]>((r) => (finish = () => r(urls.map(ok))));
    });
    const s = new AnalyzeService({ analyze, cache });
    const [gan, photo] = s.analyzeEach(['https://i/gan', 'https://i/photo']);
    expect((await photo!).status).toBe('no-face');
    expect(await cache.get('https://i/photo')).toBeDefined();
    expect(await cache.get('https://i/gan')).toBeUndefined();
    finish();
    expect((await gan!).status).toBe('no-face');
    expect(await cache.get('https://i/gan')).toBeDefined();
    expect(analyze).toHaveBeenCalledTimes(1);
  });
});
