import { knownTweetOf, type KnownTweet } from '../../signals/io-tweets';
import { csvRecords } from './csv-records';
import { fieldCountProblem, missingColumns } from './csv-report';

/** How far an import has got, for a progress bar. */
export interface ImportProgress {
  rows: number;
  kept: number;
  bytes: number;
  /** null when the size isn't known (a pipe). */
  totalBytes: number | null;
  /** Malformed rows left out, by reason (cut off, extra fields, a record past the size cap). */
  skipped: Record<string, number>;
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
  const p: ImportProgress = { rows: 0, kept: 0, bytes: 0, totalBytes: o.totalBytes ?? null, skipped: {} };
  const skip = (reason: string): void => void (p.skipped[reason] = (p.skipped[reason] ?? 0) + 1);
  let batch: KnownTweet[] = [];
  const size = o.batchSize ?? 2_000;
  let lastReport = 0;
  for await (const rec of csvRecords(bytes)) {
    if (!header) {
      if ('malformed' in rec) throw new Error(`[sockscope:import] ${o.source}: its header line is ${rec.malformed}`);
      header = rec.cells.map((c) => c.trim());
      if (!header.includes('tweet_text')) throw missingColumns(o.source, ['tweet_text'], header, 'import');
      continue;
    }
    p.rows++;
    p.bytes = rec.bytes;
    if ('malformed' in rec) {
      skip(rec.malformed);
      continue;
    }
    const problem = fieldCountProblem(rec.cells, header);
    if (problem) {
      skip(problem);
      continue;
    }
    const row: Record<string, string | undefined> = {};
    header.forEach((name, i) => (row[name] = rec.cells[i]));
    const t = knownTweetOf(row, o.source, p.rows);
    if (t && (!o.keep || o.keep(t))) {
      p.kept++;
      batch.push(t);
      if (batch.length >= size) {
        await o.sink(batch);
        batch = [];
      }
    }
    if (p.bytes - lastReport >= 1 << 20) {
      lastReport = p.bytes;
      o.onProgress?.({ ...p, skipped: { ...p.skipped } });
    }
  }
  if (!header) throw new Error(`[sockscope:import] ${o.source} is empty`);
  if (batch.length) await o.sink(batch);
  o.onProgress?.({ ...p, skipped: { ...p.skipped } });
  return p;
}
