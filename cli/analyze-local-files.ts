/** Finds a saved page's avatars on disk: Chrome's "Save as… complete" keeps them in `<name>_files/`. */
import { constants } from 'node:fs';
import { open, realpath } from 'node:fs/promises';
import { dirname, join, sep } from 'node:path';
import { IMAGE_LIMITS, sniffImageType } from '../analysis/image/limits';
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
    out.push(await readSavedImage(dirname(htmlFile), path, url));
  }
  return out;
}

/**
 * One image file of a saved page (docs/threat-model.md, a hostile archive): a regular file, not a link,
 * whose real path is inside the page's folder, no larger than the image limit, and an image by its magic
 * bytes. Anything else is a recorded failure, and its bytes never reach the analysis or the export.
 */
export async function readSavedImage(pageFolder: string, path: string, url: string): Promise<AvatarFile> {
  const fail = (why: string): AvatarFile => ({ url, ok: false, error: `${why}: ${path}` });
  // O_NOFOLLOW: a symlink as the last component fails to open, so what is checked is what is read.
  const file = await open(path, constants.O_RDONLY | constants.O_NOFOLLOW).catch((e: NodeJS.ErrnoException) => e);
  if (file instanceof Error) return fail(file.code === 'ELOOP' ? "a link, not a file, in the saved page's folder" : "missing from the saved page's folder");
  try {
    const [real, folder, stat] = await Promise.all([realpath(path), realpath(pageFolder), file.stat()]);
    if (!real.startsWith(folder + sep)) return fail("outside the saved page's folder (through a linked folder)");
    if (!stat.isFile()) return fail('not a regular file');
    if (stat.size > IMAGE_LIMITS.maxBytes) return fail(`larger than the ${IMAGE_LIMITS.maxBytes}-byte image limit`);
    const bytes = new Uint8Array(await file.readFile());
    if (!sniffImageType(bytes)) return fail('not an image (its first bytes are no JPEG, PNG, WebP, GIF or AVIF)');
    return { url, ok: true, bytes, contentType: null };
  } finally {
    await file.close();
  }
}
