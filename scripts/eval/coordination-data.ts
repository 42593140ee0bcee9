/**
 * Writes the real data sets of scripts/eval/coordination-sources.json, outside the repository, as
 * information-operations style archives (users.csv + tweets.csv per data set) or, for the text-only
 * sets, texts.json. Each source is read at its recorded commit from a bare clone.
 *
 *   npx tsx scripts/eval/coordination-data.ts --clones DIR [--out DIR] [ID...]
 *
 * DIR holds `git clone --bare` copies of the manifest's repositories (owner+name/repo, owner/name.git or name.git).
 * --out defaults to $SOCKSCOPE_COORDINATION_DATA, else ../data-coordination beside the repository.
 */
import { mkdirSync, writeFileSync, createWriteStream, type WriteStream } from 'node:fs';
import { join } from 'node:path';
import { convertTexts, convertTweets, type ArchiveTweet, type SourceFile } from './coordination/convert';
import { findClone, listPaths, readBlobs } from './coordination/git-source';
import { coordinationDataDir, loadSources, type DataSource } from './coordination/sources';

const TWEET_COLUMNS = ['tweetid', 'userid', 'user_screen_name', 'tweet_text', 'tweet_time', 'hashtags', 'is_retweet', 'retweet_tweetid', 'retweet_userid'];
const USER_COLUMNS = ['userid', 'user_screen_name', 'user_display_name', 'account_creation_date'];

const cell = (v: string): string => (/[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
const line = (cells: readonly string[]): string => `${cells.map(cell).join(',')}\n`;

async function* sourceFiles(ds: DataSource, clones: string): AsyncGenerator<SourceFile> {
  const dir = findClone(clones, ds.repo);
  if (!dir) throw new Error(`[sockscope:eval] no clone of ${ds.repo} under ${clones}`);
  const paths = listPaths(dir, ds.commit, ds.paths);
  if (paths.length === 0) throw new Error(`[sockscope:eval] ${ds.repo}@${ds.commit}: nothing matches ${ds.paths.join(', ')}`);
  const absent: string[] = [];
  for await (const { path, bytes } of readBlobs(dir, ds.commit, paths)) {
    if (bytes) yield { path, bytes };
    else absent.push(path);
  }
  // A shallow snapshot may lack its largest files: say which, so the figures are read with that in mind.
  if (absent.length === paths.length) throw new Error(`[sockscope:eval] ${ds.repo}@${ds.commit}: none of ${ds.paths.join(', ')} is stored in the clone`);
  if (absent.length > 0) console.warn(`${ds.id}: ${absent.length} of ${paths.length} files are not in the clone and were left out: ${absent.join(', ')}`);
}

/** Writes one archive data set; returns its tweet and account counts. */
async function writeArchive(ds: DataSource, clones: string, dir: string): Promise<{ tweets: number; users: number }> {
  const out: WriteStream = createWriteStream(join(dir, 'tweets.csv'));
  out.write(line(TWEET_COLUMNS));
  const users = new Map<string, ArchiveTweet>();
  let tweets = 0;
  const write = (t: ArchiveTweet): void => {
    if (!t.userid) return;
    tweets++;
    if (!users.has(t.userid)) users.set(t.userid, t);
    out.write(line([t.tweetid, t.userid, t.screenName, t.text, t.time, t.hashtags, t.isRetweet ? 'True' : 'False', t.retweetTweetid, t.retweetUserid]));
  };
  // A release split into one file per author is converted file by file; the others need all their files at once.
  if (ds.format === 'ira-538') {
    for await (const f of sourceFiles(ds, clones)) for (const t of convertTweets(ds.format, [f], ds)) write(t);
  } else {
    const files: SourceFile[] = [];
    for await (const f of sourceFiles(ds, clones)) files.push(f);
    for (const t of convertTweets(ds.format, files, ds)) write(t);
  }
  await new Promise<void>((r) => out.end(r));
  const u = [line(USER_COLUMNS), ...[...users.values()].map((t) => line([t.userid, t.screenName, t.displayName, t.created]))];
  writeFileSync(join(dir, 'users.csv'), u.join(''));
  return { tweets, users: users.size };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const flag = (name: string): string | undefined => {
    const i = args.indexOf(name);
    if (i < 0) return undefined;
    const v = args[i + 1];
    args.splice(i, 2);
    return v;
  };
  const clones = flag('--clones');
  const outRoot = flag('--out') ?? coordinationDataDir();
  if (!clones) throw new Error('usage: coordination-data.ts --clones DIR [--out DIR] [ID...]');
  const wanted = new Set(args);
  for (const ds of loadSources()) {
    if (wanted.size > 0 && !wanted.has(ds.id)) continue;
    const dir = join(outRoot, ds.id);
    mkdirSync(dir, { recursive: true });
    const t0 = Date.now();
    if (ds.role === 'text') {
      const files: SourceFile[] = [];
      for await (const f of sourceFiles(ds, clones)) files.push(f);
      const texts = convertTexts(ds.format, files);
      writeFileSync(join(dir, 'texts.json'), JSON.stringify(texts));
      console.log(`${ds.id}: ${texts.length} posts (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
      continue;
    }
    const n = await writeArchive(ds, clones, dir);
    writeFileSync(join(dir, 'source.json'), JSON.stringify(ds, null, 2));
    console.log(`${ds.id}: ${n.tweets} tweets, ${n.users} accounts (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
