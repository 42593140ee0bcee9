/**
 * The analyser's inference worker: the only place the extension (Chrome and Firefox) runs ORT. Runs
 * arrive from runtime/analyser/inference-client.ts, are validated, run one at a time by analysis/ml/ort.ts,
 * and are answered by id.
 */
import { InferenceRequestSchema, parseWorkerMessage, type InferenceReply } from '../../utils/messages';
import { ModelUnavailableError } from '../../analysis/ml/model-error';
import { setupExtensionOrt } from '../../analysis/ml/setup-ort';
import { FORENSIC_MODEL_NAME } from '../../analysis/classifier/forensic-config';
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
 * How long the worker must have had nothing to run, once the detector is loaded, before it loads stage 2
 * ahead of need. Making a session holds the one wasm thread: made while avatars wait, it held their
 * detection back (the cold start's trace, 2026-12-07). Now that each avatar is answered on its own,
 * ordinary avatars go first; a StyleGAN face whose eyes match before then loads stage 2 itself.
 */
export const STAGE2_IDLE_MS = 300;

/**
 * Wires `scope`: ORT from the extension's files, the detector loaded at once and stage 2 once the worker
 * is idle (or on the first eye match), runs answered by id. Once both models have loaded (or failed),
 * `collect` is asked to free what compiling them left behind.
 */
export function startInferenceWorker(scope: WorkerScope, collect: () => void = requestCollection): Promise<void> {
  startupMark('worker-start');
  setupExtensionOrt(`${scope.location.origin}/`);
  // A failure is remembered by analysis/ml/ort.ts, and the first image then reports "model unavailable".
  const detector = createSession(BLAZEFACE.name).then(() => startupMark('detector-ready'), () => undefined);
  let open = 0;
  let idleTimer: ReturnType<typeof setTimeout> | null = null;
  let stage2Loaded: () => void = () => undefined;
  const stage2 = new Promise<void>((done) => (stage2Loaded = done));
  let stage2Asked = false;
  const loadStage2 = (): void => {
    if (stage2Asked) return;
    stage2Asked = true;
    void createSession(FORENSIC_MODEL_NAME).then(() => stage2Loaded(), () => stage2Loaded());
  };
  let detectorDone = false;
  const whenIdle = (): void => {
    if (idleTimer !== null) clearTimeout(idleTimer);
    idleTimer = detectorDone && open === 0 && !stage2Asked ? setTimeout(() => open === 0 && loadStage2(), STAGE2_IDLE_MS) : null;
  };
  void detector.then(() => {
    detectorDone = true;
    whenIdle();
  });
  // A task later, so that the compiler's last references are gone.
  const warmed = Promise.all([detector, stage2]).then(
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
    // A run of stage 2 makes its session on the way (the first eye match before the worker was idle).
    if (msg.model === FORENSIC_MODEL_NAME) stage2Asked = true;
    open++;
    whenIdle();
    const ran2 = runModel(msg.model, msg.feeds);
    if (msg.model === FORENSIC_MODEL_NAME) void ran2.then(() => stage2Loaded(), () => stage2Loaded());
    const settled = (): void => {
      open--;
      whenIdle();
    };
    ran2.then(settled, settled);
    ran2.then(
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
