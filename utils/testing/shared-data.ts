import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** ../shared beside the repo (override with SOCKSCOPE_SHARED). Test-only helper. */
export const SHARED_DIR = resolve(process.env.SOCKSCOPE_SHARED ?? resolve(import.meta.dirname, '../../../shared'));

/** Absolute path of a file under ../shared. */
export function sharedPath(...parts: string[]): string {
  return resolve(SHARED_DIR, ...parts);
}

/**
 * True when ../shared is present. When it is missing, tests that need it are skipped with a message,
 * except in CI, where a missing ../shared is an error.
 */
export function hasShared(): boolean {
  const ok = existsSync(sharedPath('data'));
  if (!ok) {
    if (process.env.CI) throw new Error(`[sockscope:test] ../shared is missing at ${SHARED_DIR}; CI requires it`);
    console.warn(`[sockscope:test] skipping: ../shared not found at ${SHARED_DIR}`);
  }
  return ok;
}

/**
 * Whether a saved page under ../shared/data/dom comes from a repository in ../shared/HELD-OUT.txt (its name
 * starts with `owner__repo__`). Those pages are the independent evaluation's: no test reads them.
 */
export function isHeldOutPage(file: string): boolean {
  const list = sharedPath('HELD-OUT.txt');
  if (!existsSync(list)) return false;
  return readFileSync(list, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => /^[\w.-]+\/[\w.-]+$/.test(line))
    .some((repo) => file.startsWith(`${repo.replace('/', '__')}__`));
}
