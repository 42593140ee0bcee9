/** Shared by the batch tests: a generated archive, runs of the real command, and tables read back. */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { outLayout } from '../layout';
import { parquetFiles, readParquet } from '../parquet/read-parquet';
import type { Row } from '../parquet/types';
import { lineProgress } from '../progress';
import { runBatch } from '../run-batch';
import type { Shard } from '../shard';
import { makeArchive, type ArchiveTruth } from './make-archive';

/**
 * Archive size: CI runs 600 accounts and 6,000 tweets; SOCKSCOPE_BATCH_ACCOUNTS=2000 runs the full
 * 2,000 and 20,000 (about three times as long).
 */
export const ARCHIVE_ACCOUNTS = Number(process.env.SOCKSCOPE_BATCH_ACCOUNTS ?? 600);

export const REPO = resolve(import.meta.dirname, '../../..');

/** A fresh archive in a temporary folder. */
export async function freshArchive(): Promise<{ dir: string; root: string; truth: ArchiveTruth }> {
  const root = mkdtempSync(join(tmpdir(), 'sockscope-batch-'));
  const dir = join(root, 'archive');
  const truth = await makeArchive(dir, { accounts: ARCHIVE_ACCOUNTS, tweets: ARCHIVE_ACCOUNTS * 10 });
  return { dir, root, truth };
}

/** Runs one shard in this process, quietly. */
export function runQuiet(input: string, out: string, shard: Shard = { index: 0, count: 1 }, workers = 2) {
  return runBatch({ input, out, shard, workers, progress: lineProgress(() => undefined), log: () => undefined });
}

/** Every row of a table (a file, or a folder of parts), sorted by `key` when given. */
export async function table(path: string, key?: string): Promise<Row[]> {
  const files = path.endsWith('.parquet') ? [path] : parquetFiles(path);
  const rows: Row[] = [];
  for (const f of files) rows.push(...(await readParquet(f)));
  if (key) rows.sort((a, b) => (String(a[key]) < String(b[key]) ? -1 : String(a[key]) > String(b[key]) ? 1 : 0));
  return rows;
}

/** The three tables' bytes and the images' rows by path: what "the same result" means. */
export async function resultOf(out: string): Promise<{ accounts: Buffer; clusters: Buffer; links: Buffer; images: Row[] }> {
  const l = outLayout(out);
  return { accounts: readFileSync(l.accounts), clusters: readFileSync(l.clusters), links: readFileSync(l.links), images: await table(l.images, 'path') };
}

/** Starts the real CLI in its own process group; resolves with its exit code (null when killed). */
export function startCli(args: string[]): { pid: number; done: Promise<number | null> } {
  const child = spawn(process.execPath, [join(REPO, 'bin/sockscope.mjs'), ...args], { cwd: REPO, detached: true, stdio: 'ignore' });
  const done = new Promise<number | null>((res) => child.on('exit', (code) => res(code)));
  return { pid: child.pid ?? -1, done };
}
