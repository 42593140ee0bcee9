import { analyzeBytes } from '../../analysis/analyze-bytes';
import { fetchImage } from '../../analysis/image/fetch-image';
import type { ImageDecoder } from '../../analysis/image/types';

export interface StageTimes {
  url: string;
  /** Milliseconds per repeat for decode + detect + classify (fetch excluded). */
  runs: number[];
  /** Whether stage 2, the forensic classifier, ran (only where the eyes match the StyleGAN spots). */
  classified: boolean;
}

/** Benchmark helper: fetch each image once, then time the analysis `repeats` times (warm). */
export async function benchDecodeAnalyze(urls: string[], repeats: number, decode: ImageDecoder): Promise<StageTimes[]> {
  const out: StageTimes[] = [];
  for (const url of urls) {
    const img = await fetchImage(url);
    const runs: number[] = [];
    let classified = false;
    for (let i = 0; i < repeats; i++) {
      const t0 = performance.now();
      const v = await analyzeBytes(img.bytes, img.contentType, decode);
      runs.push(performance.now() - t0);
      classified = v.status === 'ok' && v.forensic !== null;
    }
    out.push({ url, runs, classified });
  }
  return out;
}
