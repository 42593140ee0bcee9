import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSession, releaseSessions, runModel, setModelLoader } from './ort.ts';

describe('ort wrapper', () => {
  it('creates each session once and serialises runs', async () => {
    let loads = 0;
    setModelLoader(async (name) => {
      loads++;
      return new Uint8Array(await readFile(resolve(import.meta.dirname, '../../models', `${name}.onnx`)));
    });
    const input = { input: { data: new Float32Array(3 * 128 * 128), dims: [1, 3, 128, 128] } };
    const results = await Promise.all([runModel('blazeface', input), runModel('blazeface', input), createSession('blazeface')]);
    expect(loads).toBe(1);
    expect(results[0].regressors?.dims).toEqual([1, 896, 16]);
    expect([...results[0].classificators!.data]).toEqual([...results[1].classificators!.data]);
    await releaseSessions();
  });
  it('lets a failed create be retried', async () => {
    setModelLoader(async () => {
      throw new Error('offline');
    });
    await expect(runModel('blazeface', {})).rejects.toThrow('offline');
    await expect(createSession('blazeface')).rejects.toThrow('offline');
  });
});
