/**
 * Where model runs go. Analysis code calls runModel here and never learns whether the model runs in
 * this thread (Node: analysis/ml/ort.ts installs itself when given a model loader) or in the analyser's
 * inference worker (runtime/analyser/inference-client.ts; Chrome's offscreen document or Firefox's
 * background page owns it), which lets decoding and preprocessing of the next avatar overlap with
 * inference on the other core.
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

/**
 * Input buffers handed back after a run, by length. The worker client transfers each input to the worker
 * and gets it back with the reply; reusing it keeps both threads from leaving ~0.5 MB of dead buffers per
 * avatar to their garbage collectors (with two heaps, that floated tens of MB above the one-thread design).
 */
const spare = new Map<number, Float32Array[]>();
const SPARE_PER_LENGTH = 8;

/** A Float32Array of `length` for a model input: a recycled one when there is one (contents are stale). */
export function inputBuffer(length: number): Float32Array {
  return spare.get(length)?.pop() ?? new Float32Array(length);
}

/** Gives input buffers back for reuse once a run no longer needs them. */
export function recycleInputs(buffers: Iterable<Float32Array>): void {
  for (const b of buffers) {
    if (b.byteLength === 0) continue;
    let list = spare.get(b.length);
    if (!list) spare.set(b.length, (list = []));
    if (list.length < SPARE_PER_LENGTH) list.push(b);
  }
}

/**
 * Runs a model with float32 inputs and returns its float32 outputs. The inputs' buffers may be moved
 * to another thread: do not read them after the call.
 */
export function runModel(name: string, feeds: Record<string, FloatTensor>): Promise<Record<string, FloatTensor>> {
  if (!runner) return Promise.reject(new Error(`[sockscope:models] no model runner set (needed for ${name})`));
  return runner(name, feeds);
}
