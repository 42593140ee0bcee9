/**
 * Where model runs go. Analysis code calls runModel here and never learns whether the model runs in
 * this thread (Node, Firefox's background page: utils/ml/ort.ts installs itself when given a model
 * loader) or in the offscreen document's inference worker (utils/offscreen/inference-client.ts), which
 * lets decoding and preprocessing of the next avatar overlap with inference on the other core.
 */

/** A float32 tensor crossing the module boundary, so callers never touch ort types. */
export interface FloatTensor {
  data: Float32Array;
  dims: readonly number[];
}

export type ModelRunner = (name: string, feeds: Record<string, FloatTensor>) => Promise<Record<string, FloatTensor>>;

let runner: ModelRunner | null = null;

/** Sends every later runModel call to `next`. */
export function setModelRunner(next: ModelRunner): void {
  runner = next;
}

/** Runs a model with float32 inputs and returns its float32 outputs. */
export function runModel(name: string, feeds: Record<string, FloatTensor>): Promise<Record<string, FloatTensor>> {
  if (!runner) return Promise.reject(new Error(`[sockscope:models] no model runner set (needed for ${name})`));
  return runner(name, feeds);
}
