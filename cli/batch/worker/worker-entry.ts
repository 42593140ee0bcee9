/**
 * The file the batch workers start from. tsx's loader, registered in every worker (bootstrap.mjs), cost
 * about 0.8 s of CPU per worker start on this project's machine (its own loader thread, resolving and
 * compiling each module); the worker's modules bundled once into plain JavaScript start without it. The
 * bundle is made from the sources at every pool start (esbuild, about 0.15 s), so it can never be stale,
 * and kept under node_modules/.cache, where the worker's packages (sharp, onnxruntime-node) resolve.
 * Where bundling fails, the workers start through tsx as before.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = resolve(import.meta.dirname, '../../..');
const CACHE = join(ROOT, 'node_modules/.cache/sockscope');
const SOURCE = join(import.meta.dirname, 'analyse-worker.ts');
const TSX_BOOTSTRAP = new URL('./bootstrap.mjs', import.meta.url).href;

/** Bundles the worker with esbuild (a dependency of tsx, pinned in package.json) and returns the file. */
async function bundle(): Promise<string> {
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [SOURCE], bundle: true, write: false, platform: 'node', format: 'esm', target: 'node20',
    packages: 'external', logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.contents;
  if (!code) throw new Error('esbuild wrote no output');
  const file = join(CACHE, `batch-worker-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.mjs`);
  if (!existsSync(file)) {
    mkdirSync(CACHE, { recursive: true });
    // Written aside and renamed, so a batch starting beside this one never imports half a file.
    const part = `${file}.${process.pid}.part`;
    writeFileSync(part, code);
    renameSync(part, file);
  }
  return pathToFileURL(file).href;
}

/** The worker file's URL: the JavaScript bundle, or tsx's bootstrap when bundling is not possible. */
export async function workerEntry(log: (line: string) => void = () => undefined): Promise<string> {
  try {
    return await bundle();
  } catch (e) {
    log(`[sockscope:batch] workers start through tsx (bundling failed: ${e instanceof Error ? e.message.split('\n')[0] : String(e)})`);
    return TSX_BOOTSTRAP;
  }
}
