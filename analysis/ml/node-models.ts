/** Node-side model loading (CLI, scripts, tests): reads models/<name>.onnx from the repo. */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { configureOrt, hasModelLoader, setModelLoader, type ModelLoader, type OrtOptions } from './ort';

/** The repo's models/ folder. */
export const MODELS_DIR = resolve(import.meta.dirname, '../../models');

/** Loader reading `<dir>/<name>.onnx`. */
export function nodeModelLoader(dir: string = MODELS_DIR): ModelLoader {
  return async (name) => new Uint8Array(await readFile(resolve(dir, `${name}.onnx`)));
}

/**
 * One-time Node setup: single thread (no worker start-up; CI boxes have 2 cores), the fs loader, and the
 * backend (wasm unless `backend: 'native'`, which `sockscope batch` uses).
 */
export function setupNodeOrt(options: Pick<OrtOptions, 'backend' | 'numThreads'> = {}): void {
  if (hasModelLoader()) return;
  configureOrt({ numThreads: 1, ...options });
  setModelLoader(nodeModelLoader());
}
