/**
 * The content script's cost on a timeline that behaves like x.com's: a virtual list that mounts and
 * removes a few cells per scroll. 500 posts scroll past while their avatars are analysed on the same
 * cores; the same page and scroll without the extension is the baseline.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { ON_SCREEN_SETTLED } from '../../e2e/support/badges';
import { launchWithExtension } from '../../e2e/support/launch';
import { blockingFrames, describeTasks, longTasks, splitAt, waitSettled, watchLongTasks, type LongTask } from './page';

const POSTS = 500;
/** A brisk flick through the timeline: 600 px every 60 ms, about 10,000 px/s. */
const STEP_PX = 600;
const STEP_MS = 60;

interface VirtualState {
  total: number;
  mounted: number;
  removed: number;
  maxInDom: number;
}

const state = (page: Page): Promise<VirtualState> => page.evaluate(() => (window as unknown as { __virtual: VirtualState }).__virtual);

/** Scrolls until every post has been mounted and the end is on screen; returns the steps taken. */
async function scrollThrough(page: Page): Promise<number> {
  for (let steps = 1; steps <= 1000; steps++) {
    await page.mouse.wheel(0, STEP_PX);
    await page.waitForTimeout(STEP_MS);
    const s = await state(page);
    const atEnd = await page.evaluate(() => innerHeight + scrollY >= document.documentElement.scrollHeight - 2);
    if (s.mounted === s.total && atEnd) return steps;
  }
  throw new Error('the virtual list never reached its end');
}

interface Run {
  loading: LongTask[];
  scrolling: LongTask[];
  /** The 3 s after the scroll, while the backlog of analyses drains. */
  after: LongTask[];
  /** The page's clock when the scroll began. */
  scrollFrom: number;
  frames: string[];
  virtual: VirtualState;
  scrollMs: number;
  /** From the end of the scroll until every badge on screen had its result. */
  settleMs: number | null;
  badged: number;
  longestScanMs: number;
}

async function run(port: number, withExtension: boolean): Promise<Run> {
  const context = await launchWithExtension(port, { withoutExtension: !withExtension });
  try {
    if (withExtension) {
      // A warm extension: the models are loaded, as after the first page of a session.
      const warm = await context.newPage();
      await warm.goto('https://x.com/home');
      await waitSettled(warm, 1, 30_000);
      await warm.close();
    }
    return await scrollOnce(context, withExtension);
  } finally {
    await context.close();
  }
}

/** Loads the virtual timeline in a new tab and scrolls through it; long tasks split at the first scroll. */
async function scrollOnce(context: BrowserContext, withExtension: boolean): Promise<Run> {
  const page = await context.newPage();
  try {
    await watchLongTasks(page);
    await page.goto(`https://x.com/bench/virtual?n=${POSTS}`, { waitUntil: 'load' });
    await page.mouse.move(500, 450);
    await page.waitForTimeout(1000);
    const scrollFrom = await page.evaluate(() => performance.now());
    const t0 = Date.now();
    await scrollThrough(page);
    const scrollMs = Date.now() - t0;
    const scrollTo = await page.evaluate(() => performance.now());
    let settleMs: number | null = null;
    if (withExtension) {
      const t1 = Date.now();
      settleMs = await page.waitForFunction(ON_SCREEN_SETTLED, undefined, { timeout: 120_000, polling: 50 }).then(
        () => Date.now() - t1,
        () => null,
      );
    }
    // Analyses still queued for posts scrolled past compete with the page meanwhile.
    await page.waitForTimeout(3000);
    const scans = await page.evaluate(() =>
      performance.getEntriesByName('sockscope:scan').map((e) => (e as PerformanceMark).detail as { authors: number; ms: number }),
    );
    const [loading, rest] = splitAt(await longTasks(page), scrollFrom);
    const [scrolling, after] = splitAt(rest, scrollTo);
    return {
      loading,
      scrolling,
      after,
      scrollFrom,
      frames: (await blockingFrames(page)).map((f) => `${f.start < scrollFrom ? 'loading' : f.start < scrollTo ? 'scrolling' : 'after'}: ${f.text}`),
      virtual: await state(page),
      scrollMs,
      settleMs,
      badged: scans.reduce((n, s) => n + s.authors, 0),
      longestScanMs: Math.max(0, ...scans.map((s) => s.ms)),
    };
  } finally {
    await page.close();
  }
}

const at = (r: Run): string => (r.scrolling.length ? ` (began ${r.scrolling.map((t) => `${((t.start - r.scrollFrom) / 1000).toFixed(1)} s`).join(', ')} into the scroll)` : '');

/** Long tasks while 500 posts scroll past in an x.com-like virtual list, with and without Sockscope. */
export async function virtualListScroll(port: number): Promise<string[]> {
  const on = await run(port, true);
  const off = await run(port, false);
  const v = on.virtual;
  const settle = on.settleMs === null ? 'never, within 120 s' : `${(on.settleMs / 1000).toFixed(1)} s after the scroll stopped`;
  return [
    `x.com-like virtual list of ${POSTS} posts (${v.removed} cells removed and at most ${v.maxInDom} in the page, a few per scroll), scrolled at ${(1000 * STEP_PX) / STEP_MS} px/s for ${(on.scrollMs / 1000).toFixed(1)} s while its new avatars are analysed:`,
    `  long tasks (> 50 ms) while scrolling: ${describeTasks(on.scrolling)} with Sockscope${at(on)}; ${describeTasks(off.scrolling)} without the extension${at(off)}`,
    `  long tasks in the 3 s after, while the badges on screen get their results: ${describeTasks(on.after)} with Sockscope; ${describeTasks(off.after)} without`,
    `  long tasks while loading (the list mounts its first cells): ${describeTasks(on.loading)} with Sockscope; ${describeTasks(off.loading)} without`,
    `  content script: ${on.badged} authors badged, longest scan ${on.longestScanMs.toFixed(1)} ms; every badge on screen had its result ${settle}`,
    ...on.frames.map((f) => `  with Sockscope, ${f}`),
    ...off.frames.map((f) => `  without, ${f}`),
  ];
}
