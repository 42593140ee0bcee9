/** The Parquet column types the batch tables use: each maps to a type DuckDB and pandas read as is. */
export type ColumnType = 'STRING' | 'DOUBLE' | 'INT64' | 'BOOLEAN' | 'BYTES';

/** One column of a batch table. */
export interface Column {
  name: string;
  type: ColumnType;
}

/** One cell; null is a missing value in every type. */
export type Cell = string | number | boolean | Uint8Array | null;

/** A table row, by column name. */
export type Row = Record<string, Cell>;
