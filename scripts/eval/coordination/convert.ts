/**
 * Each source format → rows of an information-operations style tweets CSV, the form `sockscope batch`
 * reads. Retweets keep what each source says of them (a flag, the original's id and author, or only the text).
 */
import { execFileSync } from 'node:child_process';
import Papa from 'papaparse';
import { readRdaFrames } from './r-data';

/** One tweet in the archive's columns. */
export interface ArchiveTweet {
  tweetid: string;
  userid: string;
  screenName: string;
  displayName: string;
  created: string;
  text: string;
  /** "YYYY-MM-DD HH:MM[:SS]" UTC, as the releases write it. */
  time: string;
  hashtags: string;
  isRetweet: boolean;
  retweetTweetid: string;
  retweetUserid: string;
}

/** A file of the source, as bytes. */
export interface SourceFile {
  path: string;
  bytes: Buffer;
}

/** What a data set's entry in the manifest may add to its format. */
export interface FormatOptions {
  month?: string;
  bot?: string;
}

const csv = (b: Buffer): Record<string, string>[] => Papa.parse<Record<string, string>>(b.toString('utf8').replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;

/** "2021-09-22T16:38:35.000Z" or "Tue Oct 07 19:55:59 +0000 2014" → "2021-09-22 16:38:35". */
function releaseTime(t: string): string {
  if (/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}/.test(t)) return t;
  const ms = Date.parse(t);
  return Number.isFinite(ms) ? new Date(ms).toISOString().slice(0, 19).replace('T', ' ') : '';
}

const blank = (t: Partial<ArchiveTweet>): ArchiveTweet => ({
  tweetid: '', userid: '', screenName: '', displayName: '', created: '', text: '', time: '', hashtags: '', isRetweet: false, retweetTweetid: '', retweetUserid: '', ...t,
});

/** Twitter's own release columns: taken as they are. */
function* ioCsv(files: readonly SourceFile[]): Generator<ArchiveTweet> {
  for (const f of files)
    for (const r of csv(f.bytes))
      yield blank({
        tweetid: r.tweetid ?? '', userid: r.userid ?? '', screenName: r.user_screen_name ?? r.userid ?? '', displayName: r.user_display_name ?? '', created: r.account_creation_date ?? '',
        text: r.tweet_text ?? '', time: r.tweet_time ?? '', hashtags: r.hashtags ?? '', isRetweet: /^true$/i.test(r.is_retweet ?? ''), retweetTweetid: r.retweet_tweetid ?? '', retweetUserid: r.retweet_userid ?? '',
      });
}

/** FiveThirtyEight's IRA columns, one file per author: post_type R is a retweet, whose content is the original's text. */
function* ira538(files: readonly SourceFile[], o: FormatOptions): Generator<ArchiveTweet> {
  for (const f of files) {
    if (!f.path.includes('/')) continue;
    let n = 0;
    for (const r of csv(f.bytes)) {
      n++;
      if (o.month && !(r.publish_date ?? '').startsWith(o.month)) continue;
      const author = r.author_id ?? '';
      // Content is quoted with single quotes in some rows ('…'), a leftover of the reorganisation.
      const text = (r.content ?? '').replace(/^'(.*)'$/s, '$1');
      yield blank({ tweetid: `${f.path}#${n}`, userid: author, screenName: author, text, time: r.publish_date ?? '', isRetweet: r.post_type === 'R' || r.retweet === '1' });
    }
  }
}

/** Chua Chin Hon's samples: the real users' tweets, or the release rows marked bot_or_not = `bot`. */
function* cch(files: readonly SourceFile[], o: FormatOptions): Generator<ArchiveTweet> {
  const seen = new Set<string>();
  for (const f of files)
    for (const r of csv(f.bytes)) {
      if (o.bot !== undefined && r.bot_or_not !== o.bot) continue;
      if (o.bot === undefined && r.bot_or_not !== undefined && r.bot_or_not !== '0') continue;
      if (!r.tweetid || seen.has(r.tweetid)) continue;
      seen.add(r.tweetid);
      const text = r.tweet_text ?? '';
      yield blank({ tweetid: r.tweetid, userid: r.user_screen_name ?? '', screenName: r.user_screen_name ?? '', text, time: releaseTime(r.tweet_time ?? ''), isRetweet: /^RT @/.test(text) });
    }
}

interface V2User {
  username?: string;
  name?: string;
  created_at?: string;
}

interface V2Tweet {
  id?: string;
  author_id?: string;
  text?: string;
  created_at?: string;
  referenced_tweets?: { type: string; id: string }[];
  entities?: { hashtags?: { tag: string }[] };
  author?: V2User;
}

/** twarc's Twitter API v2 output (a response per line, or one flattened tweet per line). */
function* twarcJsonl(files: readonly SourceFile[]): Generator<ArchiveTweet> {
  const tweets = new Map<string, V2Tweet>();
  const users = new Map<string, V2User>();
  const included = new Map<string, V2Tweet>();
  for (const f of files)
    for (const line of f.bytes.toString('utf8').split('\n')) {
      if (!line.trim()) continue;
      let o: { data?: V2Tweet | V2Tweet[]; includes?: { users?: ({ id: string } & V2User)[]; tweets?: V2Tweet[] } } & V2Tweet;
      try {
        o = JSON.parse(line) as typeof o;
      } catch {
        continue;
      }
      const data = o.data ? (Array.isArray(o.data) ? o.data : [o.data]) : o.id && o.author_id ? [o] : [];
      for (const t of data) if (t.id && t.author_id) tweets.set(t.id, t);
      for (const u of o.includes?.users ?? []) users.set(u.id, u);
      for (const t of o.includes?.tweets ?? []) if (t.id) included.set(t.id, t);
      if (o.author && o.author_id) users.set(o.author_id, o.author);
    }
  for (const t of tweets.values()) {
    const u = users.get(t.author_id ?? '') ?? t.author ?? {};
    const rt = t.referenced_tweets?.find((r) => r.type === 'retweeted');
    const original = rt ? included.get(rt.id) ?? tweets.get(rt.id) : undefined;
    yield blank({
      tweetid: t.id ?? '', userid: t.author_id ?? '', screenName: u.username ?? t.author_id ?? '', displayName: u.name ?? '', created: (u.created_at ?? '').slice(0, 10),
      text: t.text ?? '', time: releaseTime(t.created_at ?? ''), hashtags: JSON.stringify((t.entities?.hashtags ?? []).map((h) => h.tag)).replace(/"/g, "'"),
      isRetweet: rt !== undefined, retweetTweetid: rt?.id ?? '', retweetUserid: original?.author_id ?? '',
    });
  }
}

/** CooRTweet's data: retweets only, with the retweeted post's hashed id and the time. */
function* coortweetRda(files: readonly SourceFile[]): Generator<ArchiveTweet> {
  for (const f of files) {
    const raw = execFileSync('xz', ['-dc'], { input: f.bytes, maxBuffer: 1 << 30 });
    for (const cols of readRdaFrames(raw).values()) {
      const object = cols.get('object_id') as (string | null)[];
      const account = cols.get('account_id') as (string | null)[];
      const content = cols.get('content_id') as (string | null)[];
      const time = cols.get('timestamp_share') as (number | null)[];
      for (let i = 0; i < object.length; i++) {
        const at = time[i];
        yield blank({
          tweetid: content[i] ?? '', userid: account[i] ?? '', screenName: account[i] ?? '', time: at === null || at === undefined ? '' : new Date(at * 1000).toISOString().slice(0, 19).replace('T', ' '),
          isRetweet: true, retweetTweetid: object[i] ?? '',
        });
      }
    }
  }
}

/** Tweets of a data set in one of the manifest's formats. */
export function convertTweets(format: string, files: readonly SourceFile[], o: FormatOptions): Iterable<ArchiveTweet> {
  switch (format) {
    case 'io-csv':
      return ioCsv(files);
    case 'ira-538':
      return ira538(files, o);
    case 'cch':
      return cch(files, o);
    case 'twarc-jsonl':
      return twarcJsonl(files);
    case 'coortweet-rda':
      return coortweetRda(files);
    default:
      throw new Error(`[sockscope:eval] unknown tweets format ${format}`);
  }
}

/** Posts of a text-only data set (the per-script text limits). */
export function convertTexts(format: string, files: readonly SourceFile[]): string[] {
  if (format === 'lines') return files.flatMap((f) => f.bytes.toString('utf8').split('\n')).map((s) => s.trim()).filter(Boolean);
  if (format === 'weibo-csv') return files.flatMap((f) => csv(f.bytes).map((r) => (r['微博正文'] ?? '').trim())).filter(Boolean);
  throw new Error(`[sockscope:eval] unknown text format ${format}`);
}
