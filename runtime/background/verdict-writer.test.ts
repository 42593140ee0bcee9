import { describe, expect, it, vi } from 'vitest';
import { MemoryVerdictCache } from './verdict-cache';
import { VerdictWriter } from './verdict-writer';
import type { ImageVerdict } from '../../core/verdict';

const v = (sha: string): ImageVerdict => ({ status: 'no-face', sha256: sha, width: 1, height: 1, reasons: [], modelVersion: 'm', phash: null });

describe('VerdictWriter', () => {
  it('resolves each put only once its verdicts are stored', async () => {
    const cache = new MemoryVerdictCache();
    const w = new VerdictWriter(cache);
    await w.put([['https://i/1', v('1')]]);
    expect(await cache.get('https://i/1')).toBeDefined();
  });

  it('groups what arrives while a write is under way into the next write', async () => {
    const cache = new MemoryVerdictCache();
    let release: () => void = () => undefined;
    const putMany = vi.spyOn(cache, 'putMany').mockImplementationOnce(() => new Promise<void>((r) => (release = r)));
    const w = new VerdictWriter(cache);
    const first = w.put([['https://i/1', v('1')]]);
    await Promise.resolve();
    await Promise.resolve();
    const later = [w.put([['https://i/2', v('2')]]), w.put([['https://i/3', v('3')]])];
    let laterDone = false;
    void Promise.all(later).then(() => (laterDone = true));
    await new Promise((r) => setTimeout(r, 5));
    expect(laterDone).toBe(false);
    release();
    await Promise.all([first, ...later]);
    expect(putMany.mock.calls.map((c) => c[0].map(([u]) => u))).toEqual([['https://i/1'], ['https://i/2', 'https://i/3']]);
    expect(await cache.get('https://i/3')).toBeDefined();
  });

  it('a failed write is logged and does not hold its callers forever', async () => {
    const cache = new MemoryVerdictCache();
    vi.spyOn(cache, 'putMany').mockRejectedValueOnce(new Error('quota'));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await new VerdictWriter(cache).put([['https://i/1', v('1')]]);
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });
});
