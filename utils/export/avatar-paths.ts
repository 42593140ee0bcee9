import { textHash } from '../../signals/normalise-text';
import type { AvatarFile } from './types';

const EXT_BY_TYPE: Record<string, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp', 'image/gif': 'gif', 'image/avif': 'avif' };

/** File extension from the content type, else from the magic bytes; 'bin' when neither says. */
export function imageExtension(bytes: Uint8Array, contentType: string | null): string {
  const byType = contentType ? EXT_BY_TYPE[contentType.split(';')[0]?.trim().toLowerCase() ?? ''] : undefined;
  if (byType) return byType;
  const b = (i: number): number => bytes[i] ?? -1;
  if (b(0) === 0xff && b(1) === 0xd8) return 'jpg';
  if (b(0) === 0x89 && b(1) === 0x50) return 'png';
  if (b(0) === 0x47 && b(1) === 0x49) return 'gif';
  if (b(8) === 0x57 && b(9) === 0x45 && b(10) === 0x42 && b(11) === 0x50) return 'webp';
  return 'bin';
}

/**
 * Archive path per fetched avatar URL: `avatars/<hash of the URL>.<ext>`. Named by URL, not by
 * account, because one picture is often shared by many accounts of a network.
 */
export function avatarPaths(files: readonly AvatarFile[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of files) if (f.ok) out.set(f.url, `avatars/${textHash(f.url)}.${imageExtension(f.bytes, f.contentType)}`);
  return out;
}
