/**
 * Where the cold start to the first settled badge goes, in Chromium: a browser-wide trace of one cold start
 * of the bench build (fresh profile), with the startup marks of the service worker, the offscreen document
 * and its inference worker (utils/startup-mark.ts) and the wasm compile, each in ms after the navigation
 * started. Needs `SOCKSCOPE_BENCH_BUILD=1 wxt build` first. With a second build's folder (an earlier commit's
 * bench build), the two are started in turn, run by run.
 *
 * Two cases: `fresh` (the default), the page opened as the browser starts with a new profile; and `idle`, the
 * case users meet most: a running browser whose service worker has stopped and whose offscreen document is
 * closed (its start's work done and settled for 3 s first), then a supported page opened. Each run prints the
 * time to the first settled badge, that badge's state, and the time until the page's first request (4
 * avatars) is settled.
 *   SOCKSCOPE_BENCH_BUILD=1 npx tsx scripts/bench/cold-start.ts [RUNS=3] [OTHER_BUILD_DIR] [fresh|idle]
 */
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { startFixtureServer } from '../../e2e/server/fixture-server';
import { EXTENSION_DIR, launchWithExtension, serviceWorker } from '../../e2e/support/launch';
import type { BrowserContext, CDPSession } from '@playwright/test';
import { SHARED_DIR } from '../../utils/testing/shared-data';
import { median } from '../eval/eyes-stats';
import { waitSettled } from './page';

interface TraceEvent {
  name: string;
  pid?: number;
  tid?: number;
  args?: { name?: string };
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
}

/** The tab's own steps, from the trace: the document parsed and loaded, the content script's first scan. */
const PAGE_EVENTS = new Set(['MarkDOMContent', 'MarkLoad', 'firstContentfulPaint', 'sockscope:scan']);

/** One cold start: ms from the navigation to the first settled badge, and each traced step's ms after it. */
async function coldStart(port: number, extensionDir: string, idle: boolean): Promise<{ total: number; first: number; four: number; state: string; steps: Map<string, number> }> {
  const context = await launchWithExtension(port, { extensionDir });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const cdp = await context.newCDPSession(page);
    if (idle) await goIdle(context, cdp);
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
    const done = new Promise<void>((ok) => cdp.once('Tracing.tracingComplete', () => ok()));
    await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: ['blink.user_timing', 'v8.wasm', 'devtools.timeline'] } });
    // The trace's clock starts here: a mark in the blank page just before the navigation.
    await page.evaluate(() => performance.mark('sockscope:bench:navigate'));
    const t0 = Date.now();
    await page.goto('https://x.com/home');
    await waitSettled(page, 1, 60_000);
    const total = Date.now() - t0;
    const state = await page.evaluate(firstState);
    // An image that cannot be fetched (the page has a 404 avatar) is answered first now that avatars are
    // answered one by one; the first badge with a verdict is the one the goal is about.
    await page.waitForFunction(`(${judged.toString()})() >= 1`, undefined, { timeout: 60_000, polling: 50 });
    const first = Date.now() - t0;
    await waitSettled(page, 4, 60_000);
    const four = Date.now() - t0;
    await cdp.send('Tracing.end');
    await done;
    // A throwaway look at every event: SOCKSCOPE_TRACE_OUT=<file> writes the raw trace of the last run.
    if (process.env.SOCKSCOPE_TRACE_OUT) writeFileSync(process.env.SOCKSCOPE_TRACE_OUT, JSON.stringify(events));
    const origin = events.find((e) => e.name === 'sockscope:bench:navigate')?.ts;
    if (origin === undefined) throw new Error('the trace has no navigation mark');
    const steps = new Map<string, number>();
    const at = (name: string, ts: number): void => void (steps.has(name) || steps.set(name, (ts - origin) / 1000));
    for (const e of [...events].sort((a, b) => a.ts - b.ts)) {
      if (e.name.startsWith('sockscope:startup:')) at(e.name.slice('sockscope:startup:'.length), e.ts);
      else if (PAGE_EVENTS.has(e.name)) at(`page ${e.name}`, e.ts);
      else if (e.cat.includes('v8.wasm') && e.dur !== undefined && e.dur > 200_000) at(`wasm ${e.name} (${(e.dur / 1000).toFixed(0)} ms) ends`, e.ts + e.dur);
    }
    return { total, first, four, state, steps };
  } finally {
    await context.close();
  }
}

/** Badges settled with a verdict (not "couldn't check"). */
const judged = (): number =>
  [...document.querySelectorAll('sockscope-badge')].filter((h) => {
    const s = h.shadowRoot?.querySelector('button')?.getAttribute('data-state');
    return s && s !== 'checking' && s !== 'error';
  }).length;

/** The state of the first settled badge in the page (which verdict came first). */
const firstState = (): string =>
  [...document.querySelectorAll('sockscope-badge')].map((h) => h.shadowRoot?.querySelector('button')?.getAttribute('data-state') ?? 'checking').find((s) => s !== 'checking') ?? 'none';

/**
 * A running browser gone idle: its start's work done, then the offscreen document closed and the service
 * worker stopped (as Chrome stops it after 30 s without events). The inference worker goes with its document.
 */
async function goIdle(context: BrowserContext, cdp: CDPSession): Promise<void> {
  const sw = await serviceWorker(context);
  await new Promise((r) => setTimeout(r, 3000));
  await sw.evaluate(async () => {
    const c = (globalThis as unknown as { chrome: typeof chrome }).chrome;
    if ((await c.runtime.getContexts({ contextTypes: [c.runtime.ContextType.OFFSCREEN_DOCUMENT] })).length > 0) await c.offscreen.closeDocument();
  });
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await new Promise((r) => setTimeout(r, 500));
}

const runs = Number(process.argv[2] ?? 3);
const mode = process.argv.slice(3).find((a) => a === 'fresh' || a === 'idle') ?? 'fresh';
const other = process.argv.slice(3).find((a) => a !== mode);
const builds = [EXTENSION_DIR, ...(other ? [resolve(other)] : [])];
const server = await startFixtureServer(SHARED_DIR);
try {
  const totals = new Map<string, number[]>(builds.map((b) => [b, []]));
  const fours = new Map<string, number[]>(builds.map((b) => [b, []]));
  const firsts = new Map<string, number[]>(builds.map((b) => [b, []]));
  for (let i = 0; i < runs; i++) {
    // Alternated, the second build first on odd runs, so both meet the same load.
    for (const dir of i % 2 ? [...builds].reverse() : builds) {
      const r = await coldStart(server.port, dir, mode === 'idle');
      totals.get(dir)!.push(r.total);
      fours.get(dir)!.push(r.four);
      firsts.get(dir)!.push(r.first);
      console.log(`run ${i + 1} (${mode}), ${dir}: ${r.first} ms to the first badge with a verdict; ${r.total} ms to the first settled (${r.state}), ${r.four} ms to 4 (load ${loadavg()[0]!.toFixed(2)})`);
      for (const [name, ms] of [...r.steps].sort((a, b) => a[1] - b[1])) console.log(`  ${ms.toFixed(0).padStart(6)} ms  ${name}`);
    }
  }
  for (const [dir, t] of totals) {
    const f = firsts.get(dir)!;
    const four = fours.get(dir)!;
    console.log(`${dir} (${mode}), medians of ${t.length}: first badge with a verdict ${median(f)} ms (${f.join(', ')}); first settled ${median(t)} ms (${t.join(', ')}); 4 settled ${median(four)} ms (${four.join(', ')})`);
  }
} finally {
  await server.close();
}
