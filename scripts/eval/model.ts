/**
 * The shipped two-stage verdict through the TypeScript pipeline (sharp decode → BlazeFace → eye geometry →
 * FFHQ alignment → int8 forensic model in onnxruntime-web → verdict policy), on the test sources that the
 * stage-2 model, its threshold and its calibration never saw. Figures per population (GAN, aligned real,
 * wild real, centred real) and per source, per condition, with 95% Wilson intervals; for each size, how
 * often a face's flag agrees with its own 400 px flag, and the spread of the probability against 400 px;
 * all → models/gan-forensic/metrics.json. The reasons panel quotes the 400 px figures
 * (models/training/policy.py --quote writes them into models/gan-forensic/config.json).
 *
 * Run: `npx tsx scripts/eval/model.ts [--limit N] [--conditions a,b] [--out models/gan-forensic/metrics.json] [--check]`
 * (--limit: per source). --check (npm test): exits 1 when the 400 px figures fall below floors far under
 * the released ones (models/gan-forensic/MODEL_CARD.md), so a broken pipeline or model fails the run.
 * Reads ../shared/data/faces, and ../data-extra when present. Test sources: models/gan-forensic/config.json.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { setupNodeOrt } from '../../analysis/ml/node-models';
import { FORENSIC_CONFIG } from '../../analysis/classifier/forensic-config';
import { POLICY } from '../../core/release-policy';
import { faceRows, type Population } from './faces';
import { CONDITIONS } from './conditions';
import type { Rate } from './stats';
import { agreement, measure, summarise, type Agreement, type Outcome } from './outcomes';

const pct = (r: Rate): string => `${(100 * r.rate).toFixed(1).padStart(5)}% [${(100 * r.ci95[0]).toFixed(1)}–${(100 * r.ci95[1]).toFixed(1)}] (${r.k}/${r.n})`;
type Summary = ReturnType<typeof summarise>;

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { limit: { type: 'string' }, conditions: { type: 'string' }, out: { type: 'string', default: 'models/gan-forensic/metrics.json' }, check: { type: 'boolean' } } });
  const limit = values.limit ? Number(values.limit) : Infinity;
  const wanted = values.conditions?.split(',');
  setupNodeOrt();
  const rows = faceRows('test', limit);
  const report = {
    model: FORENSIC_CONFIG.version,
    policy: POLICY,
    data: 'test sources of models/gan-forensic/config.json (never seen by the stage-2 model, its threshold or calibration)',
    images: rows.length,
    conditions: {} as Record<string, Summary>,
    agreementWith400: {} as Record<string, Record<string, Agreement>>,
  };
  let at400: Map<string, Outcome> | null = null;
  for (const c of CONDITIONS.filter((c) => !wanted || wanted.includes(c.name))) {
    const t0 = performance.now();
    const outcomes = await measure(rows, c);
    const summary = summarise(outcomes);
    report.conditions[c.name] = summary;
    console.log(`\n## ${c.name} (${((performance.now() - t0) / 1000).toFixed(0)} s)`);
    for (const [pop, s] of Object.entries(summary)) {
      console.log(`${pop.padEnd(8)} stage 1 ${pct(s.all.stage1)}  flag ${pct(s.all.flag)}  too small ${pct(s.all.tooSmall)}  every face ${pct(s.all.everyFace)}`);
      for (const [src, f] of Object.entries(s.sources)) console.log(`    ${src.slice(0, 42).padEnd(42)} stage 1 ${pct(f.stage1)}  flag ${pct(f.flag)}  every face ${pct(f.everyFace)}`);
    }
    if (c.name === 'x400-q85') at400 = new Map(outcomes.map((o) => [o.row.path, o]));
    else if (at400 && !c.recrop) {
      const byPop: Record<string, Agreement> = {};
      for (const pop of ['gan', 'all'] as const) byPop[pop] = agreement(outcomes, at400, pop);
      report.agreementWith400[c.name] = byPop;
      const g = byPop.gan!;
      const spread = g.probabilityMinus400 ? `p − p400 median ${g.probabilityMinus400.median.toFixed(3)}, IQR [${g.probabilityMinus400.q25.toFixed(3)}, ${g.probabilityMinus400.q75.toFixed(3)}], |·| p90 ${g.probabilityMinus400.absP90.toFixed(3)}` : '';
      console.log(`agreement with 400 px: GAN ${pct(g.agree)} (too small ${pct(g.tooSmall)}); all faces ${pct(byPop.all!.agree)}; ${spread}`);
    }
  }
  writeFileSync(values.out!, `${JSON.stringify(report, null, 1)}\n`);
  console.log(`\n[sockscope:eval] ${rows.length} images → ${values.out}`);
  if (values.check) process.exitCode = checkFloors(report.conditions['x400-q85']);
}

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
