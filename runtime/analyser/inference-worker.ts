/**
 * The analyser's inference worker: the only place the extension (Chrome and Firefox) runs ORT. Runs
 * arrive from runtime/analyser/inference-client.ts, are validated, run one at a time by analysis/ml/ort.ts,
 * and are answered by id.
 */
import { InferenceRequestSchema, parseWorkerMessage, type InferenceReply } from '../../utils/messages';
import { ModelUnavailableError } from '../../analysis/ml/model-error';
import { setupExtensionOrt, warmModels } from '../../analysis/ml/setup-ort';
import { requestCollection } from './startup-garbage';
import { transferable } from './transferable';
import { startupMark } from '../../utils/startup-mark';
import { BLAZEFACE } from '../../analysis/detect/blazeface-config';
import { createSession, runModel } from '../../analysis/ml/ort';

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

/**
 * Wires `scope`: ORT from the extension's files, models warmed at once (the detector first), runs answered
 * by id. Once both models have loaded (or failed), `collect` is asked to free what compiling them left behind.
 */
export function startInferenceWorker(scope: WorkerScope, collect: () => void = requestCollection): Promise<void> {
  startupMark('worker-start');
  setupExtensionOrt(`${scope.location.origin}/`);
  const warming = warmModels();
  // createSession hands back the session warmModels started, so this only watches it load.
  if (import.meta.env.TEST_HOOKS) void createSession(BLAZEFACE.name).then(() => startupMark('detector-ready'), () => undefined);
  // A task later, so that the compiler's last references are gone.
  const warmed = warming.then(
    () =>
      new Promise<void>((done) =>
        setTimeout(() => {
          startupMark('models-ready');
          collect();
          done();
        }, 0),
      ),
  );
  const ran = new Set<string>();
  scope.onmessage = (e) => {
    // Only the offscreen document holds this worker, but its messages are checked all the same.
    const msg = parseWorkerMessage(InferenceRequestSchema, e.data);
    if (!msg) return;
    // Each model's first run is marked (bench and test builds): the cold start's trace shows what it waited for.
    const first = !ran.has(msg.model);
    if (first) {
      ran.add(msg.model);
      startupMark(`${msg.model}-first-run-in`);
    }
    runModel(msg.model, msg.feeds).then(
      (outputs) => {
        if (first) startupMark(`${msg.model}-first-run-out`);
        // Outputs are fresh copies out of the wasm heap, and ORT copied the inputs into it, so every buffer
        // can move back instead of being cloned; the inputs are reused for the next avatars.
        const spent = Object.values(msg.feeds).map((t) => t.data);
        scope.postMessage(
          { type: 'inferred', id: msg.id, outputs: Object.fromEntries(Object.entries(outputs).map(([k, t]) => [k, { data: t.data, dims: [...t.dims] }])), spent },
          transferable([...Object.values(outputs).map((t) => t.data), ...spent]),
        );
      },
      (err: unknown) => scope.postMessage(failureReply(msg.id, err), []),
    );
  };
  return warmed;
}
