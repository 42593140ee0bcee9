/**
 * Known-network import bench: writes a synthetic information-operations tweets CSV (default 1,000,000
 * rows, SOCKSCOPE_BENCH_ROWS to change) to a temporary file, then streams it as the CLI does (kept rows
 * filtered against 1,000 stored posts) and, on a slice, into the evidence store as the dashboard does
 * (fake-indexeddb here; the browser's IndexedDB is on disk). Prints rows/s and peak memory.
 *   npx tsx scripts/bench/known-content.ts
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { lshKeys } from '../../signals/minhash';
import { mulberry32, pick, randInt } from '../../signals/testing/prng';
import { textFingerprint } from '../../signals/text-similarity';
import { importArchive } from '../../utils/db/known-tweets';
import { openEvidenceDb } from '../../utils/db/open';
import { importTweetsCsv } from '../../utils/import/import-tweets';

const ROWS = Number(process.env.SOCKSCOPE_BENCH_ROWS ?? 1_000_000);
const STORE_ROWS = Math.min(ROWS, 50_000);
const mib = (b: number): string => `${(b / 2 ** 20).toFixed(0)} MiB`;

/** Writes `n` rows shaped like the archive's (quoted texts with commas and line breaks, hashtag lists, retweets). */
async function writeCsv(file: string, n: number): Promise<void> {
  const rnd = mulberry32(7);
  const words = Array.from({ length: 5000 }, (_, i) => `w${i.toString(36)}${'aeiou'[i % 5]}`);
  const out = createWriteStream(file);
  out.write('tweetid,userid,user_screen_name,tweet_language,tweet_text,tweet_time,is_retweet,hashtags\n');
  for (let i = 0; i < n; i++) {
    const text = Array.from({ length: randInt(rnd, 6, 30) }, () => words[Math.floor(words.length * rnd() ** 2)]).join(' ');
    const tags = rnd() < 0.3 ? `"[${Array.from({ length: randInt(rnd, 1, 4) }, () => pick(rnd, words.slice(0, 200))).join(', ')}]"` : '[]';
    const rt = rnd() < 0.4;
    const line = `${1e15 + i},u${i % 5000},acct${i % 5000},en,"${rt ? 'RT @x: ' : ''}${text}${rnd() < 0.05 ? '\nsecond line, with ""quotes""' : ''}",2019-01-01 00:00,${rt ? 'True' : 'False'},${tags}\n`;
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

async function main(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'sockscope-bench-io-'));
  const file = join(dir, 'tweets.csv');
  try {
    await writeCsv(file, ROWS);
    const size = (await stat(file)).size;
    console.log(`synthetic tweets CSV: ${ROWS.toLocaleString('en')} rows, ${mib(size)}`);
    const stored = new Set(Array.from({ length: 1000 }, (_, i) => lshKeys(textFingerprint(`a stored post number ${i} with some words in it`).signature)).flat());
    let peak = 0;
    const sample = () => (peak = Math.max(peak, process.memoryUsage().rss));
    const base = process.memoryUsage().rss;
    let t = performance.now();
    const p = await importTweetsCsv(createReadStream(file), { source: 'bench', totalBytes: size, keep: (x) => x.lshKeys.some((k) => stored.has(k)), sink: async () => undefined, onProgress: sample });
    let s = (performance.now() - t) / 1000;
    console.log(`CLI path (stream, fingerprint, keep what can match 1,000 stored posts): ${(p.rows / s).toFixed(0)} rows/s (${s.toFixed(1)} s), ${p.kept} kept; peak RSS ${mib(peak)} (+${mib(peak - base)} over the start)`);
    const db = await openEvidenceDb(new IDBFactory());
    const slice = join(dir, 'slice.csv');
    await writeCsv(slice, STORE_ROWS);
    peak = 0;
    const before = process.memoryUsage().rss;
    t = performance.now();
    const q = await importArchive(db, createReadStream(slice), { source: 'bench', totalBytes: (await stat(slice)).size, onProgress: sample });
    s = (performance.now() - t) / 1000;
    console.log(`dashboard path into the store (fake-indexeddb, ${STORE_ROWS.toLocaleString('en')} rows): ${(q.rows / s).toFixed(0)} rows/s (${s.toFixed(1)} s), ${q.kept} kept; peak RSS ${mib(peak)} (+${mib(peak - before)}; fake-indexeddb holds the store in memory)`);
    db.close();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error('[sockscope:bench]', e);
  process.exit(1);
});
