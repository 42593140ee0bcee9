/** Number of MinHash functions: estimate std error ≈ √(J(1−J)/64) ≈ 0.05 at J = 0.8. */
export const MINHASH_SIZE = 64;
/** Character shingle length: robust to one-word edits in short posts, unlike word shingles. */
export const SHINGLE_CHARS = 5;
/** LSH: 16 bands × 4 rows. A pair at J = 0.8 shares a band with p ≈ 0.9998; at J = 0.3, p ≈ 0.12. */
export const LSH_BANDS = 16;
export const LSH_ROWS = MINHASH_SIZE / LSH_BANDS;

/** 32-bit FNV-1a. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** murmur3 finaliser: turns (base hash ^ seed) into an independent-looking hash per function. */
function fmix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

const SEEDS: Uint32Array = (() => {
  const s = new Uint32Array(MINHASH_SIZE);
  for (let i = 0; i < MINHASH_SIZE; i++) s[i] = fmix((i + 1) * 0x9e3779b9);
  return s;
})();

/** Character k-shingles of normalised text (the whole text when shorter than k). */
export function shingles(norm: string, k = SHINGLE_CHARS): Set<string> {
  const out = new Set<string>();
  if (norm.length <= k) {
    if (norm) out.add(norm);
    return out;
  }
  for (let i = 0; i + k <= norm.length; i++) out.add(norm.slice(i, i + k));
  return out;
}

/** MinHash signature (MINHASH_SIZE unsigned 32-bit minima) of a shingle set. */
export function minhash(sh: Set<string>): number[] {
  const sig = new Array<number>(MINHASH_SIZE).fill(0xffffffff);
  for (const s of sh) {
    const base = fnv1a(s);
    for (let i = 0; i < MINHASH_SIZE; i++) {
      const h = fmix(base ^ (SEEDS[i] ?? 0));
      if (h < (sig[i] ?? 0)) sig[i] = h;
    }
  }
  return sig;
}

/** Estimated Jaccard similarity: the share of equal signature slots. */
export function estimateJaccard(a: readonly number[], b: readonly number[]): number {
  let eq = 0;
  for (let i = 0; i < MINHASH_SIZE; i++) if (a[i] === b[i]) eq++;
  return eq / MINHASH_SIZE;
}

/** LSH band keys of a signature (`band:hash`), for an index or a Map. */
export function lshKeys(sig: readonly number[]): string[] {
  const out: string[] = [];
  for (let b = 0; b < LSH_BANDS; b++) {
    let h = b + 1;
    for (let r = 0; r < LSH_ROWS; r++) h = fmix(h ^ (sig[b * LSH_ROWS + r] ?? 0));
    out.push(`${b}:${h.toString(36)}`);
  }
  return out;
}
