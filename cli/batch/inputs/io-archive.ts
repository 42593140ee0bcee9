/**
 * A Twitter information-operations style archive: a users CSV, tweets CSVs and a folder of profile images
 * (named by userid or screen name, or in a folder so named). Column names are the published archives'.
 */
import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { accountKey } from '../../../signals/account-key';
import { repostItem } from '../../../signals/co-repost';
import type { AccountKey } from '../../../core/evidence';
import { tagsInText, uniqueTags } from '../../../utils/dom/hashtags';
import { NO_PROFILE, type IoProfile } from '../../../utils/export/types';
import type { InputImage } from '../image-row';
import { csvRows, field } from './csv-rows';
import { csvReport, skipRow, type CsvReport } from '../../../utils/import/csv-report';
import type { BatchInput, TweetRecord, UserRecord } from './types';
import { walkImages } from './walk-images';

/** The users CSV's account columns, and what a tweets CSV must hold besides one of them. */
const USER_COLUMNS = ['user_screen_name', 'userid'];
const TWEET_CONTENT = ['tweet_text', 'retweet_tweetid'];

/** Tweets per CSV file that `seq` leaves room for (file index × this + row). */
const ROWS_PER_FILE = 2 ** 32;

/** The users and tweets CSVs of an archive folder, or null when it is not one. */
export function archiveFiles(names: readonly string[]): { users: string; tweets: string[] } | null {
  const csv = names.filter((n) => n.toLowerCase().endsWith('.csv')).sort();
  const users = csv.find((n) => /users/i.test(basename(n)));
  const tweets = csv.filter((n) => /tweets/i.test(basename(n)));
  return users ? { users, tweets } : null;
}

function profileOf(row: Record<string, string>): IoProfile {
  const count = (k: string): number | null => {
    const v = Number(field(row, k));
    return field(row, k) !== null && Number.isFinite(v) ? v : null;
  };
  return {
    ...NO_PROFILE,
    userid: field(row, 'userid'), reportedLocation: field(row, 'user_reported_location'), profileDescription: field(row, 'user_profile_description'),
    followerCount: count('follower_count'), followingCount: count('following_count'), accountCreationDate: field(row, 'account_creation_date'), accountLanguage: field(row, 'account_language'),
  };
}

/** "2019-05-01 12:34" (the archives' UTC time without a zone) → ISO 8601; null when it does not parse. */
export function archiveTime(text: string | null): string | null {
  if (!text) return null;
  const iso = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(text) ? `${text.replace(' ', 'T')}Z` : text;
  const t = Date.parse(iso);
  return Number.isFinite(t) ? new Date(t).toISOString() : null;
}

/** The archives' hashtags cell ("[a, b]" or "['a', 'b']"); the text's own #tags when the cell is absent. */
export function archiveHashtags(cell: string | null, text: string | null): string[] {
  if (cell === null) return uniqueTags(tagsInText(text ?? ''));
  const inner = cell.replace(/^\[|\]$/g, '');
  return uniqueTags(inner.split(',').map((t) => t.trim().replace(/^['"]|['"]$/g, '').replace(/^#/, '')));
}

/** Opens the archive in `root`; `skip` is the output folder when it sits inside the input. */
export async function openArchive(root: string, files: { users: string; tweets: string[] }, skip: readonly string[]): Promise<BatchInput> {
  const byName = new Map<string, string[]>();
  const hash = createHash('sha256').update('io-archive\n');
  for (const f of [files.users, ...files.tweets]) hash.update(`${f}\t${statSync(join(root, f)).size}\n`);
  for await (const path of walkImages(root, skip)) {
    hash.update(`${path}\n`);
    // An image belongs to the account its file is named after, or the folder it sits in.
    for (const name of [basename(path, extname(path)), basename(dirname(path))]) {
      const list = byName.get(name.toLowerCase());
      if (list) list.push(path);
      else byName.set(name.toLowerCase(), [path]);
    }
  }
  const usersCsv = join(root, files.users);
  // The latest complete reading of each file, by name: what the run tells the user it read and left out.
  const reports = new Map<string, CsvReport>();
  // Each account once, in the users CSV's order: a handle listed twice is the same account.
  async function* userRows(report = csvReport(files.users)): AsyncGenerator<{ row: Record<string, string>; handle: string; key: AccountKey }> {
    const seen = new Set<string>();
    for await (const row of csvRows(usersCsv, { require: [USER_COLUMNS], report })) {
      const handle = field(row, ...USER_COLUMNS);
      if (!handle) {
        skipRow(report, 'no user_screen_name or userid');
        continue;
      }
      const key = accountKey('x', handle);
      if (seen.has(key)) {
        skipRow(report, 'the same account listed again');
        continue;
      }
      seen.add(key);
      report.used++;
      yield { row, handle, key };
    }
  }
  async function* accounts(): AsyncGenerator<UserRecord> {
    const report = csvReport(files.users);
    for await (const { row, handle, key } of userRows(report)) {
      yield { key, handle, displayName: field(row, 'user_display_name'), profileUrl: field(row, 'user_profile_url'), profile: profileOf(row) };
    }
    if (report.used === 0) throw new Error(`[sockscope:batch] ${files.users} names no account (${report.rows} rows, none with a user_screen_name or userid)`);
    reports.set(files.users, report);
  }
  async function* images(): AsyncGenerator<InputImage> {
    for await (const { row, handle, key } of userRows()) {
      const paths = new Set([field(row, 'userid'), handle].flatMap((n) => (n ? byName.get(n.toLowerCase()) ?? [] : [])));
      for (const path of [...paths].sort()) yield { key, path, url: null, file: join(root, path), accountKey: key, missing: null };
    }
  }
  async function* tweets(): AsyncGenerator<TweetRecord> {
    const byUserid = new Map<string, AccountKey>();
    for await (const u of csvRows(usersCsv)) {
      const id = field(u, 'userid');
      const handle = field(u, 'user_screen_name') ?? id;
      if (id && handle) byUserid.set(id, accountKey('x', handle));
    }
    for (const [f, file] of files.tweets.entries()) {
      let row = 0;
      const report = csvReport(file);
      for await (const t of csvRows(join(root, file), { require: [USER_COLUMNS, TWEET_CONTENT], report })) {
        const seq = f * ROWS_PER_FILE + row++;
        const handle = field(t, 'user_screen_name');
        const key = handle ? accountKey('x', handle) : byUserid.get(field(t, 'userid') ?? '');
        if (!key) {
          skipRow(report, handle || field(t, 'userid') ? 'account not in the users CSV' : 'no user_screen_name or userid');
          continue;
        }
        report.used++;
        const text = field(t, 'tweet_text');
        const repost = repostItem({ text, isRetweet: /^(true|1|yes)$/i.test(field(t, 'is_retweet') ?? ''), originalId: field(t, 'retweet_tweetid'), originalAuthor: field(t, 'retweet_userid') });
        yield { accountKey: key, seq, text, time: archiveTime(field(t, 'tweet_time')), hashtags: archiveHashtags(t.hashtags === undefined || !t.hashtags.trim() ? null : t.hashtags.trim(), text), repost };
      }
      reports.set(file, report);
    }
  }
  return { kind: 'io-archive', root, fingerprint: hash.digest('hex'), accounts, images, tweets, reports: () => [...reports.values()] };
}
