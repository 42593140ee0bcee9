/**
 * The browser's decode alone, in Chromium's offscreen document (bench build): each of the bench page's 20
 * ordinary photos and 10 StyleGAN2 faces (JPEGs of about 360–400 px) decoded at full size and at 1/DIVISOR of each side
 * (`createImageBitmap` with resizeWidth/resizeHeight), alternated, fetch excluded; ms per decode.
 *   SOCKSCOPE_BENCH_BUILD=1 wxt build && SOCKSCOPE_BENCH_BUILD=1 npx tsx scripts/bench/decode-browser.ts [DIVISOR=2] [REPEATS=12]
 */
import { loadavg } from 'node:os';
import { BENCH_GAN_FROM, startFixtureServer } from '../../e2e/server/fixture-server';
import { launchWithExtension, serviceWorker } from '../../e2e/support/launch';
import { SHARED_DIR } from '../../utils/testing/shared-data';
import { median, quantile } from '../eval/eyes-stats';

/** What the bench hook answers per image (runtime/analyser/bench-hook.ts, which scripts may not import). */
interface DecodeTimes {
  full: number[];
  reduced: number[];
  fullSize: string;
  reducedSize: string;
}

const divisor = Number(process.argv[2] ?? 2);
const repeats = Number(process.argv[3] ?? 12);
const ids = [...Array.from({ length: 20 }, (_, i) => i), ...Array.from({ length: 10 }, (_, i) => BENCH_GAN_FROM + i)];
const urls = ids.map((i) => `https://pbs.twimg.com/profile_images/1/bench${i}_400x400.jpg`);
const server = await startFixtureServer(SHARED_DIR);
const context = await launchWithExtension(server.port);
try {
  const sw = await serviceWorker(context);
  // The offscreen document is made by the first analysis; a warm one first, so no start-up cost is timed.
  await sw.evaluate(async (u) => {
    await chrome.offscreen.createDocument({ url: '/offscreen.html', reasons: [chrome.offscreen.Reason.WORKERS], justification: 'bench' }).catch(() => undefined);
    await new Promise((r) => setTimeout(r, 500));
    return chrome.runtime.sendMessage({ target: 'analyser', type: 'analyser-decode-bench', urls: u, repeats: 2, divisor: 2 });
  }, urls.slice(0, 4));
  const res = (await sw.evaluate(
    ([u, n, d]) => chrome.runtime.sendMessage({ target: 'analyser', type: 'analyser-decode-bench', urls: u, repeats: n, divisor: d }),
    [urls, repeats, divisor] as const,
  )) as DecodeTimes[];
  // The first two repeats of each image warm its path; the rest are counted.
  const all = (pick: (t: DecodeTimes) => number[]): number[] => res.flatMap((t) => pick(t).slice(1));
  const fmt = (xs: number[]): string => `median ${median(xs).toFixed(2)} ms, p95 ${quantile(xs, 0.95).toFixed(2)} ms (n=${xs.length})`;
  console.log(`load ${loadavg()[0]!.toFixed(2)}; ${res.length} images, ${res[0]?.fullSize} → ${res[0]?.reducedSize}`);
  console.log(`full-size decode: ${fmt(all((t) => t.full))}`);
  console.log(`1/${divisor} decode:  ${fmt(all((t) => t.reduced))}`);
} finally {
  await context.close();
  await server.close();
}
