import { describe, expect, it, vi } from 'vitest';

vi.mock('esbuild', () => ({ build: () => Promise.reject(new Error('no esbuild here')) }));

describe('workerEntry without a bundler', () => {
  it('starts the workers through tsx, with the parent flags, and says why', async () => {
    const { workerEntry } = await import('./worker-entry');
    const logs: string[] = [];
    const entry = await workerEntry((line) => logs.push(line));
    expect(entry.filename).toMatch(/cli\/batch\/worker\/bootstrap\.mjs$/);
    expect(entry.execArgv).toEqual(process.execArgv);
    expect(logs).toEqual(['[sockscope:batch] workers start through tsx (bundling failed: no esbuild here)']);
  });
});
