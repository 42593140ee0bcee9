/** `sockscope batch PATH --out DIR [--shard i/N] [--workers N]` and `sockscope batch merge --out DIR SHARD_DIR...`. */
import { parseArgs } from 'node:util';
import type { LineWriter } from '../output';
import { mergeShards } from './merge';
import type { Manifest } from './manifest';
import { defaultWorkers } from './pool';
import { makeProgress } from './progress';
import { runBatch } from './run-batch';
import { parseShard, WHOLE, type Shard } from './shard';

export const BATCH_USAGE = 'sockscope batch PATH --out DIR [--shard i/N] [--workers N]   |   sockscope batch merge --out DIR SHARD_DIR...';

/** Parsed `batch` arguments. */
export type BatchArgs =
  | { mode: 'run'; input: string; out: string; shard: Shard; workers: number; backend: 'wasm' | 'native' }
  | { mode: 'merge'; out: string; shards: string[] };

/** Parses the arguments; throws with the reason. */
export function parseBatchArgs(args: string[]): BatchArgs {
  const { values, positionals } = parseArgs({
    args, allowPositionals: true,
    options: { out: { type: 'string' }, shard: { type: 'string' }, workers: { type: 'string' }, backend: { type: 'string' } },
  });
  if (!values.out) throw new Error('missing --out DIR');
  if (positionals[0] === 'merge') {
    if (positionals.length < 2) throw new Error('merge needs the shard folders');
    return { mode: 'merge', out: values.out, shards: positionals.slice(1) };
  }
  if (positionals.length !== 1 || !positionals[0]) throw new Error('expected one PATH (an archive folder or .zip, a folder of images, or a .csv of image files)');
  const workers = values.workers === undefined ? defaultWorkers() : Number(values.workers);
  if (!Number.isInteger(workers) || workers < 1) throw new Error(`--workers wants a whole number ≥ 1 (got "${values.workers}")`);
  const backend = values.backend ?? 'native';
  if (backend !== 'wasm' && backend !== 'native') throw new Error(`--backend is wasm or native (got "${backend}")`);
  return { mode: 'run', input: positionals[0], out: values.out, shard: values.shard ? parseShard(values.shard) : WHOLE, workers, backend };
}

function summary(m: Manifest, out: string): string {
  const images = m.images ? `${m.images.rows} images (${m.images.errors} error rows)` : 'no images';
  if (!m.tables) return `${images} in shard ${m.shard.index}/${m.shard.count} → ${out}; merge the shards with: sockscope batch merge --out DIR SHARD_DIR...`;
  return `${m.tables.accounts} accounts, ${images}, ${m.tables.clusters} cluster rows, ${m.tables.links} links → ${out}`;
}

/** Runs the command; 0 = written, 1 = failed, 2 = usage. */
export async function runBatchCommand(args: string[], out: LineWriter, err: LineWriter = (l) => console.error(l)): Promise<number> {
  let parsed: BatchArgs;
  try {
    parsed = parseBatchArgs(args);
  } catch (e) {
    err(`${e instanceof Error ? e.message : String(e)}\nusage: ${BATCH_USAGE}`);
    return 2;
  }
  try {
    if (parsed.mode === 'merge') {
      out(summary(await mergeShards(parsed.shards, parsed.out), parsed.out));
      return 0;
    }
    const progress = makeProgress(process.stderr.isTTY === true, (line) => err(`[sockscope:batch] ${line}`));
    const m = await runBatch({ ...parsed, progress, log: err });
    out(summary(m, parsed.out));
    return 0;
  } catch (e) {
    const text = e instanceof Error ? e.message : String(e);
    err(text.startsWith('[sockscope:') ? text : `[sockscope:batch] ${text}`);
    return 1;
  }
}
