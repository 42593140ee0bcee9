/**
 * `sockscope batch` on real tweets (cli/fixtures/real, MIT-licensed sources): ordinary people retweeting
 * viral posts carry no coordination signal, and the accounts of a real retweet stream that repost the same
 * rare posts within minutes, again and again, are found with a reason that says so.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readParquet } from './parquet/read-parquet';
import { runBatch } from './run-batch';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/real');
const silent = { start: () => undefined, add: () => undefined, stop: () => undefined };
const roots: string[] = [];
afterAll(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));

async function batch(name: string) {
  const out = mkdtempSync(join(tmpdir(), `sockscope-real-${name}-`));
  roots.push(out);
  const log: string[] = [];
  await runBatch({ input: join(FIXTURES, name), out, shard: { index: 0, count: 1 }, workers: 1, progress: silent, log: (l) => log.push(l) });
  return { accounts: await readParquet(join(out, 'accounts.parquet')), clusters: await readParquet(join(out, 'clusters.parquet')), links: await readParquet(join(out, 'links.parquet')), log };
}

describe('sockscope batch on real tweets', () => {
  it('flags none of 185 ordinary accounts retweeting viral posts on one day (copied text used to flag them)', async () => {
    const { accounts, clusters, log } = await batch('twarc_search');
    expect(accounts).toHaveLength(185);
    expect(clusters).toEqual([]);
    expect(accounts.filter((a) => a.band !== 'low')).toEqual([]);
    expect(log).toContain('[sockscope:batch] twarc_search_tweets.csv: 200 rows, 200 used, 0 skipped');
  }, 120_000);

  it('finds the accounts of a real retweet stream that co-repost, each with what was measured, in bounded links', async () => {
    const { accounts, clusters, links } = await batch('coortweet_navalny');
    const coRepost = clusters.filter((c) => c.kind === 'co-repost');
    expect(new Set(coRepost.map((c) => c.account_key)).size).toBe(12);
    // Judged like every signal: its score column and its reason with points.
    const scored = accounts.filter((a) => Number(a.score_co_repost) > 0);
    expect(scored.map((a) => a.account_key).sort()).toEqual([...new Set(coRepost.map((c) => String(c.account_key)))].sort());
    for (const a of scored) expect(String(a.reasons)).toMatch(/co-repost \+\d+/);
    for (const c of coRepost) expect(String(c.reason)).toMatch(/^Reposted \d+ of the same posts as \d+ other accounts?, each within (\d+ minutes?|\d+ seconds), on \d+ days? \(most: @[0-9a-f]{32}, \d+ posts\)$/);
    // Each account lists at most its 10 strongest partners: links grow with the accounts, never with pairs.
    expect(links.filter((l) => l.kind === 'co-repost').length).toBeLessThanOrEqual(10 * coRepost.length);
  }, 120_000);
});
