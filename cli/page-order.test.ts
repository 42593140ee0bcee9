import { describe, expect, it } from 'vitest';
import { pageTimes, processingOrder, UNDATED_STEP_MS } from './page-order';

const D1 = Date.UTC(2019, 4, 1);
const D2 = Date.UTC(2024, 5, 10);
const NOW = Date.UTC(2026, 0, 1);

describe('page order', () => {
  it('sees undated pages in the order given, at now', () => {
    expect(pageTimes([null, null, null], NOW)).toEqual([NOW - 2 * UNDATED_STEP_MS, NOW - UNDATED_STEP_MS, NOW]);
  });
  it('lets a dated page go where its date puts it, whatever its place in the list', () => {
    const times = pageTimes([D2, D1], NOW);
    expect(processingOrder(times)).toEqual([1, 0]);
  });
  it('keeps an undated page right after the page before it', () => {
    const times = pageTimes([D2, null, D1], NOW);
    expect(times[1]).toBe(D2 + UNDATED_STEP_MS);
    expect(processingOrder(times)).toEqual([2, 0, 1]);
    expect(pageTimes([null, D1], NOW)[0]).toBe(D1 - UNDATED_STEP_MS);
  });
});
