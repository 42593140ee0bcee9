/**
 * The cross-platform signal's picture match on gathered avatars: each image as X serves it (400 px,
 * JPEG q85) against the same image as YouTube (176 px, q70) and Facebook (200 px, q75) do (recall), and
 * every pair of different images of one kind (precision's enemy: anime faces look alike at 32×32).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import sharp from 'sharp';
import { decodeNode } from '../../../analysis/image/decode-node';
import { hamming, phash } from '../../../signals/phash';
import { REUSE_MAX_BITS } from '../../../signals/reused-avatar';
import { sharedPath } from '../../../utils/testing/shared-data';
import { EXTRA_DIR } from '../../train/nonphoto-data';

const hashOf = async (bytes: Buffer, size: number, quality: number): Promise<string> =>
  phash(await decodeNode(new Uint8Array(await sharp(bytes).resize(size, size, { fit: 'cover' }).jpeg({ quality }).toBuffer())));

function sample(dir: string, prefix: string, n: number): string[] {
  const file = resolve(dir, 'images.tsv');
  if (!existsSync(file)) return [];
  const [head, ...rows] = readFileSync(file, 'utf8').trim().split('\n');
  const cols = (head ?? '').split('\t');
  const at = (c: string) => cols.indexOf(c);
  return rows.map((r) => r.split('\t')).filter((r) => `${r[at('label')]}/${r[at('group')]}`.startsWith(prefix)).sort((a, b) => (a[at('sha256')] ?? '').localeCompare(b[at('sha256')] ?? '')).slice(0, n).map((r) => resolve(dir, r[at('path')] ?? ''));
}

/** Per kind of picture: same-picture pairs found across platforms, and different pictures falsely matched. */
export async function measureCrossPlatform(perKind = 150): Promise<Record<string, { same: number; found: number; maxSameBits: number; pairs: number; falseMatches: number; minDiffBits: number }>> {
  const kinds: Record<string, string[]> = {
    'anime (data-extra)': sample(EXTRA_DIR, 'nonphoto/anime', perKind),
    'cartoon (data-extra)': sample(EXTRA_DIR, 'nonphoto/cartoon', perKind),
    'logo (data-extra)': sample(EXTRA_DIR, 'nonphoto/logo', perKind),
    'real photos (shared)': sample(sharedPath('data/faces'), 'real/wild', perKind),
    'GAN faces (shared)': sample(sharedPath('data/faces'), 'gan/', perKind),
  };
  const out: Awaited<ReturnType<typeof measureCrossPlatform>> = {};
  for (const [kind, files] of Object.entries(kinds)) {
    if (files.length === 0) continue;
    const x: string[] = [];
    let found = 0, same = 0, maxSameBits = 0;
    for (const f of files) {
      const bytes = readFileSync(f);
      const hx = await hashOf(bytes, 400, 85);
      x.push(hx);
      for (const [size, q] of [[176, 70], [200, 75]] as const) {
        const bits = hamming(hx, await hashOf(bytes, size, q));
        same++;
        maxSameBits = Math.max(maxSameBits, bits);
        if (bits <= REUSE_MAX_BITS) found++;
      }
    }
    let pairs = 0, falseMatches = 0, minDiffBits = 64;
    for (let i = 0; i < x.length; i++)
      for (let j = 0; j < i; j++) {
        const bits = hamming(x[i]!, x[j]!);
        pairs++;
        minDiffBits = Math.min(minDiffBits, bits);
        if (bits <= REUSE_MAX_BITS) falseMatches++;
      }
    out[kind] = { same, found, maxSameBits, pairs, falseMatches, minDiffBits };
  }
  return out;
}
