/**
 * Copied text on scripts without spaces: for real Thai and Chinese posts (and English ones for reference),
 * per shingle size and minimum length, how many posts are long enough to compare, how many distinct posts
 * look like near-copies of another (false matches), and how many lightly edited copies are still caught.
 * The per-script limits in signals/text-scripts.ts were chosen from this table (docs/signals.md).
 *
 *   npx tsx scripts/eval/text-scripts.ts
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvRows, field } from '../../cli/batch/inputs/csv-rows';
import { estimateJaccard, lshKeys, minhash, shingles } from '../../signals/minhash';
import { normaliseText } from '../../signals/normalise-text';
import { mulberry32, randInt } from '../../signals/testing/prng';
import { coordinationDataDir } from './coordination/sources';

const MIN_J = 0.8;

/** Three light edits a network member makes to a template: an emoji added, the end cut, one character changed. */
function edits(norm: string, rnd: () => number): string[] {
  const chars = [...norm];
  const mid = randInt(rnd, 1, Math.max(2, chars.length - 1));
  const changed = [...chars.slice(0, mid), chars[mid] === 'x' ? 'y' : 'x', ...chars.slice(mid + 1)].join('');
  return [`${norm} 🙏🙏`, chars.slice(0, Math.max(1, chars.length - 3)).join(''), changed];
}

interface Row {
  script: string;
  k: number;
  minChars: number;
  posts: number;
  eligible: number;
  falseMatches: number;
  distinct: number;
  recall: number;
}

/** One script's figures at shingle size k and minimum length minChars. */
function measure(script: string, texts: readonly string[], k: number, minChars: number): Row {
  const norms = [...new Set(texts.map(normaliseText))];
  const eligible = norms.filter((n) => [...n].length >= minChars);
  const sigs = eligible.map((n) => minhash(shingles(n, k)));
  // False matches: distinct texts that LSH puts together and that estimate J ≥ 0.8 (each bucket compared in full, up to 200).
  const buckets = new Map<string, number[]>();
  sigs.forEach((s, i) => {
    for (const key of lshKeys(s)) {
      const b = buckets.get(key);
      if (b) b.push(i);
      else buckets.set(key, [i]);
    }
  });
  const matched = new Set<number>();
  for (const b of buckets.values()) {
    const list = b.slice(0, 200);
    for (let x = 0; x < list.length; x++)
      for (let y = x + 1; y < list.length; y++)
        if (estimateJaccard(sigs[list[x]!]!, sigs[list[y]!]!) >= MIN_J) {
          matched.add(list[x]!);
          matched.add(list[y]!);
        }
  }
  const rnd = mulberry32(11);
  let caught = 0;
  let tried = 0;
  eligible.forEach((n, i) => {
    for (const e of edits(n, rnd)) {
      tried++;
      if (estimateJaccard(sigs[i]!, minhash(shingles(e, k))) >= MIN_J) caught++;
    }
  });
  return { script, k, minChars, posts: texts.length, distinct: norms.length, eligible: eligible.length, falseMatches: matched.size, recall: tried ? caught / tried : 0 };
}

async function textsOf(id: string): Promise<string[] | null> {
  const dir = join(coordinationDataDir(), id);
  if (existsSync(join(dir, 'texts.json'))) return JSON.parse(readFileSync(join(dir, 'texts.json'), 'utf8')) as string[];
  if (!existsSync(join(dir, 'tweets.csv'))) return null;
  const out: string[] = [];
  for await (const t of csvRows(join(dir, 'tweets.csv'))) {
    const text = field(t, 'tweet_text');
    if (text && !/^RT @/.test(text)) out.push(text);
  }
  return out;
}

async function main(): Promise<void> {
  const sets: [string, string][] = [['Thai', 'thai-social-2019'], ['Chinese', 'weibo-covid-2022'], ['English (reference)', 'verified-2012-2019']];
  console.log('| script | shingle | min chars | posts long enough | distinct posts falsely matched | edited copies caught |');
  console.log('|---|---|---|---|---|---|');
  for (const [script, id] of sets) {
    const texts = await textsOf(id);
    if (!texts) {
      console.log(`| ${script} | skipped: no copy of ${id} in ${coordinationDataDir()} |`);
      continue;
    }
    const ks = script.startsWith('English') ? [5] : [2, 3, 4, 5];
    const mins = script.startsWith('English') ? [40] : [10, 15, 20, 30, 40];
    for (const k of ks)
      for (const m of mins) {
        const r = measure(script, texts, k, m);
        console.log(`| ${r.script} | ${r.k} | ${r.minChars} | ${r.eligible} of ${r.distinct} (${((100 * r.eligible) / r.distinct).toFixed(0)}%) | ${r.falseMatches} (${((100 * r.falseMatches) / Math.max(1, r.eligible)).toFixed(2)}%) | ${(100 * r.recall).toFixed(1)}% |`);
      }
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.stack : e);
  process.exit(1);
});
