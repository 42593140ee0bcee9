/**
 * Where the GAN-face classifier can be skipped (ANALYSIS_CONFIG.skipClassifierFrom): for every face of the
 * validation and held-out test splits, in every evaluation condition, the eye distance after the first
 * detector pass and after the refine pass, and the classifier logit. Prints, per candidate distance, how
 * close a skipped face came to what it would need to reach 'medium' (choose on val), then runs analyzeImage
 * with the shipped config and without the skip and counts what changed: classifier runs saved, bands and
 * flags (report on test), and which real sources are skipped. Writes models/classifier-skip.json.
 *   npx tsx scripts/eval-classifier-skip.ts [--limit N]
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ANALYSIS_CONFIG } from '../analysis/analysis-config';
import { analyzeImage } from '../analysis/analyze';
import { classifierRan } from '../analysis/evidence';
import { ganEyeDistance } from '../analysis/eyes/eye-geometry';
import { detectFaces, type Face } from '../analysis/detect/face-detect';
import { classifierLogitFor, eyeLogit, IMAGE_FUSION } from '../analysis/fusion/image-fusion';
import { setupNodeOrt } from '../analysis/ml/node-models';
import { classify } from '../analysis/classifier/gan-classifier';
import { releaseSessions } from '../analysis/ml/ort';
import { sharedPath } from '../utils/testing/shared-data';
import config from '../models/config.json' with { type: 'json' };
import { processAvatar, readSplits, type Condition, type Item } from './eval-model';

const REPO = resolve(import.meta.dirname, '..');
const GRID = [0.097, 0.1, 0.105, 0.11, 0.115, 0.12, 0.13, 0.15];

interface Row { item: Item; cond: string; d1: number; d: number; logit: number; shipped: { ran: boolean; band: string; flag: boolean }; full: { band: string; flag: boolean } }

/** The classifier logit that lifts the fused score to 'medium' (0.5) at eye distance d. */
const logitForMedium = (d: number): number => classifierLogitFor(0, eyeLogit(d, ANALYSIS_CONFIG.eye));

async function measure(item: Item, c: Condition): Promise<Row | null> {
  const img = await processAvatar(sharedPath('data/faces', item.path), c);
  let first: Face | undefined;
  const best = (await detectFaces(img, { onFirstFace: (f) => (first = f) }))[0];
  if (!best || !first) return null;
  const logit = (await classify(img)).logit;
  const shipped = await analyzeImage(img, item.path);
  const full = await analyzeImage(img, item.path, { config: { ...ANALYSIS_CONFIG, skipClassifierFrom: Infinity } });
  if (shipped.status !== 'ok' || full.status !== 'ok') throw new Error(`[sockscope:skip] ${item.path}: the detector disagreed with itself`);
  return {
    item, cond: c.name, d1: ganEyeDistance(first.eyes), d: ganEyeDistance(best.eyes), logit,
    shipped: { ran: classifierRan(shipped), band: shipped.band, flag: shipped.score >= ANALYSIS_CONFIG.flagScore },
    full: { band: full.band, flag: full.score >= ANALYSIS_CONFIG.flagScore },
  };
}

/** The code's rule: skipped when neither the first nor the refined face's eyes come within `from`. */
const skippedAt = (r: Row, from: number): boolean => r.d1 >= from && r.d >= from;

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { limit: { type: 'string' } } });
  const limit = values.limit ? Number(values.limit) : 0;
  setupNodeOrt();
  const splits = readSplits();
  const conditions = config.evaluation.conditions as Condition[];
  const report: Record<string, unknown> = { skipClassifierFrom: ANALYSIS_CONFIG.skipClassifierFrom, fusion: IMAGE_FUSION.version, limit: limit || null, grid: {}, shipped: {}, realSkippedPerSource: {} };
  for (const split of ['val', 'test']) {
    const all = splits[split] ?? [];
    const items = limit ? all.filter((_, i) => i % Math.max(1, Math.floor(all.length / limit)) === 0) : all;
    const rows: Row[] = [];
    for (const c of conditions) for (const it of items) { const r = await measure(it, c); if (r) rows.push(r); }
    const reals = rows.filter((r) => r.item.label === 0 && r.cond === conditions[0]!.name);
    (report.grid as Record<string, unknown>)[split] = GRID.map((from) => {
      const sk = rows.filter((r) => skippedAt(r, from));
      const margin = Math.min(...sk.map((r) => logitForMedium(r.d) - r.logit));
      const realShare = reals.filter((r) => skippedAt(r, from)).length / reals.length;
      console.log(`${split.padEnd(4)} from ${from.toFixed(3)}: ${sk.length} of ${rows.length} faces skipped; closest to 'medium': ${margin.toFixed(2)} logits below; real faces skipped at ${conditions[0]!.name}: ${(realShare * 100).toFixed(1)}%`);
      return { from, skipped: sk.length, faces: rows.length, marginLogits: margin, realSkippedShare: realShare };
    });
    const perCond = conditions.map((c) => {
      const rs = rows.filter((r) => r.cond === c.name);
      const count = (label: 0 | 1, f: (r: Row) => boolean): number => rs.filter((r) => r.item.label === label && f(r)).length;
      const out = {
        condition: c.name,
        real: { faces: count(0, () => true), skipped: count(0, (r) => !r.shipped.ran), bandChanged: count(0, (r) => r.shipped.band !== r.full.band), flagChanged: count(0, (r) => r.shipped.flag !== r.full.flag) },
        gan: { faces: count(1, () => true), skipped: count(1, (r) => !r.shipped.ran), bandChanged: count(1, (r) => r.shipped.band !== r.full.band), flagChanged: count(1, (r) => r.shipped.flag !== r.full.flag) },
      };
      console.log(`${split.padEnd(4)} ${c.name.padEnd(10)} shipped (from ${ANALYSIS_CONFIG.skipClassifierFrom}): real ${out.real.skipped}/${out.real.faces} skipped, ${out.real.bandChanged} bands and ${out.real.flagChanged} flags changed; GAN ${out.gan.skipped}/${out.gan.faces} skipped, ${out.gan.bandChanged} bands and ${out.gan.flagChanged} flags changed`);
      return out;
    });
    (report.shipped as Record<string, unknown>)[split] = perCond;
    // Which real faces are skipped depends on how they were framed: ordinary photos, not aligned sets.
    const first = rows.filter((r) => r.cond === conditions[0]!.name && r.item.label === 0);
    const perSource = [...new Set(first.map((r) => r.item.source))].sort().map((source) => {
      const rs = first.filter((r) => r.item.source === source);
      const skipped = rs.filter((r) => !r.shipped.ran).length;
      console.log(`${split.padEnd(4)} ${conditions[0]!.name} real ${source}: ${skipped} of ${rs.length} skipped (${((skipped / rs.length) * 100).toFixed(1)}%)`);
      return { source, group: rs[0]!.item.group, faces: rs.length, skipped };
    });
    (report.realSkippedPerSource as Record<string, unknown>)[split] = perSource;
  }
  const out = resolve(REPO, 'models/classifier-skip.json');
  writeFileSync(out, JSON.stringify(report, null, 1) + '\n');
  console.log(`wrote ${out}`);
  await releaseSessions();
}

await main();
