/**
 * Benchmarks the built extension in Debian's Chromium (headless): cold start to first badge, warm
 * per-avatar analysis in the offscreen document (fetch excluded), throughput on a 500-post page (also
 * with a store already holding 20,000 avatars) and for a queue of 500 avatars without a page, the content
 * script's scan cost per post, and long tasks and blocking frames while scrolling. Run by `npm run bench`.
 */
import type { Page } from '@playwright/test';
import { BENCH_GAN_FROM, startFixtureServer } from '../../e2e/server/fixture-server';
import { launchWithExtension, serviceWorker } from '../../e2e/support/launch';
import { SHARED_DIR } from '../../utils/testing/shared-data';
import { attachTarget, browserCdp, offscreenAnalyze, stopServiceWorkers } from '../../e2e/fixtures/hostile-cdp';
import { median, quantile } from '../eval/eyes-stats';
import { extensionProcessMemory, formatMemory } from '../../e2e/support/process-memory';
import { cpuPerItem, cpuSnapshot } from '../../e2e/support/process-cpu';
import { faceLikeHashes, seedStoredImages } from './seed-store';
import { blockingFrames, describeTasks, longTasks, scroll, splitAt, waitSettled, watchLongTasks, type BlockingFrame, type LongTask } from './page';
import { virtualListScroll } from './virtual-scroll';
import { campaignAllocations, queuePage, sendQueue } from './queue';
import type { BrowserFigures } from './browsers';

const fmt = (xs: number[]): string => `median ${median(xs).toFixed(1)} ms, p95 ${quantile(xs, 0.95).toFixed(1)} ms (n=${xs.length})`;

/** Run the Chromium benchmarks and return printable lines; `figures` receives those compared with Firefox. */
export async function benchExtension(figures: BrowserFigures = { browser: 'Chromium' }): Promise<string[]> {
  const lines: string[] = [];
  const server = await startFixtureServer(SHARED_DIR);
  try {
    // Cold: a fresh profile, so no cached verdicts, no offscreen document, no compiled wasm.
    const context = await launchWithExtension(server.port);
    const page = await context.newPage();
    const t0 = Date.now();
    await page.goto('https://x.com/home');
    await waitSettled(page, 1, 30_000);
    figures.coldStartMs = Date.now() - t0;
    lines.push(`cold start to first settled badge: ${figures.coldStartMs} ms (navigation start → first badge with a result)`);

    const sw = await serviceWorker(context);
    figures.browser = `Chromium ${/Chrome\/([\d.]+)/.exec(await sw.evaluate(() => navigator.userAgent))?.[1] ?? ''}`.trim();
    // bench0–19 are ordinary photos, as in every earlier run of this step; 10 StyleGAN2 faces follow.
    const [nPhotos, nGan] = [20, 10];
    const ids = [...Array.from({ length: nPhotos }, (_, i) => i), ...Array.from({ length: nGan }, (_, i) => BENCH_GAN_FROM + i)];
    const urls = ids.map((i) => `https://pbs.twimg.com/profile_images/1/bench${i}_400x400.jpg`);
    const res = (await sw.evaluate(
      (u) => chrome.runtime.sendMessage({ target: 'analyser', type: 'analyser-bench', urls: u, repeats: 6 }),
      urls,
    )) as { runs: number[]; classified: boolean }[];
    const [photos, gan] = [res.slice(0, nPhotos), res.slice(nPhotos)];
    const warm = (rs: typeof res): number[] => rs.flatMap((r) => r.runs.slice(1));
    [figures.photoRunsMs, figures.ganRunsMs] = [warm(photos), warm(gan)];
    const ran = (rs: typeof res): string => `classifier ran on ${rs.filter((r) => r.classified).length} of ${rs.length}`;
    lines.push(`offscreen warm per-avatar (decode + detect + classify, fetch excluded), ${nPhotos} ordinary photos: ${fmt(warm(photos))}; ${ran(photos)}`);
    lines.push(`offscreen warm per-avatar, ${nGan} StyleGAN2 faces: ${fmt(warm(gan))}; ${ran(gan)}`);

    const big = await context.newPage();
    await watchLongTasks(big);
    lines.push(...(await pageThroughput(big, 'throughput, 500 distinct avatars', (perSec) => (figures.pagePerSec = perSec))));
    const scrollFrom = await scroll(big);
    const scans = await big.evaluate(() =>
      performance.getEntriesByName('sockscope:scan').map((e) => (e as PerformanceMark).detail as { authors: number; ms: number }),
    );
    const perPost = scans.filter((s) => s.authors > 0).map((s) => s.ms / s.authors);
    lines.push(`content script scan cost per post (500-post page): ${fmt(perPost.map((x) => x * 1000)).replace(/ms/g, 'µs')}; ${scans.length} scans, longest ${Math.max(...scans.map((s) => s.ms)).toFixed(1)} ms`);
    // The badges render in animation frames, outside the scan (runtime/content/frame-queue.ts).
    const renderFrames = await big.evaluate(() => performance.getEntriesByName('sockscope:render').map((e) => ((e as PerformanceMark).detail as { badges: number; ms: number }).ms));
    const renderMs = renderFrames.reduce((n, ms) => n + ms, 0);
    lines.push(`  its badges rendered in ${renderFrames.length} animation frames: ${renderMs.toFixed(0)} ms in all (${((1000 * renderMs) / Math.max(1, scans.reduce((n, s) => n + s.authors, 0))).toFixed(0)} µs per post, verdict renders included), longest frame ${Math.max(0, ...renderFrames).toFixed(1)} ms`);
    const baseline = await baselinePage(server.port);
    // Loading is when all 500 avatars are analysed, on the same 2 cores as the page; scrolling starts once
    // every badge has its result.
    const [loading, scrolling] = splitAt(await longTasks(big), scrollFrom);
    const [baseLoading, baseScrolling] = splitAt(baseline.longTasks, baseline.scrollFrom);
    lines.push(`long tasks (> 50 ms) while loading 500 posts (until every badge has its result): ${describeTasks(loading)} with Sockscope; ${describeTasks(baseLoading)} without the extension`);
    lines.push(`long tasks (> 50 ms) while scrolling the 500 posts: ${describeTasks(scrolling)} with Sockscope; ${describeTasks(baseScrolling)} without the extension`);
    const frames = await blockingFrames(big);
    lines.push(...frames.map((f) => `  with Sockscope, ${f.start < scrollFrom ? 'loading' : 'scrolling'}: ${f.text}`), ...baseline.frames.map((f) => `  without, ${f.start < baseline.scrollFrom ? 'loading' : 'scrolling'}: ${f.text}`));
    lines.push(...baseline.cpu.map((l) => l.replace('CPU per avatar, all processes', 'the same page without the extension (its own parse and 500 avatar images), CPU per post')));
    lines.push(...(await pipelineQueue(context, 500)));
    lines.push(...(await offscreenMemory(context, sw, figures)));
    // After the memory step, so that step is measured as in every earlier run.
    lines.push(...(await campaignAllocations(context, 1000)));
    lines.push(...(await campaignAllocations(context, 1000, 'paraphrase')));
    await context.close();
    lines.push(...(await throughputWithStoredAvatars(server.port, STORED_AVATARS)));
    // Last, in browsers of its own, so the figures above are measured in the same order as before it existed.
    lines.push(...(await virtualListScroll(server.port)));
  } finally {
    await server.close();
  }
  return lines;
}

/** Loads the 500-post page and times it until every badge has a result, with the CPU it took per avatar. */
async function pageThroughput(page: Page, label: string, onRate?: (avatarsPerSec: number) => void): Promise<string[]> {
  const cpu0 = cpuSnapshot();
  const harness0 = process.cpuUsage();
  const t0 = Date.now();
  await page.goto('https://x.com/bench?n=500');
  await waitSettled(page, 500, 300_000);
  const secs = (Date.now() - t0) / 1000;
  const harness = process.cpuUsage(harness0);
  onRate?.(500 / secs);
  return [`${label}: ${(500 / secs).toFixed(1)} avatars/s (${secs.toFixed(1)} s to settle all badges)`, ...cpuPerItem(cpu0, cpuSnapshot(), 500, (harness.user + harness.system) / 1e6)];
}

/**
 * A queue of `n` new avatars through the whole extension, as a content script sends them (batches of 32,
 * two in flight): record the sightings, fetch and analyse each avatar, assess each account. No page is
 * rendered and nothing downloads each avatar a second time, so this is the extension's own throughput.
 */
async function pipelineQueue(context: import('@playwright/test').BrowserContext, n: number): Promise<string[]> {
  const page = await queuePage(context);
  try {
    const cpu0 = cpuSnapshot();
    const harness0 = process.cpuUsage();
    const out = await sendQueue(page, { n, folder: 3 });
    const harness = process.cpuUsage(harness0);
    return [
      `throughput, a queue of ${n} new avatars through the extension (record, fetch, analyse, assess; no page): ${(n / out.secs).toFixed(1)} avatars/s (${out.secs.toFixed(1)} s, ${out.answered} analysed without error)`,
      ...cpuPerItem(cpu0, cpuSnapshot(), n, (harness.user + harness.system) / 1e6),
    ];
  } finally {
    await page.close();
  }
}

/** Weeks of browsing leave tens of thousands of avatars in the store; every new one is compared with them. */
const STORED_AVATARS = 20_000;

/** The same page throughput in a fresh browser whose store already holds `n` analysed avatars. */
async function throughputWithStoredAvatars(port: number, n: number): Promise<string[]> {
  const hashes = await faceLikeHashes(n);
  const context = await launchWithExtension(port);
  try {
    const page = await context.newPage();
    await page.goto('https://x.com/home');
    await waitSettled(page, 3, 30_000);
    const sw = await serviceWorker(context);
    const t0 = Date.now();
    await seedStoredImages(sw, hashes);
    const seeded = `${n.toLocaleString('en')} synthetic avatars stored in ${((Date.now() - t0) / 1000).toFixed(1)} s`;
    // A restarted worker reads the store's hashes afresh, as after any idle stop.
    await stopServiceWorkers((await browserCdp(context)).cdp);
    // Let the store finish writing them, so the figure is the lookups' cost, not the seeding's.
    await page.waitForTimeout(20_000);
    const lines = await pageThroughput(await context.newPage(), `throughput, 500 distinct avatars, store already holding ${n.toLocaleString('en')} avatars`);
    // The worker that answered the page (the stopped one is gone from the list).
    const usage = (await (context.serviceWorkers().at(-1) ?? (await serviceWorker(context))).evaluate(() => navigator.storage.estimate())).usage ?? 0;
    return [...lines, `  (${seeded}; extension storage then ${(usage / 2 ** 20).toFixed(1)} MiB)`];
  } finally {
    await context.close();
  }
}

/** The same page and scroll in the same browser without the extension: the page's own long tasks and CPU. */
async function baselinePage(port: number): Promise<{ longTasks: LongTask[]; frames: BlockingFrame[]; cpu: string[]; scrollFrom: number }> {
  const context = await launchWithExtension(port, { withoutExtension: true });
  try {
    const page = await context.newPage();
    await watchLongTasks(page);
    const cpu0 = cpuSnapshot();
    const harness0 = process.cpuUsage();
    await page.goto('https://x.com/bench?n=500', { waitUntil: 'networkidle' });
    const harness = process.cpuUsage(harness0);
    const cpu = cpuPerItem(cpu0, cpuSnapshot(), 500, (harness.user + harness.system) / 1e6).slice(0, 1);
    await page.waitForTimeout(1000);
    const scrollFrom = await scroll(page);
    return { longTasks: await longTasks(page), frames: await blockingFrames(page), cpu, scrollFrom };
  } finally {
    await context.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const line of await benchExtension()) console.log(line);
}

/** Offscreen memory after 2,000 avatars: the JS heap, and the whole extension process (wasm, bitmaps, code). */
async function offscreenMemory(context: import('@playwright/test').BrowserContext, sw: import('@playwright/test').Worker, figures: BrowserFigures): Promise<string[]> {
  const { cdp } = await browserCdp(context);
  const off = await attachTarget(cdp, '/offscreen.html');
  if (!off) return ['offscreen memory: could not attach to the offscreen document'];
  // Two of the process's JS heaps; the rest is the inference worker (not among the targets; attaching to it
  // mid-run stalled it), its wasm memory, bitmaps and code.
  const heaps = [
    { name: 'offscreen document', channel: off },
    { name: 'service worker', channel: await attachTarget(cdp, '/background.js', 'service_worker') },
  ];
  const heapSizes = async (): Promise<string> => {
    const sizes = await Promise.all(
      heaps.map(async ({ name, channel }) => `${name} ${channel ? ((await channel.send<{ usedSize: number }>('Runtime.getHeapUsage')).usedSize / 2 ** 20).toFixed(1) : '?'}`),
    );
    return sizes.join(', ');
  };
  const before = await heapSizes();
  const procBefore = await extensionProcessMemory(context);
  // Private memory swings with when each heap collects its garbage, so the peak over the run is read too.
  const during: number[] = [];
  let running = true;
  const sampling = (async () => {
    for (; running; await new Promise((r) => setTimeout(r, 250))) {
      const m = await extensionProcessMemory(context);
      if (m) during.push(m.ussMb);
    }
  })();
  const t0 = Date.now();
  for (let start = 0; start < 2000; start += 32) {
    const urls = Array.from({ length: 32 }, (_, k) => `https://pbs.twimg.com/profile_images/2/bench${start + k}_400x400.jpg`);
    await offscreenAnalyze(sw, urls);
  }
  const secs = (Date.now() - t0) / 1000;
  [figures.analyserPerSec, figures.analyserN] = [2000 / secs, 2000];
  running = false;
  await sampling;
  const after = await heapSizes();
  const procAfter = await extensionProcessMemory(context);
  // What stays once garbage is collected, so a reading that merely caught a heap before its collection
  // can be told from one that holds on to memory. The inference worker is no target of its own here, so
  // its garbage stays.
  const collected: string[] = [];
  for (const { name, channel } of heaps) {
    if (!channel) continue;
    await channel.send('HeapProfiler.collectGarbage');
    collected.push(name);
  }
  await new Promise((r) => setTimeout(r, 1000));
  const procCollected = await extensionProcessMemory(context);
  const duringText = during.length ? `; private during the run: median ${median(during).toFixed(0)} MB, peak ${Math.max(...during).toFixed(0)} MB (${during.length} readings)` : '';
  return [
    `offscreen, 2,000 avatars straight to the analyser: ${(2000 / secs).toFixed(1)} avatars/s (${secs.toFixed(1)} s)`,
    `JS heaps in use (MB): before ${before}; after 2,000 avatars ${after}`,
    // The offscreen document shares its renderer process with its worker and the service worker, so this is an upper bound.
    `extension process (offscreen document, its worker, service worker; all memory incl. wasm): before ${formatMemory(procBefore)}; after 2,000 avatars ${formatMemory(procAfter)}${duringText}`,
    `extension process 1 s after a garbage collection in ${collected.join(', ')}: ${formatMemory(procCollected)}`,
  ];
}
