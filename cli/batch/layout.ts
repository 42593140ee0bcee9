/** Where everything sits in a batch output folder. */
import { join } from 'node:path';
import { shardTag, type Shard } from './shard';

/** The output folder's files: the tables at the top, the work parts below. */
export function outLayout(out: string) {
  return {
    manifest: join(out, 'batch.json'),
    accounts: join(out, 'accounts.parquet'),
    clusters: join(out, 'clusters.parquet'),
    links: join(out, 'links.parquet'),
    images: join(out, 'images'),
    /** Intermediate parts the merge reads: users, image items to analyse, tweet fingerprints. */
    users: join(out, 'parts', 'users'),
    items: join(out, 'parts', 'items'),
    posts: join(out, 'parts', 'posts'),
    /** A zipped input is unpacked here once. */
    unzipped: join(out, 'input'),
  };
}

export type OutLayout = ReturnType<typeof outLayout>;

/** `part-s0of4-000012.parquet`. */
export const partName = (shard: Shard, index: number): string => `part-${shardTag(shard)}-${String(index).padStart(6, '0')}.parquet`;
