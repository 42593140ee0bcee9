import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Wait for a finished download in `dir` whose name matches `name`. Firefox creates the final name empty at the
 * start, writes into a `.part` file beside it and renames that over it when done: the download is whole once
 * no `.part` is left and its size has stopped changing.
 */
export async function waitForDownload(dir: string, name: RegExp, timeout = 20_000): Promise<{ file: string; bytes: Uint8Array }> {
  const until = Date.now() + timeout;
  let last = { file: '', size: -1 };
  for (;;) {
    const names = readdirSync(dir);
    const file = names.find((f) => name.test(f) && !f.endsWith('.part'));
    if (file && !names.some((f) => f.endsWith('.part'))) {
      const size = statSync(join(dir, file)).size;
      if (size > 0 && last.file === file && last.size === size) return { file, bytes: new Uint8Array(readFileSync(join(dir, file))) };
      last = { file, size };
    }
    if (Date.now() > until) throw new Error(`[sockscope:e2e] no finished download matching ${name} in ${dir} after ${timeout} ms (found: ${names.join(', ') || 'nothing'})`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
