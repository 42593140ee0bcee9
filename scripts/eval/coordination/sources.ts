/** The coordination evaluation's manifest of real data sets, and where their copies live. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** One data set of coordination-sources.json. */
export interface DataSource {
  id: string;
  role: 'network' | 'ordinary' | 'mixed' | 'text';
  split: 'tune' | 'report';
  about: string;
  repo: string;
  commit: string;
  paths: string[];
  format: string;
  licence: string;
  month?: string;
  bot?: string;
}

const ROOT = resolve(import.meta.dirname, '../../..');

/** Every data set of the manifest, in its order. */
export function loadSources(): DataSource[] {
  const raw = JSON.parse(readFileSync(resolve(import.meta.dirname, '../coordination-sources.json'), 'utf8')) as { datasets: DataSource[] };
  return raw.datasets;
}

/** Where the data sets are written and read: $SOCKSCOPE_COORDINATION_DATA, else data-coordination beside the repository. */
export function coordinationDataDir(): string {
  return process.env.SOCKSCOPE_COORDINATION_DATA ?? resolve(ROOT, '..', 'data-coordination');
}
