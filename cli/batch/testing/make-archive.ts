/**
 * A synthetic IO-style archive (users CSV, tweets CSV, profile_images/) built from the shared faces, with a
 * planted network: a copy-paste ring, a hashtag burst, a reused avatar and a group that reposts the same posts
 * within minutes, all on StyleGAN faces, plus broken files and ordinary accounts reposting a few viral posts.
 * The same options give the same archive, byte for byte.
 *   npx tsx cli/batch/testing/make-archive.ts DIR [ACCOUNTS=2000] [TWEETS=20000]
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import sharp from 'sharp';
import { mulberry32, pick, randInt } from '../../../signals/testing/prng';
import { sharedPath } from '../../../utils/testing/shared-data';

export interface ArchiveOptions {
  accounts: number;
  tweets: number;
  seed?: number;
}

/** What was planted, by screen name, and the image files that are broken on purpose. */
export interface ArchiveTruth {
  ring: string[];
  burst: string[];
  reuse: string[];
  /** Accounts that repost the same posts within minutes of each other, again and again. */
  corepost: string[];
  broken: string[];
  /** Accounts whose image is not in the archive. */
  noImage: string[];
}

const SYL = ['ka', 'lo', 'mi', 'ren', 'to', 'sa', 'vi', 'der', 'un', 'pa', 'go', 'el', 'ti', 'mar', 'os', 'be', 'qu', 'ne', 'ra', 'chi'];
const DAYS = ['2020-06-01', '2020-06-02', '2020-06-03', '2020-06-04'];

/** Distinct shared faces of one label (by their originals' SHA-256), shuffled by `rnd`. */
function faces(label: 'gan' | 'real', rnd: () => number): string[] {
  const rows = readFileSync(sharedPath('data/faces/images.tsv'), 'utf8').trim().split('\n').slice(1).map((r) => r.split('\t'));
  const seen = new Set<string>();
  const out: string[] = [];
  for (const r of rows) {
    // One group per label: the aligned real groups and the GAN groups share pictures across sources at other sizes.
    if (r[1] !== (label === 'gan' ? 'stylegan1' : 'wild') || seen.has(r[4] ?? '')) continue;
    seen.add(r[4] ?? '');
    out.push(sharedPath('data/faces', r[8] ?? ''));
  }
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Writes the archive into `dir` and returns what was planted. */
export async function makeArchive(dir: string, opts: ArchiveOptions): Promise<ArchiveTruth> {
  const rnd = mulberry32(opts.seed ?? 28);
  const words = Array.from({ length: 2000 }, () => Array.from({ length: randInt(rnd, 1, 4) }, () => pick(rnd, SYL)).join(''));
  const word = (): string => words[Math.floor(words.length * rnd() ** 2)] ?? 'x';
  const sentence = (min: number, max: number): string => Array.from({ length: randInt(rnd, min, max) }, word).join(' ');
  const images = join(dir, 'profile_images');
  mkdirSync(images, { recursive: true });
  // Each account its own face (no accidental reuse): GAN faces are dealt from the front, real ones in turn.
  const [gan, real] = [faces('gan', rnd), faces('real', rnd)];
  let nextGan = 2;
  let nextReal = 0;
  const face = (isGan: boolean): string => (isGan ? gan[nextGan++ % gan.length]! : real[nextReal++ % real.length]!);
  const n = opts.accounts;
  const handle = (i: number): string => `acct${String(i).padStart(5, '0')}`;
  const userid = (i: number): string => String(1_000_000 + i * 7);
  // The network: the first 8% of accounts or so, split in four; everyone else is ordinary.
  const size = Math.max(4, Math.floor(n * 0.02));
  const ring = Array.from({ length: size }, (_, i) => i);
  const burst = Array.from({ length: size }, (_, i) => size + i);
  const reuse = Array.from({ length: Math.max(3, Math.floor(size / 2)) }, (_, i) => 2 * size + i);
  const corepost = Array.from({ length: size }, (_, i) => 2 * size + reuse.length + i);
  const truth: ArchiveTruth = { ring: ring.map(handle), burst: burst.map(handle), reuse: reuse.map(handle), corepost: corepost.map(handle), broken: [], noImage: [] };
  const users: Record<string, string | number>[] = [];
  for (let i = 0; i < n; i++) {
    const networked = i < 3 * size + reuse.length;
    users.push({
      userid: userid(i), user_display_name: `Person ${i}`, user_screen_name: handle(i), user_reported_location: pick(rnd, ['', 'Lagos', 'Lima', 'Oslo']),
      user_profile_description: sentence(3, 10), user_profile_url: '', follower_count: randInt(rnd, 0, 5000), following_count: randInt(rnd, 0, 2000),
      account_creation_date: `2019-0${randInt(rnd, 1, 10)}-1${randInt(rnd, 0, 10)}`, account_language: 'en',
    });
    const file = join(images, `${userid(i)}.jpg`);
    if (reuse.includes(i)) {
      // One StyleGAN face for the whole group: identical bytes, and every third a recompressed, smaller copy.
      const src = gan[0]!;
      if ((i - reuse[0]!) % 3 === 2) writeFileSync(file, await sharp(src).resize(200, 200).jpeg({ quality: 70 }).toBuffer());
      else copyFileSync(src, file);
    } else if (i === n - 1) truth.noImage.push(handle(i));
    else if (i === n - 2) {
      writeFileSync(join(images, `${userid(i)}.png`), 'not an image at all');
      truth.broken.push(`profile_images/${userid(i)}.png`);
    } else if (i === n - 3) {
      writeFileSync(file, readFileSync(gan[1]!).subarray(0, 2_000));
      truth.broken.push(`profile_images/${userid(i)}.jpg`);
    } else if (i === n - 4) {
      writeFileSync(file, new Uint8Array(0));
      truth.broken.push(`profile_images/${userid(i)}.jpg`);
    } else copyFileSync(face(networked || rnd() < 0.1), file);
  }
  const tweets: Record<string, string | number>[] = [];
  const hhmm = (minute: number): string => `${String(Math.floor(minute / 60) % 24).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
  const tweet = (i: number, text: string, day: string, tags: string[], at = randInt(rnd, 0, 24 * 60), retweetOf: string | null = null): void => {
    tweets.push({
      tweetid: String(9_000_000 + tweets.length), userid: userid(i), user_screen_name: handle(i), tweet_text: retweetOf ? `RT @origin: ${text}` : text,
      tweet_time: `${day} ${hhmm(at)}`, hashtags: `[${tags.join(', ')}]`, is_retweet: retweetOf ? 'True' : 'False', retweet_tweetid: retweetOf ?? '',
    });
  };
  // A network posts together again and again: two templates, one tag set on two days, six reposts in minutes.
  const templates = [sentence(18, 26), sentence(18, 26)];
  const campaignTags = [words[1900]!, words[1950]!, words[1999]!];
  for (const [k, template] of templates.entries()) for (const i of ring) tweet(i, i % 3 === 0 ? template : `${template} ${word()}`, DAYS[1 - k]!, []);
  for (const day of [DAYS[2]!, DAYS[3]!]) for (const i of burst) tweet(i, sentence(8, 16), day, [...campaignTags].sort(() => rnd() - 0.5));
  for (let k = 0; k < 6; k++) {
    const minute = 60 * (8 + 2 * k);
    const text = sentence(10, 20);
    for (const i of corepost) tweet(i, text, DAYS[k % DAYS.length]!, [], minute + randInt(rnd, 0, 4), String(7_000_000 + k));
  }
  // Ordinary people repost a few viral posts, each at its own time of day: no evidence of anything.
  const viral = Array.from({ length: 5 }, (_, k) => ({ id: String(8_000_000 + k), text: sentence(10, 20), day: pick(rnd, DAYS), minute: randInt(rnd, 0, 20 * 60) }));
  while (tweets.length < opts.tweets) {
    const i = randInt(rnd, 0, n);
    if (rnd() < 0.15) {
      const v = pick(rnd, viral);
      tweet(i, v.text, v.day, [], v.minute + randInt(rnd, 0, 180), v.id);
      continue;
    }
    const tags = rnd() < 0.3 ? [...new Set(Array.from({ length: randInt(rnd, 1, 3) }, () => words[Math.floor(40 * rnd())]!))] : [];
    tweet(i, sentence(4, 28), pick(rnd, DAYS), tags);
  }
  writeFileSync(join(dir, 'synthetic_users_csv_hashed.csv'), Papa.unparse(users));
  writeFileSync(join(dir, 'synthetic_tweets_csv_hashed.csv'), Papa.unparse(tweets));
  writeFileSync(join(dir, 'truth.json'), `${JSON.stringify(truth, null, 2)}\n`);
  return truth;
}

if (process.argv[1]?.endsWith('make-archive.ts')) {
  const [dir, accounts = '2000', tweets = '20000'] = process.argv.slice(2);
  if (!dir) throw new Error('usage: npx tsx cli/batch/testing/make-archive.ts DIR [ACCOUNTS] [TWEETS]');
  const truth = await makeArchive(dir, { accounts: Number(accounts), tweets: Number(tweets) });
  console.log(`${accounts} accounts, ${tweets} tweets → ${dir} (ring ${truth.ring.length}, burst ${truth.burst.length}, reuse ${truth.reuse.length}, broken ${truth.broken.length})`);
}
