import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Wait for a finished download in `dir` whose name matches `name`. Firefox writes into a `.part` file
 * and renames it when done, so a matching name means the whole file is there.
 */
export async function waitForDownload(dir: string, name: RegExp, timeout = 20_000): Promise<{ file: string; bytes: Uint8Array }> {
  const until = Date.now() + timeout;
  for (;;) {
    const file = readdirSync(dir).find((f) => name.test(f) && !f.endsWith('.part'));
    if (file) return { file, bytes: new Uint8Array(readFileSync(join(dir, file))) };
    if (Date.now() > until) throw new Error(`[sockscope:e2e] no download matching ${name} in ${dir} after ${timeout} ms (found: ${readdirSync(dir).join(', ') || 'nothing'})`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
