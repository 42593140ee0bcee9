import { afterEach, describe, expect, it, vi } from 'vitest';

const sendMessage = vi.fn();
vi.mock('wxt/browser', () => ({ browser: { runtime: { sendMessage: (m: unknown) => sendMessage(m) } } }));

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

describe('per-URL verdicts from the offscreen document', () => {
  it('are handed to their open batch when the offscreen document sends them, and ignored otherwise', async () => {
    fakeChrome();
    const { analyzeInOffscreen, receiveAnalysed } = await import('./offscreen-client');
    const url = 'https://pbs.twimg.com/profile_images/1/a_400x400.jpg';
    const verdict = { status: 'error' as const, error: '404' };
    let answer: (v: unknown) => void = () => undefined;
    sendMessage.mockImplementationOnce(() => new Promise((r) => (answer = r)));
    const heard: string[] = [];
    const done = analyzeInOffscreen([url], (r) => heard.push(r.url));
    await vi.waitFor(() => expect(sendMessage).toHaveBeenCalled());
    const batch = (sendMessage.mock.calls[0]![0] as { batch: number }).batch;
    const offscreen = { url: 'chrome-extension://id/offscreen.html' };
    const push = { target: 'background', type: 'analysed', batch, results: [{ url, verdict }] };
    // A content script (a tab), another page, another batch, another URL, a malformed verdict: not taken.
    expect(receiveAnalysed(push, { url: 'chrome-extension://id/offscreen.html', tab: { id: 1 } })).toBe(false);
    expect(receiveAnalysed(push, { url: 'chrome-extension://id/popup.html' })).toBe(false);
    expect(receiveAnalysed({ ...push, batch: batch + 1 }, offscreen)).toBe(false);
    expect(receiveAnalysed({ ...push, results: [{ url: 'https://pbs.twimg.com/other.jpg', verdict }] }, offscreen)).toBe(false);
    expect(receiveAnalysed({ ...push, results: [{ url, verdict: { status: 'x' } }] }, offscreen)).toBe(false);
    expect(heard).toEqual([]);
    expect(receiveAnalysed(push, offscreen)).toBe(true);
    expect(heard).toEqual([url]);
    answer({ results: [{ url, verdict }] });
    expect(await done).toEqual([{ url, verdict }]);
    // Once answered, the batch is closed.
    expect(receiveAnalysed(push, offscreen)).toBe(false);
  });
});
