/**
 * The offscreen document's inference worker: the only place the extension (in Chrome) runs ORT. Runs
 * arrive from utils/offscreen/inference-client.ts, are validated, run one at a time by utils/ml/ort.ts,
 * and are answered by id.
 */
import { InferenceRequestSchema, parseWorkerMessage, type InferenceReply } from '../messages';
import { ModelUnavailableError } from '../ml/model-error';
import { runModel } from '../ml/ort';
import { setupExtensionOrt, warmModels } from './setup-ort';

/** What this module needs of a DedicatedWorkerGlobalScope (tsconfig has no webworker lib). */
export interface WorkerScope {
  location: { origin: string };
  onmessage: ((e: MessageEvent) => void) | null;
  postMessage(message: InferenceReply, transfer: Transferable[]): void;
}

/** The reply for a failed run: a missing or corrupt model keeps its own kind, so the badge can say so. */
export function failureReply(id: number, err: unknown): InferenceReply {
  if (err instanceof ModelUnavailableError) return { type: 'infer-failed', id, error: { kind: 'model-unavailable', model: err.model.slice(0, 128), detail: err.detail.slice(0, 1_000) } };
  const message = (err instanceof Error ? err.message : String(err)).slice(0, 1_000);
  return { type: 'infer-failed', id, error: { kind: 'error', message } };
}

/** Wires `scope`: ORT from the extension's files, models warmed at once, runs answered by id. */
export function startInferenceWorker(scope: WorkerScope): void {
  setupExtensionOrt(`${scope.location.origin}/`);
  warmModels();
  scope.onmessage = (e) => {
    // Only the offscreen document holds this worker, but its messages are checked all the same.
    const msg = parseWorkerMessage(InferenceRequestSchema, e.data);
    if (!msg) return;
    runModel(msg.model, msg.feeds).then(
      (outputs) => {
        // Outputs are fresh copies out of the wasm heap, so their buffers can move instead of being cloned;
        // a view into a larger buffer (the wasm memory itself, in some ORT version) is cloned instead.
        const owned = Object.values(outputs).filter((t) => t.data.byteOffset === 0 && t.data.byteLength === t.data.buffer.byteLength);
        const buffers = new Set(owned.map((t) => t.data.buffer as ArrayBuffer));
        scope.postMessage({ type: 'inferred', id: msg.id, outputs: Object.fromEntries(Object.entries(outputs).map(([k, t]) => [k, { data: t.data, dims: [...t.dims] }])) }, [...buffers]);
      },
      (err: unknown) => scope.postMessage(failureReply(msg.id, err), []),
    );
  };
}
