/**
 * The image stage: each items part becomes an images part, judged by the pool. Parts finish in any order
 * and each is written whole (write-parquet.ts), so a rerun after a kill redoes only the parts in flight.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { imageRow, IMAGE_COLUMNS, type ImageItem } from './image-row';
import { partName, type OutLayout } from './layout';
import { parquetFiles, readParquet, str } from './parquet/read-parquet';
import type { Row } from './parquet/types';
import { writeParquet } from './parquet/write-parquet';
import { itemOfRow, ITEMS_PER_PART } from './plan-stage';
import type { AnalysePool } from './pool';
import type { Progress } from './progress';
import type { Shard } from './shard';

/** Per-image figures the bench reads: the worker's own time, and the wall time of the whole task. */
export interface ImageTiming {
  workerMs: number;
  wallMs: number;
}

async function judge(pool: AnalysePool, item: ImageItem, timings: ImageTiming[] | null): Promise<Row> {
  if (!item.file) return imageRow(item, { status: 'error', error: item.missing ?? 'no file' });
  const t0 = performance.now();
  try {
    const { verdict, ms } = await pool.analyse(item.file);
    timings?.push({ workerMs: ms, wallMs: performance.now() - t0 });
    return imageRow(item, verdict);
  } catch (e) {
    // A worker that died on this file (analyzeBytes itself never throws) still leaves a row.
    const text = e instanceof Error ? e.message : String(e);
    return imageRow(item, { status: 'error', error: `worker failed (${text.slice(0, 120)})` });
  }
}

/** Judges every items part that has no images part yet; returns the images' row and error counts. */
export async function judgeImages(
  pool: AnalysePool,
  shard: Shard,
  layout: OutLayout,
  plan: { items: number; itemParts: number },
  progress: Progress,
  timings: ImageTiming[] | null = null,
): Promise<{ rows: number; errors: number }> {
  const todo: number[] = [];
  let done = 0;
  for (let p = 0; p < plan.itemParts; p++) {
    if (existsSync(join(layout.images, partName(shard, p)))) done += Math.min(ITEMS_PER_PART, plan.items - p * ITEMS_PER_PART);
    else todo.push(p);
  }
  progress.start('images', plan.items, done);
  // Two parts per worker in flight keep every worker fed while a finished part is written.
  const window = Math.max(2, pool.workers * 2);
  let next = 0;
  const runPart = async (): Promise<void> => {
    while (next < todo.length) {
      const p = todo[next++]!;
      const items = (await readParquet(join(layout.items, partName(shard, p)))).map(itemOfRow);
      const rows = await Promise.all(items.map(async (item) => {
        const row = await judge(pool, item, timings);
        progress.add(1);
        return row;
      }));
      writeParquet(join(layout.images, partName(shard, p)), IMAGE_COLUMNS, rows);
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(window, todo.length) }, runPart));
  } finally {
    progress.stop();
  }
  return countImages(layout.images);
}

/** Rows and error rows over a folder of images parts. */
export async function countImages(dir: string): Promise<{ rows: number; errors: number }> {
  let rows = 0;
  let errors = 0;
  for (const f of parquetFiles(dir))
    for (const r of await readParquet(f)) {
      rows++;
      if (str(r, 'status') === 'error') errors++;
    }
  return { rows, errors };
}
