import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatReport } from '../../../utils/import/csv-report';
import { archiveFiles, archiveHashtags, archiveTime, openArchive } from './io-archive';
import { safeEntryPath } from './unzip';

describe('IO archive cells', () => {
  it('reads the archives\' zone-less UTC times', () => {
    expect(archiveTime('2019-05-01 12:34')).toBe('2019-05-01T12:34:00.000Z');
    expect(archiveTime('2019-05-01 12:34:56')).toBe('2019-05-01T12:34:56.000Z');
    expect(archiveTime('2019-05-01T12:34:00+02:00')).toBe('2019-05-01T10:34:00.000Z');
    expect(archiveTime('yesterday')).toBeNull();
    expect(archiveTime(null)).toBeNull();
  });

  it('reads both spellings of the hashtags cell, and the text when there is no cell', () => {
    expect(archiveHashtags('[Tag1, tag2]', null)).toEqual(['Tag1', 'tag2']);
    expect(archiveHashtags("['a', '#b', 'A']", null)).toEqual(['a', 'b']);
    expect(archiveHashtags('[]', '#ignored')).toEqual([]);
    expect(archiveHashtags(null, 'so #true and #Same #same')).toEqual(['true', 'Same']);
  });

  it('finds the users and tweets CSVs by name', () => {
    expect(archiveFiles(['x_tweets_csv_hashed_2.csv', 'x_users_csv_hashed.csv', 'x_tweets_csv_hashed_1.csv', 'notes.txt'])).toEqual({
      users: 'x_users_csv_hashed.csv', tweets: ['x_tweets_csv_hashed_1.csv', 'x_tweets_csv_hashed_2.csv'],
    });
    expect(archiveFiles(['images.csv'])).toBeNull();
  });

  it('unpacks no zip entry outside its folder', () => {
    expect(safeEntryPath('a/b.jpg')).toBe('a/b.jpg');
    for (const bad of ['../x.jpg', 'a/../../x', '/etc/passwd', 'C:/x', 'dir/', '__MACOSX/a/._b.jpg']) expect(safeEntryPath(bad)).toBeNull();
  });
});

describe('an archive that is not what it seems', () => {
  const archive = (users: string, tweets: string): string => {
    const dir = mkdtempSync(join(tmpdir(), 'sockscope-archive-'));
    writeFileSync(join(dir, 'x_users.csv'), users);
    writeFileSync(join(dir, 'x_tweets.csv'), tweets);
    return dir;
  };
  const drain = async <T>(xs: AsyncIterable<T>): Promise<T[]> => {
    const out: T[] = [];
    for await (const x of xs) out.push(x);
    return out;
  };

  it('refuses a users CSV with none of the expected columns, naming them', async () => {
    const dir = archive('id,name,bio\n1,Anna,hello\n', 'user_screen_name,tweet_text\nanna,hi\n');
    const input = await openArchive(dir, archiveFiles(['x_users.csv', 'x_tweets.csv'])!, []);
    await expect(drain(input.accounts())).rejects.toThrow(/x_users\.csv has none of the columns expected \(user_screen_name, userid\); its header is: id, name, bio/);
  });

  it('counts every row left out of a tweets CSV cut off mid-row, with an unterminated quote and a 5 MB cell', async () => {
    const tweets = ['user_screen_name,userid,tweet_text,tweet_time', 'anna,,first post,2019-11-02 10:00', `anna,,"${'x'.repeat(5_000_000)}`, 'bob,,after the bad quote,2019-11-02 10:01', ',999,by an id no user has,2019-11-02 10:02', 'anna,,cut off mid-row'].join('\n');
    const dir = archive('user_screen_name\nanna\nbob\n\n', tweets);
    const input = await openArchive(dir, archiveFiles(['x_users.csv', 'x_tweets.csv'])!, []);
    expect((await drain(input.accounts())).map((u) => u.handle)).toEqual(['anna', 'bob']);
    const read = await drain(input.tweets());
    expect(read.map((t) => t.text)).toEqual(['first post', 'after the bad quote']);
    const report = input.reports!().find((r) => r.file === 'x_tweets.csv')!;
    expect(report).toMatchObject({ rows: 5, used: 2 });
    expect(input.reports!().find((r) => r.file === 'x_users.csv')).toMatchObject({ rows: 2, used: 2, skipped: {} });
    expect(report.skipped).toEqual({ 'over 64 KiB (a quote left open?)': 1, 'account not in the users CSV': 1, 'cut off (fewer fields than the header)': 1 });
    expect(formatReport(report)).toBe('x_tweets.csv: 5 rows, 2 used, 3 skipped (1 over 64 KiB (a quote left open?); 1 account not in the users CSV; 1 cut off (fewer fields than the header))');
  });
});
