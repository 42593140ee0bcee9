/** Node-side model loading (CLI, scripts, tests): reads each model's ONNX file from its folder in models/. */
import { existsSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { configureOrt, hasModelLoader, setModelLoader, type ModelLoader, type OrtOptions } from './ort';

/** The repo's models/ folder: one folder per model (models/<model>/<name>.onnx). */
export const MODELS_DIR = resolve(import.meta.dirname, '../../models');

/** Where `<name>.onnx` is: in `dir` itself, or in one of its model folders (the extension ships them flat). */
export function modelPath(name: string, dir: string = MODELS_DIR): string {
  const direct = join(dir, `${name}.onnx`);
  if (existsSync(direct)) return direct;
  const folder = readdirSync(dir, { withFileTypes: true }).find((e) => e.isDirectory() && existsSync(join(dir, e.name, `${name}.onnx`)));
  return folder ? join(dir, folder.name, `${name}.onnx`) : direct;
}

/** Loader reading `<name>.onnx` under `dir` (see modelPath). */
export function nodeModelLoader(dir: string = MODELS_DIR): ModelLoader {
  return async (name) => new Uint8Array(await readFile(modelPath(name, dir)));
}

/**
 * One-time Node setup: single thread (no worker start-up; CI boxes have 2 cores), the fs loader, and the
 * backend (wasm unless `backend: 'native'`, which `sockscope batch` uses).
 */
export function setupNodeOrt(options: Pick<OrtOptions, 'backend' | 'numThreads'> = {}, modelsDir: string = MODELS_DIR): void {
  if (hasModelLoader()) return;
  configureOrt({ numThreads: 1, ...options });
  setModelLoader(nodeModelLoader(modelsDir));
}
