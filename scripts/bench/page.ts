/** What the Chromium benches share about a page: waiting for badges, long tasks and frames, scrolling. */
import type { Page } from '@playwright/test';

const settled = () =>
  [...document.querySelectorAll('sockscope-badge')].filter((h) => {
    const s = h.shadowRoot?.querySelector('button')?.getAttribute('data-state');
    return s && s !== 'checking';
  }).length;

export async function waitSettled(page: Page, n: number, timeoutMs: number): Promise<void> {
  await page.waitForFunction(`(${settled.toString()})() >= ${n}`, undefined, { timeout: timeoutMs, polling: 50 });
}

export async function watchLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __long: LongTask[]; __frames: BlockingFrame[] };
    w.__long = [];
    w.__frames = [];
    new PerformanceObserver((l) => l.getEntries().forEach((e) => w.__long.push({ start: e.startTime, duration: e.duration }))).observe({ type: 'longtask', buffered: true });
    // Long Animation Frames say where a blocking frame's time went: the page's scripts (ours, in an isolated
    // world, are not listed) or rendering (style, layout, paint).
    new PerformanceObserver((l) =>
      l.getEntries().forEach((entry) => {
        const e = entry as PerformanceEntry & { blockingDuration: number; renderStart: number; scripts: { invoker: string; duration: number }[] };
        if (e.blockingDuration <= 0) return;
        const render = e.renderStart ? e.startTime + e.duration - e.renderStart : 0;
        const top = [...e.scripts].sort((a, b) => b.duration - a.duration)[0];
        w.__frames.push({ start: e.startTime, duration: e.duration, text: `${e.duration.toFixed(0)} ms frame: rendering ${render.toFixed(0)} ms${top ? `, page script ${top.invoker} ${top.duration.toFixed(0)} ms` : ''}` });
      }),
    ).observe({ type: 'long-animation-frame', buffered: true });
  });
}

/** Something that happened at `start` on the page's clock (performance.now). */
interface Timed {
  start: number;
}
export interface LongTask extends Timed {
  duration: number;
}
export interface BlockingFrame extends Timed {
  duration: number;
  text: string;
}
/**
 * The content script's own marked work (test and bench builds): each scan slice (`sockscope:scan`) and each
 * frame that rendered badges (`sockscope:render`), as the page's clock sees them. A mark is set when the work
 * ends, and its detail says how long it ran.
 */
export const ownWork = (page: Page): Promise<{ end: number; ms: number }[]> =>
  page.evaluate(() =>
    ['sockscope:scan', 'sockscope:render'].flatMap((name) => performance.getEntriesByName(name).map((e) => ({ end: e.startTime, ms: ((e as PerformanceMark).detail as { ms: number }).ms }))),
  );

/** How much of the marked work (ms) falls inside the task or frame that began at `start` and lasted `duration`. */
export function ownWithin(work: readonly { end: number; ms: number }[], start: number, duration: number): number {
  let ms = 0;
  for (const w of work) ms += Math.max(0, Math.min(w.end, start + duration) - Math.max(w.end - w.ms, start));
  return ms;
}

export const longTasks = (page: Page): Promise<LongTask[]> => page.evaluate(() => (window as unknown as { __long: LongTask[] }).__long);
export const blockingFrames = (page: Page): Promise<BlockingFrame[]> => page.evaluate(() => (window as unknown as { __frames: BlockingFrame[] }).__frames);

/** Those that began before `t`, and the rest. */
export function splitAt<T extends Timed>(xs: T[], t: number): [T[], T[]] {
  return [xs.filter((x) => x.start < t), xs.filter((x) => x.start >= t)];
}
export const describeTasks = (xs: { duration: number }[]): string => `${xs.length}${xs.length ? ` (${xs.map((x) => x.duration.toFixed(0)).join(', ')} ms)` : ''}`;

/** Scrolls the page down in 40 wheel steps; returns the page's clock when scrolling began. */
export async function scroll(page: Page): Promise<number> {
  const from = await page.evaluate(() => performance.now());
  for (let y = 0; y < 40; y++) {
    await page.mouse.wheel(0, 1500);
    await page.waitForTimeout(50);
  }
  return from;
}
