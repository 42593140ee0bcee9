import { describe, expect, it } from 'vitest';
import { isTestOnly, relativeImports, sourceFiles, sourceText } from '../utils/testing/source-files';

/**
 * judge() (core/judge.ts) is the one place a band is decided. Two checks keep it so: the modules that hold
 * the policy are imported by core alone, and no source outside core writes a decision that yields a band.
 */
const INTERNALS = ['core/image-policy', 'core/fuse', 'core/badge-state'];

/** Shapes of a band decision: a condition that yields a band, a comparison with the band thresholds or the eye limit. */
const DECISIONS: readonly RegExp[] = [
  /\?\s*['"](?:high|medium|low)['"]\s*:/,
  /:\s*['"](?:high|medium|low)['"]\s*[;,)]\s*$/,
  /\bbands\.(?:high|medium)\b/,
  /[<>]=?\s*[\w.]*\beyeMatchBelow\b|\beyeMatchBelow\s*[<>]/,
];

const products = sourceFiles().filter((f) => !isTestOnly(f));
const outsideCore = products.filter((f) => !f.startsWith('core/'));

describe('one judge', () => {
  it('keeps the verdict policy, fusion and the badge rule inside core', () => {
    const offenders = outsideCore.flatMap((f) => relativeImports(f).filter((m) => INTERNALS.includes(m)).map((m) => `${f} imports ${m}`));
    expect(offenders).toEqual([]);
  });

  it('decides no band outside core', () => {
    const offenders = outsideCore.flatMap((f) =>
      sourceText(f)
        .split('\n')
        .flatMap((line, i) => (!/^\s*(\/\/|\*|\/\*)/.test(line) && DECISIONS.some((re) => re.test(line)) ? [`${f}:${i + 1}: ${line.trim()}`] : [])),
    );
    expect(offenders).toEqual([]);
  });

  it('recognises the decisions core itself makes (the check above can fail)', () => {
    const inCore = (file: string) => sourceText(file).split('\n').filter((line) => DECISIONS.some((re) => re.test(line)));
    expect(inCore('core/fuse.ts').length).toBeGreaterThan(0);
    expect(inCore('core/image-policy.ts').length).toBeGreaterThan(0);
    expect(relativeImports('core/judge.ts')).toEqual(expect.arrayContaining(['core/image-policy', 'core/fuse', 'core/badge-state']));
  });
});
