import { hamming, phashBands } from './phash.ts';
import type { AccountKey, ClusterEvidence } from './types.ts';

/**
 * Max phash distance (bits) counted as "the same picture". Measured (phash-robustness.test.ts):
 * resize 400→48 px and JPEG q30–95 moved hashes by at most 6 bits (generated images) and 2 bits
 * (50 faces); different images were ≥ 18 bits apart (generated) and ≥ 14 bits (faces). 6 keeps an
 * 8-bit margin to the closest different face and stays under 8 bands' pigeonhole limit of 7.
 */
export const REUSE_MAX_BITS = 6;

/** One avatar an account was seen with, after its image was hashed. */
export interface AvatarSighting {
  accountKey: AccountKey;
  url: string;
  sha256: string | null;
  phash: string | null;
}

export interface ReuseOptions {
  maxBits: number;
  /** How many linked accounts to list per account. */
  maxListed: number;
}

export const REUSE_DEFAULTS: ReuseOptions = { maxBits: REUSE_MAX_BITS, maxListed: 20 };

/**
 * Accounts whose avatar is the same picture as another account's: an exact SHA-256 match, or a phash
 * within `maxBits`. Callers must leave out platform default avatars (millions share them).
 */
export function findReusedAvatars(
  sightings: readonly AvatarSighting[],
  opts: ReuseOptions = REUSE_DEFAULTS,
): Map<AccountKey, ClusterEvidence> {
  const links = new Map<AccountKey, Map<AccountKey, { bits: number; hash: string }>>();
  const link = (a: AvatarSighting, b: AvatarSighting, bits: number): void => {
    if (a.accountKey === b.accountKey) return;
    for (const [x, y] of [[a, b], [b, a]] as const) {
      const m = links.get(x.accountKey) ?? new Map<AccountKey, { bits: number; hash: string }>();
      const prev = m.get(y.accountKey);
      if (!prev || bits < prev.bits) m.set(y.accountKey, { bits, hash: x.sha256 ?? x.phash ?? x.url });
      links.set(x.accountKey, m);
    }
  };
  const bySha = new Map<string, AvatarSighting[]>();
  const byBand = new Map<string, number[]>();
  sightings.forEach((s, i) => {
    if (s.sha256) bySha.set(s.sha256, [...(bySha.get(s.sha256) ?? []), s]);
    if (s.phash) for (const band of phashBands(s.phash)) byBand.set(band, [...(byBand.get(band) ?? []), i]);
  });
  for (const group of bySha.values()) for (let i = 1; i < group.length; i++) for (let j = 0; j < i; j++) link(group[i] as AvatarSighting, group[j] as AvatarSighting, 0);
  // Band lookup: only pairs sharing one 8-bit band are compared, instead of all n² pairs.
  for (const idxs of byBand.values())
    for (let i = 1; i < idxs.length; i++)
      for (let j = 0; j < i; j++) {
        const a = sightings[idxs[i] as number] as AvatarSighting;
        const b = sightings[idxs[j] as number] as AvatarSighting;
        if (a.accountKey === b.accountKey || !a.phash || !b.phash) continue;
        const bits = hamming(a.phash, b.phash);
        if (bits <= opts.maxBits) link(a, b, bits);
      }
  const out = new Map<AccountKey, ClusterEvidence>();
  for (const [key, m] of links) {
    const others = [...m.keys()].sort();
    const exact = [...m.values()].every((v) => v.bits === 0);
    out.set(key, {
      signal: 'reused-avatar',
      score: 1,
      threshold: 1,
      fired: true,
      count: others.length,
      accounts: others.slice(0, opts.maxListed),
      truncated: others.length > opts.maxListed,
      day: null,
      shared: [...m.values()][0]?.hash ?? '',
      reason: `Same profile picture as ${others.length} other account${others.length === 1 ? '' : 's'}${exact ? ' (identical file)' : ' (resized or recompressed copy)'}`,
    });
  }
  return out;
}
