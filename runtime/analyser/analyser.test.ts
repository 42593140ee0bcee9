import { afterEach, describe, expect, it, vi } from 'vitest';
import { startAnalyser } from './analyser';

/** A Worker stand-in that records its script and never answers. */
class FakeWorker {
  static started: string[] = [];
  onmessage: ((e: MessageEvent) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  constructor(url: URL | string, opts?: WorkerOptions) {
    FakeWorker.started.push(`${String(url)} ${opts?.type ?? 'classic'}`);
  }
  postMessage(): void {}
  terminate(): void {}
}

afterEach(() => {
  vi.unstubAllGlobals();
  FakeWorker.started = [];
});

describe('startAnalyser (offscreen document in Chrome, background page in Firefox)', () => {
  it('starts its module inference worker at once, before any image arrives', () => {
    vi.stubGlobal('Worker', FakeWorker);
    startAnalyser();
    expect(FakeWorker.started).toHaveLength(1);
    expect(FakeWorker.started[0]).toMatch(/inference-worker-entry\.ts module$/);
  });

  it('answers only analyser messages: other targets and junk get undefined (not ours to answer)', () => {
    vi.stubGlobal('Worker', FakeWorker);
    const analyser = startAnalyser();
    for (const raw of [null, 'x', {}, { target: 'background', type: 'analyze', items: [] }, { target: 'offscreen', type: 'nope' }]) {
      expect(analyser.handle(raw)).toBeUndefined();
    }
    // A scroll signal holds the analyser back; it has no answer.
    expect(analyser.handle({ target: 'analyser', type: 'user-scrolling' })).toBeUndefined();
  });

  it('answers an offscreen-analyze request with a verdict per URL, failures included', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
    const url = 'https://pbs.twimg.com/profile_images/1/a_400x400.jpg';
    const res = await startAnalyser().handle({ target: 'offscreen', type: 'offscreen-analyze', urls: [url] });
    expect(res).toEqual({ results: [{ url, verdict: { status: 'error', error: expect.stringMatching(/fetch|download/i) } }] });
  });
});
