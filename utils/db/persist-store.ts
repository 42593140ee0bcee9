/** What persistStore needs of navigator.storage (absent in Chrome's service worker). */
export interface PersistApi {
  persisted(): Promise<boolean>;
  persist?(): Promise<boolean>;
}

/**
 * Asks that the extension's storage, the evidence store with it, survive the browser's clean-ups when the
 * disk runs low. Firefox files an add-on's IndexedDB as "best effort" until this is asked; with the
 * unlimitedStorage permission it says yes without a prompt. Chrome's service worker has no persist() and
 * keeps extensions' data anyway. Resolves to whether the storage is persistent; never rejects.
 */
export async function persistStore(storage: PersistApi | undefined = (globalThis as { navigator?: { storage?: PersistApi } }).navigator?.storage): Promise<boolean> {
  if (!storage?.persist) return false;
  try {
    if (await storage.persisted()) return true;
    const granted = await storage.persist();
    if (!granted) console.warn('[sockscope:db] storage is not persistent: the browser may clear the evidence store when the disk runs low');
    return granted;
  } catch (e) {
    console.warn('[sockscope:db] could not ask for persistent storage:', String(e).slice(0, 200));
    return false;
  }
}
