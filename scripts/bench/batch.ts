/**
 * `sockscope batch` throughput on this machine: where one avatar's time goes (per stage, wasm and native ORT),
 * then avatars/s through the worker pool with 1 and all cores, the scaling ratio and memory per worker, on
 * a generated archive of 2,000 accounts and 20,000 tweets. Each throughput figure is the median of RUNS runs;
 * the load average is printed beside each, since other work on the machine moves them.
 *   npx tsx scripts/bench/batch.ts [RUNS=2] [ACCOUNTS=2000]
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { analyzeBytes } from '../../analysis/analyze-bytes';
import { scoreForensic } from '../../analysis/classifier/forensic-classifier';
import { FORENSIC_MODEL_NAME } from '../../analysis/classifier/forensic-config';
import { detectFaces } from '../../analysis/detect/face-detect';
import { decodeNode } from '../../analysis/image/decode-node';
import { sha256Hex } from '../../analysis/image/sha256';
import { setupNodeOrt } from '../../analysis/ml/node-models';
import { configureOrt, createSession, releaseSessions, type OrtBackend } from '../../analysis/ml/ort';
import { phash } from '../../signals/phash';
import { startPool } from '../../cli/batch/pool';
import { makeArchive } from '../../cli/batch/testing/make-archive';
import { faceSample } from '../../signals/testing/face-sample';
import { median } from '../eval/eyes-stats';
import { archiveMix, stageCpu } from './batch-stages';

const ROOT = resolve(import.meta.dirname, '../..');
const load = (): string => loadavg().map((x) => x.toFixed(2)).join(' ');
const ms = (x: number): string => `${x.toFixed(2)} ms`;

/** Median time of each stage of one avatar, in this thread (no pool), on `backend`. */
async function profileStages(paths: string[], backend: OrtBackend): Promise<Record<string, number>> {
  await releaseSessions();
  setupNodeOrt();
  configureOrt({ backend, numThreads: 1 });
  await Promise.all([createSession('blazeface'), createSession(FORENSIC_MODEL_NAME)]);
  // 'stage2' is timed on every face found, though analyzeBytes runs it only where the eyes match.
  const t: Record<string, number[]> = { read: [], sha256: [], decode: [], detect: [], phash: [], stage2: [], analyzeBytes: [] };
  const time = async <T>(name: string, f: () => Promise<T> | T): Promise<T> => {
    const t0 = performance.now();
    const out = await f();
    t[name]!.push(performance.now() - t0);
    return out;
  };
  for (const path of [...paths, ...paths]) {
    const bytes = await time('read', () => new Uint8Array(readFileSync(path)));
    await time('sha256', () => sha256Hex(bytes));
    const img = await time('decode', () => decodeNode(bytes));
    const face = (await time('detect', () => detectFaces(img)))[0];
    await time('phash', () => phash(img));
    if (face) await time('stage2', () => scoreForensic(img, face.eyes));
    await time('analyzeBytes', () => analyzeBytes(bytes, null, decodeNode));
  }
  return Object.fromEntries(Object.entries(t).map(([k, xs]) => [k, median(xs.slice(paths.length))]));
}

/** The pool's own cost per task: a file that does not exist is answered at once, so what is left is messaging. */
async function messagingMs(n = 3000): Promise<number> {
  const pool = await startPool(1, { backend: 'native' });
  try {
    await pool.analyse('/nonexistent');
    const t0 = performance.now();
    await Promise.all(Array.from({ length: n }, () => pool.analyse('/nonexistent')));
    return (performance.now() - t0) / n;
  } finally {
    await pool.close();
  }
}

interface Throughput {
  perSecond: number;
  cpuMsPerImage: number;
  workerMs: number;
  rssBeforePoolMb: number;
  peakRssMb: number;
  load: string;
}

/** One whole run over the archive in a fresh process (scripts/bench/batch-run.ts). */
function throughput(archive: string, workers: number, backend: OrtBackend, tasksPerWorker = 2): Throughput {
  const out = mkdtempSync(join(tmpdir(), 'sockscope-bench-batch-'));
  try {
    const stdout = execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/bench/batch-run.ts'), archive, out, String(workers), backend, String(tasksPerWorker)], { cwd: ROOT, encoding: 'utf8' });
    const last = stdout.trim().split('\n').pop() ?? '{}';
    return { ...(JSON.parse(last) as Omit<Throughput, 'load'>), load: load() };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const runs = Number(process.argv[2] ?? 2);
  const accounts = Number(process.argv[3] ?? 2000);
  const cores = availableParallelism();
  console.log(`machine: ${cores} cores, Node ${process.version}, load ${load()}`);
  const paths = faceSample(60);
  for (const backend of ['wasm', 'native'] as const) {
    const p = await profileStages(paths, backend);
    console.log(`per avatar, one thread, ${backend} ORT (60 shared faces, medians): ${Object.entries(p).map(([k, v]) => `${k} ${ms(v)}`).join(' · ')}   [load ${load()}]`);
  }
  await releaseSessions();
  // CPU by stage (every thread of the process), on the archive's mix: what 300 avatars/s on two cores needs is 6.7 ms in all.
  configureOrt({ backend: 'native', numThreads: 1 });
  const [cpu] = await stageCpu(archiveMix(100), 'native', [ROOT]);
  console.log(`CPU per avatar, one thread, native ORT (90 wild photos, 10 StyleGAN faces; medians, stage 2 and the whole as means): ${Object.entries(cpu ?? {}).map(([k, v]) => `${k} ${ms(v)}`).join(' · ')}   [load ${load()}]`);
  console.log(`messaging: ${ms(await messagingMs())} per task through the pool (path in, verdict out, pipelined)   [load ${load()}]`);
  const root = mkdtempSync(join(tmpdir(), 'sockscope-bench-archive-'));
  try {
    const archive = join(root, 'archive');
    await makeArchive(archive, { accounts, tweets: accounts * 10 });
    // Alternated, so a change in the machine's load falls on every configuration alike.
    const plans: Array<[OrtBackend, number, number]> = [['wasm', cores, 1], ['native', 1, 2], ['native', cores, 2], ['native', cores, 1]];
    const results = new Map<string, Throughput[]>();
    for (let r = 0; r < runs; r++)
      for (const [backend, workers, tasks] of plans) {
        const t = throughput(archive, workers, backend, tasks);
        const name = `${backend} × ${workers}${tasks === 1 ? ' (1 task each)' : ''}`;
        results.set(name, [...(results.get(name) ?? []), t]);
        console.log(`run ${r + 1}: ${name}: ${t.perSecond.toFixed(1)} avatars/s, CPU ${ms(t.cpuMsPerImage)}/avatar, worker time ${ms(t.workerMs)}/avatar, RSS ${t.rssBeforePoolMb.toFixed(0)} MB before the pool, peak ${t.peakRssMb.toFixed(0)} MB   [load ${t.load}]`);
      }
    const med = (name: string, pick: (t: Throughput) => number): number => median((results.get(name) ?? []).map(pick));
    console.log(`\nbatch, ${accounts} avatars (medians of ${runs}):`);
    for (const name of results.keys()) {
      const cpu = med(name, (t) => t.cpuMsPerImage);
      // With a worker per core, what the cores would give this process alone: cores × (1 s ÷ CPU time per avatar).
      const idle = name.startsWith(`native × ${cores}`) || name.startsWith(`wasm × ${cores}`) ? `, ≈ ${((cores * 1000) / cpu).toFixed(0)}/s on idle cores` : '';
      console.log(`  ${name.padEnd(26)} ${med(name, (t) => t.perSecond).toFixed(1)} avatars/s measured, ${ms(cpu)} CPU/avatar${idle}, peak RSS ${med(name, (t) => t.peakRssMb).toFixed(0)} MB`);
    }
    const one = med('native × 1', (t) => t.perSecond);
    const all = med(`native × ${cores}`, (t) => t.perSecond);
    const perWorker = (med(`native × ${cores}`, (t) => t.peakRssMb) - med(`native × ${cores}`, (t) => t.rssBeforePoolMb)) / cores;
    const added = cores > 1 ? (med(`native × ${cores}`, (t) => t.peakRssMb) - med('native × 1', (t) => t.peakRssMb)) / (cores - 1) : NaN;
    console.log(`  scaling 1 → ${cores} workers: ${(all / one).toFixed(2)}×; memory per worker ${perWorker.toFixed(0)} MB (peak RSS over the process before its pool, ÷ workers), ${added.toFixed(0)} MB per added worker; goal ≥ 300 avatars/s per machine`);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error('[sockscope:bench-batch]', err);
  process.exit(1);
});
