import { describe, expect, it, vi } from 'vitest';
import { reinjectContentScripts, type ReinjectApi } from './reinject';

function fakeApi(tabs: Record<string, { id?: number; discarded?: boolean }[]>, failOn = -1): ReinjectApi & { calls: [number, string[]][] } {
  const calls: [number, string[]][] = [];
  return {
    calls,
    contentScripts: () => [
      { matches: ['https://x.com/*'], js: ['content-scripts/x.js'] },
      { matches: ['https://www.youtube.com/*'], js: ['content-scripts/youtube.js'] },
      { matches: ['https://nothing.example/*'], js: [] },
    ],
    tabsMatching: async (p) => tabs[p[0]!] ?? [],
    inject: async (id, files) => {
      if (id === failOn) throw new Error('Frame with ID 0 is showing error page');
      calls.push([id, files]);
    },
  };
}

describe('reinjectContentScripts', () => {
  it('injects each site script into its open tabs, skipping discarded and id-less tabs', async () => {
    const api = fakeApi({ 'https://x.com/*': [{ id: 1 }, { id: 2, discarded: true }, {}], 'https://www.youtube.com/*': [{ id: 3 }] });
    expect(await reinjectContentScripts(api)).toBe(2);
    expect(api.calls).toEqual([[1, ['content-scripts/x.js']], [3, ['content-scripts/youtube.js']]]);
  });

  it('a tab that refuses is skipped and the others still get their script', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const api = fakeApi({ 'https://x.com/*': [{ id: 1 }, { id: 2 }] }, 1);
    expect(await reinjectContentScripts(api)).toBe(1);
    expect(api.calls).toEqual([[2, ['content-scripts/x.js']]]);
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
  });

  it('does nothing where the scripting API is missing', async () => {
    expect(await reinjectContentScripts(null)).toBe(0);
  });
});
