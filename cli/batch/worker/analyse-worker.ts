/**
 * A batch worker thread: its own ORT sessions (analysis/ml/ort.ts keeps one per model per thread) and the
 * extension's own analyzeBytes, fed file paths so image bytes never cross threads.
 */
import { readFile } from 'node:fs/promises';
import { workerData } from 'node:worker_threads';
import sharp from 'sharp';
import { analyzeBytes } from '../../../analysis/analyze-bytes';
import { decodeNode } from '../../../analysis/image/decode-node';
import { setupNodeOrt } from '../../../analysis/ml/node-models';
import type { ImageResult, WorkerSetup, WorkerTask } from './protocol';

const setup = workerData as WorkerSetup;
setupNodeOrt({ backend: setup.backend, numThreads: setup.ortThreads }, setup.modelsDir);
// One libvips thread per decode, since every core already runs a worker; no operation cache, which would
// hold recent decoded images for nothing (each avatar is decoded once).
sharp.concurrency(1);
sharp.cache(false);

/** Judges one image file; an unreadable file is an error verdict like any other. */
export default async function run(task: WorkerTask): Promise<ImageResult> {
  const t0 = performance.now();
  const bytes = await readFile(task.file).catch(() => null);
  const verdict = bytes ? await analyzeBytes(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), null, decodeNode) : { status: 'error' as const, error: "couldn't read file" };
  return { verdict, ms: performance.now() - t0 };
}
