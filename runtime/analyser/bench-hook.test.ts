import { describe, expect, it } from 'vitest';
import { handleBench, sizeOver } from './bench-hook';

describe('bench hook (bench builds only)', () => {
  it('divides each side and rounds, never below 1 px', () => {
    expect(sizeOver('359x389', 2)).toEqual({ width: 180, height: 195 });
    expect(sizeOver('359x389', 4)).toEqual({ width: 90, height: 97 });
    expect(sizeOver('3x1', 8)).toEqual({ width: 1, height: 1 });
  });
  it('answers only its own well-formed requests', () => {
    expect(handleBench({ target: 'offscreen', type: 'analyser-decode-bench', urls: [], repeats: 1, divisor: 2 })).toBeUndefined();
    expect(handleBench({ target: 'analyser', type: 'analyser-decode-bench', urls: ['https://a.example/x.jpg'], repeats: 1, divisor: 1 })).toBeUndefined();
    expect(handleBench({ target: 'analyser', type: 'analyser-decode-bench', urls: ['javascript:1'], repeats: 1, divisor: 2 })).toBeUndefined();
  });
});
