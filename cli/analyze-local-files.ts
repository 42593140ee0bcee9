/** Finds a saved page's avatars on disk: Chrome's "Save as… complete" keeps them in `<name>_files/`. */
import { readFile } from 'node:fs/promises';
import { dirname, join, sep } from 'node:path';
import type { MhtmlPart } from '../utils/dom/mhtml';
import type { AvatarFile } from '../utils/export/types';

/**
 * The local file for an avatar URL resolved from a saved page, or null. Saved pages reference
 * `./<name>_files/x.jpg`, which the adapter resolves against the page URL
 * (https://<site>/Home%20_%20X_files/x.jpg), so the `_files` segment and what follows map back to disk.
 */
export function localAvatarPath(htmlFile: string, avatarUrl: string): string | null {
  let segments: string[];
  try {
    segments = new URL(avatarUrl).pathname.split('/').map((s) => decodeURIComponent(s));
  } catch {
    return null;
  }
  const at = segments.findIndex((s) => s.endsWith('_files'));
  if (at < 0) return null;
  const rest = segments.slice(at);
  // Never leave the page's folder, whatever the page says.
  if (rest.some((s) => s === '..' || s === '.' || s === '' || s.includes(sep))) return null;
  return join(dirname(htmlFile), ...rest);
}

/**
 * Reads each avatar from the saved page's folder, or from the MHTML file's own parts; a missing file is
 * recorded, never fatal.
 */
export async function readLocalAvatars(htmlFile: string, urls: readonly string[], resources: ReadonlyMap<string, MhtmlPart> | null = null): Promise<AvatarFile[]> {
  const out: AvatarFile[] = [];
  for (const url of new Set(urls)) {
    const part = resources?.get(url);
    // The part's bytes decide what it is (analyzeBytes), as for a download: not its declared type.
    if (part) {
      out.push({ url, ok: true, bytes: part.body, contentType: part.contentType });
      continue;
    }
    const path = localAvatarPath(htmlFile, url);
    if (!path) {
      out.push({ url, ok: false, error: 'not saved with the page (the CLI never fetches from the network)' });
      continue;
    }
    const bytes = await readFile(path).catch(() => null);
    out.push(bytes ? { url, ok: true, bytes: new Uint8Array(bytes), contentType: null } : { url, ok: false, error: `missing from the saved page's folder: ${path}` });
  }
  return out;
}
