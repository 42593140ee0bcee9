import { readFile } from 'node:fs/promises';
import { describe, expect, it, vi } from 'vitest';
import { ModelUnavailableError } from './model-error';
import { modelPath } from './node-models';
import { createSession, MODEL_RETRY_MS, releaseSessions, runModel, setModelLoader } from './ort';

describe('ort wrapper', () => {
  it('creates each session once and serialises runs', async () => {
    let loads = 0;
    setModelLoader(async (name) => {
      loads++;
      return new Uint8Array(await readFile(modelPath(name)));
    });
    // min_logit -Infinity: the detector returns all 896 anchors (models/face-detector/compact_outputs.py).
    const input = { input: { data: new Float32Array(3 * 128 * 128), dims: [1, 3, 128, 128] }, min_logit: { data: new Float32Array([-Infinity]), dims: [1] } };
    const results = await Promise.all([runModel('blazeface', input), runModel('blazeface', input), createSession('blazeface')]);
    expect(loads).toBe(1);
    expect(results[0].kept_regressors?.dims).toEqual([1, 896, 16]);
    expect([...results[0].kept_logits!.data]).toEqual([...results[1].kept_logits!.data]);
    await releaseSessions();
  });
  it('remembers a failed create for a while (no load per image), then lets it be retried', async () => {
    vi.useFakeTimers();
    let loads = 0;
    setModelLoader(async () => {
      loads++;
      throw new Error('offline');
    });
    await expect(runModel('blazeface', {})).rejects.toThrow(new ModelUnavailableError('blazeface', 'offline'));
    await expect(createSession('blazeface')).rejects.toMatchObject({ message: 'model unavailable', detail: 'offline' });
    expect(loads).toBe(1);
    await vi.advanceTimersByTimeAsync(MODEL_RETRY_MS);
    await expect(createSession('blazeface')).rejects.toThrow('model unavailable');
    expect(loads).toBe(2);
    vi.useRealTimers();
    await releaseSessions();
  });
});
