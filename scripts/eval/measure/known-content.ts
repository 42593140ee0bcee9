/**
 * Precision and recall of known-content on seeded synthetic data: an "archive" made of one synthetic
 * network (its copy-paste rings' posts, bursts' tag sets, and a share of famous quotes, as real IO
 * archives hold), continuation accounts that post edited copies, and ordinary accounts of another seed.
 */
import { knownTweetOf, type KnownTweet } from '../../../signals/io-tweets';
import { matchKnownContent, type OwnPost } from '../../../signals/known-content';
import { hashtagSetKey } from '../../../signals/hashtag-burst';
import { lshKeys } from '../../../signals/minhash';
import { mulberry32, pick, randInt } from '../../../signals/testing/prng';
import { syntheticTimeline } from '../../../signals/testing/synthetic-timeline';
import { textFingerprint } from '../../../signals/text-similarity';

const QUOTES = ['the only thing we have to fear is fear itself and nothing more', 'be the change that you wish to see in the world every single day'];

function own(text: string, tags: string[]): OwnPost {
  const fp = textFingerprint(text);
  return { textLength: fp.length, minhash: fp.signature, tagsKey: hashtagSetKey(tags) ?? undefined };
}

/** The edits a continuation account makes to a network line. */
function edit(rnd: () => number, text: string): string {
  const w = text.split(' ');
  switch (randInt(rnd, 0, 4)) {
    case 0: return `${text} 🙏🙏`;
    case 1: return `@friend${randInt(rnd, 1, 99)} ${text} https://t.co/${randInt(rnd, 1e6, 9e6)}`;
    case 2: return w.slice(0, -1).join(' ');
    default: return text.toUpperCase();
  }
}

/** Counts over continuation accounts (positives) and ordinary accounts (negatives). */
export function measureKnownContent(seed = 42): { tp: number; fn: number; fp: number; tn: number; archiveRows: number; kept: number; fpQuotes: number } {
  const rnd = mulberry32(seed);
  const network = syntheticTimeline(seed + 1000, 200);
  const rows: KnownTweet[] = [];
  const networkPosts = network.occurrences.filter((o) => !network.ordinary.includes(o.handle ?? ''));
  let n = 0;
  for (const o of [...networkPosts, ...network.occurrences.filter((o) => network.ordinary.includes(o.handle ?? '')).slice(0, 300)])
    for (const t of [o.text ?? '', ...(rnd() < 0.05 ? [pick(rnd, QUOTES)] : [])]) {
      const row = knownTweetOf({ tweetid: String(++n), userid: o.handle ?? '', user_screen_name: o.handle ?? '', tweet_text: t, hashtags: `[${o.hashtags.join(', ')}]`, tweet_time: o.time ?? '' }, 'synthetic', n);
      if (row) rows.push(row);
    }
  const byKey = new Map<string, KnownTweet[]>();
  for (const r of rows) for (const k of [...r.lshKeys, ...(r.tagsKey ? [`tags:${r.tagsKey}`] : [])]) byKey.set(k, [...(byKey.get(k) ?? []), r]);
  const fired = (posts: OwnPost[]): boolean => {
    const cands = new Set<KnownTweet>();
    for (const p of posts) {
      if (p.minhash) for (const k of lshKeys(p.minhash)) for (const r of byKey.get(k) ?? []) cands.add(r);
      if (p.tagsKey) for (const r of byKey.get(`tags:${p.tagsKey}`) ?? []) cands.add(r);
    }
    return matchKnownContent(posts, [...cands], [], []).fired;
  };
  const ringTexts = networkPosts.filter((o) => (o.text ?? '').length >= 60).map((o) => o.text!);
  const burstTags = networkPosts.filter((o) => o.hashtags.length >= 2).map((o) => o.hashtags);
  let tp = 0, fn = 0, fp = 0, tn = 0, fpQuotes = 0;
  for (let i = 0; i < 200; i++) {
    // A continuation account: edited network lines (two in three), or the network's tag sets on new text.
    const posts = rnd() < 0.67 ? Array.from({ length: randInt(rnd, 1, 4) }, () => own(edit(rnd, pick(rnd, ringTexts)), [])) : [own(`new words of our own number ${i} for today`, pick(rnd, burstTags))];
    if (fired(posts)) tp++;
    else fn++;
  }
  const ordinary = syntheticTimeline(seed, 1000);
  for (const h of ordinary.ordinary) {
    const mine = ordinary.occurrences.filter((o) => o.handle === h);
    const hit = fired(mine.map((o) => own(o.text ?? '', o.hashtags)));
    if (hit) {
      fp++;
      if (mine.some((o) => QUOTES.includes(o.text ?? ''))) fpQuotes++;
    } else tn++;
  }
  return { tp, fn, fp, tn, archiveRows: n, kept: rows.length, fpQuotes };
}
