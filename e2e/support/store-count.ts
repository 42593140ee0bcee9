import type { Worker } from '@playwright/test';

/** Records in one object store of the extension's evidence store, read in its service worker. */
export function storeCount(sw: Worker, store: 'observations' | 'images' | 'accounts'): Promise<number> {
  return sw.evaluate(
    (name) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('sockscope');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction(name).objectStore(name).count();
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        };
      }),
    store,
  );
}
