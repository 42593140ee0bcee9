/**
 * The 500-post page's throughput for two bench builds, alternated run by run in fresh browsers: the models
 * warmed on x.com/home, then the page until every badge has its result, with the CPU per avatar of every
 * browser process (load-robust where wall time is not). Both builds need `SOCKSCOPE_BENCH_BUILD=1 wxt build`.
 *   SOCKSCOPE_BENCH_BUILD=1 npx tsx scripts/bench/throughput-compare.ts BUILD_A BUILD_B [ROUNDS=1]
 */
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { startFixtureServer } from '../../e2e/server/fixture-server';
import { launchWithExtension } from '../../e2e/support/launch';
import { cpuPerItem, cpuSnapshot } from '../../e2e/support/process-cpu';
import { SHARED_DIR } from '../../utils/testing/shared-data';
import { waitSettled } from './page';

const load = (): string => `load ${loadavg()[0]!.toFixed(2)}`;

/** One build's page figures, printed as they come. */
async function measure(port: number, dir: string, round: number): Promise<void> {
  const context = await launchWithExtension(port, { extensionDir: dir });
  try {
    const warm = await context.newPage();
    await warm.goto('https://x.com/home');
    await waitSettled(warm, 4, 120_000);
    await warm.close();
    const page = await context.newPage();
    const cpu0 = cpuSnapshot();
    const t0 = Date.now();
    await page.goto('https://x.com/bench?n=500');
    await waitSettled(page, 500, 300_000);
    const secs = (Date.now() - t0) / 1000;
    console.log(`${dir}, round ${round}: 500-post page ${(500 / secs).toFixed(1)} avatars/s (${secs.toFixed(1)} s, ${load()})`);
    for (const l of cpuPerItem(cpu0, cpuSnapshot(), 500, 0)) console.log(`  ${l}`);
    await page.close();
  } finally {
    await context.close();
  }
}

const args = process.argv.slice(2);
const rounds = /^\d+$/.test(args.at(-1) ?? '') ? Number(args.pop()) : 1;
const dirs = args.map((d) => resolve(d));
const server = await startFixtureServer(SHARED_DIR);
try {
  for (let r = 0; r < rounds; r++) for (const d of r % 2 ? [...dirs].reverse() : dirs) await measure(server.port, d, r + 1);
} finally {
  await server.close();
}
