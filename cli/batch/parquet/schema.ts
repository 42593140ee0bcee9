import type { SchemaElement } from 'hyparquet-writer';
import type { Column } from './types';

/** Every column optional (null = missing), typed so DuckDB and pandas need no casts. */
export function parquetSchema(columns: readonly Column[]): SchemaElement[] {
  const root: SchemaElement = { name: 'root', num_children: columns.length };
  return [root, ...columns.map((c): SchemaElement => {
    const base = { name: c.name, repetition_type: 'OPTIONAL' as const };
    switch (c.type) {
      case 'STRING': return { ...base, type: 'BYTE_ARRAY', converted_type: 'UTF8' };
      case 'BYTES': return { ...base, type: 'BYTE_ARRAY' };
      case 'DOUBLE': return { ...base, type: 'DOUBLE' };
      case 'INT64': return { ...base, type: 'INT64' };
      case 'BOOLEAN': return { ...base, type: 'BOOLEAN' };
    }
  })];
}
