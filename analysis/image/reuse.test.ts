import { describe, expect, it } from 'vitest';
import { perSize, workPlane } from './reuse';

describe('perSize', () => {
  it('makes each size pair once, and starts over past its bound', () => {
    const made: string[] = [];
    const taps = perSize((src, dst) => {
      made.push(`${src}>${dst}`);
      return { src, dst };
    }, 2);
    expect(taps(400, 32)).toBe(taps(400, 32));
    expect(taps(400, 32)).not.toBe(taps(32, 400));
    taps(96, 32); // a third pair: the cache is emptied first
    taps(400, 32);
    expect(made).toEqual(['400>32', '32>400', '96>32', '400>32']);
  });
});

describe('workPlane', () => {
  it('hands back the same plane, grown when asked for more, and a plane of its own past keepMax', () => {
    const plane = workPlane(100);
    const a = plane(10);
    expect(plane(8)).toBe(a);
    const b = plane(50);
    expect(b.length).toBe(50);
    expect(plane(10)).toBe(b);
    const huge = plane(101);
    expect(huge).not.toBe(b);
    expect(plane(10)).toBe(b);
  });
});
