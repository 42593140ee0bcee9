import { describe, expect, it, vi } from 'vitest';
import { persistStore } from './persist-store';

describe('persistStore', () => {
  it('asks once when the storage is best effort, and reports the answer', async () => {
    const persist = vi.fn(async () => true);
    expect(await persistStore({ persisted: async () => false, persist })).toBe(true);
    expect(persist).toHaveBeenCalledTimes(1);
  });

  it('does not ask again when the storage is already persistent', async () => {
    const persist = vi.fn(async () => true);
    expect(await persistStore({ persisted: async () => true, persist })).toBe(true);
    expect(persist).not.toHaveBeenCalled();
  });

  it('is false, with a warning, where the browser refuses or has no persist() (a service worker)', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await persistStore({ persisted: async () => false, persist: async () => false })).toBe(false);
    expect(await persistStore({ persisted: async () => false })).toBe(false);
    expect(await persistStore(undefined)).toBe(false);
    expect(await persistStore({ persisted: () => Promise.reject(new Error('SecurityError')), persist: async () => true })).toBe(false);
    expect(warn).toHaveBeenCalledTimes(2);
    warn.mockRestore();
  });
});
