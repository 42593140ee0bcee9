/**
 * Evidence store + signal bench: records 10,000 synthetic posts into fake-indexeddb, then times
 * per-post recording, per-account indexed lookups and one batch coordination pass, and sizes the store.
 * Run: npx tsx scripts/bench/signals.ts
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import os from 'node:os';
import { serialize } from 'node:v8';
import { accountCoordination, loadCoordinationSnapshot } from '../../utils/db/account-coordination';
import { openEvidenceDb } from '../../utils/db/open';
import { recordObservation } from '../../utils/db/record-observation';
import { computeCoordination } from '../../signals/coordination';
import { ObservationCache } from '../../utils/db/observation-cache';
import { StoredHashes } from '../../utils/db/stored-hashes';
import { mulberry32 } from '../../signals/testing/prng';
import { syntheticTimeline } from '../../signals/testing/synthetic-timeline';
import type { AccountKey } from '../../core/evidence';

const POSTS = 10_000;
const LOOKUPS = 1_000;

function stats(ms: number[]): string {
  const s = [...ms].sort((a, b) => a - b);
  const at = (p: number): number => s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? NaN;
  return `median ${at(0.5).toFixed(3)} ms, p95 ${at(0.95).toFixed(3)} ms, max ${at(1).toFixed(1)} ms (n=${s.length})`;
}

async function main(): Promise<void> {
  const t = syntheticTimeline(42, 3400);
  const occ = t.occurrences.slice(-POSTS); // keep the planted clusters (appended last) in the sample
  const db = await openEvidenceDb(new IDBFactory());
  const now = Date.parse('2021-03-03T23:00:00Z');
  const record: number[] = [];
  const keys: AccountKey[] = [];
  for (const o of occ) {
    const t0 = performance.now();
    const r = await recordObservation(db, o, 'https://x.com/home', now);
    record.push(performance.now() - t0);
    if (!r.ok) throw new Error(r.message);
    keys.push(r.value.accountKey);
  }
  const lookup: number[] = [];
  for (let i = 0; i < LOOKUPS; i++) {
    const key = keys[Math.floor((i * keys.length) / LOOKUPS)] as AccountKey;
    const t0 = performance.now();
    await accountCoordination(db, key);
    lookup.push(performance.now() - t0);
  }
  const t1 = performance.now();
  const snap = await loadCoordinationSnapshot(db, '2021-03-01', '2021-03-03');
  const t2 = performance.now();
  const flags = computeCoordination(snap);
  const t3 = performance.now();

  let json = 0;
  let clone = 0;
  for (const store of ['accounts', 'observations', 'images', 'meta'] as const)
    for (const rec of await db.getAll(store)) {
      json += Buffer.byteLength(JSON.stringify(rec));
      clone += serialize(rec).length;
    }
  const accounts = await db.count('accounts');
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  console.log(`[bench-signals] ${cpu}, ${os.cpus().length} cores, Node ${process.version}, fake-indexeddb (in-memory; a browser's IndexedDB is slower per write)`);
  console.log(`  posts ${occ.length}, accounts ${accounts}`);
  console.log(`  recordObservation (fingerprint + 1 transaction): ${stats(record)}`);
  console.log(`  accountCoordination (indexed, per account, ${LOOKUPS} sampled): ${stats(lookup)}`);
  console.log(`  batch: load snapshot ${(t2 - t1).toFixed(0)} ms + computeCoordination ${(t3 - t2).toFixed(0)} ms → ${flags.size} accounts with cluster evidence`);
  console.log(`  store size per ${occ.length} posts: JSON ${(json / 1e6).toFixed(2)} MB, structured clone (v8.serialize) ${(clone / 1e6).toFixed(2)} MB (values only; indexes extra)`);
  for (const n of [250, 1_000, 3_000]) console.log(`  ${await campaignLookups(n)}`);
  for (const n of [20_000, 100_000]) console.log(`  near-duplicate avatar scan over ${n.toLocaleString('en')} stored hashes (utils/db/stored-hashes.ts): ${stats(scanTimes(n))}`);
  db.close();
}

/**
 * A campaign of n accounts, each posting its own near-copy of one text (a word or two changed, so every
 * text hashes differently) with one hashtag pair on one day, then every account assessed in turn, sharing
 * reads as the background does (the post cache throughout, index lookups within 32 accounts). Each
 * assessment still reads the whole campaign's posts, so the time per account grows with n.
 */
async function campaignLookups(n: number): Promise<string> {
  const db = await openEvidenceDb(new IDBFactory());
  const rand = mulberry32(n);
  const words = 'the so called reports about our region are fabricated by western media to smear our people and our hard work'.split(' ');
  const keys: AccountKey[] = [];
  for (let i = 0; i < n; i++) {
    const text = words.map((w) => (rand() < 0.08 ? `${w}${Math.floor(rand() * 10)}` : w)).join(' ');
    const occ = { site: 'x' as const, kind: 'post' as const, handle: `ring${i}`, displayName: `Ring ${i}`, profileUrl: `https://x.com/ring${i}`, avatarUrl: null, text, hashtags: ['XinjiangCotton', 'StopTheLies'], time: '2021-03-03T12:00:00Z' };
    const r = await recordObservation(db, occ, 'https://x.com/home', Date.parse('2021-03-03T23:00:00Z'));
    if (!r.ok) throw new Error(r.message);
    keys.push(r.value.accountKey);
  }
  const posts = new ObservationCache();
  const times: number[] = [];
  let linked = 0;
  let request = new Map<string, Promise<number[]>>();
  for (const [i, key] of keys.entries()) {
    // The background's requests carry 32 avatars, whose assessments share their index lookups.
    if (i % 32 === 0) request = new Map();
    const t0 = performance.now();
    const ev = await accountCoordination(db, key, undefined, { posts, keys: request });
    times.push(performance.now() - t0);
    linked += ev.length;
  }
  db.close();
  return `campaign of ${n.toLocaleString('en')} accounts, each assessed (accountCoordination, shared post cache; ${(linked / n).toFixed(1)} kinds of evidence each): ${stats(times)}`;
}

/** Times StoredHashes.near (6 bits) over n random hashes, as the worker runs it for every new avatar. */
function scanTimes(n: number): number[] {
  const set = new StoredHashes();
  const rand = mulberry32(1);
  const word = () => Math.floor(rand() * 2 ** 32).toString(16).padStart(8, '0');
  for (let i = 0; i < n; i++) set.add(word() + word());
  for (let i = 0; i < 50; i++) set.near('0123456789abcdef', 6);
  return Array.from({ length: 200 }, () => {
    const t0 = performance.now();
    set.near('0123456789abcdef', 6);
    return performance.now() - t0;
  });
}

main().catch((e: unknown) => {
  console.error('[sockscope:bench-signals]', e);
  process.exit(1);
});
