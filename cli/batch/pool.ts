/** The worker pool (piscina): one worker per core by default, each with its own ORT sessions. */
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import { MODELS_DIR } from '../../analysis/ml/node-models';
import type { ImageResult, WorkerSetup, WorkerTask } from './worker/protocol';
import { workerEntry } from './worker/worker-entry';

/** The pool the image stage sends files to. */
export interface AnalysePool {
  workers: number;
  analyse(file: string): Promise<ImageResult>;
  close(): Promise<void>;
}

/** Default worker count: every core. */
export const defaultWorkers = (): number => Math.max(1, availableParallelism());

/**
 * Starts `workers` threads. Each judges two images at a time, so one image's decode (a libvips thread)
 * overlaps the other's inference; ORT gets one thread per worker, since the workers already fill the cores.
 */
export async function startPool(workers: number, setup: Partial<WorkerSetup> = {}, tasksPerWorker = 2, log?: (line: string) => void): Promise<AnalysePool> {
  const workerData: WorkerSetup = { backend: setup.backend ?? 'native', ortThreads: setup.ortThreads ?? 1, modelsDir: setup.modelsDir ?? MODELS_DIR };
  const entry = await workerEntry(log);
  const pool = new Piscina<WorkerTask, ImageResult>({
    filename: entry.filename, execArgv: entry.execArgv,
    minThreads: workers, maxThreads: workers, idleTimeout: 60_000, concurrentTasksPerWorker: tasksPerWorker, workerData,
  });
  return {
    workers,
    analyse: (file) => pool.run({ file }),
    close: () => pool.destroy(),
  };
}
