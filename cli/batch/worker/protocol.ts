import type { AnalysedVerdict } from '../../../analysis/analysed-verdict';
import type { OrtBackend } from '../../../analysis/ml/ort';

/** What every worker is started with. */
export interface WorkerSetup {
  backend: OrtBackend;
  /** ORT intra-op threads per worker's session. */
  ortThreads: number;
  /** The models/ folder (a bundled worker does not live beside it). */
  modelsDir: string;
}

/** One task: an image file to judge. */
export interface WorkerTask {
  file: string;
}

/** A judged image, with the worker's own time on it (the rest of a task's wall time is messaging and queueing). */
export interface ImageResult {
  verdict: AnalysedVerdict;
  ms: number;
}
