import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// One import style: relative imports name the module without its extension ('./site-runner'), as WXT,
// Vite, Vitest and tsx (which runs the CLI and scripts) all resolve. tsconfig's
// allowImportingTsExtensions: false rejects a value import ending in .ts; this also catches type-only
// imports, re-exports and dynamic imports, which tsc lets through.
const ROOT = join(import.meta.dirname, '..');
const SKIP = new Set(['node_modules', '.output', '.wxt', '.git', 'test-results', 'training', 'demo-output', 'bench-output']);
const SUFFIXED = /(?:\bfrom|\bdeclare\s+module|\bimport\(|^\s*import|\bexport\s+\*\s+from)\s*(['"])(\.{1,2}\/[^'"]*\.(?:ts|tsx|mts|cts))\1/gm;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (e.isDirectory()) return SKIP.has(e.name) ? [] : sources(join(dir, e.name));
    return /\.(ts|tsx)$/.test(e.name) && !e.name.endsWith('.d.ts') ? [join(dir, e.name)] : [];
  });
}

describe('import style', () => {
  it('imports every relative module without a .ts or .tsx suffix', () => {
    const offenders = sources(ROOT).flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      return [...text.matchAll(SUFFIXED)].map((m) => `${relative(ROOT, file)}:${text.slice(0, m.index).split('\n').length}: ${m[2]}`);
    });
    expect(offenders).toEqual([]);
  });
});
