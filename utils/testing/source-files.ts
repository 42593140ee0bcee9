import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The repository root. Test-only helper. */
export const REPO_ROOT = join(import.meta.dirname, '../..');

// Build outputs, dependencies and the Python training side are not our TypeScript sources.
const SKIP = new Set(['node_modules', '.output', '.wxt', '.git', 'test-results', 'training', 'demo-output', 'bench-output']);

/** Every TypeScript source under `dir` (repo-relative paths, '/'-separated), tests included. */
export function sourceFiles(dir = REPO_ROOT): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (e.isDirectory()) return SKIP.has(e.name) ? [] : sourceFiles(join(dir, e.name));
    return /\.(ts|tsx)$/.test(e.name) && !e.name.endsWith('.d.ts') ? [relative(REPO_ROOT, join(dir, e.name)).split('\\').join('/')] : [];
  });
}

/** True for tests and test-only helpers (fixtures, testing/ folders): what never ships or runs in a product. */
export function isTestOnly(file: string): boolean {
  return /\.test\.tsx?$|\.fixture\.ts$|(^|\/)testing(\/|\.ts$)/.test(file) || file.startsWith('e2e/');
}

/** A file's text. */
export function sourceText(file: string): string {
  return readFileSync(join(REPO_ROOT, file), 'utf8');
}

/** The repo-relative modules a file imports by relative path (static, dynamic and re-exports), without extension. */
export function relativeImports(file: string): string[] {
  const text = sourceText(file);
  const dir = file.split('/').slice(0, -1);
  const out: string[] = [];
  for (const m of text.matchAll(/(?:\bfrom|\bimport\(|^\s*import|\bexport\s+\*\s+from)\s*(['"])(\.{1,2}\/[^'"]*)\1/gm)) {
    const parts = [...dir];
    for (const seg of (m[2] as string).split('/')) {
      if (seg === '..') parts.pop();
      else if (seg !== '.') parts.push(seg);
    }
    out.push(parts.join('/').replace(/\.(tsx?|json)$/, ''));
  }
  return out;
}
