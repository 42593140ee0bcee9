/**
 * Measures the account-history, non-photo, cross-platform and known-content signals and prints the
 * figures docs/signals.md quotes (writes them to test-results/signals-measured.json too). Gathered
 * images come from ../shared and, where present, /work/data-extra (not in CI).
 *   npx tsx scripts/eval/measure-signals.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import model from '../../models/non-photo/model.json' with { type: 'json' };
import { measureCrossPlatform } from './measure/cross-platform';
import { measureKnownContent } from './measure/known-content';
import { measureRepurposed } from './measure/repurposed';
import { languageReady } from '../../signals/language';

const pr = (tp: number, fp: number, fn: number): string => `precision ${tp}/${tp + fp} = ${(tp / Math.max(1, tp + fp)).toFixed(3)}, recall ${tp}/${tp + fn} = ${(tp / Math.max(1, tp + fn)).toFixed(3)}`;

// The language switch needs eld's data, which loads on first need.
await languageReady();
const repurposed = measureRepurposed();
console.log(`repurposed (synthetic: 1,000 ordinary, 250 repurposed accounts, seed 42): ${pr(repurposed.tp, repurposed.fp, repurposed.fn)}`);
for (const [k, [fired, n]] of Object.entries(repurposed.byKind)) console.log(`  ${k.padEnd(44)} fired ${fired}/${n}`);

const known = measureKnownContent();
console.log(`known-content (synthetic archive of ${known.archiveRows} rows, ${known.kept} kept; 200 continuation, 1,000 ordinary accounts): ${pr(known.tp, known.fp, known.fn)}; ${known.fpQuotes} of the ${known.fp} false flags posted a famous quote the archive also holds`);

const cross = await measureCrossPlatform();
console.log('cross-platform picture match (≤ 6 bits), X 400 px q85 against YouTube 176 px q70 and Facebook 200 px q75:');
for (const [k, v] of Object.entries(cross)) console.log(`  ${k.padEnd(22)} same picture found ${v.found}/${v.same} (max ${v.maxSameBits} bits); different pictures matched ${v.falseMatches}/${v.pairs} (closest ${v.minDiffBits} bits)`);

console.log(`non-photo-avatar (held-out 30%, ${String(model.metrics.test_nonphoto)} non-photos, ${String(model.metrics.test_photo)} photos): at threshold ${model.threshold}: precision ${String(model.metrics.precision)}, recall ${String(model.metrics.recall)}, photo FPR ${String(model.metrics.false_positive_rate)}`);
mkdirSync(resolve(import.meta.dirname, '../../test-results'), { recursive: true });
writeFileSync(resolve(import.meta.dirname, '../../test-results/signals-measured.json'), `${JSON.stringify({ repurposed, known, cross, nonPhoto: model.metrics }, null, 2)}\n`);
