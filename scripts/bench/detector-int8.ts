/**
 * BlazeFace fp32 against a quantised graph, one thread, in onnxruntime-node and onnxruntime-web's wasm:
 * CPU ms per run, the two graphs interleaved run by run in one process, on the first-pass inputs of real
 * avatars (StyleGAN and wild photos from ../shared). Medians and 10th percentiles, load printed.
 *   npx tsx scripts/bench/detector-int8.ts INT8.onnx [IMAGES=40] [REPEATS=5]
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import * as ortNode from 'onnxruntime-node';
import * as ortWeb from 'onnxruntime-web';
import { zoomedLetterbox, toInputTensor, DEFAULT_ZOOM_OUT } from '../../analysis/detect/face-detect';
import { BLAZEFACE } from '../../analysis/detect/blazeface-config';
import { decodeNode } from '../../analysis/image/decode-node';
import { imageTypeOf } from '../../analysis/image/limits';
import { modelPath } from '../../analysis/ml/node-models';
import { loadRows } from '../eval/eyes-split';
import { median, quantile } from '../eval/eyes-stats';

type Runtime = typeof ortWeb;
const load = (): string => loadavg().map((x) => x.toFixed(2)).join(' ');

async function inputs(n: number): Promise<Float32Array[]> {
  const rows = loadRows('both', 3).filter((r) => r.category === 'gan-stylegan' || r.category === 'real-wild').slice(0, n);
  const out: Float32Array[] = [];
  for (const row of rows) {
    const bytes = new Uint8Array(readFileSync(row.path));
    const img = await decodeNode(bytes, imageTypeOf(bytes, null));
    out.push(toInputTensor(img, zoomedLetterbox(img.width, img.height, DEFAULT_ZOOM_OUT)).slice());
  }
  return out;
}

async function main(): Promise<void> {
  const int8 = process.argv[2];
  if (!int8) throw new Error('usage: detector-int8.ts INT8.onnx [IMAGES] [REPEATS]');
  const [n, repeats] = [Number(process.argv[3] ?? 40), Number(process.argv[4] ?? 5)];
  ortWeb.env.wasm.numThreads = 1;
  const xs = await inputs(n);
  const graphs: Array<[string, Uint8Array]> = [['fp32', readFileSync(modelPath(BLAZEFACE.name))], ['int8', readFileSync(int8)]];
  const runtimes: Array<[string, Runtime, object]> = [
    ['native', ortNode as unknown as Runtime, { executionProviders: ['cpu'], intraOpNumThreads: 1, interOpNumThreads: 1, graphOptimizationLevel: 'all' }],
    ['wasm', ortWeb, { executionProviders: ['wasm'] }],
  ];
  console.log(`${xs.length} inputs × ${repeats} repeats; load ${load()}`);
  for (const [rtName, rt, options] of runtimes) {
    const sessions = await Promise.all(graphs.map(([, bytes]) => rt.InferenceSession.create(bytes, options)));
    const cpu: number[][] = graphs.map(() => []);
    const keep = new rt.Tensor('float32', new Float32Array([-Infinity]), [1]);
    for (let r = 0; r < repeats + 1; r++) {
      for (const x of xs) {
        for (let g = 0; g < graphs.length; g++) {
          const order = (r + g) % graphs.length; // alternate which graph runs first
          const feeds = { [BLAZEFACE.input.name]: new rt.Tensor('float32', x, [1, 3, 128, 128]), [BLAZEFACE.input.keepFrom]: keep };
          const t0 = process.cpuUsage();
          await sessions[order]!.run(feeds);
          const dt = process.cpuUsage(t0);
          if (r > 0) cpu[order]!.push((dt.user + dt.system) / 1000); // the first repeat warms up
        }
      }
    }
    graphs.forEach(([name], g) => console.log(`${rtName} ${name}: CPU ms per run median ${median(cpu[g]!).toFixed(3)}, p10 ${quantile(cpu[g]!, 0.1).toFixed(3)} (n=${cpu[g]!.length})`));
    console.log(`${rtName} int8 ÷ fp32 (medians): ${(median(cpu[1]!) / median(cpu[0]!)).toFixed(3)}   [load ${load()}]`);
  }
}

await main();
