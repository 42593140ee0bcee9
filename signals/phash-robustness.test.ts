import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { hasShared } from '../utils/testing/shared-data';
import { hamming, phash } from './phash';
import { faceSample } from './testing/face-sample';
import { decodeRgba, encodePng, platformVariants } from './testing/sharp-variants';
import { syntheticAvatar } from './testing/synthetic-image';
import { REUSE_MAX_BITS } from './reused-avatar';

interface Distances { same: number[]; different: number[]; byVariant: Map<string, number[]> }

async function measure(sources: Buffer[]): Promise<Distances> {
  const same: number[] = [];
  const byVariant = new Map<string, number[]>();
  const base: string[] = [];
  for (const src of sources) {
    const h0 = phash(await decodeRgba(src));
    base.push(h0);
    for (const v of await platformVariants(src)) {
      const d = hamming(h0, phash(v.image));
      same.push(d);
      byVariant.set(v.name, [...(byVariant.get(v.name) ?? []), d]);
    }
  }
  const different: number[] = [];
  for (let i = 0; i < base.length; i++) for (let j = i + 1; j < base.length; j++) different.push(hamming(base[i] ?? '', base[j] ?? ''));
  return { same, different, byVariant };
}

const q = (xs: number[], p: number): number => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))] ?? NaN;

function report(label: string, d: Distances): void {
  const hist = (xs: number[]): string => {
    const h = new Map<number, number>();
    for (const x of xs) h.set(x, (h.get(x) ?? 0) + 1);
    return [...h.entries()].sort((a, b) => a[0] - b[0]).map(([k, v]) => `${k}:${v}`).join(' ');
  };
  const lines = [
    `[phash] ${label}: same-image variants n=${d.same.length} max=${Math.max(...d.same)} p95=${q(d.same, 0.95)} p99=${q(d.same, 0.99)}`,
    `  same histogram (bits:count) ${hist(d.same)}`,
    ...[...d.byVariant].map(([k, v]) => `  ${k.padEnd(20)} median=${q(v, 0.5)} max=${Math.max(...v)}`),
    `  different images n=${d.different.length} min=${Math.min(...d.different)} p1=${q(d.different, 0.01)} p5=${q(d.different, 0.05)} median=${q(d.different, 0.5)}`,
    `  different histogram ${hist(d.different)}`,
    `  at threshold <=${REUSE_MAX_BITS}: same recall ${d.same.filter((x) => x <= REUSE_MAX_BITS).length}/${d.same.length}, different false matches ${d.different.filter((x) => x <= REUSE_MAX_BITS).length}/${d.different.length}`,
  ];
  console.log(lines.join('\n'));
}

describe('phash robustness to platform processing', () => {
  it('generated avatars: resize and JPEG stay within the reuse threshold; different images stay far', async () => {
    const sources = await Promise.all(Array.from({ length: 30 }, (_, i) => encodePng(syntheticAvatar(1000 + i))));
    const d = await measure(sources);
    report('generated (30 images)', d);
    expect(q(d.same, 0.99)).toBeLessThanOrEqual(REUSE_MAX_BITS);
    expect(d.different.filter((x) => x <= REUSE_MAX_BITS).length).toBe(0);
  });

  it.runIf(hasShared())('50 face images from ../shared: same vs different distances', async () => {
    const sources = await Promise.all(
      faceSample(50).map((p) => sharp(readFileSync(p)).resize(400, 400, { fit: 'cover' }).png().toBuffer()),
    );
    const d = await measure(sources);
    report('faces (50 images: 25 GAN, 25 real)', d);
    expect(d.same.filter((x) => x <= REUSE_MAX_BITS).length / d.same.length).toBeGreaterThan(0.97);
    // Aligned faces look alike at 32×32, so a few different faces can come close: allow ≤ 0.5% of pairs.
    expect(d.different.filter((x) => x <= REUSE_MAX_BITS).length / d.different.length).toBeLessThan(0.005);
  });
});
