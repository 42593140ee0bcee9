/**
 * Fuzzes the Node image pipeline: N generated hostile inputs (default 5000) through analyzeBytes with
 * decodeNode, 5 s limit each. Exits 1 on any crash, hang or unclear error message.
 *   npx tsx scripts/dev/fuzz-images.ts [N=5000]
 */
import { setupNodeOrt } from '../../analysis/ml/node-models';
import { decodeNode } from '../../analysis/image/decode-node';
import { formatReport } from '../../analysis/image/fuzz/format-report';
import { createFuzzCorpus } from '../../analysis/image/fuzz/generate';
import { runFuzz } from '../../analysis/image/fuzz/run-fuzz';

async function main(): Promise<void> {
  const n = Number(process.argv[2] ?? 5000);
  let escaped = 0;
  // analyzeBytes must never leak a rejection; count any that escape instead of dying on the first.
  process.on('unhandledRejection', (e) => {
    escaped++;
    console.error('[sockscope:fuzz] unhandled rejection:', String(e).slice(0, 200));
  });
  setupNodeOrt();
  const t0 = performance.now();
  const corpus = await createFuzzCorpus();
  console.log(`corpus: ${corpus.seeds.length} seeds, ${corpus.bombs.length} bombs, built in ${(performance.now() - t0).toFixed(0)} ms`);
  const t1 = performance.now();
  const report = await runFuzz(corpus, n, decodeNode, {
    onOutcome: (o, done) => {
      if (o.problem) console.log(`  problem #${o.index} ${o.name}: ${o.problem}`);
      if (done % 500 === 0) console.log(`  ${done}/${n} (${((performance.now() - t1) / 1000).toFixed(0)} s, rss ${Math.round(process.memoryUsage.rss() / 2 ** 20)} MB)`);
    },
  });
  console.log(formatReport(report));
  console.log(`wall ${((performance.now() - t1) / 1000).toFixed(1)} s; unhandled rejections ${escaped}`);
  process.exitCode = report.problems.length > 0 || escaped > 0 ? 1 : 0;
}

await main();
