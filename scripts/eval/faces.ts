/**
 * Face images for the evaluations, as models/training/sources.py reads them: ../shared/data/faces and,
 * where present, ../data-extra, each row with its population and split (test sources: models/gan-forensic/config.json).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createHash } from 'node:crypto';
import config from '../../models/gan-forensic/config.json' with { type: 'json' };
import { sharedPath } from '../../utils/testing/shared-data';

export type Population = 'gan' | 'aligned' | 'wild' | 'centred';
export interface FaceRow { path: string; label: 0 | 1; group: string; source: string; population: Population }

const EXTRA = resolve(process.env.SOCKSCOPE_EXTRA ?? resolve(import.meta.dirname, '../../../data-extra'));

function populationOf(label: string, group: string, source: string): Population {
  if (label === 'gan') return 'gan';
  const g = group.toLowerCase();
  if (source.startsWith('warm-ice0x00/') || g.includes('utkface')) return 'centred';
  return g === 'wild' ? 'wild' : 'aligned';
}

function read(root: string): FaceRow[] {
  const tsv = resolve(root, 'images.tsv');
  if (!existsSync(tsv)) return [];
  const [head, ...lines] = readFileSync(tsv, 'utf8').trim().split('\n');
  const col = Object.fromEntries(head!.split('\t').map((name, i) => [name, i]));
  return lines.flatMap((line) => {
    const f = line.split('\t');
    const [label, group, source, path] = [f[col.label!], f[col.group!], f[col.source!], f[col.path!]];
    if (!label || !group || !source || !path || (label !== 'gan' && label !== 'real')) return [];
    return [{ path: resolve(root, path), label: label === 'gan' ? 1 : 0, group, source, population: populationOf(label, group, source) } satisfies FaceRow];
  });
}

/** Rows of one split, at most `limit` per source (picked by a hash of the path, so always the same ones). */
export function faceRows(split: 'test' | 'train', limit = Infinity): FaceRow[] {
  const test = new Set<string>(config.evaluation.testSources);
  const rows = [...read(sharedPath('data/faces')), ...read(EXTRA)].filter((r) => test.has(r.source) === (split === 'test'));
  const bySource = new Map<string, FaceRow[]>();
  for (const r of rows) bySource.set(`${r.source}:${r.label}`, [...(bySource.get(`${r.source}:${r.label}`) ?? []), r]);
  const hash = (p: string): string => createHash('sha256').update(p).digest('hex');
  return [...bySource.values()].flatMap((list) => (Number.isFinite(limit) ? [...list].sort((a, b) => (hash(a.path) < hash(b.path) ? -1 : 1)).slice(0, limit) : list));
}
