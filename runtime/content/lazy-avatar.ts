import type { Timers } from './context-timers';

/**
 * How long a lazy avatar may stay without a source before its badge says "couldn't check". YouTube fills
 * an avatar in only when it scrolls near the viewport; a badge far down the page waits that long unseen.
 */
export const LAZY_AVATAR_MS = 15_000;

/** Placeholders a lazy image shows before its real source: none, a data: URI, or the page itself. */
function placeholderSource(src: string | null, pageUrl: string): boolean {
  return !src || src.startsWith('data:') || src === pageUrl || src === 'about:blank';
}

/**
 * True when the avatar element is an image still waiting for its source (lazy loading), not one that
 * failed: its badge shows "checking" until the source arrives (the page changes, and the author is read anew).
 */
export function awaitsSource(el: Element | null): el is HTMLImageElement {
  if (!el || el.localName !== 'img') return false;
  const img = el as HTMLImageElement;
  return placeholderSource(img.getAttribute('src'), img.ownerDocument.URL);
}

/**
 * Wait for a lazy avatar: `giveUp` runs with a reason once the image fails to load or the time passes with
 * no source. Returns the cancel (the source arrived and the author got a fresh badge, or the badge left).
 */
export function waitForSource(img: HTMLImageElement, timers: Timers, giveUp: (reason: string) => void, ms = LAZY_AVATAR_MS): () => void {
  let done = false;
  const finish = (reason: string) => {
    if (done) return;
    cancel();
    giveUp(reason);
  };
  const onError = () => finish('the avatar image failed to load');
  img.addEventListener('error', onError);
  const timer = timers.set(() => finish('no avatar image found (the page never loaded it)'), ms);
  const cancel = () => {
    done = true;
    img.removeEventListener('error', onError);
    timers.clear(timer);
  };
  return cancel;
}
