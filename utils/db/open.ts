import { wrap, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { DB_NAME, DB_VERSION, upgrade, type EvidenceDb, type SockscopeDb } from './schema';

const EXTENSION_PROTOCOLS = new Set(['chrome-extension:', 'moz-extension:', 'safari-web-extension:']);

/**
 * The evidence store lives in the extension's own origin. A content script's `indexedDB` belongs to
 * the SITE (the platform's page), which could read it and would clear it with its cookies, so refuse to open there.
 */
function extensionIndexedDb(): IDBFactory {
  const protocol = (globalThis as { location?: { protocol?: string } }).location?.protocol ?? '';
  if (!EXTENSION_PROTOCOLS.has(protocol))
    throw new Error(`[sockscope:db] the evidence store opens only in extension contexts (got "${protocol || 'no location'}"); content scripts must message the background`);
  return globalThis.indexedDB;
}

/** Opens the store at a given version (tests use it to build an older store to upgrade from). */
export async function openEvidenceDbAt(version: number, factory?: IDBFactory): Promise<EvidenceDb> {
  const request = (factory ?? extensionIndexedDb()).open(DB_NAME, version);
  let migration: Promise<void> = Promise.resolve();
  let migrationError: unknown = null;
  request.addEventListener('upgradeneeded', (event) => {
    const db = wrap(request.result) as unknown as IDBPDatabase<SockscopeDb>;
    const tx = wrap(request.transaction as IDBTransaction) as unknown as IDBPTransaction<SockscopeDb, StoreNames<SockscopeDb>[], 'versionchange'>;
    migration = upgrade(db, event.oldVersion, event.newVersion ?? version, tx).catch((e: unknown) => {
      migrationError = e;
      // A failed migration must leave the old version intact, not a half-upgraded store.
      try {
        tx.abort();
      } catch {
        /* already finished */
      }
    });
  });
  request.addEventListener('blocked', () => console.warn('[sockscope:db] upgrade waiting for another extension page to close the store'));
  let opened: EvidenceDb | undefined;
  try {
    opened = (await wrap(request)) as unknown as EvidenceDb | undefined;
  } catch (e) {
    await migration;
    throw migrationError ?? e;
  }
  await migration;
  if (!opened) throw new Error('[sockscope:db] open returned no database');
  // Another context (a newer service worker) wants to upgrade: step aside instead of blocking it.
  opened.addEventListener('versionchange', () => opened.close());
  return opened;
}

/** Opens (creating or upgrading) the evidence store; pass a factory (e.g. fake-indexeddb) outside the extension. */
export function openEvidenceDb(factory?: IDBFactory): Promise<EvidenceDb> {
  return openEvidenceDbAt(DB_VERSION, factory);
}
