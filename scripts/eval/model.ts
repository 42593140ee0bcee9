/**
 * The shipped two-stage verdict through the TypeScript pipeline (sharp decode → BlazeFace → eye geometry →
 * FFHQ alignment → int8 forensic model in onnxruntime-web → verdict policy), on the test sources that the
 * stage-2 model, its threshold and its calibration never saw. Figures per population (GAN, aligned real,
 * wild real, centred real) and per source, per condition, with 95% Wilson intervals → models/gan-forensic/metrics.json.
 *
 * Run: `npx tsx scripts/eval/model.ts [--limit N] [--out models/gan-forensic/metrics.json] [--check]` (--limit: per source).
 * --check (npm test): exits 1 when the 400 px figures fall below floors far under the released ones
 * (models/gan-forensic/MODEL_CARD.md), so a broken pipeline or model fails the run.
 * Reads ../shared/data/faces, and ../data-extra when present. Test sources: models/gan-forensic/config.json.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { setupNodeOrt } from '../../analysis/ml/node-models';
import { analyzeImage } from '../../analysis/analyze';
import { FORENSIC_CONFIG } from '../../analysis/classifier/forensic-config';
import { POLICY } from '../../core/release-policy';
import { faceRows, type FaceRow, type Population } from './faces';
import { CONDITIONS, conditioned, type Condition } from './conditions';
import { rate, type Rate } from './stats';

interface Outcome { row: FaceRow; face: boolean; eyes: boolean; flagged: boolean; forensicAnywhere: number | null }

async function measure(rows: FaceRow[], c: Condition): Promise<Outcome[]> {
  const out: Outcome[] = [];
  for (const row of rows) {
    const img = await conditioned(row, c);
    // Stage 2 on every face as well, for re-cropped faces: what it would recover where stage 1 misses.
    const v = await analyzeImage(img, row.path, { forensicOnEveryFace: c.name === 'recrop' });
    if (v.status !== 'ok') {
      out.push({ row, face: false, eyes: false, flagged: false, forensicAnywhere: null });
      continue;
    }
    out.push({ row, face: true, eyes: v.decision !== 'eyes-differ', flagged: v.decision === 'flagged', forensicAnywhere: v.forensic?.probability ?? null });
  }
  return out;
}

type Figures = { stage1: Rate; flag: Rate; stage2Anywhere?: Rate };

function figures(outcomes: Outcome[], recrop: boolean): Figures {
  const f: Figures = { stage1: rate(outcomes.map((o) => o.eyes)), flag: rate(outcomes.map((o) => o.flagged)) };
  if (recrop) f.stage2Anywhere = rate(outcomes.map((o) => (o.forensicAnywhere ?? 0) >= POLICY.flagProbability));
  return f;
}

function summarise(outcomes: Outcome[], recrop: boolean) {
  const pops = {} as Record<Population, { all: Figures; sources: Record<string, Figures> }>;
  for (const pop of [...new Set(outcomes.map((o) => o.row.population))].sort()) {
    const mine = outcomes.filter((o) => o.row.population === pop);
    const sources: Record<string, Figures> = {};
    for (const s of [...new Set(mine.map((o) => o.row.source))].sort()) sources[s] = figures(mine.filter((o) => o.row.source === s), recrop);
    pops[pop] = { all: figures(mine, recrop), sources };
  }
  return pops;
}

const pct = (r: Rate): string => `${(100 * r.rate).toFixed(1).padStart(5)}% [${(100 * r.ci95[0]).toFixed(1)}–${(100 * r.ci95[1]).toFixed(1)}] (${r.k}/${r.n})`;

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { limit: { type: 'string' }, out: { type: 'string', default: 'models/gan-forensic/metrics.json' }, check: { type: 'boolean' } } });
  const limit = values.limit ? Number(values.limit) : Infinity;
  setupNodeOrt();
  const rows = faceRows('test', limit);
  const report: Record<string, unknown> = {
    model: FORENSIC_CONFIG.version,
    policy: POLICY,
    data: 'test sources of models/gan-forensic/config.json (never seen by the stage-2 model, its threshold or calibration)',
    images: rows.length,
    conditions: {},
  };
  for (const c of CONDITIONS) {
    const t0 = performance.now();
    const summary = summarise(await measure(rows, c), c.name === 'recrop');
    (report.conditions as Record<string, unknown>)[c.name] = summary;
    console.log(`\n## ${c.name} (${((performance.now() - t0) / 1000).toFixed(0)} s)`);
    for (const [pop, s] of Object.entries(summary)) {
      console.log(`${pop.padEnd(8)} stage 1 ${pct(s.all.stage1)}  flag ${pct(s.all.flag)}${s.all.stage2Anywhere ? `  stage 2 alone ${pct(s.all.stage2Anywhere)}` : ''}`);
      for (const [src, f] of Object.entries(s.sources)) console.log(`    ${src.slice(0, 42).padEnd(42)} stage 1 ${pct(f.stage1)}  flag ${pct(f.flag)}`);
    }
  }
  writeFileSync(values.out!, `${JSON.stringify(report, null, 1)}\n`);
  console.log(`\n[sockscope:eval] ${rows.length} images → ${values.out}`);
  if (values.check) process.exitCode = checkFloors((report.conditions as Record<string, Summary>)['x400-q85']);
}

type Summary = ReturnType<typeof summarise>;

// Released (2026-12-07): GAN stage 1 98.0%, flag 40.1%; aligned flag 2.1%; wild flag 0.0%.
const FLOORS: [pop: Population, what: 'stage1' | 'flag', cmp: 'min' | 'max', limit: number][] = [
  ['gan', 'stage1', 'min', 0.9],
  ['gan', 'flag', 'min', 0.25],
  ['aligned', 'flag', 'max', 0.1],
  ['wild', 'flag', 'max', 0.02],
];

function checkFloors(summary: Summary | undefined): number {
  if (!summary) return 1;
  let bad = 0;
  for (const [pop, what, cmp, limit] of FLOORS) {
    const r = summary[pop]?.all[what].rate ?? NaN;
    const ok = cmp === 'min' ? r >= limit : r <= limit;
    console.log(`[sockscope:eval] ${ok ? 'ok  ' : 'FAIL'} ${pop} ${what} ${(100 * r).toFixed(1)}% (${cmp} ${100 * limit}%)`);
    if (!ok) bad++;
  }
  return bad ? 1 : 0;
}

await main();
