import { describe, expect, it } from 'vitest';
import { archiveFiles, archiveHashtags, archiveTime } from './io-archive';
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
