/**
 * A synthetic tweets-only archive of any size, written as a stream: a users CSV and a tweets CSV in the
 * information-operations columns, with the mix real archives have (many reposts of a few popular posts,
 * own posts with hashtags) and a planted network that reposts and posts together. No images.
 */
import { createWriteStream } from 'node:fs';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { mulberry32, randInt } from '../../signals/testing/prng';

const SYL = ['ka', 'lo', 'mi', 'ren', 'to', 'sa', 'vi', 'der', 'un', 'pa', 'go', 'el', 'ti', 'mar', 'os', 'be', 'qu', 'ne', 'ra', 'chi'];
const DAY_MS = 86_400_000;
const START = Date.parse('2020-06-01T00:00:00Z');

const cell = (v: string): string => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
const time = (ms: number): string => new Date(ms).toISOString().slice(0, 16).replace('T', ' ');

/** Writes `tweets` tweets by about tweets/10 accounts into `dir`; resolves when both files are flushed. */
export async function writeTweetArchive(dir: string, tweets: number, seed = 7): Promise<{ accounts: number; network: number }> {
  mkdirSync(dir, { recursive: true });
  const rnd = mulberry32(seed);
  const words = Array.from({ length: 5000 }, () => Array.from({ length: randInt(rnd, 1, 4) }, () => SYL[randInt(rnd, 0, SYL.length)]!).join(''));
  const word = (): string => words[Math.floor(words.length * rnd() ** 2)]!;
  const sentence = (min: number, max: number): string => Array.from({ length: randInt(rnd, min, max) }, word).join(' ');
  const accounts = Math.max(20, Math.floor(tweets / 10));
  const days = 30;
  // The network: 1% of the accounts in groups of 10.
  const network = Math.floor(accounts / 100 / 10) * 10;
  const out = createWriteStream(join(dir, 'bench_tweets.csv'));
  let pending = '';
  const write = async (line: string): Promise<void> => {
    pending += line;
    if (pending.length < 1 << 16) return;
    if (!out.write(pending)) await new Promise<void>((r) => out.once('drain', () => r()));
    pending = '';
  };
  await write('tweetid,userid,user_screen_name,tweet_text,tweet_time,hashtags,is_retweet,retweet_tweetid\n');
  const popular = Math.max(10, Math.floor(tweets / 20));
  let n = 0;
  const tweet = async (acct: number, text: string, at: number, tags: string[], retweetOf: number | null): Promise<void> => {
    n++;
    const body = retweetOf === null ? text : `RT @source${retweetOf % 997}: ${text}`;
    await write(`${n},${acct},a${acct},${cell(body)},${time(at)},${cell(`[${tags.join(', ')}]`)},${retweetOf === null ? 'False' : 'True'},${retweetOf ?? ''}\n`);
  };
  // The network's own work: each group reposts 20 posts within 2 minutes and posts 3 templates together.
  for (let g = 0; g < network; g += 10) {
    for (let k = 0; k < 20; k++) {
      const at = START + randInt(rnd, 0, days) * DAY_MS + randInt(rnd, 0, 1440) * 60_000;
      const item = 10_000_000 + g * 100 + k;
      for (let j = 0; j < 10; j++) await tweet(g + j, `network post ${item}`, at + randInt(rnd, 0, 2) * 60_000, [], item);
    }
    for (let k = 0; k < 3; k++) {
      const text = sentence(15, 25);
      const at = START + randInt(rnd, 0, days) * DAY_MS;
      for (let j = 0; j < 10; j++) await tweet(g + j, text, at + randInt(rnd, 0, 600) * 60_000, [], null);
    }
  }
  // Everyone else: 45% reposts of popular posts (a few are viral), the rest their own posts.
  const postTime = Array.from({ length: popular }, () => START + rnd() * days * DAY_MS);
  while (n < tweets) {
    const acct = randInt(rnd, 0, accounts);
    if (rnd() < 0.45) {
      const item = Math.floor(popular * rnd() ** 3);
      await tweet(acct, `popular post ${item} ${words[item % words.length]}`, postTime[item]! + rnd() * 2 * DAY_MS, [], item);
    } else {
      const tags = rnd() < 0.3 ? Array.from({ length: randInt(rnd, 1, 4) }, () => words[Math.floor(60 * rnd())]!) : [];
      await tweet(acct, sentence(6, 30), START + rnd() * days * DAY_MS, tags, null);
    }
  }
  out.write(pending);
  await new Promise<void>((r) => out.end(r));
  const users = ['userid,user_screen_name', ...Array.from({ length: accounts }, (_, i) => `${i},a${i}`)].join('\n');
  writeFileSync(join(dir, 'bench_users.csv'), `${users}\n`);
  return { accounts, network };
}
