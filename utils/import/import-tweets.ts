import Papa from 'papaparse';
import { knownTweetOf, type KnownTweet } from '../../signals/io-tweets';
import { csvChunks } from './csv-chunks';

/** How far an import has got, for a progress bar. */
export interface ImportProgress {
  rows: number;
  kept: number;
  bytes: number;
  /** null when the size isn't known (a pipe). */
  totalBytes: number | null;
}

export interface ImportTweetsOptions {
  /** The archive's name, cited in reasons. */
  source: string;
  totalBytes?: number | null;
  /** Receives kept tweets in batches; awaited, so a slow store slows the reading (bounded memory). */
  sink: (batch: KnownTweet[]) => Promise<void>;
  /** Further filter (the CLI keeps only rows that can match the pages it read). */
  keep?: (t: KnownTweet) => boolean;
  onProgress?: (p: ImportProgress) => void;
  batchSize?: number;
}

/**
 * Streams a Twitter information-operations tweets CSV (tweetid, userid, user_screen_name, tweet_text,
 * tweet_time, hashtags, is_retweet, …) through knownTweetOf into `sink`, without holding the file.
 */
export async function importTweetsCsv(bytes: AsyncIterable<Uint8Array>, o: ImportTweetsOptions): Promise<ImportProgress> {
  let header: string[] | null = null;
  const p: ImportProgress = { rows: 0, kept: 0, bytes: 0, totalBytes: o.totalBytes ?? null };
  let batch: KnownTweet[] = [];
  const size = o.batchSize ?? 2_000;
  for await (const piece of csvChunks(bytes)) {
    const parsed = Papa.parse<string[]>(piece.text, { header: false, skipEmptyLines: 'greedy' });
    for (const cells of parsed.data) {
      if (!header) {
        header = cells.map((c) => c.trim());
        if (!header.includes('tweet_text')) throw new Error(`[sockscope:import] ${o.source} has no tweet_text column: not an information-operations tweets CSV`);
        continue;
      }
      p.rows++;
      const row: Record<string, string | undefined> = {};
      header.forEach((name, i) => (row[name] = cells[i]));
      const t = knownTweetOf(row, o.source, p.rows);
      if (!t || (o.keep && !o.keep(t))) continue;
      p.kept++;
      batch.push(t);
      if (batch.length >= size) {
        await o.sink(batch);
        batch = [];
      }
    }
    p.bytes = piece.bytes;
    o.onProgress?.({ ...p });
  }
  if (!header) throw new Error(`[sockscope:import] ${o.source} is empty`);
  if (batch.length) await o.sink(batch);
  o.onProgress?.({ ...p });
  return p;
}
