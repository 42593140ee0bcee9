import { describe, expect, it } from 'vitest';
import { openEvidenceDb } from './open';
import { freshFactory, occurrence } from './testing';
import { importArchive } from './known-tweets';
import { getMeta } from './meta';
import { recordObservations } from './record-observation';
import { knownContentFor } from './known-content';
import { csvRecords } from '../import/csv-records';

const TEXT = 'The so-called independent media keep hiding the truth about the elections, wake up people';
const CSV = `\ufefftweetid,userid,user_screen_name,tweet_text,tweet_time,hashtags,is_retweet\r
1,u1,net_a,"${TEXT}",2019-03-02 10:00,[],False\r
2,u2,net_b,"A tweet with a line break
inside its quoted text, long enough to be compared with others",2019-03-03 10:00,"[a, b]",False\r
3,u3,net_c,"RT @outlet: ${TEXT}",2019-03-04 10:00,[],True\r
`;

/** The CSV in pieces of `size` bytes, cutting anywhere (inside quotes and multi-byte characters too). */
async function* pieces(text: string, size: number): AsyncGenerator<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

describe('streamed archive import', () => {
  it('reads the same records whatever the source chunk size', async () => {
    const read = async (size: number) => {
      const out: string[][] = [];
      for await (const r of csvRecords(pieces(CSV, size))) if ('cells' in r) out.push(r.cells);
      return out;
    };
    const whole = await read(10_000);
    expect(whole).toHaveLength(4);
    expect(whole[2]?.[3]).toContain('line break\ninside');
    for (const size of [1, 7, 64]) expect(await read(size), `chunk size ${size}`).toEqual(whole);
  });

  it('imports rows in batches with progress, skipping retweets, and a post matching a row gets known-content', async () => {
    const db = await openEvidenceDb(freshFactory());
    const seen: number[] = [];
    const p = await importArchive(db, pieces(CSV, 16), { source: 'io.csv', totalBytes: new TextEncoder().encode(CSV).length, onProgress: (x) => seen.push(x.bytes), batchSize: 1 }, 5);
    expect(p).toMatchObject({ rows: 3, kept: 2 });
    expect(seen.at(-1)).toBe(p.totalBytes);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(await getMeta(db, 'knownArchives')).toEqual([{ source: 'io.csv', rows: 3, kept: 2, importedAt: 5 }]);
    // Importing the same file again replaces it.
    await importArchive(db, pieces(CSV, 1_000), { source: 'io.csv' }, 6);
    expect(await db.count('knownTweets')).toBe(2);
    await recordObservations(db, [occurrence({ handle: 'copier', text: `${TEXT}!` })], 'https://x.com/home', 1);
    const own = await db.getAllFromIndex('observations', 'byAccount', 'x:copier');
    const r = await knownContentFor(db, own, await db.get('accounts', 'x:copier'));
    expect(r.fired).toBe(true);
    expect(r.reason).toMatch(/@net_a on 2019-03-02 \(io\.csv row 1, tweet 1\)/);
    db.close();
  });

  it('refuses a file that is not a tweets CSV, naming the unit', async () => {
    const db = await openEvidenceDb(freshFactory());
    await expect(importArchive(db, pieces('userid,user_screen_name\n1,a\n', 8), { source: 'users.csv' })).rejects.toThrow(/\[sockscope:import\] users\.csv has none of the columns expected \(tweet_text\)/);
    db.close();
  });
});
