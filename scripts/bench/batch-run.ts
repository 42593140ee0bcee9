/**
 * One measured `sockscope batch` run in a fresh process (so memory figures are its own), printed as one JSON
 * line: avatars/s over the image stage, CPU time per avatar (all threads), the workers' median time per avatar,
 * RSS before the pool and at peak.
 *   node --import tsx scripts/bench/batch-run.ts ARCHIVE OUT WORKERS BACKEND [TASKS_PER_WORKER=2] [ORT_THREADS=1]
 */
import { resourceUsage } from 'node:process';
import type { OrtBackend } from '../../analysis/ml/ort';
import type { ImageTiming } from '../../cli/batch/images-stage';
import { runBatch } from '../../cli/batch/run-batch';
import { median } from '../eval/eyes-stats';

const [archive, out, workers, backend, tasks = '2', ortThreads = '1'] = process.argv.slice(2);
if (!archive || !out || !workers || (backend !== 'wasm' && backend !== 'native')) throw new Error('usage: bench-batch-run.ts ARCHIVE OUT WORKERS wasm|native [TASKS_PER_WORKER] [ORT_THREADS]');
let began = 0;
let ended = 0;
let beforePool = 0;
let cpuAtStart = process.cpuUsage();
let cpuInStage = 0;
const timings: ImageTiming[] = [];
const progress = {
  start: () => {
    beforePool = process.memoryUsage.rss();
    cpuAtStart = process.cpuUsage();
    began = performance.now();
  },
  add: () => undefined,
  stop: () => {
    ended = performance.now();
    // Every thread's CPU time (main, workers, libvips): a figure the machine's other load hardly moves.
    const used = process.cpuUsage(cpuAtStart);
    cpuInStage = (used.user + used.system) / 1000;
  },
};
const m = await runBatch({ input: archive, out, shard: { index: 0, count: 1 }, workers: Number(workers), backend: backend as OrtBackend, tasksPerWorker: Number(tasks), ortThreads: Number(ortThreads), progress, log: () => undefined, timings });
const images = m.images?.rows ?? 0;
console.log(JSON.stringify({
  images, perSecond: images / ((ended - began) / 1000), workerMs: median(timings.map((t) => t.workerMs)), cpuMsPerImage: cpuInStage / images,
  rssBeforePoolMb: beforePool / 2 ** 20, peakRssMb: resourceUsage().maxRSS / 1024,
}));
