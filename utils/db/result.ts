/** Outcome of a store write: callers must handle a full disk as a state, not an exception. */
export type DbResult<T> =
  | { ok: true; value: T }
  | { ok: false; error: 'quota'; message: string }
  | { ok: false; error: 'invalid'; message: string }
  | { ok: false; error: 'failed'; message: string };

/** True for the browser's "disk full / over quota" error, under any of its historical names. */
export function isQuotaError(e: unknown): boolean {
  const name = (e as { name?: unknown } | null)?.name;
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}

/** Maps a thrown IndexedDB error to a typed failure naming the unit. */
export function dbFailure(unit: string, e: unknown): DbResult<never> {
  const detail = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  if (isQuotaError(e))
    return { ok: false, error: 'quota', message: `[sockscope:db] ${unit}: storage is full; nothing was written (free space or shorten retention)` };
  return { ok: false, error: 'failed', message: `[sockscope:db] ${unit}: ${detail}` };
}

/**
 * Marks a request promise as observed. If a later call in the same transaction throws synchronously,
 * the transaction is aborted and this request rejects with AbortError; we report the first error
 * instead, and without this that AbortError would surface as an unhandled rejection.
 */
export function observed<T>(p: Promise<T>): Promise<T> {
  p.catch(() => undefined);
  return p;
}
