import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeNode } from './image/decode-node';
import { releaseSessions, setModelLoader } from './ml/ort';
import { analyzeBytes } from './analyze-bytes';
import { nodeModelLoader, setupNodeOrt } from './ml/node-models';

// Each case points the loader at a folder without a usable blazeface.onnx and counts the loads.
async function verdictsWith(model: Uint8Array | null): Promise<{ errors: string[]; loads: number }> {
  await releaseSessions();
  const dir = await mkdtemp(join(tmpdir(), 'sockscope-model-'));
  if (model) await writeFile(join(dir, 'blazeface.onnx'), model);
  let loads = 0;
  const load = nodeModelLoader(dir);
  setModelLoader(async (name) => {
    loads++;
    return load(name);
  });
  const png = new Uint8Array(await sharp({ create: { width: 64, height: 64, channels: 3, background: '#888' } }).png().toBuffer());
  const errors: string[] = [];
  for (let i = 0; i < 5; i++) {
    const v = await analyzeBytes(png, 'image/png', decodeNode);
    errors.push(v.status === 'error' ? v.error : v.status);
  }
  return { errors, loads };
}

describe('a missing or corrupt model', () => {
  afterAll(async () => {
    await releaseSessions();
    setModelLoader(nodeModelLoader());
    setupNodeOrt();
  });
  it.each([
    ['missing', null],
    ['corrupt', new TextEncoder().encode('this is not an ONNX protobuf')],
    ['truncated', new Uint8Array(1024).fill(8)],
  ])('%s: every image says "model unavailable", and the model is loaded once, not per image', async (_name, bytes) => {
    const { errors, loads } = await verdictsWith(bytes);
    expect(errors).toEqual(Array(5).fill('model unavailable'));
    expect(loads).toBe(1);
  });
});
