import { createHash } from 'node:crypto';

/** Which shard of `count` holds a key: the first 32 bits of its SHA-256, so every machine agrees. */
export function shardOf(key: string, count: number): number {
  if (count <= 1) return 0;
  return createHash('sha256').update(key).digest().readUInt32BE(0) % count;
}

/** One shard of a split run; `{index: 0, count: 1}` is the whole input. */
export interface Shard {
  index: number;
  count: number;
}

export const WHOLE: Shard = { index: 0, count: 1 };

/** Parses `i/N` (0 ≤ i < N); throws with the reason. */
export function parseShard(text: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || count < 1 || index >= count) throw new Error(`--shard wants i/N with 0 ≤ i < N (got "${text}")`);
  return { index, count };
}

/** `s0of4`: the shard's tag in part names, so the parts of every shard can share one folder. */
export const shardTag = (s: Shard): string => `s${s.index}of${s.count}`;

/** True when the key belongs to the shard. */
export const inShard = (key: string, s: Shard): boolean => shardOf(key, s.count) === s.index;
