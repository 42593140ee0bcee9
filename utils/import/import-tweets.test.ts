import { describe, expect, it } from 'vitest';
import { importTweetsCsv } from './import-tweets';

async function* chunks(text: string, size = 65_536): AsyncGenerator<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

// Issue 37, finding 5: one unbalanced quote turned the rest of a 1M-row file into one record ("1 rows read, 1 kept").
describe('importTweetsCsv on a hostile archive', () => {
  it('counts an unterminated record as an error and reads the rows after the size cap', async () => {
    const header = 'tweetid,userid,user_screen_name,tweet_text,tweet_time,hashtags,is_retweet\n';
    const row = (i: number) => `${1000 + i},${i},user_${i},"post number ${i}: the same talking points, copied word for word by the campaign",2020-01-01 00:00,[],False\n`;
    const rows = Array.from({ length: 20_000 }, (_, i) => row(i));
    rows[1] = '1001,1,user_1,"an unbalanced quote,2020-01-01 00:00,[],False\n';
    let kept = 0;
    const p = await importTweetsCsv(chunks(header + rows.join('')), { source: 'hostile.csv', sink: async (b) => void (kept += b.length) });
    const errors = Object.entries(p.skipped);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.[0]).toMatch(/64 KiB/);
    expect(errors[0]?.[1]).toBe(1);
    // The cap swallows at most 64 KiB of rows (about a thousand short ones), never the file.
    expect(p.rows).toBeGreaterThan(19_000);
    expect(p.kept).toBeGreaterThan(18_000);
    expect(kept).toBe(p.kept);
  });
});
