import { platformImageUrl } from '../../sites/platform-image-url';
import type { AvatarFile } from './types';

/** Largest avatar we keep in an export; platform avatars are well under this. */
export const MAX_AVATAR_BYTES = 5 * 1024 * 1024;

/**
 * Fetches avatar bytes for an export, a few at a time, without cookies. Never throws: each failure
 * (HTTP status, timeout, too large, network) is recorded so the export still completes.
 */
export async function fetchAvatars(urls: readonly string[], fetchFn: typeof fetch = fetch, timeoutMs = 15_000): Promise<AvatarFile[]> {
  const unique = [...new Set(urls)];
  const out: AvatarFile[] = [];
  for (let i = 0; i < unique.length; i += 4) out.push(...(await Promise.all(unique.slice(i, i + 4).map((url) => fetchOne(url, fetchFn, timeoutMs)))));
  return out;
}

async function fetchOne(url: string, fetchFn: typeof fetch, timeoutMs: number): Promise<AvatarFile> {
  // Stored URLs came from pages: only the platforms' image hosts are fetched (docs/threat-model.md).
  if (!platformImageUrl(url)) return { url, ok: false, error: "not fetched: not on a platform's image hosts" };
  try {
    const res = await fetchFn(url, { credentials: 'omit', signal: AbortSignal.timeout(timeoutMs) });
    if (!res.ok) return { url, ok: false, error: `HTTP ${res.status}` };
    const bytes = new Uint8Array(await res.arrayBuffer());
    if (bytes.length > MAX_AVATAR_BYTES) return { url, ok: false, error: `too large (${bytes.length} bytes)` };
    return { url, ok: true, bytes, contentType: res.headers.get('content-type') };
  } catch (e) {
    return { url, ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}
