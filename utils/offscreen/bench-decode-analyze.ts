import { analyzeBytes } from '../analysis/analyze-bytes';
import { fetchImage } from '../image/fetch-image';
import type { ImageDecoder } from '../image/types';

export interface StageTimes {
  url: string;
  /** Milliseconds per repeat for decode + detect + classify (fetch excluded). */
  runs: number[];
}

/** Benchmark helper: fetch each image once, then time the analysis `repeats` times (warm). */
export async function benchDecodeAnalyze(urls: string[], repeats: number, decode: ImageDecoder): Promise<StageTimes[]> {
  const out: StageTimes[] = [];
  for (const url of urls) {
    const img = await fetchImage(url);
    const runs: number[] = [];
    for (let i = 0; i < repeats; i++) {
      const t0 = performance.now();
      await analyzeBytes(img.bytes, img.contentType, decode);
      runs.push(performance.now() - t0);
    }
    out.push({ url, runs });
  }
  return out;
}
