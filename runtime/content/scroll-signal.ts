/** The analyser holds back for 600 ms per signal, so one every 200 ms keeps it held through a scroll. */
export const SIGNAL_EVERY_MS = 200;

/**
 * Returns a scroll handler that calls `signal` at most once per SIGNAL_EVERY_MS, so a page scrolled at
 * 60 frames a second sends the background five small messages a second, not sixty.
 */
export function scrollSignaller(signal: () => void, now: () => number = () => performance.now()): () => void {
  let last = -Infinity;
  return () => {
    const t = now();
    if (t - last < SIGNAL_EVERY_MS) return;
    last = t;
    signal();
  };
}
