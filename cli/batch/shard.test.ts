import { describe, expect, it } from 'vitest';
import { inShard, parseShard, shardOf } from './shard';

describe('shards', () => {
  it('puts every key in exactly one shard, the same on every call, and spreads them evenly', () => {
    const keys = Array.from({ length: 3000 }, (_, i) => `x:acct${i}`);
    const counts = [0, 0, 0, 0];
    for (const k of keys) {
      const s = shardOf(k, 4);
      expect(shardOf(k, 4)).toBe(s);
      expect([0, 1, 2, 3].filter((i) => inShard(k, { index: i, count: 4 }))).toEqual([s]);
      counts[s]!++;
    }
    for (const c of counts) expect(Math.abs(c - 750)).toBeLessThan(100);
    // Fixed by SHA-256, not by the machine or the process: these keys' shards never change.
    expect(['x:acct0', 'x:acct1', 'x:acct2'].map((k) => shardOf(k, 4))).toEqual([3, 3, 0]);
    expect(shardOf('anything', 1)).toBe(0);
  });

  it('parses i/N and refuses what is not a shard', () => {
    expect(parseShard('2/8')).toEqual({ index: 2, count: 8 });
    for (const bad of ['8/8', '1/0', '-1/3', '1', 'a/b', '1/2/3']) expect(() => parseShard(bad)).toThrow('--shard wants i/N');
  });
});
