/**
 * Where the cold start to the first settled badge goes, in Chromium: a browser-wide trace of one cold start
 * of the bench build (fresh profile), with the startup marks of the service worker, the offscreen document
 * and its inference worker (utils/startup-mark.ts) and the wasm compile, each in ms after the navigation
 * started. Needs `SOCKSCOPE_BENCH_BUILD=1 wxt build` first. With a second build's folder (an earlier commit's
 * bench build), the two are started in turn, run by run.
 *   SOCKSCOPE_BENCH_BUILD=1 npx tsx scripts/bench/cold-start.ts [RUNS=3] [OTHER_BUILD_DIR]
 */
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { startFixtureServer } from '../../e2e/server/fixture-server';
import { EXTENSION_DIR, launchWithExtension } from '../../e2e/support/launch';
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
async function coldStart(port: number, extensionDir: string): Promise<{ total: number; steps: Map<string, number> }> {
  const context = await launchWithExtension(port, { extensionDir });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const cdp = await context.newCDPSession(page);
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
    return { total, steps };
  } finally {
    await context.close();
  }
}

const runs = Number(process.argv[2] ?? 3);
const builds = [EXTENSION_DIR, ...(process.argv[3] ? [resolve(process.argv[3])] : [])];
const server = await startFixtureServer(SHARED_DIR);
try {
  const totals = new Map<string, number[]>(builds.map((b) => [b, []]));
  for (let i = 0; i < runs; i++) {
    // Alternated, the second build first on odd runs, so both meet the same load.
    for (const dir of i % 2 ? [...builds].reverse() : builds) {
      const r = await coldStart(server.port, dir);
      totals.get(dir)!.push(r.total);
      console.log(`run ${i + 1}, ${dir}: ${r.total} ms to the first settled badge (load ${loadavg()[0]!.toFixed(2)})`);
      for (const [name, ms] of [...r.steps].sort((a, b) => a[1] - b[1])) console.log(`  ${ms.toFixed(0).padStart(6)} ms  ${name}`);
    }
  }
  for (const [dir, t] of totals) console.log(`${dir}: median of ${t.length}: ${median(t)} ms (${t.join(', ')})`);
} finally {
  await server.close();
}
