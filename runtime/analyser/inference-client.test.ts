import { afterEach, describe, expect, it, vi } from 'vitest';
import type { InferenceReply, InferenceRequest } from '../../utils/messages';
import { ModelUnavailableError } from '../../analysis/ml/model-error';
import { InferenceClient, type WorkerLike } from './inference-client';
import { inputBuffer } from '../../analysis/ml/model-runner';
import { failureReply } from './inference-worker';
import { transferable } from './transferable';

/** A worker whose answers the test decides: `reply` maps a request to a reply (or null: never answer). */
class FakeWorker implements WorkerLike {
  onmessage: ((e: MessageEvent) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  terminated = false;
  readonly seen: InferenceRequest[] = [];
  constructor(private readonly reply: (r: InferenceRequest) => unknown) {}
  readonly transfers: Transferable[][] = [];
  postMessage(message: InferenceRequest, transfer: Transferable[]): void {
    this.seen.push(message);
    this.transfers.push(transfer);
    const answer = this.reply(message);
    if (answer !== null) queueMicrotask(() => this.onmessage?.({ data: answer } as MessageEvent));
  }
  terminate(): void {
    this.terminated = true;
  }
  crash(message: string): void {
    this.onerror?.({ message, preventDefault() {} } as unknown as ErrorEvent);
  }
}

const feeds = { input: { data: new Float32Array([1, 2, 3]), dims: [1, 3] } };
const echo = (r: InferenceRequest): InferenceReply => ({ type: 'inferred', id: r.id, outputs: { out: { data: r.feeds.input!.data.map((x) => x * 2), dims: [1, 3] } }, spent: [r.feeds.input!.data] });

afterEach(() => vi.useRealTimers());

/** A client whose workers answer with `reply`, and every worker it started. */
function harness(reply: (r: InferenceRequest) => unknown, options?: ConstructorParameters<typeof InferenceClient>[1]) {
  const workers: FakeWorker[] = [];
  const client = new InferenceClient(() => {
    workers.push(new FakeWorker(reply));
    return workers.at(-1)!;
  }, options);
  return { client, workers };
}

describe('InferenceClient', () => {
  it('answers each run with its own outputs, matched by id', async () => {
    const { client, workers } = harness(echo);
    const [a, b] = await Promise.all([client.run('m', feeds), client.run('m', { input: { data: new Float32Array([5]), dims: [1, 1] } })]);
    expect([...a.out!.data]).toEqual([2, 4, 6]);
    expect([...b.out!.data]).toEqual([10]);
    expect(workers).toHaveLength(1);
    expect(workers[0]!.seen.map((r) => r.model)).toEqual(['m', 'm']);
  });

  it('turns a missing model in the worker into ModelUnavailableError, and other failures into errors', async () => {
    const client = new InferenceClient(
      () => new FakeWorker((r) => (r.model === 'gone' ? failureReply(r.id, new ModelUnavailableError('gone', 'HTTP 404')) : failureReply(r.id, new Error('bad dims')))),
    );
    await expect(client.run('gone', feeds)).rejects.toMatchObject({ name: 'ModelUnavailableError', model: 'gone', detail: 'HTTP 404' });
    await expect(client.run('other', feeds)).rejects.toThrow('bad dims');
  });

  it('ignores replies that do not match the protocol or a pending run, then times the run out', async () => {
    vi.useFakeTimers();
    const { client, workers } = harness((r) => ({ type: 'inferred', id: r.id + 1000, outputs: {}, spent: [] }), { timeoutMs: 1_000 });
    const run = client.run('m', feeds);
    const failed = expect(run).rejects.toThrow('[sockscope:inference] no answer in 1000 ms');
    workers[0]!.onmessage?.({ data: { type: 'inferred', id: 0, outputs: { out: { data: [1, 2], dims: [2] } }, spent: [] } } as MessageEvent);
    await vi.advanceTimersByTimeAsync(1_000);
    await failed;
    expect(workers[0]!.terminated).toBe(true);
    void client.run('m', feeds).catch(() => undefined);
    expect(workers).toHaveLength(2);
  });

  it('does not restart, for a while, a worker that died before its first answer', async () => {
    let now = 0;
    const { client, workers } = harness(() => null, { now: () => now, retryMs: 60_000 });
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const run = client.run('blazeface', feeds);
    workers[0]!.crash('Failed to fetch a worker script');
    await expect(run).rejects.toBeInstanceOf(ModelUnavailableError);
    await expect(client.run('blazeface', feeds)).rejects.toMatchObject({ detail: 'inference worker failed to start (Failed to fetch a worker script)' });
    expect(workers).toHaveLength(1);
    now = 60_000;
    void client.run('blazeface', feeds).catch(() => undefined);
    expect(workers).toHaveLength(2);
  });

  it('replaces a worker that crashes after answering, at once, failing only the runs it held', async () => {
    let answer = true;
    const { client, workers } = harness((r) => (answer ? echo(r) : null));
    await client.run('m', feeds);
    answer = false;
    const held = client.run('m', feeds);
    workers[0]!.crash('out of memory');
    await expect(held).rejects.toThrow('[sockscope:inference] out of memory');
    answer = true;
    await expect(client.run('m', feeds)).resolves.toHaveProperty('out');
    expect(workers).toHaveLength(2);
  });

  it('ends a worker left idle, never one with a run under way, and starts another for the next run', async () => {
    vi.useFakeTimers();
    let answer = true;
    const { client, workers } = harness((r) => (answer ? echo(r) : null), { idleMs: 1_000, timeoutMs: 60_000 });
    client.start();
    await vi.advanceTimersByTimeAsync(999);
    expect(workers[0]!.terminated).toBe(false);
    await client.run('m', feeds); // a run restarts the idle clock
    await vi.advanceTimersByTimeAsync(999);
    expect(workers[0]!.terminated).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(workers[0]!.terminated).toBe(true);
    // The next run starts a new worker; while it waits for its answer, no idle time passes.
    answer = false;
    const slow = client.run('m', feeds);
    expect(workers).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(workers[1]!.terminated).toBe(false);
    workers[1]!.onmessage?.({ data: echo(workers[1]!.seen[0]!) } as MessageEvent);
    await expect(slow).resolves.toHaveProperty('out');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(workers[1]!.terminated).toBe(true);
  });

  it('reports a worker that cannot even be constructed as an unavailable model', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const client = new InferenceClient(() => {
      throw new Error('SecurityError');
    });
    await expect(client.run('m', feeds)).rejects.toMatchObject({ name: 'ModelUnavailableError', detail: 'inference worker could not start (Error: SecurityError)' });
  });
});

describe('input buffers', () => {
  it('move to the worker and come back for the next run', async () => {
    const { client, workers } = harness(echo);
    const data = inputBuffer(7);
    data.fill(1);
    await client.run('m', { input: { data, dims: [1, 7] } });
    expect(workers[0]!.transfers[0]).toEqual([data.buffer]);
    // The fake worker hands back the very array it got: the next input of that length reuses it.
    expect(inputBuffer(7)).toBe(data);
    expect(inputBuffer(7)).not.toBe(data);
  });

  it('are moved only where an array owns its whole buffer, each buffer once', () => {
    const whole = new Float32Array(4);
    const shared = new Float32Array(8);
    expect(transferable([whole, whole, shared.subarray(2, 4)])).toEqual([whole.buffer]);
  });
});

describe('failureReply', () => {
  it('keeps the kind and clips long text', () => {
    expect(failureReply(3, new ModelUnavailableError('m', 'x'.repeat(5_000)))).toMatchObject({ id: 3, error: { kind: 'model-unavailable', model: 'm' } });
    const r = failureReply(4, 'y'.repeat(5_000));
    expect(r.type === 'infer-failed' && r.error.kind === 'error' && r.error.message.length).toBe(1_000);
  });
});
