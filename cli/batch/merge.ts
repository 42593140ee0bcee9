/**
 * `sockscope batch merge`: the shards of one input into one output. Images parts are linked (or copied)
 * across; accounts, clusters and links are computed over every shard's parts, so coordination that spans
 * shards is found exactly as in a single run.
 */
import { copyFileSync, existsSync, linkSync, mkdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { writeTables } from './finalize';
import { outLayout } from './layout';
import { readManifest, writeManifest, type Manifest } from './manifest';
import { parquetFiles } from './parquet/read-parquet';

/** Checks that `dirs` are all the finished shards of one input; returns their manifests. */
function checkShards(dirs: readonly string[]): Manifest[] {
  const manifests = dirs.map((d) => {
    const m = readManifest(outLayout(d).manifest);
    if (!m) throw new Error(`[sockscope:batch] ${d} holds no batch run (no batch.json)`);
    if (!m.images) throw new Error(`[sockscope:batch] ${d} is not finished: rerun its shard with the same --out`);
    return m;
  });
  const first = manifests[0];
  if (!first) throw new Error('[sockscope:batch] merge needs at least one shard folder');
  const count = first.shard.count;
  const indices = new Set<number>();
  for (const [i, m] of manifests.entries()) {
    if (m.input.fingerprint !== first.input.fingerprint) throw new Error(`[sockscope:batch] ${dirs[i]} is a run over another input`);
    if (m.shard.count !== count) throw new Error(`[sockscope:batch] ${dirs[i]} is shard ${m.shard.index}/${m.shard.count}, not of ${count}`);
    if (indices.has(m.shard.index)) throw new Error(`[sockscope:batch] shard ${m.shard.index}/${count} is given twice`);
    indices.add(m.shard.index);
  }
  const absent = Array.from({ length: count }, (_, i) => i).filter((i) => !indices.has(i));
  if (absent.length > 0) throw new Error(`[sockscope:batch] shards missing: ${absent.map((i) => `${i}/${count}`).join(', ')}`);
  return manifests;
}

/** Merges finished shard folders into `out`; returns its manifest. */
export async function mergeShards(shardDirs: readonly string[], out: string): Promise<Manifest> {
  const dirs = shardDirs.map((d) => resolve(d));
  const manifests = checkShards(dirs);
  const target = outLayout(resolve(out));
  if (dirs.includes(resolve(out))) throw new Error('[sockscope:batch] --out must be a new folder, not one of the shards');
  mkdirSync(target.images, { recursive: true });
  for (const d of dirs)
    for (const f of parquetFiles(outLayout(d).images)) {
      const to = join(target.images, basename(f));
      if (existsSync(to)) continue;
      try {
        linkSync(f, to);
      } catch {
        copyFileSync(f, to);
      }
    }
  const sum = (pick: (m: Manifest) => number): number => manifests.reduce((s, m) => s + pick(m), 0);
  const first = manifests[0]!;
  const m: Manifest = {
    format: 1, input: first.input, shard: { index: 0, count: 1 }, mergedFrom: dirs,
    images: { rows: sum((x) => x.images?.rows ?? 0), errors: sum((x) => x.images?.errors ?? 0) },
  };
  m.tables = await writeTables(dirs, resolve(out));
  writeManifest(target.manifest, m);
  return m;
}
