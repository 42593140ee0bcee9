import type { UrlVerdict } from '../../utils/messages';

/**
 * Analyse URLs `concurrency` at a time and hand each verdict to `onEach` as soon as it is done, not when
 * the slowest of the batch is: an ordinary avatar's badge need not wait for a GAN face's stage 2. Resolves
 * with every URL's verdict in order; `analyseOne` never rejects (failures are error verdicts), and an
 * `onEach` that throws is logged, not allowed to lose the rest.
 */
export async function analyseEach(urls: string[], analyseOne: (url: string) => Promise<UrlVerdict>, onEach: ((r: UrlVerdict) => void) | undefined, concurrency: number): Promise<UrlVerdict[]> {
  const out: UrlVerdict[] = new Array(urls.length);
  let next = 0;
  const lane = async (): Promise<void> => {
    for (let i = next++; i < urls.length; i = next++) {
      const r = await analyseOne(urls[i]!);
      out[i] = r;
      try {
        onEach?.(r);
      } catch (e) {
        console.warn('[sockscope:analyser] a per-URL answer failed:', String(e));
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, urls.length) }, lane));
  return out;
}
