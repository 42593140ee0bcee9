import type { MetaKey, MetaMap, MetaRecord } from './records';
import type { EvidenceDb } from './schema';

/** Reads one typed setting or list from the meta store. */
export async function getMeta<K extends MetaKey>(db: EvidenceDb, key: K): Promise<MetaMap[K] | undefined> {
  const rec = await db.get('meta', key);
  return rec?.key === key ? (rec.value as MetaMap[K]) : undefined;
}

/** Writes one typed setting or list to the meta store. */
export async function putMeta<K extends MetaKey>(db: EvidenceDb, key: K, value: MetaMap[K]): Promise<void> {
  await db.put('meta', { key, value } as MetaRecord);
}
