/**
 * The source-aware split for scripts/eval/eyes.ts. Whole repositories go to one half (both their GAN and
 * real images), so no source is tuned and reported on. Shared data: ../shared/data/faces (never committed).
 */
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { sharedPath } from '../../utils/testing/shared-data';

/** Repositories whose images choose the threshold; every other repository is reported on. */
export const TUNE_REPOS = [
  'Ismaolen/fake-face-detection', // stylegan1
  'xrv0/whichfaceisreal', // stylegan2 + real FFHQ
  'sergibot/FakeFacesSurvey', // stylegan2 + real FFHQ
  'BaseMax/FakeFaces', // stylegan-unknown
  'shoheihagiwara/ai-generated-facemash', // other GAN
  'chandrikadeb7/Face-Mask-Detection', // real wild
  'npm/vladmandic-face-api', // real wild
  'clovaai/stargan-v2', // real CelebA-HQ
  'andrew-valentin/HumanFaceImageGenerator', // real CelebA
] as const;

export type Half = 'tune' | 'report';
export type Category = 'gan-stylegan' | 'gan-other' | 'real-wild' | 'real-aligned-ffhq' | 'real-aligned-celeba';
export const CATEGORIES: readonly Category[] = ['gan-stylegan', 'gan-other', 'real-wild', 'real-aligned-ffhq', 'real-aligned-celeba'];

export interface FaceRow {
  label: 'gan' | 'real';
  group: string;
  source: string;
  path: string;
  half: Half;
  category: Category;
}

function categoryOf(label: string, group: string): Category {
  if (label === 'gan') return group.startsWith('stylegan') ? 'gan-stylegan' : 'gan-other';
  if (group === 'wild') return 'real-wild';
  // mixed-repo real halves are FFHQ photos (README), aligned like FFHQ.
  return group.includes('CelebA') ? 'real-aligned-celeba' : 'real-aligned-ffhq';
}

/** Reads images.tsv and keeps up to `cap` images per (source, label), picked by a hash of the path. */
export function loadRows(half: Half | 'both', cap: number): FaceRow[] {
  const lines = readFileSync(sharedPath('data/faces/images.tsv'), 'utf8').trim().split('\n').slice(1);
  const tune: readonly string[] = TUNE_REPOS;
  const bySource = new Map<string, FaceRow[]>();
  for (const line of lines) {
    const [label, group, source, , , , , , path] = line.split('\t');
    if (!label || !group || !source || !path || (label !== 'gan' && label !== 'real')) continue;
    const rowHalf: Half = tune.includes(source) ? 'tune' : 'report';
    if (half !== 'both' && rowHalf !== half) continue;
    const key = `${source}|${label}`;
    const row: FaceRow = { label, group, source, path: sharedPath('data/faces', path), half: rowHalf, category: categoryOf(label, group) };
    bySource.set(key, [...(bySource.get(key) ?? []), row]);
  }
  const order = (p: string): string => createHash('sha256').update(p).digest('hex');
  return [...bySource.values()].flatMap((rows) => rows.sort((a, b) => order(a.path).localeCompare(order(b.path))).slice(0, cap));
}
