/** One `sockscope batch` run over one shard: plan → tweet fingerprints → images → (whole run) tables. */
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { OrtBackend } from '../../analysis/ml/ort';
import { writeTables } from './finalize';
import { judgeImages, type ImageTiming } from './images-stage';
import { openInput } from './inputs/open-input';
import { outLayout } from './layout';
import { mismatch, readManifest, writeManifest, type Manifest } from './manifest';
import { formatReport } from '../../utils/import/csv-report';
import { planShard } from './plan-stage';
import { startPool } from './pool';
import { fingerprintTweets } from './posts-stage';
import type { Progress } from './progress';
import type { Shard } from './shard';

export interface BatchOptions {
  input: string;
  out: string;
  shard: Shard;
  workers: number;
  backend?: OrtBackend;
  /** Images each worker judges at once (default 2, see pool.ts). */
  tasksPerWorker?: number;
  /** ORT intra-op threads per worker (default 1, see pool.ts). */
  ortThreads?: number;
  progress: Progress;
  log: (line: string) => void;
  /** Filled with per-image timings when given (bench). */
  timings?: ImageTiming[];
}

/** Drops the temporary files of writes a killed run left half done. */
function dropTemporaries(dirs: readonly string[]): void {
  for (const dir of dirs) {
    let names: string[] = [];
    try {
      names = readdirSync(dir);
    } catch {
      continue;
    }
    for (const n of names) if (n.includes('.tmp-')) rmSync(join(dir, n), { force: true });
  }
}

/** Runs (or resumes) the shard's work in `out`; returns the finished manifest. */
export async function runBatch(opts: BatchOptions): Promise<Manifest> {
  const out = resolve(opts.out);
  const layout = outLayout(out);
  mkdirSync(out, { recursive: true });
  dropTemporaries([out, layout.images, layout.users, layout.items, layout.posts]);
  const input = await openInput(opts.input, layout.unzipped, out);
  const here: Pick<Manifest, 'input' | 'shard'> = { input: { kind: input.kind, fingerprint: input.fingerprint, path: opts.input }, shard: opts.shard };
  const prev = readManifest(layout.manifest);
  const why = prev ? (prev.mergedFrom ? 'it holds a merge' : mismatch(prev, here)) : null;
  if (why) throw new Error(`[sockscope:batch] won't write into ${opts.out}: ${why}; choose another --out`);
  const m: Manifest = prev ?? { format: 1, ...here };
  writeManifest(layout.manifest, m);
  if (prev?.images && (opts.shard.count > 1 || prev.tables)) {
    opts.log(`[sockscope:batch] ${opts.out} is complete already`);
    return m;
  }
  const told = new Set<string>();
  const tellReports = (): void => {
    for (const r of input.reports?.() ?? []) {
      if (told.has(r.file)) continue;
      told.add(r.file);
      opts.log(`[sockscope:batch] ${formatReport(r)}`);
      m.read = [...(m.read ?? []).filter((x) => x.file !== r.file), r];
    }
  };
  if (!m.planned) {
    m.planned = await planShard(input, opts.shard, layout);
    tellReports();
    writeManifest(layout.manifest, m);
  }
  opts.log(`[sockscope:batch] ${input.kind}: ${m.planned.users} accounts, ${m.planned.items} images in shard ${opts.shard.index}/${opts.shard.count}`);
  if (!m.posts) {
    m.posts = await fingerprintTweets(input.tweets(), opts.shard, layout);
    tellReports();
    writeManifest(layout.manifest, m);
  }
  const pool = await startPool(opts.workers, { backend: opts.backend ?? 'native', ortThreads: opts.ortThreads ?? 1 }, opts.tasksPerWorker, opts.log);
  try {
    m.images = await judgeImages(pool, opts.shard, layout, m.planned, opts.progress, opts.timings ?? null);
  } finally {
    await pool.close();
  }
  writeManifest(layout.manifest, m);
  // A shard's tables would miss the coordination that crosses shards: only `batch merge` writes them.
  if (opts.shard.count === 1) {
    m.tables = await writeTables([out], out);
    writeManifest(layout.manifest, m);
  }
  return m;
}
