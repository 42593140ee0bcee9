import { describe, expect, it } from 'vitest';
import { lineProgress } from './progress';

describe('line progress (not a terminal)', () => {
  it('prints done/total, rate and ETA at most every five seconds, and a last line', () => {
    const lines: string[] = [];
    let now = 0;
    const p = lineProgress((l) => lines.push(l), () => now);
    p.start('images', 1000, 100);
    for (let i = 0; i < 300; i++) {
      now += 50;
      p.add(1);
    }
    p.stop();
    expect(lines).toEqual(['images 200/1000 (20%), 20/s ETA 40 s', 'images 300/1000 (30%), 20/s ETA 35 s', 'images 400/1000 (40%), 20/s ETA 30 s', 'images 400/1000 (40%), 20/s ETA 30 s']);
  });
});
