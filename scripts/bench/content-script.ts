/**
 * The content script's own cost on the 500-post page, for two or more bench builds alternated in one run
 * (A, B, B, A, ...), with the load printed: the scan's time per post (median and 95th percentile over the
 * `sockscope:scan` marks, badge mounts included), long tasks > 50 ms while scrolling, and where the content
 * script's time goes per Chromium's CPU profiler (100 µs sampling, from navigation until every badge has its
 * result and 40 wheel steps after). Function names are readable only in an unminified build.
 *   npx tsx scripts/bench/content-script.ts ROUNDS DIR_A [DIR_B ...]
 */
import type { CDPSession } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { startFixtureServer } from '../../e2e/server/fixture-server';
import { launchWithExtension } from '../../e2e/support/launch';
import { SHARED_DIR } from '../../utils/testing/shared-data';
import { contentProfileSplit, type CpuProfile, type ProfileSplit } from './content-profile';
import { blockingFrames, longTasks, ownWithin, ownWork, scroll, splitAt, waitSettled, watchLongTasks } from './page';

const POSTS = 500;

export interface ContentFigures {
  perPostUs: number[];
  scrollLongTasks: number[];
  split: ProfileSplit;
}

const quantile = (xs: number[], q: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[Math.min(s.length - 1, Math.floor(q * s.length))] as number) : NaN;
};

/** Chromium's counters for the page's main thread (CDP Performance.getMetrics); ThreadTime is CPU time, the rest counts and wall time. */
const METRICS = ['ThreadTime', 'TaskDuration', 'ScriptDuration', 'LayoutCount', 'LayoutDuration', 'RecalcStyleCount', 'RecalcStyleDuration'] as const;

async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

async function profiled<T>(cdp: CDPSession, work: () => Promise<T>): Promise<[T, CpuProfile]> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  const result = await work();
  const { profile } = await cdp.send('Profiler.stop');
  return [result, profile as CpuProfile];
}

interface Measured {
  perPostUs: number[];
  /** Scan slices and badge-rendering frames together, per author found (mean). */
  scanAndRenderUs: number;
  frameMs: number[];
  scrollLongTasks: number;
  longTaskMs: number[];
  /** Of each long task while scrolling, the ms the content script's scan slices and render frames ran in it. */
  longTaskOwnMs: number[];
  /** The renderer's main thread from navigation to the end of the scroll: CPU seconds, layouts and style recalculations. */
  page: Record<(typeof METRICS)[number], number>;
  /** Long animation frames while scrolling: where a blocking frame's time went. */
  blockingFrames: string[];
  split: ProfileSplit;
}

/** One build, one fresh browser: warm the models, then load the 500-post page and scroll it. */
async function measure(port: number, dir: string): Promise<Measured> {
  const context = await launchWithExtension(port, { extensionDir: dir });
  try {
    const warm = await context.newPage();
    await warm.goto('https://x.com/home');
    await waitSettled(warm, 1, 60_000);
    await warm.close();
    const page = await context.newPage();
    await watchLongTasks(page);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const m0 = await metrics(cdp);
    const [scrollFrom, profile] = await profiled(cdp, async () => {
      await page.goto(`https://x.com/bench?n=${POSTS}`);
      await waitSettled(page, POSTS, 300_000);
      return scroll(page);
    });
    const m1 = await metrics(cdp);
    const used = Object.fromEntries(METRICS.map((k) => [k, (m1[k] ?? 0) - (m0[k] ?? 0)])) as Record<(typeof METRICS)[number], number>;
    const scans = await page.evaluate(() => performance.getEntriesByName('sockscope:scan').map((e) => (e as PerformanceMark).detail as { authors: number; ms: number }));
    // Builds that render badges in animation frames mark those frames apart from the scan.
    const frames = await page.evaluate(() => performance.getEntriesByName('sockscope:render').map((e) => (e as PerformanceMark).detail as { badges: number; ms: number }));
    const [, scrolling] = splitAt(await longTasks(page), scrollFrom);
    const [, blocking] = splitAt(await blockingFrames(page), scrollFrom);
    const own = await ownWork(page);
    if (process.env.PROFILE_OUT) writeFileSync(`${process.env.PROFILE_OUT}-${Date.now()}.json`, JSON.stringify(profile));
    const authors = scans.reduce((n, s) => n + s.authors, 0);
    const sum = (xs: { ms: number }[]): number => xs.reduce((n, x) => n + x.ms, 0);
    return {
      perPostUs: scans.filter((s) => s.authors > 0).map((s) => (1000 * s.ms) / s.authors),
      scanAndRenderUs: (1000 * (sum(scans) + sum(frames))) / authors,
      frameMs: frames.map((f) => f.ms),
      scrollLongTasks: scrolling.length,
      longTaskMs: scrolling.map((t) => t.duration),
      longTaskOwnMs: scrolling.map((t) => ownWithin(own, t.start, t.duration)),
      blockingFrames: blocking.map((f) => `${f.text}, Sockscope's scan and render ${ownWithin(own, f.start, f.duration).toFixed(0)} ms`),
      page: used,
      split: contentProfileSplit(profile, '/content-scripts/'),
    };
  } finally {
    await context.close();
  }
}

/** Long tasks while scrolling in which the content script's scan slices and render frames ran half the time or more. */
const ours = (m: Measured): number => m.longTaskMs.filter((ms, j) => m.longTaskOwnMs[j]! >= ms / 2).length;

async function main(): Promise<void> {
  const [roundsArg, ...dirs] = process.argv.slice(2);
  const rounds = Number(roundsArg);
  if (!(rounds > 0) || dirs.length === 0) throw new Error('usage: content-script.ts ROUNDS DIR_A [DIR_B ...]');
  const server = await startFixtureServer(SHARED_DIR);
  const all = dirs.map(() => ({ cpu: [] as number[], layouts: [] as number[], total: [] as number[], perPost: [] as number[], medians: [] as number[], p95s: [] as number[], long: [] as number[], splits: [] as ProfileSplit[] }));
  try {
    for (let r = 0; r < rounds; r++) {
      const order = dirs.map((_, i) => i);
      if (r % 2) order.reverse();
      for (const i of order) {
        const before = loadavg()[0] as number;
        const m = await measure(server.port, resolve(dirs[i] as string));
        const a = all[i]!;
        a.perPost.push(...m.perPostUs);
        a.total.push(m.scanAndRenderUs);
        a.medians.push(quantile(m.perPostUs, 0.5));
        a.p95s.push(quantile(m.perPostUs, 0.95));
        a.long.push(m.scrollLongTasks);
        a.splits.push(m.split);
        console.log(`round ${r + 1}, ${dirs[i]} (load ${before.toFixed(1)} → ${loadavg()[0]!.toFixed(1)}): per post median ${quantile(m.perPostUs, 0.5).toFixed(0)} µs, p95 ${quantile(m.perPostUs, 0.95).toFixed(0)} µs over ${m.perPostUs.length} scans; scan and render ${m.scanAndRenderUs.toFixed(0)} µs per post; ${m.frameMs.length} render frames, ${m.frameMs.reduce((n, x) => n + x, 0).toFixed(0)} ms in all, longest ${Math.max(0, ...m.frameMs).toFixed(1)} ms; long tasks while scrolling ${m.scrollLongTasks} (${m.longTaskMs.map((x, j) => `${x.toFixed(0)}${m.longTaskOwnMs[j]! >= 1 ? ` [ours ${m.longTaskOwnMs[j]!.toFixed(0)}]` : ''}`).join(', ')} ms; ${ours(m)} of them half or more the content script's marked work); content script per post ${((1000 * m.split.totalMs) / POSTS).toFixed(0)} µs (profile)`);
        const p = m.page;
        console.log(`    page's main thread: CPU ${(1000 * p.ThreadTime).toFixed(0)} ms, tasks ${(1000 * p.TaskDuration).toFixed(0)} ms, script ${(1000 * p.ScriptDuration).toFixed(0)} ms, ${p.LayoutCount} layouts ${(1000 * p.LayoutDuration).toFixed(0)} ms, ${p.RecalcStyleCount} style recalculations ${(1000 * p.RecalcStyleDuration).toFixed(0)} ms`);
        a.cpu.push(1000 * p.ThreadTime);
        a.layouts.push(p.LayoutCount);
        console.log(m.blockingFrames.map((f) => `    while scrolling, ${f}`).join('\n'));
        console.log(m.split.lines.map((l) => `    ${l}`).join('\n'));
      }
    }
  } finally {
    await server.close();
  }
  for (const [i, a] of all.entries()) {
    console.log(`${dirs[i]}: per post median of rounds ${quantile(a.medians, 0.5).toFixed(0)} µs (rounds ${a.medians.map((x) => x.toFixed(0)).join(', ')}), p95 ${a.p95s.map((x) => x.toFixed(0)).join(', ')} µs; scan and render ${a.total.map((x) => x.toFixed(0)).join(', ')} µs per post; long tasks while scrolling ${a.long.join(', ')}; main thread CPU ${a.cpu.map((x) => x.toFixed(0)).join(', ')} ms, layouts ${a.layouts.join(', ')}; content script sampled ${a.splits.map((s) => s.totalMs.toFixed(0)).join(', ')} ms`);
  }
}

await main();
