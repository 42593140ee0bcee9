/**
 * `sockscope batch` over tweets-only archives of 250,000, 500,000 and 1,000,000 tweets, each in a fresh
 * process: wall time, peak memory (RSS), and the size of links.parquet and clusters.parquet, so that
 * "linear in the tweets, links bounded" is a measured figure (part of `npm run bench`).
 *   npx tsx scripts/bench/coordination-scale.ts [TWEETS...]
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readParquet } from '../../cli/batch/parquet/read-parquet';
import { runBatch } from '../../cli/batch/run-batch';
import { writeTweetArchive } from './tweet-archive';

const silent = { start: () => undefined, add: () => undefined, stop: () => undefined };

/** One size in this process: generate, run, measure. Prints one JSON line. */
async function one(tweets: number): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'sockscope-scale-'));
  try {
    const made = await writeTweetArchive(join(root, 'archive'), tweets);
    const rss0 = process.memoryUsage().rss;
    const t0 = performance.now();
    const m = await runBatch({ input: join(root, 'archive'), out: join(root, 'out'), shard: { index: 0, count: 1 }, workers: 1, progress: silent, log: () => undefined });
    const seconds = (performance.now() - t0) / 1000;
    const clusters = await readParquet(join(root, 'out', 'clusters.parquet'));
    const network = new Set(Array.from({ length: made.network }, (_, i) => `x:a${i}`));
    const caught = new Set(clusters.filter((c) => c.kind === 'co-repost' && network.has(String(c.account_key))).map((c) => c.account_key)).size;
    const ordinaryFlagged = new Set(clusters.filter((c) => !network.has(String(c.account_key))).map((c) => c.account_key)).size;
    console.log(JSON.stringify({
      tweets, accounts: made.accounts, seconds, peakRssMiB: process.resourceUsage().maxRSS / 1024, startRssMiB: rss0 / 2 ** 20,
      links: m.tables?.links, clusterRows: m.tables?.clusters, network: made.network, networkCoRepost: caught, othersInClusters: ordinaryFlagged,
    }));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === '--one') return one(Number(args[1]));
  const sizes = args.length > 0 ? args.map(Number) : [250_000, 500_000, 1_000_000];
  console.log('| tweets | accounts | batch time | µs per tweet | peak RSS | links rows | links per account | cluster rows | planted network in co-repost clusters | other accounts in any cluster |');
  console.log('|---|---|---|---|---|---|---|---|---|---|');
  for (const n of sizes) {
    const line = execFileSync(process.execPath, ['--import', 'tsx', resolve(import.meta.dirname, 'coordination-scale.ts'), '--one', String(n)], { encoding: 'utf8', maxBuffer: 1 << 24 }).trim().split('\n').at(-1)!;
    const r = JSON.parse(line) as Record<string, number>;
    console.log(`| ${r.tweets!.toLocaleString('en-US')} | ${r.accounts!.toLocaleString('en-US')} | ${r.seconds!.toFixed(1)} s | ${((r.seconds! * 1e6) / r.tweets!).toFixed(0)} | ${r.peakRssMiB!.toFixed(0)} MiB | ${r.links!.toLocaleString('en-US')} | ${(r.links! / r.accounts!).toFixed(2)} | ${r.clusterRows!.toLocaleString('en-US')} | ${r.networkCoRepost}/${r.network} | ${r.othersInClusters} |`);
  }
}

main().catch((e: unknown) => {
  console.error('[sockscope:bench]', e);
  process.exit(1);
});
