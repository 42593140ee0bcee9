import { afterEach, describe, expect, it, vi } from 'vitest';

vi.mock('wxt/browser', () => ({ browser: { runtime: { sendMessage: vi.fn() } } }));

function fakeChrome() {
  let exists = false;
  const createDocument = vi.fn(async () => {
    // Chrome refuses a second offscreen document.
    if (exists) throw new Error('Only a single offscreen document may be created.');
    await new Promise((r) => setTimeout(r, 5));
    exists = true;
  });
  vi.stubGlobal('chrome', {
    runtime: {
      getURL: (p: string) => `chrome-extension://id${p}`,
      ContextType: { OFFSCREEN_DOCUMENT: 'OFFSCREEN_DOCUMENT' },
      getContexts: async () => {
        await new Promise((r) => setTimeout(r, 1));
        return exists ? [{}] : [];
      },
    },
    offscreen: { createDocument, Reason: { WORKERS: 'WORKERS' } },
  });
  return { createDocument, close: () => (exists = false) };
}

afterEach(() => vi.unstubAllGlobals());

describe('ensureOffscreen', () => {
  it('concurrent callers (warm-up and analysis) share one check-and-create', async () => {
    const c = fakeChrome();
    const { ensureOffscreen } = await import('./offscreen-client');
    await Promise.all([ensureOffscreen(), ensureOffscreen(), ensureOffscreen()]);
    await ensureOffscreen();
    expect(c.createDocument).toHaveBeenCalledTimes(1);
    // Closed behind our back (crash, Chrome's cleanup): the next call creates it again.
    c.close();
    await Promise.all([ensureOffscreen(), ensureOffscreen()]);
    expect(c.createDocument).toHaveBeenCalledTimes(2);
  });
});
