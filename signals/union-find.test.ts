import { describe, expect, it } from 'vitest';
import { UnionFind } from './union-find';

describe('UnionFind', () => {
  it('joins sets, keeps their sizes, and ignores a union within one set', () => {
    const sets = new UnionFind(5);
    expect(sets.size(3)).toBe(1);
    sets.union(0, 1);
    sets.union(2, 1);
    sets.union(0, 2);
    expect(sets.find(0)).toBe(sets.find(2));
    expect(sets.find(2)).toBe(1); // under b's root
    expect([sets.size(0), sets.size(1), sets.size(2), sets.size(3)]).toEqual([3, 3, 3, 1]);
    sets.union(3, 4);
    sets.union(4, 0);
    expect(sets.size(3)).toBe(5);
  });
});
