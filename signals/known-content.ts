import { estimateJaccard } from './minhash';
import { hamming } from './phash';
import { REUSE_MAX_BITS } from './reused-avatar';
import type { KnownTweet } from './io-tweets';
import { KNOWN_MIN_CHARS } from './io-tweets';
import { signalResult, type SignalResult } from '../core/evidence';
import { said, type Said } from '../core/i18n/said';

/** An account's own post, as far as matching needs it. */
export interface OwnPost {
  textLength: number;
  minhash: number[] | null;
  tagsKey?: string | undefined;
}

/** A picture of the known network (an archive image). */
export interface KnownPicture {
  source: string;
  file: string;
  phash: string;
}

/** One match, with the archive row it cites. */
export type KnownMatch =
  | { kind: 'text'; tweet: KnownTweet; jaccard: number }
  | { kind: 'hashtags'; tweet: KnownTweet; accounts: number }
  | { kind: 'picture'; picture: KnownPicture; bits: number };

export const KNOWN_CONTENT = {
  /** Same bar as copied text (docs/risk-defaults.md). */
  minJaccard: 0.8,
  /** A tag set counts when at least this many archive accounts used it: a habit of the network, not one user's. */
  minTagAccounts: 2,
  threshold: 0.5,
  /** Score per kind of match; two kinds together give 1. */
  score: { oneText: 0.75, texts: 1, hashtags: 0.5, picture: 1 },
} as const;

const account = (t: KnownTweet): Said => (t.screenName ? said('reasonAccount', `@${t.screenName}`) : t.userid ? said('knownUser', t.userid) : said('knownArchiveAccount'));
const who = (t: KnownTweet): Said => (t.time ? said('knownWhoOn', account(t), { day: t.time.slice(0, 10) }) : account(t));
const cite = (t: KnownTweet): Said => (t.tweetid ? said('knownCiteTweet', t.source, t.row, t.tweetid) : said('knownCite', t.source, t.row));

/**
 * Matches an account's posts and pictures against a known network's archive: near-copies (estimated
 * Jaccard ≥ 0.8, ≥ 40 characters) of its tweets, its hashtag sets used by ≥ 2 of its accounts, and its
 * pictures (phash within the reuse threshold). `candidates` are the archive rows sharing an LSH key or
 * a tag set with the posts (the store's indexes find them). Every match cites its archive row.
 */
export function matchKnownContent(own: readonly OwnPost[], candidates: readonly KnownTweet[], phashes: readonly string[], pictures: readonly KnownPicture[]): SignalResult & { matches: KnownMatch[] } {
  const matches: KnownMatch[] = [];
  const textRows = new Set<string>();
  for (const p of own) {
    if (!p.minhash || p.textLength < KNOWN_MIN_CHARS) continue;
    for (const t of candidates) {
      if (!t.minhash || textRows.has(`${t.source}|${t.row}`)) continue;
      const j = estimateJaccard(p.minhash, t.minhash);
      if (j >= KNOWN_CONTENT.minJaccard) {
        textRows.add(`${t.source}|${t.row}`);
        matches.push({ kind: 'text', tweet: t, jaccard: j });
      }
    }
  }
  const ownSets = new Set(own.flatMap((p) => (p.tagsKey ? [p.tagsKey] : [])));
  for (const key of ownSets) {
    const rows = candidates.filter((t) => t.tagsKey === key);
    const accounts = new Set(rows.map((t) => t.userid ?? t.screenName ?? `${t.row}`)).size;
    if (rows[0] && accounts >= KNOWN_CONTENT.minTagAccounts) matches.push({ kind: 'hashtags', tweet: rows[0], accounts });
  }
  for (const h of phashes)
    for (const pic of pictures) {
      const bits = hamming(h, pic.phash);
      if (bits <= REUSE_MAX_BITS) matches.push({ kind: 'picture', picture: pic, bits });
    }
  const s = KNOWN_CONTENT.score;
  const texts = matches.filter((m) => m.kind === 'text').length;
  const kinds = new Set(matches.map((m) => m.kind)).size;
  const best = Math.max(texts >= 2 ? s.texts : texts === 1 ? s.oneText : 0, matches.some((m) => m.kind === 'hashtags') ? s.hashtags : 0, matches.some((m) => m.kind === 'picture') ? s.picture : 0);
  const score = kinds >= 2 ? 1 : best;
  if (matches.length === 0) return { ...signalResult('known-content', 0, KNOWN_CONTENT.threshold, 'Nothing matches an imported archive'), matches };
  const parts = matches.slice(0, 3).map((m) =>
    m.kind === 'text'
      ? said('knownText', who(m.tweet), cite(m.tweet), `${m.tweet.excerpt.slice(0, 60)}…`)
      : m.kind === 'hashtags'
        ? said('knownHashtags', m.tweet.tagsKey ?? '', m.accounts, cite(m.tweet))
        : said('knownPicture', m.picture.file, m.picture.source),
  );
  const more = matches.length > 3 ? said('knownMore', matches.length - 3) : '';
  return { ...signalResult('known-content', score, KNOWN_CONTENT.threshold, said('reasonKnownContent', { all: parts }, more)), matches };
}
