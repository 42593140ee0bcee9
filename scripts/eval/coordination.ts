/**
 * The coordination signals on real data: each archive data set of coordination-sources.json goes
 * through `sockscope batch` as a user would run it, and the accounts table is read back.
 *
 *   npx tsx scripts/eval/coordination.ts [--json FILE] [ID...]
 *
 * Per data set it prints, for a released network, the accounts with 5 or more posts that carry a
 * coordination signal (with the share per signal); for ordinary (or unlabelled) accounts, those amber or
 * red and those carrying any coordination signal. Data sets absent from the data folder are skipped with
 * a message (CI has none: scripts/eval/coordination-data.ts writes them).
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { accountKey } from '../../signals/account-key';
import { csvRows, field } from '../../cli/batch/inputs/csv-rows';
import { readParquet } from '../../cli/batch/parquet/read-parquet';
import type { Row } from '../../cli/batch/parquet/types';
import { runBatch } from '../../cli/batch/run-batch';
import { coordinationDataDir, loadSources, type DataSource } from './coordination/sources';

/** The signals that link an account to others; a data set's table has the columns its version knows. */
const COORDINATION = ['copied-text', 'hashtag-burst', 'co-repost', 'reused-avatar'] as const;
const MIN_POSTS = 5;

/** One data set's figures. */
export interface DatasetFigures {
  id: string;
  role: DataSource['role'];
  split: DataSource['split'];
  accounts: number;
  /** The population the shares are of: accounts with ≥ 5 posts in a network, every account otherwise. */
  counted: number;
  amberOrRed: number;
  anyCoordination: number;
  perSignal: Record<string, number>;
  seconds: number;
}

const silent = { start: () => undefined, add: () => undefined, stop: () => undefined };

async function postCounts(dir: string): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  const byId = new Map<string, string>();
  for await (const u of csvRows(join(dir, 'users.csv'))) {
    const id = field(u, 'userid');
    const handle = field(u, 'user_screen_name') ?? id;
    if (id && handle) byId.set(id, handle);
  }
  for await (const t of csvRows(join(dir, 'tweets.csv'))) {
    const handle = field(t, 'user_screen_name') ?? byId.get(field(t, 'userid') ?? '');
    if (!handle) continue;
    const key = accountKey('x', handle);
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

const scoreOf = (r: Row, signal: string): number => {
  const v = r[`score_${signal.replace(/-/g, '_')}`];
  return typeof v === 'number' ? v : 0;
};

/** Runs batch over one data set and counts what fired. */
export async function evaluateDataset(ds: DataSource, dir: string): Promise<DatasetFigures> {
  const out = mkdtempSync(join(tmpdir(), `sockscope-eval-${ds.id}-`));
  const t0 = performance.now();
  try {
    await runBatch({ input: dir, out, shard: { index: 0, count: 1 }, workers: 1, progress: silent, log: () => undefined });
    const seconds = (performance.now() - t0) / 1000;
    const rows = await readParquet(join(out, 'accounts.parquet'));
    // Signals that have no score column yet (co-repost before it is fused) are read from the clusters.
    const clustered = new Map<string, Set<string>>();
    for (const c of await readParquet(join(out, 'clusters.parquet'))) {
      const kind = String(c.kind);
      const set = clustered.get(kind) ?? new Set<string>();
      set.add(String(c.account_key));
      clustered.set(kind, set);
    }
    const has = (r: Row, s: string): boolean => scoreOf(r, s) > 0 || (clustered.get(s)?.has(String(r.account_key)) ?? false);
    const posts = await postCounts(dir);
    const counted = rows.filter((r) => ds.role !== 'network' || (posts.get(String(r.account_key)) ?? 0) >= MIN_POSTS);
    const perSignal: Record<string, number> = {};
    for (const s of COORDINATION) perSignal[s] = counted.filter((r) => has(r, s)).length;
    return {
      id: ds.id, role: ds.role, split: ds.split, accounts: rows.length, counted: counted.length,
      amberOrRed: counted.filter((r) => r.band !== 'low').length,
      anyCoordination: counted.filter((r) => COORDINATION.some((s) => has(r, s))).length,
      perSignal, seconds,
    };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

const pct = (n: number, d: number): string => (d === 0 ? '–' : `${((100 * n) / d).toFixed(1)}%`);

/** The table lines of one data set's figures. */
export function formatFigures(f: DatasetFigures): string {
  const who = f.role === 'network' ? `network accounts with ≥ ${MIN_POSTS} posts` : `${f.role} accounts`;
  const signals = Object.entries(f.perSignal).filter(([, n]) => n > 0).map(([s, n]) => `${s} ${n} (${pct(n, f.counted)})`).join(', ') || 'none';
  return `| ${f.id} | ${f.split} | ${who}: ${f.counted} of ${f.accounts} | ${f.anyCoordination} (${pct(f.anyCoordination, f.counted)}) | ${f.amberOrRed} (${pct(f.amberOrRed, f.counted)}) | ${signals} | ${f.seconds.toFixed(1)} s |`;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const j = args.indexOf('--json');
  const jsonPath = j >= 0 ? args.splice(j, 2)[1] : undefined;
  const wanted = new Set(args);
  const root = coordinationDataDir();
  const figures: DatasetFigures[] = [];
  console.log('| data set | split | counted | any coordination signal | amber or red | per signal | batch time |');
  console.log('|---|---|---|---|---|---|---|');
  for (const ds of loadSources()) {
    if (ds.role === 'text' || (wanted.size > 0 && !wanted.has(ds.id))) continue;
    const dir = join(root, ds.id);
    if (!existsSync(join(dir, 'tweets.csv'))) {
      console.log(`| ${ds.id} | skipped: no copy in ${root} (write it with scripts/eval/coordination-data.ts) |`);
      continue;
    }
    const f = await evaluateDataset(ds, dir);
    figures.push(f);
    console.log(formatFigures(f));
  }
  if (jsonPath) writeFileSync(jsonPath, JSON.stringify(figures, null, 2));
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*\//, ''))) {
  main().catch((e: unknown) => {
    console.error(e instanceof Error ? e.stack : e);
    process.exit(1);
  });
}
