import { describe, expect, it } from 'vitest';
import { sourceFiles, sourceText } from '../../utils/testing/source-files';

// One import style: relative imports name the module without its extension ('./site-runner'), as WXT,
// Vite, Vitest and tsx (which runs the CLI and scripts) all resolve. tsconfig's
// allowImportingTsExtensions: false rejects a value import ending in .ts; this also catches type-only
// imports, re-exports and dynamic imports, which tsc lets through.
const SUFFIXED = /(?:\bfrom|\bdeclare\s+module|\bimport\(|^\s*import|\bexport\s+\*\s+from)\s*(['"])(\.{1,2}\/[^'"]*\.(?:ts|tsx|mts|cts))\1/gm;

describe('import style', () => {
  it('imports every relative module without a .ts or .tsx suffix', () => {
    const offenders = sourceFiles().flatMap((file) => {
      const text = sourceText(file);
      return [...text.matchAll(SUFFIXED)].map((m) => `${file}:${text.slice(0, m.index).split('\n').length}: ${m[2]}`);
    });
    expect(offenders).toEqual([]);
  });
});
