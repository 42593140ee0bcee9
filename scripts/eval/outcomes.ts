/**
 * What the shipped verdict said about each face in each condition, and the figures scripts/eval/model.ts reports
 * from it: per population and source, and how often a smaller copy agrees with the same face at 400 px.
 */
import { analyzeImage } from '../../analysis/analyze';
import { everyFaceFlagged, figuresOf } from '../../core/release-verdict';
import type { Decision } from '../../core/reasons';
import type { FaceRow, Population } from './faces';
import { conditioned, type Condition } from './conditions';
import { rate, type Rate } from './stats';

export interface Outcome {
  row: FaceRow;
  /** null: no face found. */
  decision: Decision | null;
  /** Stage 2's probability, computed on every face found (the "every face" option needs it). */
  probability: number | null;
  /** The "every face" option: the normal flag, or stage 2 above its stricter cut-off where the eyes differ. */
  everyFace: boolean;
}

/** Runs the app's pipeline on every row as the condition serves it. */
export async function measure(rows: FaceRow[], c: Condition): Promise<Outcome[]> {
  const out: Outcome[] = [];
  for (const row of rows) {
    const img = await conditioned(row, c);
    const v = await analyzeImage(img, row.path, { forensicOnEveryFace: true });
    if (v.status !== 'ok') {
      out.push({ row, decision: null, probability: null, everyFace: false });
      continue;
    }
    // v.decision is the release's default decision; stage 2 ran on every face, so its probability is there.
    out.push({ row, decision: v.decision, probability: v.forensic?.probability ?? null, everyFace: everyFaceFlagged(figuresOf(v)) });
  }
  return out;
}

export type Figures = { stage1: Rate; flag: Rate; tooSmall: Rate; everyFace: Rate };

function figures(o: Outcome[]): Figures {
  const eyes = (x: Outcome): boolean => x.decision !== null && x.decision !== 'eyes-differ';
  return {
    stage1: rate(o.map(eyes)),
    flag: rate(o.map((x) => x.decision === 'flagged')),
    tooSmall: rate(o.map((x) => x.decision === 'too-small')),
    everyFace: rate(o.map((x) => x.everyFace)),
  };
}

/** Figures per population, and per source within it. */
export function summarise(outcomes: Outcome[]): Record<Population, { all: Figures; sources: Record<string, Figures> }> {
  const pops = {} as Record<Population, { all: Figures; sources: Record<string, Figures> }>;
  for (const pop of [...new Set(outcomes.map((o) => o.row.population))].sort()) {
    const mine = outcomes.filter((o) => o.row.population === pop);
    const sources: Record<string, Figures> = {};
    for (const s of [...new Set(mine.map((o) => o.row.source))].sort()) sources[s] = figures(mine.filter((o) => o.row.source === s));
    pops[pop] = { all: figures(mine), sources };
  }
  return pops;
}

export interface Agreement { agree: Rate; tooSmall: Rate; probabilityMinus400: { median: number; q25: number; q75: number; absP90: number } | null }

const quantile = (xs: number[], q: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.round(q * (s.length - 1))))]!;
};

/** One picture, one verdict: each face's flag in this condition against its own flag at 400 px. */
export function agreement(outcomes: Outcome[], at400: Map<string, Outcome>, pop: Population | 'all'): Agreement {
  const pairs = outcomes.filter((o) => (pop === 'all' || o.row.population === pop) && at400.has(o.row.path)).map((o) => [o, at400.get(o.row.path)!] as const);
  const diffs = pairs.flatMap(([o, r]) => (o.probability !== null && r.probability !== null ? [o.probability - r.probability] : []));
  return {
    agree: rate(pairs.map(([o, r]) => (o.decision === 'flagged') === (r.decision === 'flagged'))),
    tooSmall: rate(pairs.map(([o]) => o.decision === 'too-small')),
    probabilityMinus400: diffs.length
      ? { median: quantile(diffs, 0.5), q25: quantile(diffs, 0.25), q75: quantile(diffs, 0.75), absP90: quantile(diffs.map(Math.abs), 0.9) }
      : null,
  };
}
