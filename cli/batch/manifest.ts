/**
 * batch.json: what a batch output folder holds, so a rerun resumes only the same work and a merge only
 * joins shards of the same input.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import * as v from 'valibot';

const ShardSchema = v.object({ index: v.number(), count: v.number() });

const ManifestSchema = v.object({
  format: v.literal(1),
  input: v.object({ kind: v.string(), fingerprint: v.string(), path: v.string() }),
  shard: ShardSchema,
  /** Parts each stage wrote, once it finished; absent while it runs. */
  planned: v.optional(v.object({ users: v.number(), items: v.number(), itemParts: v.number() })),
  posts: v.optional(v.object({ tweets: v.number(), parts: v.number() })),
  images: v.optional(v.object({ rows: v.number(), errors: v.number() })),
  /** The tables at the top were written (a whole run, or a merge). */
  tables: v.optional(v.object({ accounts: v.number(), clusters: v.number(), links: v.number() })),
  /** What each CSV file held: rows, rows used, and rows left out by reason. */
  read: v.optional(v.array(v.object({ file: v.string(), rows: v.number(), used: v.number(), skipped: v.record(v.string(), v.number()) }))),
  /** For a merge: the shard folders it read. */
  mergedFrom: v.optional(v.array(v.string())),
});

export type Manifest = v.InferOutput<typeof ManifestSchema>;

/** The folder's manifest, or null when there is none; throws on a damaged one. */
export function readManifest(path: string): Manifest | null {
  if (!existsSync(path)) return null;
  const parsed = v.safeParse(ManifestSchema, JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) throw new Error(`[sockscope:batch] ${path} is not a batch manifest: ${parsed.issues[0]?.message ?? ''}`);
  return parsed.output;
}

/** Writes the manifest atomically. */
export function writeManifest(path: string, m: Manifest): void {
  const tmp = `${path}.tmp-${process.pid}`;
  writeFileSync(tmp, `${JSON.stringify(m, null, 2)}\n`);
  renameSync(tmp, path);
}

/** Why an existing manifest is not this run's (another input or shard), or null when it is. */
export function mismatch(prev: Manifest, next: Pick<Manifest, 'input' | 'shard'>): string | null {
  if (prev.input.fingerprint !== next.input.fingerprint) return `it holds a run over another input (${prev.input.path})`;
  if (prev.shard.index !== next.shard.index || prev.shard.count !== next.shard.count) return `it holds shard ${prev.shard.index}/${prev.shard.count}`;
  return null;
}
