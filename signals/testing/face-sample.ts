import { readFileSync } from 'node:fs';
import { sharedPath } from '../../utils/testing/shared-data';

/** A deterministic sample of face image paths from ../shared (half GAN, half real), read-only. */
export function faceSample(n: number): string[] {
  const rows = readFileSync(sharedPath('data/faces/images.tsv'), 'utf8').trim().split('\n').slice(1);
  const byLabel = (label: string): string[] => rows.filter((r) => r.startsWith(`${label}\t`)).map((r) => r.split('\t')[8] ?? '');
  const spread = (xs: string[], k: number): string[] => Array.from({ length: k }, (_, i) => xs[Math.floor((i * xs.length) / k)] ?? '');
  const half = Math.floor(n / 2);
  return [...spread(byLabel('gan'), half), ...spread(byLabel('real'), n - half)].map((p) => sharedPath('data/faces', p));
}
