/** Parquet files written whole or not at all: a reader (or a resumed run) never sees half a file. */
import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileWriter, ParquetWriter, type BasicType, type ColumnSource } from 'hyparquet-writer';
import { parquetSchema } from './schema';
import type { Cell, Column, Row } from './types';

/** Rows per row group: large enough for DuckDB's scans, small enough to keep a writer's memory bounded. */
const ROW_GROUP = 50_000;

const BASIC: Record<Column['type'], BasicType> = { STRING: 'STRING', DOUBLE: 'DOUBLE', INT64: 'INT64', BOOLEAN: 'BOOLEAN', BYTES: 'BYTE_ARRAY' };

function columnData(columns: readonly Column[], rows: readonly Row[]): ColumnSource[] {
  return columns.map((c) => ({ name: c.name, type: BASIC[c.type], data: rows.map((r) => cellFor(c, r[c.name] ?? null)) }));
}

function cellFor(c: Column, v: Cell): Cell | bigint {
  if (v === null) return null;
  if (c.type === 'INT64') {
    if (typeof v !== 'number' || !Number.isFinite(v)) return null;
    return BigInt(Math.round(v));
  }
  if (c.type === 'DOUBLE') return typeof v === 'number' && Number.isFinite(v) ? v : null;
  return v;
}

/** Writes a Parquet file in row groups, to a temporary name renamed into place (with fsync) on close. */
export class ParquetFile {
  private readonly tmp: string;
  private readonly writer: ParquetWriter;
  private pending: Row[] = [];

  constructor(private readonly path: string, private readonly columns: readonly Column[]) {
    mkdirSync(dirname(path), { recursive: true });
    this.tmp = `${path}.tmp-${process.pid}`;
    this.writer = new ParquetWriter({ writer: fileWriter(this.tmp), schema: parquetSchema(columns), createdBy: 'sockscope batch' });
  }

  /** Adds rows; a full row group is encoded and written at once. */
  append(rows: Iterable<Row>): void {
    for (const r of rows) {
      this.pending.push(r);
      if (this.pending.length >= ROW_GROUP) this.flush();
    }
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    void this.writer.write({ columnData: columnData(this.columns, this.pending), rowGroupSize: ROW_GROUP });
    this.pending = [];
  }

  /** Finishes the file and moves it into place. */
  close(): void {
    this.flush();
    void this.writer.finish();
    const fd = openSync(this.tmp, 'r+');
    fsyncSync(fd);
    closeSync(fd);
    renameSync(this.tmp, this.path);
    const dir = openSync(dirname(this.path), 'r');
    fsyncSync(dir);
    closeSync(dir);
  }

  /** Drops the temporary file (after a failure). */
  abort(): void {
    rmSync(this.tmp, { force: true });
  }
}

/** Writes `rows` as one Parquet file at `path`, atomically. */
export function writeParquet(path: string, columns: readonly Column[], rows: Iterable<Row>): void {
  const file = new ParquetFile(path, columns);
  try {
    file.append(rows);
    file.close();
  } catch (e) {
    file.abort();
    throw e;
  }
}
