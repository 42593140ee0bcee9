/**
 * The small real-data fixture of the coordination tests (cli/fixtures/real), cut from the MIT-licensed
 * data sets of coordination-sources.json once they are written (coordination-data.ts):
 * - twarc-csv's ordinary search tweets (Brexit and K-pop, 2021), retweets included;
 * - the accounts of CooRTweet's russian_coord_tweets that co-repost under the shipped rules, with every
 *   retweet of the posts they share, and as many other accounts' retweets of other posts.
 *   npx tsx scripts/eval/coordination-fixture.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import { csvRows, field } from '../../cli/batch/inputs/csv-rows';
import { archiveTime } from '../../cli/batch/inputs/io-archive';
import { accountKey } from '../../signals/account-key';
import { findCoReposts, repostItem, type Repost } from '../../signals/co-repost';
import { mulberry32 } from '../../signals/testing/prng';
import { coordinationDataDir } from './coordination/sources';

const OUT = resolve(import.meta.dirname, '../../cli/fixtures/real');
const TWEET_COLUMNS = ['tweetid', 'userid', 'user_screen_name', 'tweet_text', 'tweet_time', 'hashtags', 'is_retweet', 'retweet_tweetid', 'retweet_userid'];

async function rowsOf(id: string): Promise<Record<string, string>[]> {
  const out: Record<string, string>[] = [];
  for await (const r of csvRows(join(coordinationDataDir(), id, 'tweets.csv'))) out.push(r);
  return out;
}

function write(name: string, rows: readonly Record<string, string>[]): void {
  const dir = join(OUT, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${name}_tweets.csv`), `${Papa.unparse({ fields: TWEET_COLUMNS, data: rows.map((r) => TWEET_COLUMNS.map((c) => r[c] ?? '')) })}\n`);
  const users = [...new Map(rows.map((r) => [r.userid, r])).values()];
  writeFileSync(join(dir, `${name}_users.csv`), `${Papa.unparse({ fields: ['userid', 'user_screen_name'], data: users.map((u) => [u.userid ?? '', u.user_screen_name ?? '']) })}\n`);
  console.log(`${name}: ${rows.length} tweets, ${users.length} accounts`);
}

async function main(): Promise<void> {
  const twarc = (await rowsOf('twarc-search-2021-2022')).filter((r) => (r.tweet_time ?? '').startsWith('2021-09-22'));
  write('twarc_search', twarc);

  const all = await rowsOf('navalny-2021-retweets');
  const reposts: Repost[] = [];
  for (const r of all) {
    const item = repostItem({ text: field(r, 'tweet_text'), isRetweet: true, originalId: field(r, 'retweet_tweetid') });
    const at = Date.parse(archiveTime(field(r, 'tweet_time')) ?? '');
    if (item && Number.isFinite(at)) reposts.push({ accountKey: accountKey('x', r.user_screen_name ?? ''), item, at });
  }
  const flagged = findCoReposts(reposts);
  const keyOf = (r: Record<string, string>): string => accountKey('x', r.user_screen_name ?? '');
  // The posts they share that carry weight (few sharers); a viral post adds nothing but size.
  const sharers = new Map<string, number>();
  for (const r of all) sharers.set(r.retweet_tweetid!, (sharers.get(r.retweet_tweetid!) ?? 0) + 1);
  const shared = new Set(all.filter((r) => flagged.has(keyOf(r) as never) && (sharers.get(r.retweet_tweetid!) ?? 0) <= 50).map((r) => r.retweet_tweetid));
  const core = all.filter((r) => shared.has(r.retweet_tweetid));
  const rnd = mulberry32(3);
  const rest = all.filter((r) => !shared.has(r.retweet_tweetid));
  const others = rest.filter(() => rnd() < 500 / rest.length);
  write('coortweet_navalny', [...core, ...others].sort((a, b) => (a.tweet_time! < b.tweet_time! ? -1 : 1)));
  writeFileSync(join(OUT, 'README.md'), `# Real tweets for the coordination tests

Cut by \`scripts/eval/coordination-fixture.ts\` from two MIT-licensed sources (scripts/eval/coordination-sources.json):

- \`twarc_search/\`: ordinary tweets collected by search on 2021-09-22 (Brexit, K-pop), retweets included, from
  DocNow/twarc-csv's test data (commit d77da935c6b6b1deb9fff529f4e551c0091ba789). MIT License, Copyright (c) 2021 Documenting the Now.
- \`coortweet_navalny/\`: retweets on Russian Twitter in 2021, every id hashed by the source, from
  nicolarighetti/CooRTweet's \`data/russian_coord_tweets.rda\` (commit d31a008e7a1d41645519aefea3917d9c3a741518)
  (Kulichkina, Righetti & Waldherr 2024). MIT License, Copyright (c) 2022 Nicola Righetti & Paul Balluff.
  It holds the ${flagged.size} accounts that co-repost under the shipped rules, every retweet of the posts they share that 50 or fewer accounts retweeted,
  and about 500 other retweets drawn at random.
`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.stack : e);
  process.exit(1);
});
