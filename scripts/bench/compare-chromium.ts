/**
 * One extension build in Chromium, for the before/after table (scripts/bench/compare.ts): cold start to the
 * first settled badge (fresh profile), warm per-avatar analysis in the offscreen document, the 500-post
 * page's throughput, the content script's scan cost per post, and long tasks while scrolling.
 */
import { BENCH_GAN_FROM, type FixtureServer } from '../../e2e/server/fixture-server';
import { launchWithExtension, serviceWorker } from '../../e2e/support/launch';
import { median } from '../eval/eyes-stats';
import { descendantsCpuSeconds } from './own-cpu';
import { longTasks, scroll, splitAt, waitSettled, watchLongTasks } from './page';

export interface ChromiumFigures {
  coldStartMs: number;
  photoMs: number;
  ganMs: number;
  pagePerSec: number;
  /** CPU ms per avatar of every process of this browser while the 500-post page settles (load-robust). */
  pageCpuMs: number;
  scanUsPerPost: number;
  /** The scan's slices and the badges' render frames together, per author found (mean). */
  scanAndRenderUsPerPost: number;
  scrollLongTasks: number;
}

/** Measures the bench build in `extensionDir` (built with SOCKSCOPE_BENCH_BUILD=1). */
export async function chromiumFigures(server: FixtureServer, extensionDir: string): Promise<ChromiumFigures> {
  const context = await launchWithExtension(server.port, { extensionDir });
  try {
    const page = await context.newPage();
    const t0 = Date.now();
    await page.goto('https://x.com/home');
    await waitSettled(page, 1, 30_000);
    const coldStartMs = Date.now() - t0;
    const sw = await serviceWorker(context);
    const ids = [...Array.from({ length: 20 }, (_, i) => i), ...Array.from({ length: 10 }, (_, i) => BENCH_GAN_FROM + i)];
    const urls = ids.map((i) => `https://pbs.twimg.com/profile_images/1/bench${i}_400x400.jpg`);
    const res = (await sw.evaluate((u) => chrome.runtime.sendMessage({ target: 'analyser', type: 'analyser-bench', urls: u, repeats: 4 }), urls)) as { runs: number[] }[];
    const warm = (rs: typeof res): number => median(rs.flatMap((r) => r.runs.slice(1)));
    const big = await context.newPage();
    await watchLongTasks(big);
    const [t1, cpu1] = [Date.now(), descendantsCpuSeconds()];
    await big.goto('https://x.com/bench?n=500');
    await waitSettled(big, 500, 300_000);
    const pagePerSec = 500 / ((Date.now() - t1) / 1000);
    const pageCpuMs = (1000 * (descendantsCpuSeconds() - cpu1)) / 500;
    const scrollFrom = await scroll(big);
    const scans = await big.evaluate(() => performance.getEntriesByName('sockscope:scan').map((e) => (e as PerformanceMark).detail as { authors: number; ms: number }));
    const perPost = scans.filter((s) => s.authors > 0).map((s) => (1000 * s.ms) / s.authors);
    // Builds that render badges in animation frames mark those frames apart from the scan: counted here, so the
    // figure still holds every badge's rendering (and, there, the verdicts' renders too).
    const frames = await big.evaluate(() => performance.getEntriesByName('sockscope:render').map((e) => ((e as PerformanceMark).detail as { ms: number }).ms));
    const authors = scans.reduce((n, s) => n + s.authors, 0);
    const scanAndRenderUsPerPost = (1000 * (scans.reduce((n, s) => n + s.ms, 0) + frames.reduce((n, ms) => n + ms, 0))) / authors;
    const [, scrolling] = splitAt(await longTasks(big), scrollFrom);
    return { coldStartMs, photoMs: warm(res.slice(0, 20)), ganMs: warm(res.slice(20)), pagePerSec, pageCpuMs, scanUsPerPost: median(perPost), scanAndRenderUsPerPost, scrollLongTasks: scrolling.length };
  } finally {
    await context.close();
  }
}
