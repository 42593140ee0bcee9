/**
 * The data of the non-photo model: photos (real and GAN faces) from ../shared/data/faces and, where it
 * exists, /work/data-extra (real, gan, nonphoto/{anime,cartoon,logo}); platform-style defaults drawn
 * here. Every image goes through the same processing, 128 px cover crop and JPEG q75 (as a platform
 * serves an avatar), so file format and size can't stand in for the label; then the shipped features.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import sharp from 'sharp';
import { decodeNode } from '../../analysis/image/decode-node';
import { nonPhotoFeatures } from '../../analysis/nonphoto/features';
import type { NonPhotoClass } from '../../analysis/nonphoto/model-types';
import { defaultAvatarSvg } from '../../analysis/nonphoto/testing/drawings';
import { sharedPath } from '../../utils/testing/shared-data';

export const EXTRA_DIR = process.env.SOCKSCOPE_DATA_EXTRA ?? '/work/data-extra';

export interface Item {
  id: string;
  cls: NonPhotoClass;
  /** Where it came from, for per-group figures: `real/wild`, `nonphoto/anime`, `drawn/default`, … */
  group: string;
  /** In the held-out test split (30%, by content hash, so the split never depends on listing order). */
  test: boolean;
  load: () => Promise<Buffer>;
}

const CLASS_OF: Record<string, NonPhotoClass> = { real: 'photo', gan: 'photo', anime: 'illustration', cartoon: 'illustration', logo: 'graphic' };

function readTsv(dir: string, groupCol: string, cap: Record<string, number>): Item[] {
  const file = resolve(dir, 'images.tsv');
  if (!existsSync(file)) return [];
  const [head, ...rows] = readFileSync(file, 'utf8').trim().split('\n');
  const cols = (head ?? '').split('\t');
  const at = (name: string) => cols.indexOf(name);
  const taken = new Map<string, number>();
  const out: Item[] = [];
  // Sampled in the order of the hash's tail, split by its head: a deterministic sample that follows no source's
  // own order, and a split independent of the sample.
  const order = (r: string[]) => (r[at('sha256')] ?? '').slice(-8);
  for (const r of rows.map((l) => l.split('\t')).sort((a, b) => order(a).localeCompare(order(b)))) {
    const label = r[at('label')] ?? '';
    const sub = r[at(groupCol)] ?? '';
    const group = `${label}/${sub}`;
    const cls = CLASS_OF[label === 'nonphoto' ? sub : label];
    const n = taken.get(group) ?? 0;
    if (!cls || n >= (cap[group] ?? cap[label] ?? 0)) continue;
    taken.set(group, n + 1);
    const sha = r[at('sha256')] ?? '';
    const path = resolve(dir, r[at('path')] ?? '');
    const item: Item = { id: `${dir}:${r[at('path')]}`, cls, group, test: parseInt(sha.slice(0, 2), 16) < 77, load: () => Promise.resolve(readFileSync(path)) };
    out.push(item);
    // Black-and-white portraits are common avatars and, without colour, look like line art to the
    // features: a quarter of the photos also go in greyscale (same split as their original).
    if (cls === 'photo' && parseInt(sha.slice(2, 4), 16) < 64) out.push({ ...item, id: `${item.id}#grey`, group: 'photo/greyscale', load: async () => sharp(readFileSync(path)).greyscale().toBuffer() });
  }
  return out;
}

/** Every item: a capped sample per group, so no one source dominates. */
export function listItems(): Item[] {
  const extra = readTsv(EXTRA_DIR, 'group', { real: 500, gan: 400, 'nonphoto/anime': 1330, 'nonphoto/cartoon': 375, 'nonphoto/logo': 794 });
  const shared = readTsv(sharedPath('data/faces'), 'group', { real: 400, gan: 200 });
  const drawn: Item[] = Array.from({ length: 300 }, (_, i) => ({
    id: `drawn:default:${i}`, cls: 'platform-default' as const, group: 'drawn/default', test: i % 10 < 3,
    load: async () => sharp(Buffer.from(defaultAvatarSvg(i + 1, 200))).png().toBuffer(),
  }));
  return [...shared, ...extra, ...drawn];
}

/** The platform processing every image gets before its features are taken. */
export async function processed(bytes: Buffer): Promise<Uint8Array> {
  return new Uint8Array(await sharp(bytes).resize(128, 128, { fit: 'cover' }).flatten({ background: '#ffffff' }).jpeg({ quality: 75 }).toBuffer());
}

/** Features of every item, cached in a JSON file between runs (keyed by id). */
export async function featuresOf(items: readonly Item[], cacheFile = '/tmp/sockscope-nonphoto-features.json'): Promise<Map<string, number[]>> {
  const cache = new Map<string, number[]>(existsSync(cacheFile) ? (JSON.parse(readFileSync(cacheFile, 'utf8')) as [string, number[]][]) : []);
  let done = 0;
  for (const it of items) {
    if (!cache.has(it.id)) {
      const img = await decodeNode(await processed(await it.load()));
      cache.set(it.id, [...nonPhotoFeatures(img)]);
    }
    if (++done % 500 === 0) console.error(`[nonphoto] features ${done}/${items.length}`);
  }
  writeFileSync(cacheFile, JSON.stringify([...cache]));
  return cache;
}
