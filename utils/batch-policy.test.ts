import { describe, expect, it } from 'vitest';
import { ANALYSER_BATCHING, PAGE_BATCHING } from './batch-policy';
import { LIMITS } from '../core/fields';

describe('batch policies', () => {
  it('fit the protocol: a full page batch is one valid analyse request', () => {
    expect(PAGE_BATCHING.batch).toBeLessThanOrEqual(LIMITS.batch);
    expect(ANALYSER_BATCHING.batch).toBeLessThanOrEqual(LIMITS.batch);
  });
  it('start small and keep more than one batch under way', () => {
    for (const p of [PAGE_BATCHING, ANALYSER_BATCHING]) {
      expect(p.firstBatch).toBeLessThan(p.batch);
      expect(p.inFlight).toBeGreaterThan(1);
    }
  });
});
