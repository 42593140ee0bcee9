/**
 * How long a stopped service worker takes to answer (Chromium): the worker is stopped (as Chrome does after
 * 30 s idle), then the popup page sends it a tab-counts request, and the time to the answer is the worker's
 * start (its scripts fetched and evaluated, its listeners registered) plus one reply. 4 wakes per browser
 * start; with several build folders (e.g. an earlier commit's bench build), the builds are alternated.
 *   SOCKSCOPE_BENCH_BUILD=1 npx tsx scripts/bench/sw-wake.ts <BUILD_DIR> [OTHER_BUILD_DIR] [ROUNDS=2]
 */
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { launchWithExtension } from '../../e2e/support/launch';
import { startFixtureServer } from '../../e2e/server/fixture-server';
import { SHARED_DIR } from '../../utils/testing/shared-data';

/** How long a new browser is left to finish its start before the first wake (ms). */
const SETTLE_MS = 10_000;

/** ms to the answer of each of 4 wakes of a stopped service worker, in one browser. */
async function wake(dir: string, port: number): Promise<number[]> {
  const ctx = await launchWithExtension(port, { extensionDir: dir });
  try {
    const sw = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker'));
    const id = new URL(sw.url()).host;
    const page = await ctx.newPage();
    await page.goto(`chrome-extension://${id}/popup.html`);
    const cdp = await ctx.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    // A new browser's own start (its profile, the extension's first run) is not a wake's cost: let it finish.
    await new Promise((r) => setTimeout(r, SETTLE_MS));
    const out: number[] = [];
    for (let i = 0; i < 4; i++) {
      await new Promise((r) => setTimeout(r, 1500));
      await cdp.send('ServiceWorker.stopAllWorkers');
      await new Promise((r) => setTimeout(r, 500));
      out.push(await page.evaluate(async () => {
        const t = performance.now();
        await chrome.runtime.sendMessage({ target: 'background', type: 'tab-counts', tabId: -1 });
        return performance.now() - t;
      }));
    }
    return out;
  } finally {
    await ctx.close();
  }
}
// The popup page needs no fixture, but the launch maps the platforms' hosts to a server.
const server = await startFixtureServer(SHARED_DIR);
const args = process.argv.slice(2);
const rounds = /^\d+$/.test(args.at(-1) ?? '') ? Number(args.pop()) : 2;
const dirs = args.map((d) => resolve(d));
try {
  for (let r = 0; r < rounds; r++)
    for (const d of r % 2 ? [...dirs].reverse() : dirs) console.log(`${d}: ${(await wake(d, server.port)).map((x) => x.toFixed(0)).join(', ')} ms (load ${loadavg()[0]!.toFixed(2)})`);
} finally {
  await server.close();
}
