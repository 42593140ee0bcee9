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

export interface StageTimes {
  url: string;
  /** Milliseconds per repeat for decode + detect + classify (fetch excluded). */
  runs: number[];
  /** Whether stage 2, the forensic classifier, ran (only where the eyes match the StyleGAN spots). */
  classified: boolean;
}

/** Answers a bench request (fetch each image once, then time the analysis `repeats` times, warm); undefined for anything else. */
export function handleBench(raw: unknown): Promise<StageTimes[]> | undefined {
  if (!isTargeted(raw, 'analyser')) return undefined;
  const r = v.safeParse(AnalyserBenchSchema, raw);
  return r.success ? benchDecodeAnalyze(r.output.urls, r.output.repeats) : undefined;
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
