import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { withoutTsx, workerEntry } from './worker-entry';

describe('withoutTsx', () => {
  it('drops the flags that load tsx, in either spelling, and keeps the others', () => {
    expect(withoutTsx(['--import', 'tsx', '--max-old-space-size=512', '--import=tsx/esm', '--require', 'tsx/cjs', '--cpu-prof'])).toEqual(['--max-old-space-size=512', '--cpu-prof']);
    expect(withoutTsx(['--import', './other.mjs', '--loader=tsx'])).toEqual(['--import', './other.mjs']);
  });
});

describe('workerEntry', () => {
  it('bundles the worker into one JavaScript module with its packages left to Node', async () => {
    const logs: string[] = [];
    const entry = await workerEntry((line) => logs.push(line));
    expect(logs).toEqual([]);
    const file = fileURLToPath(entry.filename);
    expect(file).toMatch(/node_modules\/\.cache\/sockscope\/batch-worker-[0-9a-f]{16}\.mjs$/);
    expect(existsSync(file)).toBe(true);
    const code = readFileSync(file, 'utf8');
    expect(code).toMatch(/from "sharp"/);
    expect(code).toContain('export {');
    // The same sources give the same file: a second pool start reuses it.
    expect((await workerEntry()).filename).toBe(entry.filename);
  });
});
