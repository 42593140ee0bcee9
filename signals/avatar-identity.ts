import type { Site } from '../core/sighting';

/**
 * The part of an avatar URL that names the picture, not its size or signature, so a history of
 * avatars lists uploads rather than URL variants: X's `_normal`/`_400x400` suffix, YouTube's `=s88-…`
 * options and Facebook's signed query (`oh=…&oe=…` change on every page load) are dropped.
 */
export function avatarIdentity(site: Site, url: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return url;
  }
  if (site === 'x') return `${u.hostname}${u.pathname.replace(/_(normal|bigger|mini|x96|200x200|400x400)(\.\w+)$/, '$2')}`;
  if (site === 'youtube') return `${u.hostname}${u.pathname.replace(/=[^/]*$/, '')}`;
  return `${u.hostname}${u.pathname}`;
}
