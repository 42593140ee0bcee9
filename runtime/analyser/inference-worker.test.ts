import { afterEach, describe, expect, it, vi } from 'vitest';
import { releaseSessions } from '../../analysis/ml/ort';
import { STAGE2_IDLE_MS, startInferenceWorker, type WorkerScope } from './inference-worker';
import { PRESSURE_BYTES, requestCollection } from './startup-garbage';

const scope = (): WorkerScope => ({ location: { origin: 'chrome-extension://test' }, onmessage: null, postMessage: () => undefined });

describe('the inference worker after start-up', () => {
  afterEach(async () => {
    vi.unstubAllGlobals();
    await releaseSessions();
  });

  it('loads the detector first, then stage 2 once the worker is idle, and asks for one collection once both have loaded or failed, not before', async () => {
    const answers: ((r: Response) => void)[] = [];
    const fetched: string[] = [];
    vi.stubGlobal('fetch', (url: URL) => {
      fetched.push(String(url));
      return new Promise<Response>((ok) => answers.push(ok));
    });
    const collect = vi.fn();
    const warmed = startInferenceWorker(scope(), collect);
    await vi.waitFor(() => expect(answers).toHaveLength(1));
    // Stage 2 is not asked for while the detector loads.
    await new Promise((r) => setTimeout(r, 20));
    expect(fetched).toEqual(['chrome-extension://test/models/blazeface.onnx']);
    answers[0]!(new Response(null, { status: 404 }));
    await vi.waitFor(() => expect(answers).toHaveLength(2), { timeout: 5_000 });
    expect(fetched[1]).toMatch(/^chrome-extension:\/\/test\/models\/gan-forensic/);
    expect(collect).not.toHaveBeenCalled();
    answers[1]!(new Response(null, { status: 404 }));
    await warmed;
    expect(collect).toHaveBeenCalledTimes(1);
  });
});

describe('stage 2 while avatars wait', () => {
  afterEach(async () => {
    vi.unstubAllGlobals();
    await releaseSessions();
  });

  it('is not loaded while runs are waiting, only once the worker has been idle for STAGE2_IDLE_MS', async () => {
    const fetched: string[] = [];
    vi.stubGlobal('fetch', (url: URL) => {
      fetched.push(String(url));
      return Promise.resolve(new Response(null, { status: 404 }));
    });
    const s = scope();
    startInferenceWorker(s, () => undefined);
    await vi.waitFor(() => expect(fetched).toHaveLength(1));
    // A detector run arrives and stays busy (the missing model fails it at once; keep sending while measuring).
    const t0 = Date.now();
    const busy = setInterval(() => s.onmessage?.({ data: { type: 'infer', id: 1, model: 'blazeface', feeds: { input: { data: new Float32Array(1), dims: [1] } } } } as MessageEvent), 20);
    await new Promise((r) => setTimeout(r, 3 * STAGE2_IDLE_MS));
    expect(fetched).toHaveLength(1);
    clearInterval(busy);
    await vi.waitFor(() => expect(fetched).toHaveLength(2), { timeout: 5_000 });
    expect(Date.now() - t0).toBeGreaterThanOrEqual(3 * STAGE2_IDLE_MS + STAGE2_IDLE_MS);
  });
});

describe('requestCollection', () => {
  it('makes one buffer of PRESSURE_BYTES and keeps nothing', () => {
    const sizes: number[] = [];
    requestCollection((n) => sizes.push(n));
    expect(sizes).toEqual([PRESSURE_BYTES]);
    expect(PRESSURE_BYTES).toBeGreaterThan(128 << 20);
  });
  it('shrugs off an engine that cannot map it', () => {
    expect(() => requestCollection(() => { throw new RangeError('Array buffer allocation failed'); })).not.toThrow();
  });
});
