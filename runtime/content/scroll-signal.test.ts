import { describe, expect, it } from 'vitest';
import { SIGNAL_EVERY_MS, scrollSignaller } from './scroll-signal';

describe('scrollSignaller', () => {
  it('signals on the first scroll, then at most once per interval however often the page scrolls', () => {
    let t = 0;
    let sent = 0;
    const onScroll = scrollSignaller(() => sent++, () => t);
    // One second of scroll events at 60 per second.
    for (; t < 1000; t += 1000 / 60) onScroll();
    expect(sent).toBe(Math.ceil(1000 / SIGNAL_EVERY_MS));
    // After a pause, the next scroll signals at once.
    t += 5000;
    onScroll();
    expect(sent).toBe(Math.ceil(1000 / SIGNAL_EVERY_MS) + 1);
  });
});
