import { BAND_PAIR_MAX_BITS, hamming, phashBandPairs } from './phash';
import { wordsOf, type AccountKey, type ClusterEvidence } from '../core/evidence';
import { counted, said } from '../core/i18n/said';

/**
 * Max phash distance (bits) counted as "the same picture". Measured (phash-robustness.test.ts):
 * resize 400→48 px and JPEG q30–95 moved hashes by at most 6 bits (generated images) and 2 bits
 * (50 faces); different images were ≥ 18 bits apart (generated) and ≥ 14 bits (faces). 6 keeps an
 * 8-bit margin to the closest different face and is the most the band-pair lookup guarantees to find.
 */
export const REUSE_MAX_BITS = 6;

/** One avatar an account was seen with, after its image was hashed. */
export interface AvatarSighting {
  accountKey: AccountKey;
  url: string;
  sha256: string | null;
  phash: string | null;
  /** When the store first saw the account with this avatar (epoch ms); absent when unknown. */
  seenAt?: number;
}

export interface ReuseOptions {
  maxBits: number;
  /** How many linked accounts to list per account. */
  maxListed: number;
}

/** How one account's picture matches another's. */
export interface AvatarLink {
  bits: number;
  sameFile: boolean;
  hash: string;
  /** When the other account was seen with the picture, where known. */
  seenAt: number | null;
}

/** For each account, the other accounts showing the same picture. */
export type AvatarLinks = Map<AccountKey, Map<AccountKey, AvatarLink>>;

export const REUSE_DEFAULTS: ReuseOptions = { maxBits: REUSE_MAX_BITS, maxListed: 20 };

/**
 * Pairs of accounts whose avatar is the same picture: an exact SHA-256 match, or a phash within
 * `maxBits`. Callers must leave out platform default avatars (millions share them).
 */
export function avatarLinks(sightings: readonly AvatarSighting[], opts: ReuseOptions = REUSE_DEFAULTS): AvatarLinks {
  if (opts.maxBits > BAND_PAIR_MAX_BITS) throw new Error(`[sockscope:reused-avatar] maxBits ${opts.maxBits} is over what band pairs find (${BAND_PAIR_MAX_BITS})`);
  const links: AvatarLinks = new Map();
  const link = (a: AvatarSighting, b: AvatarSighting, bits: number): void => {
    if (a.accountKey === b.accountKey) return;
    // The same picture is not the same file: a recompressed copy often keeps every phash bit.
    const sameFile = a.sha256 !== null && a.sha256 === b.sha256;
    for (const [x, y] of [[a, b], [b, a]] as const) {
      const m = links.get(x.accountKey) ?? new Map<AccountKey, AvatarLink>();
      const prev = m.get(y.accountKey);
      const seenAt = y.seenAt ?? null;
      if (!prev || bits < prev.bits || (bits === prev.bits && sameFile && !prev.sameFile)) m.set(y.accountKey, { bits, sameFile, hash: x.sha256 ?? x.phash ?? x.url, seenAt });
      links.set(x.accountKey, m);
    }
  };
  const bySha = new Map<string, AvatarSighting[]>();
  const byHash = new Map<string, AvatarSighting[]>();
  for (const s of sightings) {
    if (s.sha256) append(bySha, s.sha256, s);
    if (s.phash) append(byHash, s.phash, s);
  }
  // Each pair once: link() records both directions.
  for (const group of [...bySha.values(), ...byHash.values()])
    for (let i = 1; i < group.length; i++) for (let j = 0; j < i; j++) link(group[i]!, group[j]!, 0);
  // Distinct hashes are compared only when they share a band pair key, and each pair of them once (a
  // near-copy shares several keys), instead of all n² pairs.
  const hashes = [...byHash.keys()];
  const byPair = new Map<string, number[]>();
  hashes.forEach((h, i) => phashBandPairs(h).forEach((k) => append(byPair, k, i)));
  const compared = new Set<number>();
  for (const idxs of byPair.values())
    for (let i = 1; i < idxs.length; i++)
      for (let j = 0; j < i; j++) {
        const [a, b] = [idxs[i]!, idxs[j]!];
        const id = a * hashes.length + b;
        if (compared.has(id)) continue;
        compared.add(id);
        const bits = hamming(hashes[a]!, hashes[b]!);
        if (bits <= opts.maxBits) for (const x of byHash.get(hashes[a]!)!) for (const y of byHash.get(hashes[b]!)!) link(x, y, bits);
      }
  return links;
}

/** The site part of an account key (`x:jane` → `x`). */
export const siteOfKey = (key: AccountKey): string => key.slice(0, key.indexOf(':'));

/**
 * Accounts whose avatar is the same picture as another account's ON THE SAME PLATFORM. The same picture
 * on another platform is the cross-platform signal (signals/cross-platform.ts): a person's own accounts
 * often share one, so it is a link, not reuse.
 */
export function findReusedAvatars(sightings: readonly AvatarSighting[], opts: ReuseOptions = REUSE_DEFAULTS, links: AvatarLinks = avatarLinks(sightings, opts)): Map<AccountKey, ClusterEvidence> {
  const out = new Map<AccountKey, ClusterEvidence>();
  for (const [key, all] of links) {
    const m = new Map([...all].filter(([other]) => siteOfKey(other) === siteOfKey(key)));
    if (m.size === 0) continue;
    const others = [...m.keys()].sort();
    const exact = [...m.values()].every((v) => v.sameFile);
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
      ...wordsOf(said(exact ? 'reasonReusedAvatarExact' : 'reasonReusedAvatarResized', counted(others.length, 'countAccountOne', 'countAccounts'))),
    });
  }
  return out;
}

function append<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
