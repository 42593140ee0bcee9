import { describe, expect, it } from 'vitest';
import { bandOf, decide, everyFaceFlagged, eyePixelsOf, riskPointsOf, scoreOf, stageReasons, type StageFigures } from './image-policy';
import { POLICY } from './release-policy';
import { reasonText } from './reason-text';

const reasonsOf = (f: StageFigures): string[] => stageReasons(f).map((r) => reasonText(r));

const p = (probability: number) => ({ logit: Math.log(probability / (1 - probability)), probability });
const high = Math.min(0.999, POLICY.flagProbability + 0.05);
const big = POLICY.minEyePixels + 40;
const small = POLICY.minEyePixels / 2;

describe('verdict policy', () => {
  it('measures the eyes in pixels of the image as served', () => {
    expect(eyePixelsOf({ left: { x: 0.375, y: 0.5 }, right: { x: 0.625, y: 0.5 } }, 400, 400)).toBeCloseTo(100, 9);
    expect(eyePixelsOf({ left: { x: 0.375, y: 0.474 }, right: { x: 0.625, y: 0.474 } }, 48, 48)).toBeCloseTo(12, 9);
  });

  it('flags only where both stages agree and the face is large enough', () => {
    const f: StageFigures = { eyeDistance: 0.005, eyePixels: big, forensic: p(high) };
    expect(decide(f)).toBe('flagged');
    expect(bandOf(f)).toBe('high');
    expect(riskPointsOf(f)).toBe(POLICY.riskPoints.flagged);
    expect(decide({ ...f, eyeDistance: POLICY.eyeMatchBelow + 0.01 })).toBe('eyes-differ');
    expect(decide({ ...f, forensic: p(POLICY.flagProbability / 2) })).toBe('texture-real');
  });

  it('says a small face is too small to check, never that the texture looks real', () => {
    // Even a stage-2 score that ran (evaluation runs it everywhere) does not decide below the size limit.
    for (const forensic of [null, p(0.01), p(high)]) {
      const f: StageFigures = { eyeDistance: 0.005, eyePixels: small, forensic };
      expect(decide(f)).toBe('too-small');
      expect(bandOf(f)).toBe('low');
      expect(scoreOf(f)).toBe(0);
      expect(riskPointsOf(f)).toBe(POLICY.riskPoints.eyesOnly);
      const reasons = reasonsOf(f).join(' ');
      expect(reasons).toMatch(/too small to check the texture/);
      expect(reasons).not.toMatch(/no GAN traces/);
    }
  });

  it('flags a face whose eyes differ only under the every-face option, above its own stricter cut-off', () => {
    const moved = POLICY.eyeMatchBelow + 0.01;
    const over = Math.min(0.999, POLICY.everyFaceProbability + 0.01);
    const under = (POLICY.flagProbability + POLICY.everyFaceProbability) / 2 - 1e-6;
    expect(decide({ eyeDistance: moved, eyePixels: big, forensic: p(over) })).toBe('eyes-differ');
    expect(everyFaceFlagged({ eyeDistance: moved, eyePixels: big, forensic: p(over) })).toBe(true);
    expect(everyFaceFlagged({ eyeDistance: moved, eyePixels: small, forensic: p(over) })).toBe(false);
    expect(everyFaceFlagged({ eyeDistance: moved, eyePixels: big, forensic: null })).toBe(false);
    if (under < POLICY.everyFaceProbability) expect(everyFaceFlagged({ eyeDistance: moved, eyePixels: big, forensic: p(under) })).toBe(false);
    expect(everyFaceFlagged({ eyeDistance: 0.005, eyePixels: big, forensic: p(high) })).toBe(true);
  });

  it('quotes the release figures in the flag reason', () => {
    const text = reasonsOf({ eyeDistance: 0.005, eyePixels: big, forensic: p(high) }).join(' ');
    expect(text).toContain(`${Math.round(POLICY.quoted.ganRecall * 100)}% of GAN faces`);
  });
});
