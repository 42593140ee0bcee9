/**
 * The offscreen document's side of its inference worker: a ModelRunner that posts each run to the
 * worker and matches replies by id. The worker is started on first use and replaced when it dies or
 * hangs; one that dies before ever answering is not restarted for a while, so a broken build gives a
 * clear "model unavailable" per avatar instead of a loop of worker starts.
 */
import { InferenceReplySchema, parseWorkerMessage, type InferenceRequest } from '../../utils/messages';
import { ModelUnavailableError } from '../../analysis/ml/model-error';
import { recycleInputs, type FloatTensor, type ModelRunner } from '../../analysis/ml/model-runner';
import { transferable } from './transferable';

/** What the client needs of a Worker (a fake one in tests). */
export interface WorkerLike {
  postMessage(message: InferenceRequest, transfer: Transferable[]): void;
  terminate(): void;
  onmessage: ((e: MessageEvent) => void) | null;
  onerror: ((e: ErrorEvent) => void) | null;
}

export interface InferenceClientOptions {
  /** A run not answered in this time is failed and the worker replaced (a hung wasm can only be killed). */
  timeoutMs?: number;
  /** How long a worker that never answered is not restarted. */
  retryMs?: number;
  /** A worker with nothing to do for this long is ended, and its memory with it; the next run starts another. */
  idleMs?: number;
  now?: () => number;
}

/** One run can take seconds on a busy 2-core machine during a cold start; 30 s is surely a hang. */
export const RUN_TIMEOUT_MS = 30_000;
export const WORKER_RETRY_MS = 60_000;
/**
 * A warm worker (the wasm runtime, its code, the models) keeps about 40 MB that the reader no longer
 * needs once they stop browsing: measured idle, 81 MB with it against 41 MB without. After five quiet
 * minutes it goes; the next avatar then waits about half a second for a new one.
 */
export const WORKER_IDLE_MS = 5 * 60_000;

interface Pending {
  model: string;
  resolve: (outputs: Record<string, FloatTensor>) => void;
  reject: (err: Error) => void;
  timer: ReturnType<typeof setTimeout>;
}

export class InferenceClient {
  private readonly timeoutMs: number;
  private readonly retryMs: number;
  private readonly idleMs: number;
  private readonly now: () => number;
  private idleTimer: ReturnType<typeof setTimeout> | null = null;
  private worker: WorkerLike | null = null;
  /** Whether the current worker has answered at least once (then a death is a crash, not a broken start). */
  private answered = false;
  private failed: { at: number; detail: string } | null = null;
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;

  constructor(
    private readonly spawn: () => WorkerLike,
    options: InferenceClientOptions = {},
  ) {
    this.timeoutMs = options.timeoutMs ?? RUN_TIMEOUT_MS;
    this.retryMs = options.retryMs ?? WORKER_RETRY_MS;
    this.idleMs = options.idleMs ?? WORKER_IDLE_MS;
    this.now = options.now ?? Date.now;
  }

  /** Start the worker now, so it loads the models while the first avatars are fetched. */
  start(): void {
    // A worker started ahead of use that never gets a run still ends.
    if (this.ensureWorker() && this.pending.size === 0) this.startIdleTimer();
  }

  readonly run: ModelRunner = (model, feeds) =>
    new Promise((resolve, reject) => {
      this.stopIdleTimer();
      const worker = this.ensureWorker();
      if (!worker) return reject(new ModelUnavailableError(model, this.failed?.detail ?? 'inference worker unavailable'));
      const id = this.nextId++;
      const timer = setTimeout(() => this.restart(`no answer in ${this.timeoutMs} ms`), this.timeoutMs);
      this.pending.set(id, { model, resolve, reject, timer });
      const inputs = Object.entries(feeds).map(([k, t]): [string, { data: Float32Array; dims: number[] }] => [k, { data: t.data, dims: [...t.dims] }]);
      // The inputs move to the worker (no copy) and come back with the reply for reuse (recycleInputs).
      worker.postMessage({ type: 'infer', id, model, feeds: Object.fromEntries(inputs) }, transferable(inputs.map(([, t]) => t.data)));
    });

  private ensureWorker(): WorkerLike | null {
    if (this.worker) return this.worker;
    const now = this.now();
    if (this.failed && now - this.failed.at < this.retryMs) return null;
    try {
      const w = this.spawn();
      w.onmessage = (e) => this.onReply(e.data);
      w.onerror = (e) => this.onWorkerError(e);
      this.worker = w;
      this.answered = false;
      this.failed = null;
      return w;
    } catch (e) {
      this.failed = { at: now, detail: `inference worker could not start (${String(e).slice(0, 120)})` };
      console.error(`[sockscope:inference] ${this.failed.detail}`);
      return null;
    }
  }

  private onReply(raw: unknown): void {
    const reply = parseWorkerMessage(InferenceReplySchema, raw);
    const p = reply && this.pending.get(reply.id);
    if (!reply || !p) return;
    this.pending.delete(reply.id);
    clearTimeout(p.timer);
    this.answered = true;
    if (this.pending.size === 0) this.startIdleTimer();
    if (reply.type === 'inferred') {
      recycleInputs(reply.spent);
      return p.resolve(reply.outputs);
    }
    const { error } = reply;
    p.reject(error.kind === 'model-unavailable' ? new ModelUnavailableError(error.model, error.detail) : new Error(error.message));
  }

  private onWorkerError(e: ErrorEvent): void {
    const message = e.message || 'the inference worker stopped';
    e.preventDefault();
    if (!this.answered) {
      // Died before its first answer: its script or wasm can't load. Don't respawn per avatar.
      this.failed = { at: this.now(), detail: `inference worker failed to start (${message.slice(0, 120)})` };
      console.error(`[sockscope:inference] ${this.failed.detail}`);
    }
    this.restart(message);
  }

  /** Only ever armed with no run pending: run() disarms it before it adds one. */
  private startIdleTimer(): void {
    this.stopIdleTimer();
    this.idleTimer = setTimeout(() => this.dropWorker(), this.idleMs);
  }

  private stopIdleTimer(): void {
    if (this.idleTimer !== null) clearTimeout(this.idleTimer);
    this.idleTimer = null;
  }

  /** Ends the worker; the next run starts a new one. */
  private dropWorker(): void {
    this.stopIdleTimer();
    this.worker?.terminate();
    this.worker = null;
  }

  /** Fail every pending run and drop the worker. */
  private restart(why: string): void {
    this.dropWorker();
    const all = [...this.pending.values()];
    this.pending.clear();
    for (const p of all) {
      clearTimeout(p.timer);
      p.reject(this.failed ? new ModelUnavailableError(p.model, this.failed.detail) : new Error(`[sockscope:inference] ${why}`));
    }
  }
}
