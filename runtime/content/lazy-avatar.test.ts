// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { plainTimers } from './context-timers';
import { awaitsSource, waitForSource } from './lazy-avatar';

const img = (src?: string) => {
  const el = document.createElement('img');
  if (src !== undefined) el.setAttribute('src', src);
  return el;
};
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('lazy avatars', () => {
  it('tells an image waiting for its source from one that has one', () => {
    expect(awaitsSource(img())).toBe(true);
    expect(awaitsSource(img(''))).toBe(true);
    expect(awaitsSource(img('data:image/gif;base64,R0lGODlhAQABAAAAACw='))).toBe(true);
    expect(awaitsSource(img('https://yt3.ggpht.com/a=s88'))).toBe(false);
    expect(awaitsSource(document.createElement('div'))).toBe(false);
    expect(awaitsSource(null)).toBe(false);
  });

  it("gives up only when the image fails or the time passes with no source, and not after it is cancelled", async () => {
    const timedOut = vi.fn();
    waitForSource(img(), plainTimers, timedOut, 20);
    expect(timedOut).not.toHaveBeenCalled();
    await wait(40);
    expect(timedOut).toHaveBeenCalledWith('no avatar image found (the page never loaded it)');

    const failing = img();
    const failed = vi.fn();
    waitForSource(failing, plainTimers, failed, 10_000);
    failing.dispatchEvent(new Event('error'));
    expect(failed).toHaveBeenCalledWith('the avatar image failed to load');

    const cancelled = vi.fn();
    const cancel = waitForSource(img(), plainTimers, cancelled, 20);
    cancel();
    await wait(40);
    expect(cancelled).not.toHaveBeenCalled();
  });
});
