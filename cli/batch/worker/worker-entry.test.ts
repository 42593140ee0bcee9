import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { pruneOld, withoutTsx, workerEntry } from './worker-entry';

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

describe('pruneOld', () => {
  it('removes bundles older than a day, never the one kept, a recent one or another file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sockscope-worker-entry-'));
    try {
      const names = ['batch-worker-aaaaaaaaaaaaaaaa.mjs', 'batch-worker-bbbbbbbbbbbbbbbb.mjs', 'batch-worker-cccccccccccccccc.mjs', 'notes.txt'];
      for (const n of names) writeFileSync(join(dir, n), '');
      const old = new Date(Date.now() - 2 * 24 * 3600 * 1000);
      for (const n of [names[0]!, names[1]!, names[3]!]) utimesSync(join(dir, n), old, old);
      pruneOld(dir, join(dir, names[1]!));
      expect(readdirSync(dir).sort()).toEqual([names[1], names[2], names[3]]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
