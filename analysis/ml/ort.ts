/**
 * The one module that imports onnxruntime. In Node the onnxruntime-web package resolves to its Node build; in
 * the extension Vite resolves it to the extern-wasm build (see wxt.config.ts) and the inference worker (owned
 * by Chrome's offscreen document, or by Firefox's background page) calls configureOrt({ wasmPaths }) so the
 * wasm is loaded from the extension, never from a CDN. `sockscope batch` may choose onnxruntime-node's
 * native CPU kernels instead (backend 'native'): the same graphs and the same pre- and post-processing
 * around them, 5–7× faster per model run than wasm on 2 cores (docs/batch.md); ort-native-parity.test.ts holds the
 * two to 1e-3.
 */
import * as ortWeb from 'onnxruntime-web';
import { ModelUnavailableError } from './model-error';
import { setModelRunner, type FloatTensor } from './model-runner';

/** Supplies a model's bytes by name ('blazeface' → the extension's models/blazeface.onnx, or its folder in Node). */
export type ModelLoader = (name: string) => Promise<Uint8Array>;

/** Runtime settings; set them before the first session is created. */
export interface OrtOptions {
  /** Folder URL holding ort-wasm-simd-threaded.{wasm,mjs}, e.g. chrome.runtime.getURL('/ort/'). */
  wasmPaths?: string;
  /** wasm threads (native: intra-op threads); 1 avoids worker start-up cost, which tiny models never win back. */
  numThreads?: number;
  /** 'wasm' (onnxruntime-web, everywhere) or 'native' (onnxruntime-node, Node only). Default 'wasm'. */
  backend?: OrtBackend;
}

export type OrtBackend = 'wasm' | 'native';

/** The part of an onnxruntime package this module uses; both packages export it from onnxruntime-common. */
type OrtRuntime = Pick<typeof ortWeb, 'InferenceSession' | 'Tensor'>;

let backend: OrtBackend = 'wasm';
let nativeThreads = 1;
let nativeRuntime: Promise<OrtRuntime> | null = null;

/**
 * onnxruntime-node, loaded on first use. The specifier is a variable so that no bundler follows it into the
 * extension, which never asks for this backend.
 */
function loadNative(): Promise<OrtRuntime> {
  const specifier = 'onnxruntime-node';
  nativeRuntime ??= (import(/* @vite-ignore */ specifier) as Promise<OrtRuntime & { default?: OrtRuntime }>).then((m) => m.default ?? m);
  return nativeRuntime;
}

function runtime(): Promise<OrtRuntime> {
  return backend === 'native' ? loadNative() : Promise.resolve(ortWeb);
}

function sessionOptions(): ortWeb.InferenceSession.SessionOptions {
  if (backend === 'wasm') return { executionProviders: ['wasm'] };
  // One intra-op thread per session by default: batch runs one session per worker, a worker per core.
  return { executionProviders: ['cpu'], intraOpNumThreads: nativeThreads, interOpNumThreads: 1, graphOptimizationLevel: 'all' };
}

let loader: ModelLoader | null = null;
const sessions = new Map<string, Promise<ortWeb.InferenceSession>>();
/** How long a failed load is remembered: every avatar on a page would otherwise re-fetch a missing model. */
export const MODEL_RETRY_MS = 60_000;
const failedAt = new Map<string, number>();
// Runs are chained so that only one inference is in flight: the wasm backend is single-instance and
// concurrent runs would only contend for the same threads.
let queue: Promise<unknown> = Promise.resolve();

/** Applies runtime settings (backend, wasmPaths, numThreads); call releaseSessions() first to switch backend. */
export function configureOrt(options: OrtOptions): void {
  if (options.backend !== undefined) backend = options.backend;
  if (options.wasmPaths !== undefined) ortWeb.env.wasm.wasmPaths = options.wasmPaths;
  if (options.numThreads !== undefined) {
    ortWeb.env.wasm.numThreads = options.numThreads;
    nativeThreads = options.numThreads;
  }
}

/** The backend new sessions are created on. */
export function ortBackend(): OrtBackend {
  return backend;
}

/**
 * Sets where model bytes come from (fs in Node, the extension's files in the inference worker), and
 * makes this thread's ORT the runner of model-runner.ts.
 */
export function setModelLoader(next: ModelLoader): void {
  loader = next;
  setModelRunner(runModel);
}

/** True once a loader is set. */
export function hasModelLoader(): boolean {
  return loader !== null;
}

/** Creates the named session on first use and returns the same one afterwards. */
export function createSession(name: string): Promise<ortWeb.InferenceSession> {
  const existing = sessions.get(name);
  const failed = failedAt.get(name);
  if (existing && (failed === undefined || Date.now() - failed < MODEL_RETRY_MS)) return existing;
  failedAt.delete(name);
  const current = loader;
  if (!current) return Promise.reject(new Error(`[sockscope:ort] no model loader set (needed for ${name})`));
  const created = Promise.all([current(name), runtime()])
    .then(([bytes, rt]) => rt.InferenceSession.create(bytes, sessionOptions()))
    .catch((e: unknown) => {
      const detail = (e instanceof Error ? e.message : String(e)).split('\n')[0]?.slice(0, 200) ?? '';
      console.error(`[sockscope:ort] model ${name} unavailable: ${detail}`);
      throw new ModelUnavailableError(name, detail);
    });
  // A failure sticks for MODEL_RETRY_MS (logged once, no load per image), then a later call may retry
  // (e.g. after a transient fetch error).
  created.catch(() => sessions.get(name) === created && failedAt.set(name, Date.now()));
  sessions.set(name, created);
  return created;
}

/** Runs a model with float32 inputs and returns its float32 outputs; runs are serialised. */
export function runModel(name: string, feeds: Record<string, FloatTensor>): Promise<Record<string, FloatTensor>> {
  const job = queue.then(async () => {
    const [session, rt] = await Promise.all([createSession(name), runtime()]);
    const inputs: Record<string, ortWeb.Tensor> = {};
    for (const [key, t] of Object.entries(feeds)) inputs[key] = new rt.Tensor('float32', t.data, [...t.dims]);
    const results = await session.run(inputs);
    const outputs: Record<string, FloatTensor> = {};
    for (const [key, t] of Object.entries(results)) {
      if (!(t.data instanceof Float32Array)) throw new Error(`[sockscope:ort] ${name}: output ${key} is ${t.type}, not float32`);
      outputs[key] = { data: t.data, dims: t.dims };
    }
    return outputs;
  });
  queue = job.catch(() => undefined);
  return job;
}

/** Releases every session (tests, or when the offscreen document winds down). */
export async function releaseSessions(): Promise<void> {
  const all = [...sessions.values()];
  sessions.clear();
  failedAt.clear();
  await Promise.all(all.map(async (s) => (await s.catch(() => null))?.release()));
}
