/** Reads the batch's own Parquet parts back (hyparquet), as plain rows. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { asyncBufferFromFile, parquetReadObjects } from 'hyparquet';
import type { Cell, Row } from './types';

/** Every row of one file; INT64 comes back as a number, untyped byte arrays as bytes (not text). */
export async function readParquet(path: string): Promise<Row[]> {
  const rows = await parquetReadObjects({ file: await asyncBufferFromFile(path), utf8: false });
  return rows.map((r) => {
    const out: Row = {};
    for (const [k, v] of Object.entries(r)) out[k] = toCell(v);
    return out;
  });
}

function toCell(v: unknown): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Uint8Array) return v;
  throw new Error(`[sockscope:batch] unexpected Parquet value ${String(v)}`);
}

/** The `.parquet` files of a folder, sorted by name; none when it does not exist. */
export function parquetFiles(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.filter((n) => n.endsWith('.parquet')).sort().map((n) => join(dir, n));
}

/** A string cell, or null. */
export const str = (r: Row, k: string): string | null => (typeof r[k] === 'string' ? (r[k] as string) : null);
/** A number cell, or null. */
export const num = (r: Row, k: string): number | null => (typeof r[k] === 'number' ? (r[k] as number) : null);
/** A bytes cell, or null. */
export const bytes = (r: Row, k: string): Uint8Array | null => (r[k] instanceof Uint8Array ? (r[k] as Uint8Array) : null);
