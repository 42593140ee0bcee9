/**
 * One checkout's Node image pipeline, for the before/after table (scripts/bench/compare.ts): analyzeBytes
 * per avatar on onnxruntime-web wasm, one thread (wall and CPU time: CPU time moves less with the machine's load), the modules imported from the checkout given, the
 * avatars the same for both. Prints one JSON line: medians in ms and the stage-2 count per population.
 *   npx tsx scripts/bench/compare-node.ts ROOT
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadRows } from '../eval/eyes-split';
import { median } from '../eval/eyes-stats';

interface Verdict {
  status: string;
  forensic?: unknown;
}
type AnalyzeBytes = (bytes: Uint8Array, type: string | null, decode: unknown) => Promise<Verdict>;

const root = resolve(process.argv[2] ?? '.');
const { analyzeBytes } = (await import(resolve(root, 'analysis/analyze-bytes.ts'))) as { analyzeBytes: AnalyzeBytes };
const { decodeNode } = (await import(resolve(root, 'analysis/image/decode-node.ts'))) as { decodeNode: unknown };
const { setupNodeOrt } = (await import(resolve(root, 'analysis/ml/node-models.ts'))) as { setupNodeOrt: () => void };

setupNodeOrt();
const rows = loadRows('both', 8);
const populations = {
  photos: rows.filter((r) => r.label === 'real' && r.group === 'wild').slice(0, 30),
  gan: rows.filter((r) => r.label === 'gan').slice(0, 15),
};
// One untimed avatar: session creation and the wasm's first compile are the cold start's, not the avatar's.
await analyzeBytes(new Uint8Array(readFileSync(populations.photos[0]!.path)), null, decodeNode);
const out: Record<string, number> = {};
for (const [name, picked] of Object.entries(populations)) {
  const ms: number[] = [];
  const cpu: number[] = [];
  let stage2 = 0;
  for (const row of picked) {
    const bytes = new Uint8Array(readFileSync(row.path));
    const [t0, c0] = [performance.now(), process.cpuUsage()];
    const v = await analyzeBytes(bytes, null, decodeNode);
    ms.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
    if (v.status === 'ok' && v.forensic !== null && v.forensic !== undefined) stage2++;
  }
  out[`${name}Ms`] = median(ms);
  out[`${name}CpuMs`] = median(cpu);
  out[`${name}Stage2`] = stage2;
}
console.log(JSON.stringify(out));
