/**
 * The benchmark's window into the analyser, in bench builds only (`SOCKSCOPE_BENCH_BUILD=1 wxt build`, which
 * `npm run bench` makes): it times warm analyses of avatars already fetched. Shipped builds never load this
 * module (analyser.ts imports it behind `import.meta.env.BENCH_BUILD`, a branch the build drops), and their
 * message protocol has no such request.
 */
import * as v from 'valibot';
import { analyzeBytes } from '../../analysis/analyze-bytes';
import { fetchImage } from '../../analysis/image/fetch-image';
import { decodeBrowser } from '../../analysis/image/decode-browser';
import { urlBatch } from '../../core/fields';
import { isTargeted } from '../../utils/messages/parse';

/** benchmark → the analyser: time warm analysis of these URLs (fetch excluded). */
export const AnalyserBenchSchema = v.object({
  target: v.literal('analyser'),
  type: v.literal('analyser-bench'),
  urls: urlBatch,
  repeats: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(100)),
});

/** benchmark → the analyser: time the decode alone, at full size and at 1/`divisor` of each side, alternated. */
export const DecodeBenchSchema = v.object({
  target: v.literal('analyser'),
  type: v.literal('analyser-decode-bench'),
  urls: urlBatch,
  repeats: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(100)),
  divisor: v.pipe(v.number(), v.integer(), v.minValue(2), v.maxValue(8)),
});

/** One image's decode times (ms per repeat), full size and reduced, and the two sizes. */
export interface DecodeTimes {
  url: string;
  full: number[];
  reduced: number[];
  fullSize: string;
  reducedSize: string;
}

export interface StageTimes {
  url: string;
  /** Milliseconds per repeat for decode + detect + classify (fetch excluded). */
  runs: number[];
  /** Whether stage 2, the forensic classifier, ran (only where the eyes match the StyleGAN spots). */
  classified: boolean;
}

/** Answers a bench request (fetch each image once, then time the analysis `repeats` times, warm); undefined for anything else. */
export function handleBench(raw: unknown): Promise<StageTimes[] | DecodeTimes[]> | undefined {
  if (!isTargeted(raw, 'analyser')) return undefined;
  const d = v.safeParse(DecodeBenchSchema, raw);
  if (d.success) return benchDecode(d.output.urls, d.output.repeats, d.output.divisor);
  const r = v.safeParse(AnalyserBenchSchema, raw);
  return r.success ? benchDecodeAnalyze(r.output.urls, r.output.repeats) : undefined;
}

async function benchDecode(urls: string[], repeats: number, divisor: number): Promise<DecodeTimes[]> {
  const out: DecodeTimes[] = [];
  for (const url of urls) {
    const img = await fetchImage(url);
    const t: DecodeTimes = { url, full: [], reduced: [], fullSize: '', reducedSize: '' };
    for (let i = 0; i < repeats; i++) {
      // Alternated, so that both meet the same load; each decoded image is released before the next.
      for (const reduced of i % 2 ? [true, false] : [false, true]) {
        const size = reduced && t.fullSize ? sizeOver(t.fullSize, divisor) : undefined;
        const t0 = performance.now();
        const px = await decodeBrowser(img.bytes, img.contentType, undefined, size);
        const ms = performance.now() - t0;
        px.release?.();
        if (!reduced) t.fullSize = `${px.width}x${px.height}`;
        if (size) t.reducedSize = `${px.width}x${px.height}`;
        // A reduced decode before any full one would not know its size; it is not counted (none, as ordered).
        if (reduced && !size) continue;
        (reduced ? t.reduced : t.full).push(ms);
      }
    }
    out.push(t);
  }
  return out;
}

/** "360x390" and 2 → 180 × 195: each side divided and rounded, never below 1 px. */
export function sizeOver(full: string, divisor: number): { width: number; height: number } {
  const [w, h] = full.split('x').map(Number) as [number, number];
  return { width: Math.max(1, Math.round(w / divisor)), height: Math.max(1, Math.round(h / divisor)) };
}

async function benchDecodeAnalyze(urls: string[], repeats: number): Promise<StageTimes[]> {
  const out: StageTimes[] = [];
  for (const url of urls) {
    const img = await fetchImage(url);
    const runs: number[] = [];
    let classified = false;
    for (let i = 0; i < repeats; i++) {
      const t0 = performance.now();
      const verdict = await analyzeBytes(img.bytes, img.contentType, decodeBrowser);
      runs.push(performance.now() - t0);
      classified = verdict.status === 'ok' && verdict.forensic !== null;
    }
    out.push({ url, runs, classified });
  }
  return out;
}
