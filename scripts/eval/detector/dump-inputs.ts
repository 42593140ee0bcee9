/**
 * Writes the detector's input tensors, exactly as the app prepares them, for the images listed: every
 * BlazeFace pass the pipeline makes (zoomed-out, full letterbox, refine crop), each 3×128×128 float32,
 * appended to one raw file. models/face-detector/quantize_blazeface.py calibrates on them.
 *   npx tsx scripts/eval/detector/dump-inputs.ts --list files.txt --out inputs.f32
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { analyzeBytes } from '../../../analysis/analyze-bytes';
import { decodeNode } from '../../../analysis/image/decode-node';
import { setupNodeOrt } from '../../../analysis/ml/node-models';
import { runModel as ortRun } from '../../../analysis/ml/ort';
import { setModelRunner } from '../../../analysis/ml/model-runner';
import { BLAZEFACE } from '../../../analysis/detect/blazeface-config';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { list: { type: 'string' }, out: { type: 'string' } } });
  if (!values.list || !values.out) throw new Error('usage: dump-inputs.ts --list FILES --out RAW');
  setupNodeOrt({ backend: 'native' });
  const chunks: Buffer[] = [];
  // Copies each detector input before ORT sees it (the buffers are recycled after the run).
  setModelRunner((name, feeds) => {
    const input = feeds[BLAZEFACE.input.name];
    if (name === BLAZEFACE.name && input) chunks.push(Buffer.from(input.data.slice().buffer));
    return ortRun(name, feeds);
  });
  const files = readFileSync(values.list, 'utf8').split('\n').filter(Boolean);
  for (const file of files) await analyzeBytes(new Uint8Array(await readFile(file)), null, decodeNode);
  writeFileSync(values.out, Buffer.concat(chunks));
  console.log(`[sockscope:dump-inputs] ${chunks.length} detector inputs from ${files.length} images -> ${values.out}`);
}

await main();
