/**
 * The file the batch workers start from. tsx's loader, registered in every worker (bootstrap.mjs), cost
 * about 0.8 s of CPU per worker start on this project's machine (its own loader thread, resolving and
 * compiling each module); the worker's modules bundled once into plain JavaScript start without it. The
 * bundle is made from the sources at every pool start (esbuild, 0.15–0.25 s), so it can never be stale,
 * and kept under node_modules/.cache, where the worker's packages (sharp, onnxruntime-node) resolve.
 * Where bundling fails, the workers start through tsx as before.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = resolve(import.meta.dirname, '../../..');
const CACHE = join(ROOT, 'node_modules/.cache/sockscope');
const SOURCE = join(import.meta.dirname, 'analyse-worker.ts');
const TSX_BOOTSTRAP = new URL('./bootstrap.mjs', import.meta.url).href;
/** Bundles of earlier sources are removed once this old (a day: never one a running batch has just started from). */
const STALE_MS = 24 * 3600 * 1000;

/** Removes bundles of earlier sources, so editing the worker does not leave one file per edit behind. */
export function pruneOld(dir: string, keep: string, now = Date.now()): void {
  for (const name of readdirSync(dir)) {
    const file = join(dir, name);
    if (file === keep || !/^batch-worker-[0-9a-f]{16}\.mjs$/.test(name)) continue;
    if (now - statSync(file).mtimeMs > STALE_MS) rmSync(file, { force: true });
  }
}

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
    pruneOld(CACHE, file);
  }
  return pathToFileURL(file).href;
}

/** How the workers start: their file, and the Node flags they inherit. */
export interface WorkerEntry {
  filename: string;
  execArgv: string[];
}

/**
 * Node flags that load tsx (`node --import tsx`, as the bench scripts run). A bundled worker must not inherit
 * them: under tsx's loader its native sessions ran on onnxruntime-web's wasm kernels (360 against 68 ms of
 * CPU for one StyleGAN face), most likely because both packages then share one onnxruntime-common, whose
 * registry answers the 'cpu' provider with wasm.
 */
export function withoutTsx(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    const value = argv[i + 1] ?? '';
    if (['--import', '--require', '-r', '--loader', '--experimental-loader'].includes(flag) && /^tsx(\/|$)/.test(value)) i++;
    else if (!/^--(import|require|loader|experimental-loader)=tsx(\/|$)/.test(flag)) out.push(flag);
  }
  return out;
}

/** The worker's entry: the JavaScript bundle, or tsx's bootstrap when bundling is not possible. */
export async function workerEntry(log: (line: string) => void = () => undefined): Promise<WorkerEntry> {
  try {
    return { filename: await bundle(), execArgv: withoutTsx(process.execArgv) };
  } catch (e) {
    log(`[sockscope:batch] workers start through tsx (bundling failed: ${e instanceof Error ? e.message.split('\n')[0] : String(e)})`);
    return { filename: TSX_BOOTSTRAP, execArgv: process.execArgv };
  }
}
